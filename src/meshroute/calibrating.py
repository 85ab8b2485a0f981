"""Scores a JSONL file of requests for `meshroute calibrate`, with a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from meshroute.api import schemas
from meshroute.config import Config
from meshroute.errors import BadRequest
from meshroute.routing.calibrate import CalibrationError
from meshroute.routing.components import build_scorer

# A chat request far longer than any model's context is a mistake, not a sample to score; the
# cap also bounds memory when --from names something that is not a JSONL file (/dev/zero).
MAX_LINE_BYTES = 4 * 1024 * 1024


def score_file(config: Config, source: Path) -> list[float]:
    """Complexity of every request in the file, read a line at a time; a bad line names the
    file and line."""
    from rich.progress import Progress

    scorer = build_scorer(config)
    scores: list[float] = []
    with source.open("rb") as handle, Progress(transient=True) as progress:
        task = progress.add_task("scoring requests", total=source.stat().st_size or None)
        number = 0
        while line := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            progress.update(task, completed=handle.tell())
            if len(line) > MAX_LINE_BYTES:
                raise CalibrationError(f"{source}:{number}: longer than {MAX_LINE_BYTES:,} bytes")
            if not line.strip():
                continue
            try:
                request = _chat_request(line)
            except (orjson.JSONDecodeError, BadRequest, ValueError) as exc:
                raise CalibrationError(
                    f"{source}:{number}: not a chat request or prompt: "
                    f"{getattr(exc, 'message', exc)}"
                ) from exc
            scores.append(scorer.score_messages(schemas.texts_of("chat", request)))
    return scores


def _chat_request(line: bytes) -> dict[str, Any]:
    """One line as a validated chat request: an OpenAI chat object or `{"prompt": "..."}`.
    Anything else (a bare string, a list, a number, a prompt that is not text, bytes that are
    not UTF-8, nesting past orjson's limit) is a ValueError with a short reason."""
    request = orjson.loads(line)  # JSONDecodeError (a ValueError) on bad UTF-8 or deep nesting
    if not isinstance(request, dict):
        raise ValueError(f"a JSON object was expected, not {type(request).__name__}")
    if "messages" not in request:
        prompt = request.get("prompt")
        if not isinstance(prompt, str):
            raise ValueError('"prompt" must be a string (or give "messages")')
        request = {"messages": [{"role": "user", "content": prompt}]}
    request = {"model": "auto", **request}
    schemas.validate("chat", request)
    return request


def ledger_scores(config: Config, since: str) -> list[float]:
    """The complexity the gateway computed for each routed request in the ledger: real
    traffic, and no prompt text needed (the ledger keeps none)."""
    from sqlalchemy import text

    from meshroute.ledger.query import LedgerMissing, open_ledger
    from meshroute.ledger.reports import parse_since

    try:
        start = parse_since(since)
    except ValueError as exc:
        raise CalibrationError(f"--since {since!r}: {exc}") from exc
    try:
        engine = open_ledger(config.ledger.url, migrate=config.ledger.migrate == "auto")
    except LedgerMissing as exc:
        raise CalibrationError(f"ledger: {exc}") from exc
    except Exception as exc:  # an unreachable database: one clear line
        raise CalibrationError(
            f"cannot read the ledger at {config.ledger.url}: {type(exc).__name__}"
        ) from exc
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
