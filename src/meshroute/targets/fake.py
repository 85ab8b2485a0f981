"""FakeTarget: an in-process target for tests and benchmarks (never configured by users).

It answers at once with deterministic text ("fake reply to: <first 40 characters of the last
message>"), plain or streamed, and can misbehave on demand: fail (a TargetFailure, as a dead
upstream), hang, reject the request (an upstream 4xx), raise a bug of ours, or drip a stream.
It keeps every body it was sent, so a test can prove what a target did or did not see.
`threaded` streams the way the embedded engine does (a worker thread feeding a queue, joined
when the stream closes), which is where an early client disconnect used to strand a slot.

Inject it with `create_app(config, targets=fake_targets({"cloud": Behaviour(...)}))`.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import orjson

from meshroute.config import TargetConfig
from meshroute.targets.base import (
    OPERATIONS,
    Operation,
    Reply,
    Target,
    TargetFailure,
    UpstreamRejected,
)
from meshroute.targets.kinds import build_target
from meshroute.targets.pool import TargetFactory

Mode = Literal["ok", "fail", "hang", "reject", "bug"]


@dataclass(slots=True)
class Behaviour:
    """What a FakeTarget does with the next request; change it at any time."""

    mode: Mode = "ok"
    delay_s: float = 0.0  # before the answer (or the first event)
    chunks: int = 3  # content events of a stream
    chunk_delay_s: float = 0.0  # between streamed events
    fail_after_chunks: int | None = None  # a stream that breaks after this many events
    threaded: bool = False  # stream from a worker thread, as the embedded engine does


class FakeTarget(Target[TargetConfig]):
    def __init__(self, config: TargetConfig, behaviour: Behaviour | None = None) -> None:
        super().__init__(config)
        self.behaviour = behaviour or Behaviour()
        self.received: list[dict[str, Any]] = []

    @property
    def operations(self) -> frozenset[Operation]:
        return frozenset(OPERATIONS)

    async def send(self, operation: Operation, body: dict[str, Any]) -> Reply:
        await self._misbehave(body)
        text = _reply_text(body)
        usage = {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9}
        data: dict[str, Any]
        if operation == "embeddings":
            data = {"object": "list", "data": [{"embedding": [0.0, 1.0], "index": 0}]}
        else:
            message = {"role": "assistant", "content": text}
            choice = {"index": 0, "message": message, "text": text, "finish_reason": "stop"}
            data = {"id": "fake-1", "object": "chat.completion", "choices": [choice]}
        data.update(model=self.config.served_model_name, usage=usage)
        return Reply(orjson.dumps(data), usage)

    async def stream(
        self, operation: Operation, body: dict[str, Any]
    ) -> AsyncGenerator[list[bytes], None]:
        await self._misbehave(body)
        events = _events(self.config.served_model_name, _reply_text(body), self.behaviour)
        if self.behaviour.threaded:
            async for batch in _from_thread(events, self.behaviour.chunk_delay_s):
                yield batch
            return
        for index, event in enumerate(events):
            if index and self.behaviour.chunk_delay_s:
                await asyncio.sleep(self.behaviour.chunk_delay_s)
            if event is None:
                raise TargetFailure(self.name, "fake stream broke")
            yield [event]

    async def _misbehave(self, body: dict[str, Any]) -> None:
        self.received.append(body)
        behaviour = self.behaviour
        if behaviour.delay_s:
            await asyncio.sleep(behaviour.delay_s)
        if behaviour.mode == "fail":
            raise TargetFailure(self.name, "fake failure", status=503)
        if behaviour.mode == "hang":
            await asyncio.sleep(3600)
        if behaviour.mode == "reject":
            error = {"message": "fake rejection", "type": "invalid_request_error"}
            raise UpstreamRejected(400, orjson.dumps({"error": error}))
        if behaviour.mode == "bug":
            raise RuntimeError("a bug in the fake target")


def _reply_text(body: Mapping[str, Any]) -> str:
    messages = body.get("messages")
    last = messages[-1] if isinstance(messages, list) and messages else None
    content = last.get("content") if isinstance(last, dict) else None
    prompt = content if isinstance(content, str) else str(body.get("prompt") or body.get("input"))
    return f"fake reply to: {prompt[:40]}"


def _events(model: str, text: str, behaviour: Behaviour) -> list[bytes | None]:
    """The stream's events; None stands for the point where it breaks."""
    words = text.split() or [""]
    events: list[bytes | None] = []
    for index in range(behaviour.chunks):
        if behaviour.fail_after_chunks is not None and index >= behaviour.fail_after_chunks:
            events.append(None)
            return events
        content = words[index % len(words)] + " "
        choice = {"index": 0, "delta": {"content": content}, "finish_reason": None}
        events.append(orjson.dumps({"id": "fake-1", "model": model, "choices": [choice]}))
    done = {"index": 0, "delta": {}, "finish_reason": "stop"}
    usage = {"prompt_tokens": 5, "completion_tokens": behaviour.chunks, "total_tokens": 9}
    events.append(orjson.dumps({"id": "fake-1", "model": model, "choices": [done]}))
    events.append(orjson.dumps({"id": "fake-1", "model": model, "choices": [], "usage": usage}))
    return events


async def _from_thread(
    events: list[bytes | None], delay_s: float
) -> AsyncGenerator[list[bytes], None]:
    """The embedded engine's shape: a thread produces, a queue carries, close joins."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[object] = asyncio.Queue()
    stop = threading.Event()
    end = object()

    def produce() -> None:
        for event in events:
            if stop.is_set():
                break
            loop.call_soon_threadsafe(queue.put_nowait, event)
            time.sleep(delay_s)
        loop.call_soon_threadsafe(queue.put_nowait, end)

    future = loop.run_in_executor(None, produce)
    try:
        while (item := await queue.get()) is not end:
            if item is None:
                raise TargetFailure("fake", "fake stream broke")
            assert isinstance(item, bytes)
            yield [item]
    finally:
        stop.set()
        await asyncio.shield(future)


def fake_targets(
    behaviours: Mapping[str, Behaviour],
    fallback: TargetFactory = build_target,
    built: dict[str, FakeTarget] | None = None,
) -> TargetFactory:
    """A target factory: a FakeTarget for each name in `behaviours`, `fallback` for others;
    `built` collects the FakeTargets made, so a test can read what each one received."""

    def build(config: TargetConfig) -> Target[Any]:
        behaviour = behaviours.get(config.name)
        if behaviour is None:
            return fallback(config)
        target = FakeTarget(config, behaviour)
        if built is not None:
            built[config.name] = target
        return target

    return build
