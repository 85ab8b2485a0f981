"""Cascade (issue 17, opt-in per logical model in `routing.cascade`): the edge answers first;
the request escalates to the next tier when the answer looks unreliable.

Confidence is the geometric mean of the generated tokens' probabilities, exp(mean logprob): the
engine returns them when asked (`logprobs: true`; xllamacpp/llama.cpp and OpenAI servers do).
An answer also escalates when it is a refusal ("I can't help with that") or was cut at
max_tokens (finish_reason "length"). The threshold is calibrated on sample traffic with
bench/cascade.py, as `meshroute calibrate` sets the complexity thresholds.

Only non-streamed chat answered by an edge target, with no redaction in play, is reviewed; it
escalates only to a fallback of a higher tier the decision already allows that needs no deeper
privacy scan. If the escalation fails, the edge answer is returned: a cascade never turns an
answer into an error. The gateway calls `Cascade.prepare` before the edge call and
`Cascade.review` after it (api/gateway.py `_send_once`).
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from starlette.responses import Response

from meshroute.config import CascadeConfig, Config
from meshroute.targets import Target, TargetFailure, UpstreamRejected
from meshroute.targets.pool import Slot

if TYPE_CHECKING:
    from meshroute.api.gateway import Call, Gateway
    from meshroute.routing.router import Routed

TIER_ORDER = {"edge": 0, "local": 1, "cloud": 2}
# Refusal openings of instruction-tuned models; checked on the first 200 characters only.
_REFUSAL = re.compile(
    r"^\W*(i('m| am)? (sorry|afraid)|i (can(no|')t|cannot|am unable|'m unable|won't)|"
    r"as an ai|unfortunately,? i (can(no|')t|cannot))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Confidence:
    mean_probability: float | None  # None: the answer carried no token log-probabilities
    refusal: bool
    truncated: bool

    def escalation(self, settings: CascadeConfig) -> str | None:
        """Why this answer should escalate, or None."""
        if settings.on_refusal and self.refusal:
            return "refusal"
        if settings.on_truncation and self.truncated:
            return "truncated"
        if self.mean_probability is not None and self.mean_probability < settings.min_confidence:
            return f"confidence {self.mean_probability:.2f}"
        return None


def confidence_of(body: Mapping[str, Any]) -> Confidence:
    """Read an OpenAI chat completion: token log-probabilities, refusal, finish reason."""
    try:
        choice = body["choices"][0]
    except (KeyError, IndexError, TypeError):
        return Confidence(None, False, False)
    if not isinstance(choice, dict):
        return Confidence(None, False, False)
    message = choice.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    text = content if isinstance(content, str) else ""
    logprobs = choice.get("logprobs")
    tokens = logprobs.get("content") if isinstance(logprobs, dict) else None
    values = [
        float(token["logprob"])
        for token in (tokens if isinstance(tokens, list) else [])
        if isinstance(token, dict) and isinstance(token.get("logprob"), int | float)
    ]
    finite = [value for value in values if math.isfinite(value)]
    mean = math.exp(sum(finite) / len(finite)) if finite else None
    return Confidence(
        mean,
        bool(_REFUSAL.match(text[:200])),
        choice.get("finish_reason") == "length",
    )


class Cascade:
    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.reviewed = 0
        self.escalated = 0

    def _settings(self, call: Call, routed: Routed, target: Target[Any]) -> CascadeConfig | None:
        model = routed.decision.model
        if call.operation != "chat" or call.body.get("stream") or model is None:
            return None
        if target.config.tier != "edge" or routed.decision.redacted:
            return None
        return self.gateway.config.routing.cascade.get(model)

    def prepare(
        self, call: Call, routed: Routed, target: Target[Any], body: dict[str, Any]
    ) -> dict[str, Any]:
        """The edge request, asking for token log-probabilities when the cascade applies."""
        if self._settings(call, routed, target) is None or body.get("logprobs"):
            return body
        return {**body, "logprobs": True}

    async def review(
        self, call: Call, routed: Routed, target: Target[Any], reply: bytes
    ) -> Response | None:
        """None: answer with the edge reply as it is. Otherwise the response to send: the next
        tier's answer, or the edge answer without the log-probabilities we asked for."""
        settings = self._settings(call, routed, target)
        if settings is None:
            return None
        try:
            body = orjson.loads(reply)
        except orjson.JSONDecodeError:
            return None  # not ours to judge: the gateway relays it as it is
        self.reviewed += 1
        why = confidence_of(body).escalation(settings)
        if why is not None:
            escalated = await self._escalate(call, routed, target, why)
            if escalated is not None:
                self.escalated += 1
                return escalated
        if not call.body.get("logprobs") and isinstance(body, dict):
            for choice in body.get("choices") or ():
                if isinstance(choice, dict):
                    choice.pop("logprobs", None)
            reply = orjson.dumps(body)
        return Response(
            reply, 200, self.gateway._headers(call, routed, target), media_type="application/json"
        )

    def _next_tiers(self, config: Config, routed: Routed, edge: Target[Any]) -> list[str]:
        router = self.gateway.router
        lower = TIER_ORDER.get(edge.config.tier, 0)
        return [
            name
            for name in routed.decision.fallbacks
            if TIER_ORDER.get(config.target(name).tier, 0) > lower
            and name not in routed.decision.redact_for
            and not router.needs_deep(routed, name)
        ]

    async def _escalate(
        self, call: Call, routed: Routed, edge: Target[Any], why: str
    ) -> Response | None:
        pool = self.gateway.pool
        for name in self._next_tiers(self.gateway.config, routed, edge):
            slot = await pool.admit(name, call.claims)
            if not isinstance(slot, Slot):
                continue
            target = slot.target
            try:
                reply = await asyncio.wait_for(
                    target.send("chat", call.body), target.config.effective_timeouts.total_s
                )
            except (TargetFailure, TimeoutError) as error:
                failure = (
                    error
                    if isinstance(error, TargetFailure)
                    else TargetFailure(name, "timed out", timeout=True)
                )
                pool.failed(slot, failure)
                continue
            except UpstreamRejected:
                pool.succeeded(slot)
                continue
            except BaseException:
                pool.released(slot)
                raise
            pool.succeeded(slot)
            self._account(call, target, reply.usage, slot.started)
            headers = self.gateway._headers(call, routed, target)
            headers["x-meshroute-reason"] = f"cascade from {edge.name}: {why}"
            return Response(reply.body, 200, headers, media_type="application/json")
        return None

    def _account(
        self, call: Call, target: Target[Any], usage: Mapping[str, Any] | None, started: float
    ) -> None:
        from meshroute.api.accounting import Ending

        accounting = self.gateway.accounting
        if accounting is None:
            return
        config = target.config
        accounting.record(
            request_id=call.request_id,
            operation="cascade",
            key_id=call.auth.key.id if call.auth.key else None,
            routed=call.routed,
            started=started,
            attempts=call.tries + 1,
            ending=Ending("ok", 200, target.name, config.tier, config.zone, usage),
        )
