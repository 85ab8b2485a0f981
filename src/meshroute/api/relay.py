"""Relaying a started stream to the client, and how it ended.

Once the first byte has reached the client there is no failing over: a broken upstream, or one
that overruns the target's total timeout, ends the stream with an OpenAI-shaped error event and
[DONE]. A client that stops reading is dropped after `write_timeout_s`, so it cannot hold the
upstream stream open without limit.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson
from starlette.responses import StreamingResponse
from starlette.types import Send

from meshroute.api.redacting import Redaction
from meshroute.targets import TargetFailure

log = logging.getLogger("meshroute.gateway")
DONE = b"data: [DONE]\n\n"
StreamStatus = Literal["ok", "stream_error", "client_gone"]


@dataclass(slots=True)
class StreamOutcome:
    status: StreamStatus = "client_gone"
    usage: dict[str, Any] | None = None
    failure: TargetFailure | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class StreamRelay:
    target: str
    first: list[bytes]
    batches: AsyncGenerator[list[bytes], None]
    redaction: Redaction | None
    deadline: float  # perf_counter() value after which the target's total timeout is overrun
    on_done: Callable[[StreamOutcome], None]
    # the gateway asked the upstream for a usage chunk the client did not ask for: keep it out
    hide_usage_chunk: bool = False
    request_id: str = ""
    started: bool = False

    async def events(self) -> AsyncGenerator[bytes, None]:
        self.started = True
        outcome = StreamOutcome()
        restoring = self.redaction.stream() if self.redaction else None
        try:
            batch: list[bytes] | None = self.first
            while batch is not None:
                yield _frame(batch, outcome, restoring, self.hide_usage_chunk)
                batch = await self._next()
            tail = restoring.tail() if restoring is not None else None
            if tail is not None:
                yield b"data: " + tail + b"\n\n"
            outcome.status = "ok"
            yield DONE
        except TargetFailure as failure:
            outcome.status, outcome.failure = "stream_error", failure
            log.warning(
                "stream broke after first byte",
                extra={
                    "request_id": self.request_id,
                    "target": self.target,
                    "error": failure.reason,
                },
            )
            yield error_event(f"the upstream stream broke: {failure.reason}", "upstream_error")
            yield DONE
        finally:
            # on_done (the slot's verdict, the ledger) must run even when closing the upstream
            # is itself cancelled: a client that leaves cancels every await from here on.
            try:
                await self.batches.aclose()
            finally:
                self.on_done(outcome)

    async def _next(self) -> list[bytes] | None:
        remaining = self.deadline - time.perf_counter()
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for runs each step in a new task
            async with asyncio.timeout(max(0.001, remaining)):
                return await anext(self.batches)
        except StopAsyncIteration:
            return None
        except TimeoutError as exc:
            raise TargetFailure(self.target, "total timeout overrun", timeout=True) from exc


def _frame(batch: list[bytes], outcome: StreamOutcome, restoring: Any, hide_usage: bool) -> bytes:
    out = []
    for chunk in batch:
        if b'"usage"' in chunk:
            usage = usage_of(chunk)
            outcome.usage = usage or outcome.usage
            if usage and hide_usage and b'"choices":[]' in chunk.replace(b" ", b""):
                continue
        if restoring is not None:
            chunk = restoring.chunk(chunk)
        out.append(b"data: " + chunk + b"\n\n")
    return b"".join(out)


class RelayResponse(StreamingResponse):
    """A streaming response whose writes time out, and whose body generator always closes."""

    def __init__(
        self, relay: StreamRelay, headers: Mapping[str, str], write_timeout_s: float
    ) -> None:
        super().__init__(relay.events(), 200, headers, media_type="text/event-stream")
        self._events = relay
        self.write_timeout_s = write_timeout_s

    async def stream_response(self, send: Send) -> None:
        body = self.body_iterator
        assert isinstance(body, AsyncGenerator)
        try:
            await send(
                {
                    "type": "http.response.start",
                    "status": self.status_code,
                    "headers": self.raw_headers,
                }
            )
            async for chunk in body:
                async with asyncio.timeout(self.write_timeout_s):  # no task per write
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except TimeoutError:
            log.warning(
                "client stopped reading; stream dropped",
                extra={"request_id": self._events.request_id, "target": self._events.target},
            )
        finally:
            try:
                await body.aclose()
            finally:
                if not self._events.started:  # the client left before the first write
                    self._events.on_done(StreamOutcome())


def usage_of(chunk: bytes) -> dict[str, Any] | None:
    try:
        parsed = orjson.loads(chunk)
    except orjson.JSONDecodeError:
        return None
    usage = parsed.get("usage") if isinstance(parsed, dict) else None
    return usage if isinstance(usage, dict) else None


def error_event(message: str, kind: str) -> bytes:
    body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    return b"data: " + orjson.dumps(body) + b"\n\n"
