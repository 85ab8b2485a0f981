"""One request's journey after validation: route, try the decision's targets in order, answer.

A failure before the first byte reaches the client moves on to the next fallback (each one
already obeys the privacy rule). Once a stream has started, a failure ends it with an in-band
OpenAI error event and [DONE]: never a silently truncated answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from starlette.responses import Response

from meshroute.api.accounting import Accounting, Ending
from meshroute.api.metrics import Metrics
from meshroute.api.redacting import Redaction
from meshroute.api.relay import RelayResponse, StreamOutcome, StreamRelay
from meshroute.api.scanning import Scanning
from meshroute.api.slots import current_claims
from meshroute.auth import AuthResult
from meshroute.config import Config
from meshroute.errors import (
    APIError,
    BadRequest,
    ModelNotFound,
    NoTargetAvailable,
    PermissionDenied,
    RateLimited,
    UpstreamError,
)
from meshroute.routing.cascade import Cascade
from meshroute.routing.features import TargetState
from meshroute.routing.policy import decide
from meshroute.routing.router import Routed, Router, needs_of
from meshroute.shadow.runner import Shadow
from meshroute.targets import Operation, Reply, Target, TargetFailure, UpstreamRejected, node_mesh
from meshroute.targets.pool import Claims, Slot, TargetPool
from meshroute.targets.retry import RetryBudget
from meshroute.tracing import Tracing

log = logging.getLogger("meshroute.gateway")


@dataclass(slots=True)
class Call:
    """What the handler knows about one request (and its trace span, when tracing is on)."""

    operation: Operation
    body: dict[str, Any]
    texts: list[str]
    request_id: str
    region: str | None
    request_key: str
    auth: AuthResult = field(default_factory=lambda: AuthResult(None))
    claims: Claims = field(default_factory=current_claims)  # owns every slot it is given
    span: Any = None
    attempts: dict[int, Any] = field(default_factory=dict)  # id(slot) -> upstream span
    started: float = 0.0
    routed: Routed | None = None
    tries: int = 0


class Gateway:
    def __init__(
        self,
        config: Config,
        pool: TargetPool,
        router: Router,
        metrics: Metrics,
        tracing: Tracing | None = None,
        accounting: Accounting | None = None,
        scanning: Scanning | None = None,
    ) -> None:
        self.config = config
        self.accounting = accounting
        self.tracing = tracing or Tracing(config.tracing)
        self.pool = pool
        self.router = router
        self.metrics = metrics
        self.scanning = scanning or Scanning()
        self.retry_budget = RetryBudget(config.routing.retry_budget)
        self.shadow = Shadow(self)  # routing.shadow: labels from answered requests (issue 17)
        self.cascade = Cascade(self)  # routing.cascade: edge first, escalate if unsure

    def replace(self, config: Config, pool: TargetPool, router: Router) -> None:
        """Swap in a reloaded config; requests in flight keep the slots they hold."""
        self.config, self.pool, self.router = config, pool, router
        self.retry_budget = RetryBudget(config.routing.retry_budget)
        if self.accounting is not None:
            self.accounting.reconfigure(config)

    async def route(self, call: Call) -> Routed:
        """Router.route (features, decide): the fast scan inline for a small request, on a
        worker thread for a large one; the deep scan, when the decision needs it, always on a
        worker thread."""
        router, states = self.router, self._states(call)
        routed = await self.scanning.run(
            partial(
                router.route,
                call.operation,
                call.body["model"],
                call.texts,
                states,
                region=call.region,
                request_key=call.request_key,
                needs=needs_of(call.body),
                spans=self.tracing,
                parent=call.span,
                deepen=False,
            ),
            size=sum(len(text) for text in call.texts),
            deep=False,
        )
        target = routed.decision.target
        if target is not None and router.needs_deep(routed, target):
            deepen = partial(router.deepen, routed, call.texts, states)
            routed = await self.scanning.run(deepen, size=0, deep=True)
        call.routed = routed
        decision = routed.decision
        if decision.refusal is not None:
            self.metrics.refusals.labels(decision.refusal).inc()
            if decision.refusal == "model_not_found":
                if self._outside_key_zones(call, routed):
                    raise PermissionDenied(
                        "this API key may not reach the zone of the targets serving this model",
                        param="model",
                        code="zone_not_permitted",
                    )
                raise ModelNotFound(decision.refusal_message, param="model")
            if decision.refusal == "unsupported":
                raise BadRequest(decision.refusal_message, param="model")
            raise NoTargetAvailable(decision.refusal_message)
        self.metrics.decisions.labels(
            decision.tier, str(routed.features.sensitive).lower(), str(decision.redacted).lower()
        ).inc()
        return routed

    async def answer(self, call: Call) -> Response:
        model = str(call.body.get("model", ""))
        call.span = self.tracing.start(
            f"{_GENAI_OPERATION[call.operation]} {model}",
            {
                "gen_ai.operation.name": _GENAI_OPERATION[call.operation],
                "gen_ai.request.model": model,
                "meshroute.request_id": call.request_id,
            },
        )
        call.started = time.perf_counter()
        streamed = bool(call.body.get("stream"))
        try:
            routed = await self.route(call)
            exchange = self._stream_once if streamed else self._send_once
            response = await self._attempts(call, routed, exchange)
        except BaseException as exc:
            self.tracing.end(call.span, error=type(exc).__name__)
            if isinstance(exc, APIError):
                self._account(call, Ending("error" if call.tries else "refused", exc.status))
            raise
        if not isinstance(response, RelayResponse):  # a relayed stream's end ends the span
            self.tracing.end(call.span)
        return response

    def _headers(self, call: Call, routed: Routed, target: Target[Any]) -> dict[str, str]:
        return {
            "x-request-id": call.request_id,
            "x-meshroute-target": target.name,
            "x-meshroute-tier": target.config.tier,
            "x-meshroute-reason": routed.decision.short_reason(),
            **node_mesh.response_headers(),  # the nodes it crossed (targets/node_mesh.py)
        }

    async def _slots(
        self, call: Call, first_routed: Routed, tally: Tally
    ) -> AsyncGenerator[tuple[Routed, Slot], None]:
        """Admitted attempts in the decision's order: targets whose breaker is open, paused by
        a 429 or full are skipped at once; retries stop at max_attempts or the retry budget.
        Every slot is owned by the request's claims from the moment it is admitted."""
        self.retry_budget.on_request()
        attempts = 0
        async with contextlib.aclosing(self._candidates(call, first_routed)) as candidates:
            async for name, routed in candidates:
                if attempts >= self.config.routing.max_attempts:
                    return
                admitted = await self.pool.admit(name, call.claims)
                if not isinstance(admitted, Slot):
                    tally.skipped[name] = admitted
                    continue
                if attempts and not self.retry_budget.try_spend():
                    self.pool.released(admitted)
                    tally.budget_spent = True
                    return
                attempts += 1
                call.tries = attempts
                call.attempts[id(admitted)] = self.tracing.start(
                    f"upstream {admitted.name}",
                    {"meshroute.target": admitted.name},
                    parent=call.span,
                )
                yield routed, admitted

    async def _attempts(self, call: Call, first_routed: Routed, exchange: Exchange) -> Response:
        """The one failover ladder, for plain and streamed answers alike: each admitted target
        in turn until one answers. A target's failure before the first byte moves on (and
        counts toward its breaker); an upstream 4xx is the answer; anything else is a bug of
        ours and propagates, the slot released without a verdict."""
        tally = Tally()
        # closed here when an attempt answers, not left to the event loop's finaliser (which
        # closes an abandoned async generator in a task of its own: two per request)
        async with contextlib.aclosing(self._slots(call, first_routed, tally)) as slots:
            async for routed, slot in slots:
                target = slot.target
                try:
                    redaction = self._redaction(call, routed, slot.name)
                    return await exchange(call, routed, slot, redaction)
                except (TargetFailure, TimeoutError) as error:
                    self._failed(call, slot, _as_failure(slot.name, error), tally)
                except UpstreamRejected as rejected:
                    self._succeeded(call, slot)  # the target is fine; the request is not
                    self._account(call, _ending(target, "error", rejected.status))
                    headers = self._headers(call, routed, target)
                    return _json(rejected.body, rejected.status, headers)
                except BaseException:
                    self._released(call, slot)
                    raise
        raise self._exhausted(tally, first_routed)

    async def _send_once(
        self, call: Call, routed: Routed, slot: Slot, redaction: Redaction | None
    ) -> Response:
        target = slot.target
        body = redaction.body if redaction else call.body
        body = self.cascade.prepare(call, routed, target, body)
        total_s = target.config.effective_timeouts.total_s
        async with asyncio.timeout(total_s):  # not wait_for: on 3.11 that is a task per call
            reply = await target.send(call.operation, body)
        self._succeeded(call, slot)
        self._observe(call, target, slot.started, reply.usage)
        self._account(call, _ending(target, "ok", 200, reply.usage))
        self.shadow.after_answer(call, routed, target.name, reply.body)
        reviewed = await self.cascade.review(call, routed, target, reply.body)
        if reviewed is not None:
            return reviewed
        data = redaction.restore_reply(reply.body) if redaction else reply.body
        return _json(data, 200, self._headers(call, routed, target))

    async def _stream_once(
        self, call: Call, routed: Routed, slot: Slot, redaction: Redaction | None
    ) -> Response:
        target = slot.target
        limits = target.config.effective_timeouts
        body = redaction.body if redaction else call.body
        hide_usage = _wants_no_usage(body)
        if hide_usage:  # the ledger needs the tokens of every stream
            options = body.get("stream_options")
            shown = options if isinstance(options, dict) else {}
            body = {**body, "stream_options": {**shown, "include_usage": True}}
        batches = target.stream(call.operation, body)
        try:
            async with asyncio.timeout(limits.first_byte_s):
                first = await anext(batches)
        except BaseException as error:
            await _close(batches)
            if isinstance(error, StopAsyncIteration):
                raise TargetFailure(slot.name, "empty stream") from None
            raise
        ttft_ms = self._first_token(call, target, slot.started)
        relay = StreamRelay(
            target=slot.name,
            first=first,
            batches=batches,
            redaction=redaction,
            deadline=slot.started + limits.total_s,
            on_done=partial(self._stream_done, call, target, slot, ttft_ms),
            hide_usage_chunk=hide_usage,
            request_id=call.request_id,
        )
        return RelayResponse(
            relay, self._headers(call, routed, target), self.config.server.write_timeout_s
        )

    def _stream_done(
        self, call: Call, target: Target[Any], slot: Slot, ttft_ms: float, outcome: StreamOutcome
    ) -> None:
        self._account(call, _ending(target, outcome.status, 200, outcome.usage, ttft_ms))
        if outcome.status == "ok":
            self._succeeded(call, slot)
            self._observe(call, target, slot.started, outcome.usage)
        elif outcome.failure is not None:
            self._fail_slot(call, slot, outcome.failure)
        else:
            self._released(call, slot)
        self.tracing.end(call.span, error=None if outcome.status == "ok" else outcome.status)

    def _account(self, call: Call, ending: Ending) -> None:
        if self.accounting is not None:
            self.accounting.record(
                request_id=call.request_id,
                operation=call.operation,
                key_id=call.auth.key.id if call.auth.key else None,
                routed=call.routed,
                started=call.started,
                attempts=call.tries,
                ending=ending,
            )

    def _succeeded(self, call: Call, slot: Slot) -> None:
        self.pool.succeeded(slot)
        self.tracing.end(call.attempts.pop(id(slot), None))

    def _released(self, call: Call, slot: Slot) -> None:
        self.pool.released(slot)
        self.tracing.end(call.attempts.pop(id(slot), None), error="cancelled")

    def _fail_slot(self, call: Call, slot: Slot, failure: TargetFailure) -> None:
        self.pool.failed(slot, failure)
        error = "timeout" if failure.timeout else f"status_{failure.status or 'error'}"
        self.tracing.end(call.attempts.pop(id(slot), None), error=error)

    def _outside_key_zones(self, call: Call, routed: Routed) -> bool:
        """The model is served, only not in the zones this key may reach (403, not 404)."""
        if call.auth.key is None or call.auth.key.zones is None:
            return False
        unrestricted = decide(routed.features, self.pool.states(), self.config.routing)
        return unrestricted.refusal != "model_not_found"

    def _exhausted(self, tally: Tally, routed: Routed) -> APIError:
        if tally.failures and all(f.status == 429 for f in tally.failures):
            # Every target tried asked us to slow down: so must the client (429, not a 502).
            wait_s = max(f.retry_after or 0.0 for f in tally.failures)
            return RateLimited(
                "the upstream is rate limiting this request; retry later",
                code="upstream_rate_limited",
                headers={"retry-after": f"{max(1.0, wait_s):.0f}"},
            )
        if tally.failures:
            detail = "; ".join(f"{f.target}: {f.reason}" for f in tally.failures)[:500]
            status = 504 if all(f.timeout for f in tally.failures) else 502
            return UpstreamError(f"no target could answer: {detail}", status=status)
        wait = f"{self.pool.retry_after_s(routed.decision.candidates):.0f}"
        if tally.skipped and all(why == "busy" for why in tally.skipped.values()):
            return RateLimited(
                "every target that may serve this request is at capacity; retry",
                code="targets_busy",
                headers={"retry-after": wait},
            )
        return NoTargetAvailable(
            "no target may take the request now: "
            + ", ".join(f"{n} {why}" for n, why in tally.skipped.items()),
            headers={"retry-after": wait},
        )

    async def _candidates(
        self, call: Call, routed: Routed
    ) -> AsyncGenerator[tuple[str, Routed], None]:
        """The decision's targets in order; the deep scan runs (off the event loop, and may
        re-decide) before the first target that must not see sensitive data."""
        tried: set[str] = set()
        while True:
            name = next((n for n in routed.decision.candidates if n not in tried), None)
            if name is None:
                return
            if self.router.needs_deep(routed, name):
                deepen = partial(self.router.deepen, routed, call.texts, self._states(call))
                routed = await self.scanning.run(deepen, size=0, deep=True)
                call.routed = routed
                continue
            tried.add(name)
            yield name, routed

    def _states(self, call: Call) -> list[TargetState]:
        """The targets this request's key may reach (zones; models for `auto`)."""
        # a request a previous node marked sensitive stays private here (node_mesh.py)
        return node_mesh.private_only(call.auth.states(self.pool.states(), call.body["model"]))

    def _redaction(self, call: Call, routed: Routed, name: str) -> Redaction | None:
        """The redacted request for a target that may not see the sensitive values."""
        if name not in routed.decision.redact_for:
            return None
        redaction = Redaction(call.operation, call.body, call.texts, routed.features.entities)
        self.metrics.redactions.labels(name).inc(redaction.count)
        return redaction

    def _failed(self, call: Call, slot: Slot, failure: TargetFailure, tally: Tally) -> None:
        self._fail_slot(call, slot, failure)
        tally.failures.append(failure)
        kind = "timeout" if failure.timeout else "ratelimit" if failure.status == 429 else "error"
        self.metrics.failovers.labels(slot.name, kind).inc()
        log.warning(
            "target failed",
            extra={
                "request_id": call.request_id,
                "target": slot.name,
                "error": failure.reason,
                "detail": failure.detail,  # may name the upstream's address: log only
            },
        )

    def _labels(self, call: Call, target: Target[Any]) -> tuple[str, str, str, str, str]:
        config = target.config
        return (
            call.operation,
            str(call.body.get("model", "")),
            target.name,
            config.tier,
            config.zone,
        )

    def _first_token(self, call: Call, target: Target[Any], started: float) -> float:
        """Observes the time to the first streamed event; returns it in milliseconds."""
        elapsed = time.perf_counter() - started
        self.metrics.time_to_first_token.labels(*self._labels(call, target)).observe(elapsed)
        return elapsed * 1000

    def _observe(
        self, call: Call, target: Target[Any], started: float, usage: Mapping[str, Any] | None
    ) -> None:
        labels = self._labels(call, target)
        self.metrics.duration.labels(*labels, "").observe(time.perf_counter() - started)
        total = usage.get("total_tokens") if usage else None
        call.auth.settle(total if isinstance(total, int) else None)
        if usage:
            for kind, key in (("input", "prompt_tokens"), ("output", "completion_tokens")):
                value = usage.get(key)
                if isinstance(value, int):
                    self.metrics.tokens.labels(*labels, kind).observe(value)


# One attempt on one admitted target: returns the response, or raises TargetFailure /
# TimeoutError (the next target may answer) or UpstreamRejected (the answer is a 4xx).
Exchange = Callable[["Call", Routed, Slot, "Redaction | None"], Awaitable[Response]]

_GENAI_OPERATION = {"chat": "chat", "completions": "text_completion", "embeddings": "embeddings"}


@dataclass(slots=True)
class Tally:
    """What happened to one request's attempts, for the error when none succeeded."""

    failures: list[TargetFailure] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    budget_spent: bool = False


def _ending(
    target: Target[Any],
    status: str,
    http_status: int,
    usage: Mapping[str, Any] | None = None,
    ttft_ms: float | None = None,
) -> Ending:
    config = target.config
    return Ending(status, http_status, target.name, config.tier, config.zone, usage, ttft_ms)


def _wants_no_usage(body: Mapping[str, Any]) -> bool:
    options = body.get("stream_options")
    return not (isinstance(options, dict) and options.get("include_usage"))


def _as_failure(name: str, error: BaseException) -> TargetFailure:
    if isinstance(error, TargetFailure):
        return error
    return TargetFailure(name, "timed out", timeout=True)


async def _close(batches: AsyncGenerator[list[bytes], None]) -> None:
    """Close a target's stream that will not be relayed; its own failure changes nothing."""
    with contextlib.suppress(Exception):
        await batches.aclose()


def _json(body: bytes, status: int, headers: dict[str, str]) -> Response:
    return Response(body, status, headers, media_type="application/json")


__all__ = ["Call", "Gateway", "Reply"]
