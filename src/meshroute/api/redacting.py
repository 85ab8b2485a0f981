"""Applies redaction to an OpenAI request and restores the values in its answer.

The placeholder logic itself lives in routing.redaction; this module only knows where text
sits in the OpenAI shapes (messages, prompt, input; message.content, text, delta.content).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from meshroute.routing.features import EntityLike
from meshroute.routing.redaction import PlaceholderMap, Redactor, StreamRestorer
from meshroute.targets import Operation


class Redaction:
    """One request's redacted body and the map to restore its answer."""

    def __init__(
        self,
        operation: Operation,
        body: dict[str, Any],
        texts: Sequence[str],
        entities: Sequence[EntityLike],
    ) -> None:
        redacted, self.placeholders = Redactor().redact(texts, entities)
        self.count = len(self.placeholders)
        self.body = _with_texts(operation, body, redacted)

    def restore_reply(self, data: bytes) -> bytes:
        reply = orjson.loads(data)
        for choice in reply.get("choices") or ():
            message = choice.get("message")
            if isinstance(message, dict) and isinstance(message.get("content"), str):
                message["content"] = self.placeholders.restore(message["content"])
            if isinstance(choice.get("text"), str):
                choice["text"] = self.placeholders.restore(choice["text"])
        return orjson.dumps(reply)

    def stream(self) -> StreamRestoring:
        return StreamRestoring(self.placeholders)


class StreamRestoring:
    """Restores each streamed chunk; holds back a placeholder split across chunks."""

    def __init__(self, placeholders: PlaceholderMap) -> None:
        self._placeholders = placeholders
        self._per_choice: dict[int, StreamRestorer] = {}
        self._last_chunk: dict[str, Any] | None = None

    def chunk(self, data: bytes) -> bytes:
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            return data
        if not isinstance(chunk, dict):
            return data
        for choice in chunk.get("choices") or ():
            restorer = self._per_choice.setdefault(
                choice.get("index", 0), self._placeholders.stream()
            )
            finished = choice.get("finish_reason") is not None
            _rewrite(choice, restorer, finished)
        self._last_chunk = chunk
        return orjson.dumps(chunk)

    def tail(self) -> bytes | None:
        """Anything still held back when the stream ends without a finish chunk."""
        pending = {index: r.flush() for index, r in self._per_choice.items()}
        pending = {index: text for index, text in pending.items() if text}
        if not pending or self._last_chunk is None:
            return None
        skeleton = {k: v for k, v in self._last_chunk.items() if k not in ("choices", "usage")}
        choices = [
            {"index": index, "delta": {"content": text}, "finish_reason": None}
            for index, text in pending.items()
        ]
        return orjson.dumps({**skeleton, "choices": choices})


def _rewrite(choice: dict[str, Any], restorer: StreamRestorer, finished: bool) -> None:
    delta = choice.get("delta")
    holder, key = (delta, "content") if isinstance(delta, dict) else (choice, "text")
    text = holder.get(key)
    restored = restorer.feed(text) if isinstance(text, str) else ""
    if finished:
        restored += restorer.flush()
    if isinstance(text, str) or restored:
        holder[key] = restored


def _with_texts(operation: Operation, body: dict[str, Any], texts: list[str]) -> dict[str, Any]:
    """A copy of the body whose text fields are the given (redacted) texts, in order."""
    if operation == "chat":
        messages = [
            {**message, "content": _content(message.get("content"), text)}
            for message, text in zip(body["messages"], texts, strict=True)
        ]
        return {**body, "messages": messages}
    field = "prompt" if operation == "completions" else "input"
    value = body.get(field)
    if isinstance(value, str):
        return {**body, field: texts[0]}
    if isinstance(value, list):
        replaced = iter(texts)
        return {**body, field: [next(replaced) if isinstance(v, str) else v for v in value]}
    return body


def _content(original: Any, text: str) -> Any:
    if isinstance(original, list):
        # Text parts were joined for scanning; send them as one part, keep the others (images).
        others = [p for p in original if not (isinstance(p, dict) and p.get("type") == "text")]
        return [{"type": "text", "text": text}, *others]
    if original is None:
        return None
    return text
