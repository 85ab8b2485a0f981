"""The `router_labels` ledger table: shadow verdicts with the request's texts.

Synchronous SQLAlchemy, called from a worker thread (runner.py) or the CLI. Only non-sensitive
requests reach this table (the runner checks with the deep scan before anything is sent).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from meshroute.ledger.models import RouterLabelRow
from meshroute.routing.scorer.labels import Label
from meshroute.shadow.judge import SCORES, Verdict

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MAX_READ = 200_000  # as the label reader's bound


def insert(
    engine: Engine,
    *,
    request_id: str,
    texts: list[str],
    weak_target: str,
    strong_target: str,
    judge: str,
    verdict: Verdict,
    retention_days: int,
) -> None:
    """Store one label and drop the labels older than the retention."""
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    now = datetime.now(UTC)
    weak, strong = SCORES[verdict]
    with Session(engine) as session, session.begin():
        session.add(
            RouterLabelRow(
                time=now,
                request_id=request_id[:64],
                texts=json.dumps(texts),
                weak_target=weak_target[:128],
                strong_target=strong_target[:128],
                judge=judge[:128],
                verdict=verdict,
                weak_score=weak,
                strong_score=strong,
            )
        )
        cutoff = now - timedelta(days=retention_days)
        session.execute(delete(RouterLabelRow).where(RouterLabelRow.time < cutoff))


def read_labels(engine: Engine, since: datetime | None = None) -> list[Label]:
    """The stored labels (newest MAX_READ), as `router train` reads them."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    query = select(RouterLabelRow).order_by(RouterLabelRow.id.desc()).limit(MAX_READ)
    if since is not None:
        query = query.where(RouterLabelRow.time >= since)
    labels = []
    with Session(engine) as session:
        for row in session.scalars(query):
            texts = tuple(str(text) for text in json.loads(row.texts))
            last = next((t for t in reversed(texts) if t.strip()), "")
            labels.append(Label(texts, row.weak_score / 10.0, row.strong_score / 10.0, last))
    return labels
