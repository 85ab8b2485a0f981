"""`meshroute explain`: the gateway's decision for a request, without sending anything."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any, TextIO

import orjson

from meshroute.api import schemas
from meshroute.config import Config
from meshroute.errors import BadRequest
from meshroute.privacy.perimeter import forwarded_strings
from meshroute.routing.decision import decision_record
from meshroute.routing.router import Detector, Router, Scorer, canary_key, needs_of
from meshroute.targets.pool import TargetPool


class Explainer:
    def __init__(self, config: Config, detector: Detector | None, scorer: Scorer | None) -> None:
        self.router = Router(config, detector, scorer)
        # Targets as configured, all presumed healthy: explain never contacts them.
        self.states = tuple(replace(s, healthy=True) for s in TargetPool(config).states())

    def record(self, request: dict[str, Any], *, region: str | None = None) -> dict[str, Any]:
        if "prompt" in request and "messages" not in request:
            request = {
                "model": "auto",
                "messages": [{"role": "user", "content": request["prompt"]}],
                **{k: v for k, v in request.items() if k != "prompt"},
            }
        request.setdefault("model", "auto")
        schemas.validate("chat", request)
        request_id = uuid.uuid4().hex
        routed = self.router.route(
            "chat",
            request["model"],
            schemas.texts_of("chat", request),
            self.states,
            region=region or request.get("region"),
            request_key=canary_key(
                explicit=request.get("x-meshroute-key"),
                key_id=None,
                user=request.get("user"),
                request_id=request_id,
            ),
            needs=needs_of(request),
        )
        record = decision_record(request_id, routed.features, routed.decision, routed.decide_us)
        fields = forwarded_strings("chat", request)
        for entity in record["entities"]:  # the request field each entity was found in
            entity["field"] = fields[entity["message"]].name
        if routed.decision.refusal:
            record["error"] = routed.decision.refusal_message
        return record


def run_jsonl(
    config: Config, detector: Detector | None, scorer: Scorer | None, source: TextIO, sink: TextIO
) -> int:
    """One decision record a line, in input order; a bad line gets an error record, not a stop."""
    explainer = Explainer(config, detector, scorer)
    failures = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            request = orjson.loads(line)
            if not isinstance(request, dict):
                raise BadRequest("each line must be a JSON object")
            out = explainer.record(request)
        except (orjson.JSONDecodeError, BadRequest) as exc:
            failures += 1
            message = exc.message if isinstance(exc, BadRequest) else f"invalid JSON: {exc}"
            out = {"line": number, "error": message}
        sink.write(orjson.dumps(out).decode() + "\n")
    sink.flush()
    return 1 if failures else 0


def print_one(
    config: Config,
    detector: Detector | None,
    scorer: Scorer | None,
    text: str,
    *,
    model: str,
    region: str | None,
) -> None:
    from rich.console import Console
    from rich.table import Table

    record = Explainer(config, detector, scorer).record(
        {"model": model, "messages": [{"role": "user", "content": text}]}, region=region
    )
    table = Table(show_header=False, box=None)
    table.add_row("target", f"{record['target']} ({record['tier']}, {record['zone']})")
    if record.get("error"):
        table.add_row("refused", record["error"])
    table.add_row("model", f"{record['model'] or '-'} {record['version'] or ''}".strip())
    table.add_row("complexity", f"{record['complexity']:.2f}")
    table.add_row("scorer", str(record.get("scorer") or "-"))
    entities = ", ".join(f"{e['type']} [{e['start']}:{e['end']}]" for e in record["entities"])
    table.add_row("entities", entities or "none")
    table.add_row("redacted", str(record["redacted"]).lower())
    table.add_row("fallbacks", ", ".join(record["fallbacks"]) or "none")
    table.add_row("reasons", "\n".join(record["reasons"]))
    table.add_row("decide", f"{record['decide_us']} µs")
    Console().print(table)
