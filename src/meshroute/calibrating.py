"""Scores a JSONL file of requests for `meshroute calibrate`, with a progress bar."""

from __future__ import annotations

from pathlib import Path

import orjson

from meshroute.api import schemas
from meshroute.config import Config
from meshroute.errors import BadRequest
from meshroute.routing.calibrate import CalibrationError
from meshroute.routing.components import build_scorer


def score_file(config: Config, source: Path) -> list[float]:
    """Complexity of every request in the file; a bad line names the file and line."""
    from rich.progress import Progress

    scorer = build_scorer(config)
    lines = source.read_text(encoding="utf-8").splitlines()
    scores: list[float] = []
    with Progress(transient=True) as progress:
        task = progress.add_task("scoring requests", total=len(lines))
        for number, line in enumerate(lines, start=1):
            progress.advance(task)
            if not line.strip():
                continue
            try:
                request = orjson.loads(line)
                if isinstance(request, dict) and "messages" not in request:
                    request = {"messages": [{"role": "user", "content": request.get("prompt")}]}
                request = {"model": "auto", **request}
                schemas.validate("chat", request)
            except (orjson.JSONDecodeError, BadRequest) as exc:
                raise CalibrationError(
                    f"{source}:{number}: not a chat request or prompt: "
                    f"{getattr(exc, 'message', exc)}"
                ) from exc
            scores.append(scorer.score_messages(schemas.texts_of("chat", request)))
    return scores


def ledger_scores(config: Config, since: str) -> list[float]:
    """The complexity the gateway computed for each routed request in the ledger: real
    traffic, and no prompt text needed (the ledger keeps none)."""
    from sqlalchemy import text

    from meshroute.ledger.db import make_engine
    from meshroute.ledger.reports import parse_since

    try:
        start = parse_since(since)
    except ValueError as exc:
        raise CalibrationError(f"--since {since!r}: {exc}") from exc
    engine = make_engine(config.ledger.url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT complexity FROM requests WHERE time >= :start "
                    "AND complexity IS NOT NULL"
                ),
                {"start": start},
            )
            return [float(row[0]) for row in rows]
    except Exception as exc:  # a missing table or an unreachable database: one clear line
        raise CalibrationError(
            f"cannot read the ledger at {config.ledger.url}: {type(exc).__name__}"
        ) from exc
    finally:
        engine.dispose()
