"""`meshroute audit --from-ledger`: the traffic already routed, as one audited source.

The ledger keeps no prompt text, only each request's entity types (the routing detector's
verdict), so this reads types and counts per logical model and the arrival rate.
"""

from __future__ import annotations

from meshroute.audit.model import FieldStats, FileAudit
from meshroute.audit.placement import place
from meshroute.audit.policy import LEDGER_KIND

UNKNOWN_MODEL = "(no model)"


class LedgerError(Exception):
    pass


def audit_ledger(url: str, since: str) -> FileAudit:
    from sqlalchemy import select

    from meshroute.ledger.db import make_engine
    from meshroute.ledger.models import RequestRow as R
    from meshroute.ledger.reports import parse_since

    try:
        start = parse_since(since)
    except ValueError as exc:
        raise LedgerError(str(exc)) from exc
    audit = FileAudit(path=f"ledger (since {since})", kind=LEDGER_KIND, bytes=0)
    fields: dict[str, FieldStats] = {}
    engine = make_engine(url)
    query = select(R.time, R.model, R.entity_types).where(R.time >= start).order_by(R.id)
    try:
        with engine.connect() as connection:
            result = connection.execution_options(yield_per=5000).execute(query)
            for time, model, entity_types in result:
                stats = fields.setdefault(
                    model or UNKNOWN_MODEL, FieldStats(model or UNKNOWN_MODEL)
                )
                stats.rows += 1
                audit.rows += 1
                audit.arrival.add(time.timestamp())
                kinds = [k for k in (entity_types or "").split(",") if k]
                for kind in kinds:
                    stats.entities[kind] = stats.entities.get(kind, 0) + 1
                audit.rows_with_entities += bool(kinds)
    except (
        Exception
    ) as exc:  # no table, unreachable server: one line, no URL (it may hold a password)
        raise LedgerError(f"cannot read the ledger: {type(exc).__name__}") from exc
    finally:
        engine.dispose()
    audit.fields = sorted(fields.values(), key=lambda s: s.name or "")
    place(audit)
    return audit
