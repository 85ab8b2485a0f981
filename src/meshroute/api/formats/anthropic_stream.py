"""Chat-completion chunks -> Anthropic Messages stream events.

message_start, then per block content_block_start / content_block_delta (text_delta or
input_json_delta) / content_block_stop, then message_delta (stop_reason, usage) and
message_stop. An error after the start becomes Anthropic's in-band `error` event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from meshroute.api.formats.anthropic_in import STOP_REASONS, matched_stop
from meshroute.api.formats.common import (
    JSON,
    ChunkTranslator,
    as_items,
    new_id,
    sse,
    usage_counts,
)


class MessagesStream(ChunkTranslator):
    """Feed chat chunks (parsed JSON) in order; each call returns the SSE bytes to send."""

    def __init__(self, model: str, stops: Sequence[str] = ()) -> None:
        self.model = model
        self._stops = stops
        self._matched: str | None = None  # the stop sequence the upstream says it stopped on
        self.id = new_id("msg")
        self._started = False
        self._block: int = -1  # index of the open content block, -1: none
        self._block_kind: str | None = None
        self._tools: dict[int, int] = {}  # chat tool_call index -> block index
        self._next_block = 0
        self._finish: str | None = None
        self._usage: tuple[int, int] = (0, 0)

    def _take_usage(self, usage: Any) -> None:
        self._usage = usage_counts(usage)

    def feed(self, chunk: Mapping[str, Any]) -> bytes:
        out = super().feed(chunk)
        for choice in as_items(chunk.get("choices")):
            if isinstance(choice, dict) and choice.get("index", 0) == 0:
                self._matched = matched_stop(choice, self._stops) or self._matched
        return out

    def finish(self) -> bytes:
        """The closing events, once the chat stream ended normally."""
        prompt, completion = self._usage
        reason = STOP_REASONS.get(self._finish or "stop", "end_turn")
        if self._matched and self._finish == "stop":
            reason = "stop_sequence"
        return b"".join(
            [
                self._start(),
                self._close_block(),
                sse(
                    "message_delta",
                    {
                        "type": "message_delta",
                        "delta": {
                            "stop_reason": reason,
                            "stop_sequence": self._matched if reason == "stop_sequence" else None,
                        },
                        "usage": {"input_tokens": prompt, "output_tokens": completion},
                    },
                ),
                sse("message_stop", {"type": "message_stop"}),
            ]
        )

    def error(self, kind: str, message: str) -> bytes:
        return sse("error", {"type": "error", "error": {"type": kind, "message": message}})

    def _start(self) -> bytes:
        if self._started:
            return b""
        self._started = True
        message: JSON = {
            "id": self.id,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return sse("message_start", {"type": "message_start", "message": message})

    def _open(self, kind: str, block: JSON) -> bytes:
        closing = self._close_block()
        self._block, self._block_kind = self._next_block, kind
        self._next_block += 1
        start = {"type": "content_block_start", "index": self._block, "content_block": block}
        return closing + sse("content_block_start", start)

    def _close_block(self) -> bytes:
        if self._block < 0:
            return b""
        index, self._block, self._block_kind = self._block, -1, None
        return sse("content_block_stop", {"type": "content_block_stop", "index": index})

    def _delta(self, index: int, delta: JSON) -> bytes:
        event = {"type": "content_block_delta", "index": index, "delta": delta}
        return sse("content_block_delta", event)

    def _text(self, text: str) -> bytes:
        opening = b""
        if self._block_kind != "text":
            opening = self._open("text", {"type": "text", "text": ""})
        return opening + self._delta(self._block, {"type": "text_delta", "text": text})

    def _tool(self, call: JSON) -> bytes:
        position = call.get("index", 0)
        position = position if isinstance(position, int) else 0
        function = call.get("function") if isinstance(call.get("function"), dict) else {}
        assert isinstance(function, dict)
        opening = b""
        if position not in self._tools:
            block = {
                "type": "tool_use",
                "id": str(call.get("id") or new_id("toolu")),
                "name": str(function.get("name") or ""),
                "input": {},
            }
            opening = self._open("tool_use", block)
            self._tools[position] = self._block
        arguments = function.get("arguments")
        index = self._tools[position]
        if not isinstance(arguments, str) or not arguments or index != self._block:
            return opening  # fragments of an already closed block cannot be sent: Anthropic
            # streams one block at a time (chat streams never interleave calls in practice)
        return opening + self._delta(index, {"type": "input_json_delta", "partial_json": arguments})
