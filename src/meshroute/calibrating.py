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
