"""One request's journey after validation: route, try the decision's targets in order, answer.

A failure before the first byte reaches the client moves on to the next fallback (each one
already obeys the privacy rule). Once a stream has started, a failure ends it with an in-band
OpenAI error event and [DONE]: never a silently truncated answer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from starlette.responses import Response, StreamingResponse

from meshroute.api.metrics import Metrics
from meshroute.api.redacting import Redaction
from meshroute.config import Config
from meshroute.errors import (
    APIError,
    BadRequest,
    ModelNotFound,
    NoTargetAvailable,
    UpstreamError,
)
from meshroute.routing.router import Routed, Router, needs_of
from meshroute.targets import Operation, Reply, Target, TargetFailure, UpstreamRejected
from meshroute.targets.pool import TargetPool

log = logging.getLogger("meshroute.gateway")
_DONE = b"data: [DONE]\n\n"


@dataclass(frozen=True, slots=True)
class Call:
    """What the handler knows about one request."""

    operation: Operation
    body: dict[str, Any]
    texts: list[str]
    request_id: str
    region: str | None
    request_key: str


class Gateway:
    def __init__(self, config: Config, pool: TargetPool, router: Router, metrics: Metrics) -> None:
        self.config = config
        self.pool = pool
        self.router = router
        self.metrics = metrics

    def route(self, call: Call) -> Routed:
        routed = self.router.route(
            call.operation,
            call.body["model"],
            call.texts,
            self.pool.states(),
            region=call.region,
            request_key=call.request_key,
            needs=needs_of(call.body),
        )
        decision = routed.decision
        if decision.refusal is not None:
            self.metrics.refusals.labels(decision.refusal).inc()
            if decision.refusal == "model_not_found":
                raise ModelNotFound(decision.refusal_message, param="model")
            if decision.refusal == "unsupported":
                raise BadRequest(decision.refusal_message, param="model")
            raise NoTargetAvailable(decision.refusal_message)
        self.metrics.decisions.labels(
            decision.tier, str(routed.features.sensitive).lower(), str(decision.redacted).lower()
        ).inc()
        return routed

    async def answer(self, call: Call) -> Response:
        routed = self.route(call)
        if call.body.get("stream"):
            return await self._stream(call, routed)
        return await self._send(call, routed)

    def _headers(self, call: Call, routed: Routed, target: Target) -> dict[str, str]:
        return {
            "x-request-id": call.request_id,
            "x-meshroute-target": target.name,
            "x-meshroute-tier": target.config.tier,
            "x-meshroute-reason": routed.decision.short_reason(),
        }

    async def _send(self, call: Call, first_routed: Routed) -> Response:
        failures: list[TargetFailure] = []
        for name, routed in self._candidates(call, first_routed):
            target = self.pool.targets[name]
            redaction = self._redaction(call, routed, name)
            body = redaction.body if redaction else call.body
            started = self.pool.began(name)
            try:
                reply = await target.send(call.operation, body)
            except TargetFailure as failure:
                self._failed(name, failure, failures)
                continue
            except UpstreamRejected as rejected:
                self.pool.succeeded(name, started)  # the target is fine; the request is not
                return Response(
                    rejected.body,
                    rejected.status,
                    self._headers(call, routed, target),
                    media_type="application/json",
                )
            except BaseException:
                self.pool.released(name)
                raise
            self.pool.succeeded(name, started)
            self._observe(call, target, started, reply.usage)
            data = redaction.restore_reply(reply.body) if redaction else reply.body
            return Response(
                data, 200, self._headers(call, routed, target), media_type="application/json"
            )
        raise _exhausted(failures)

    async def _stream(self, call: Call, first_routed: Routed) -> Response:
        failures: list[TargetFailure] = []
        for name, routed in self._candidates(call, first_routed):
            target = self.pool.targets[name]
            redaction = self._redaction(call, routed, name)
            started = self.pool.began(name)
            batches = target.stream(call.operation, redaction.body if redaction else call.body)
            try:
                first = await anext(batches)
            except TargetFailure as failure:
                self._failed(name, failure, failures)
                continue
            except StopAsyncIteration:
                self._failed(name, TargetFailure(name, "empty stream"), failures)
                continue
            except UpstreamRejected as rejected:
                self.pool.succeeded(name, started)
                return Response(
                    rejected.body,
                    rejected.status,
                    self._headers(call, routed, target),
                    media_type="application/json",
                )
            except BaseException:
                self.pool.released(name)
                await batches.aclose()
                raise
            self._first_token(call, target, started)
            return StreamingResponse(
                self._relay(call, target, started, first, batches, redaction),
                200,
                self._headers(call, routed, target),
                media_type="text/event-stream",
            )
        raise _exhausted(failures)

    async def _relay(
        self,
        call: Call,
        target: Target,
        started: float,
        first: list[bytes],
        batches: AsyncGenerator[list[bytes], None],
        redaction: Redaction | None,
    ) -> AsyncIterator[bytes]:
        usage: dict[str, Any] | None = None
        restoring = redaction.stream() if redaction else None
        finished = False
        try:
            batch = first
            while True:
                out = []
                for chunk in batch:
                    if b'"usage"' in chunk:
                        usage = _usage_of(chunk) or usage
                    if restoring is not None:
                        chunk = restoring.chunk(chunk)
                    out.append(b"data: " + chunk + b"\n\n")
                yield b"".join(out)
                try:
                    batch = await anext(batches)
                except StopAsyncIteration:
                    break
            tail = restoring.tail() if restoring is not None else None
            if tail is not None:
                yield b"data: " + tail + b"\n\n"
            finished = True
            self.pool.succeeded(target.name, started)
            self._observe(call, target, started, usage)
            yield _DONE
        except TargetFailure as failure:
            finished = True
            self.pool.failed(target.name, failure.reason)
            log.warning(
                "stream broke after first byte",
                extra={"request_id": call.request_id, "target": target.name},
            )
            yield _error_event("the upstream stream broke: " + failure.reason, "upstream_error")
            yield _DONE
        finally:
            if not finished:
                self.pool.released(target.name)
            await batches.aclose()

    def _candidates(self, call: Call, routed: Routed) -> Iterator[tuple[str, Routed]]:
        """The decision's targets in order; the deep scan runs (and may re-decide) before the
        first target that must not see sensitive data."""
        tried: set[str] = set()
        while True:
            name = next((n for n in routed.decision.candidates if n not in tried), None)
            if name is None:
                return
            if self.router.needs_deep(routed, name):
                routed = self.router.deepen(routed, call.texts, self.pool.states())
                continue
            tried.add(name)
            yield name, routed

    def _redaction(self, call: Call, routed: Routed, name: str) -> Redaction | None:
        """The redacted request for a target that may not see the sensitive values."""
        if name not in routed.decision.redact_for:
            return None
        redaction = Redaction(call.operation, call.body, call.texts, routed.features.entities)
        self.metrics.redactions.labels(name).inc(redaction.count)
        return redaction

    def _failed(self, name: str, failure: TargetFailure, failures: list[TargetFailure]) -> None:
        self.pool.failed(name, failure.reason)
        failures.append(failure)
        self.metrics.failovers.labels(name, "timeout" if failure.timeout else "error").inc()
        log.warning("target failed", extra={"target": name, "error": failure.reason})

    def _labels(self, call: Call, target: Target) -> tuple[str, str, str, str, str]:
        config = target.config
        return (
            call.operation,
            str(call.body.get("model", "")),
            target.name,
            config.tier,
            config.zone,
        )

    def _first_token(self, call: Call, target: Target, started: float) -> None:
        self.metrics.time_to_first_token.labels(*self._labels(call, target)).observe(
            time.perf_counter() - started
        )

    def _observe(
        self, call: Call, target: Target, started: float, usage: Mapping[str, Any] | None
    ) -> None:
        labels = self._labels(call, target)
        self.metrics.duration.labels(*labels, "").observe(time.perf_counter() - started)
        if usage:
            for kind, key in (("input", "prompt_tokens"), ("output", "completion_tokens")):
                value = usage.get(key)
                if isinstance(value, int):
                    self.metrics.tokens.labels(*labels, kind).observe(value)


def _usage_of(chunk: bytes) -> dict[str, Any] | None:
    try:
        parsed = orjson.loads(chunk)
    except orjson.JSONDecodeError:
        return None
    usage = parsed.get("usage") if isinstance(parsed, dict) else None
    return usage if isinstance(usage, dict) else None


def _error_event(message: str, kind: str) -> bytes:
    body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    return b"data: " + orjson.dumps(body) + b"\n\n"


def _exhausted(failures: list[TargetFailure]) -> APIError:
    if not failures:
        return NoTargetAvailable("no target could take the request")
    detail = "; ".join(f"{f.target}: {f.reason}" for f in failures)[:500]
    status = 504 if all(f.timeout for f in failures) else 502
    return UpstreamError(f"no target could answer: {detail}", status=status)


__all__ = ["Call", "Gateway", "Reply"]
