"""Applies redaction to an OpenAI request and restores the values in its answer.

The placeholder logic lives in routing.redaction, the list of forwarded strings in
privacy.perimeter: every string the body forwards is redacted (message parts of any type,
``name``, tool-call arguments, tool and schema descriptions, ``stop``, ``user``, ``metadata``
keys and values, unknown extra fields, ...). Restoration covers every string of the answer's
choices (``message.content``, ``tool_calls[].function.arguments``, legacy ``function_call``,
``text``), and the same fields of streamed deltas, and the matched stop string a streamed
choice names (``stop_reason``, ``matched_stop``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import orjson

from meshroute.privacy.perimeter import forwarded_strings, with_texts
from meshroute.privacy.structured import PARTICIPANT, field_hint
from meshroute.routing.features import EntityLike
from meshroute.routing.redaction import PlaceholderMap, Redactor, StreamRestorer
from meshroute.targets import Operation

_WRAPPED = re.compile(r"<([A-Z0-9_]+)>")  # a placeholder as routing.redaction writes it


class Redaction:
    """One request's redacted body and the map to restore its answer."""

    def __init__(
        self,
        operation: Operation,
        body: dict[str, Any],
        texts: Sequence[str],
        entities: Sequence[EntityLike],
    ) -> None:
        fields = forwarded_strings(operation, body)
        if [f.text for f in fields] != list(texts):
            # The entities index the scanned texts; a body that no longer yields them cannot
            # be redacted safely. A bug, not a client error: never send it.
            raise RuntimeError("the request body changed after it was scanned")
        redacted, self.placeholders = Redactor().redact(texts, entities)
        # A participant's name allows no "<" or ">" upstream (OpenAI: ^[a-zA-Z0-9_-]{1,64}$):
        # there the bare placeholder, which restoration reads too.
        names = self.placeholders.values

        def bare(match: re.Match[str]) -> str:
            return match[1] if match[1] in names else match[0]

        redacted = [
            _WRAPPED.sub(bare, text) if field_hint(field) == PARTICIPANT else text
            for field, text in zip(fields, redacted, strict=True)
        ]
        self.count = len(self.placeholders)
        self.body = with_texts(body, fields, redacted)

    def restore_reply(self, data: bytes) -> bytes:
        if not len(self.placeholders):
            return data
        reply = orjson.loads(data)
        if isinstance(reply, dict) and isinstance(reply.get("choices"), list):
            reply["choices"] = _restore_all(reply["choices"], self.placeholders)
        return orjson.dumps(reply)

    def stream(self) -> StreamRestoring:
        return StreamRestoring(self.placeholders)


def _restore_all(value: Any, placeholders: PlaceholderMap) -> Any:
    """Every string inside ``value`` with its placeholders restored (explicit stack)."""
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        holder, key = stack.pop()
        item = holder[key]
        if isinstance(item, str):
            holder[key] = placeholders.restore(item)
        elif isinstance(item, dict):
            stack.extend((item, k) for k in item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
    return root[0]


# Where a streamed choice names the stop string it matched (vLLM, SGLang); a whole string, not
# a delta, so it is restored in one go.
_STOP_NAMES = ("stop_reason", "matched_stop")

# Streamed fields that carry text: (path inside a choice's delta) -> restorer key suffix.
StreamKey = tuple[int, str, int]  # (choice index, field, tool-call index)


class StreamRestoring:
    """Restores each streamed chunk; holds back a placeholder split across chunks, per choice
    and per field (content, each tool call's arguments, legacy function_call arguments)."""

    def __init__(self, placeholders: PlaceholderMap) -> None:
        self._placeholders = placeholders
        self._restorers: dict[StreamKey, StreamRestorer] = {}
        self._last_chunk: dict[str, Any] | None = None

    def chunk(self, data: bytes) -> bytes:
        if not len(self._placeholders):
            return data
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            return data
        if not isinstance(chunk, dict):
            return data
        for choice in chunk.get("choices") or ():
            if isinstance(choice, dict):
                self._rewrite(choice)
        self._last_chunk = chunk
        return orjson.dumps(chunk)

    def _restorer(self, key: StreamKey) -> StreamRestorer:
        if key not in self._restorers:
            self._restorers[key] = self._placeholders.stream()
        return self._restorers[key]

    def _rewrite(self, choice: dict[str, Any]) -> None:
        index = choice.get("index", 0)
        index = index if isinstance(index, int) else 0
        finished = choice.get("finish_reason") is not None
        for name in _STOP_NAMES:  # the stop string matched, as the client sent it
            if isinstance(choice.get(name), str):
                choice[name] = self._placeholders.restore(choice[name])
        delta = choice.get("delta")
        if not isinstance(delta, dict):  # completions stream: choice["text"]
            _feed(choice, "text", self._restorer((index, "text", 0)), finished)
            return
        _feed(delta, "content", self._restorer((index, "content", 0)), finished)
        function_call = delta.get("function_call")
        if isinstance(function_call, dict):
            restorer = self._restorer((index, "function_call", 0))
            _feed(function_call, "arguments", restorer, finished)
        for position, call in enumerate(delta.get("tool_calls") or ()):
            if isinstance(call, dict) and isinstance(call.get("function"), dict):
                tool = call.get("index", position)
                key = (index, "tool", tool if isinstance(tool, int) else position)
                _feed(call["function"], "arguments", self._restorer(key), finished)
        if finished:  # tool calls that got no delta in this last chunk
            for key, restorer in self._restorers.items():
                if key[0] == index and key[1] == "tool":
                    rest = restorer.flush()
                    if rest:
                        delta.setdefault("tool_calls", []).append(
                            {"index": key[2], "function": {"arguments": rest}}
                        )

    def tail(self) -> bytes | None:
        """Anything still held back when the stream ends without a finish chunk."""
        if self._last_chunk is None:
            return None
        choices: dict[int, dict[str, Any]] = {}
        for (index, field, tool), restorer in self._restorers.items():
            text = restorer.flush()
            if not text:
                continue
            choice = choices.setdefault(index, {"index": index, "finish_reason": None})
            if field == "text":
                choice["text"] = text
                continue
            delta = choice.setdefault("delta", {})
            if field == "content":
                delta["content"] = text
            elif field == "function_call":
                delta["function_call"] = {"arguments": text}
            else:
                delta.setdefault("tool_calls", []).append(
                    {"index": tool, "function": {"arguments": text}}
                )
        if not choices:
            return None
        skeleton = {k: v for k, v in self._last_chunk.items() if k not in ("choices", "usage")}
        return orjson.dumps({**skeleton, "choices": list(choices.values())})


def _feed(holder: dict[str, Any], key: str, restorer: StreamRestorer, finished: bool) -> None:
    text = holder.get(key)
    restored = restorer.feed(text) if isinstance(text, str) else ""
    if finished:
        restored += restorer.flush()
    if isinstance(text, str) or restored:
        holder[key] = restored
