"""Chat-completion chunks -> OpenAI Responses stream events.

response.created and response.in_progress first; text opens a message item
(output_item.added, content_part.added, output_text.delta ..., then output_text.done,
content_part.done, output_item.done); each tool call is a function_call item
(output_item.added, function_call_arguments.delta ..., .done, output_item.done); the end is
response.completed (or response.incomplete at the token limit) with the whole response; an
error after the start is response.failed. Every event carries a sequence_number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from meshroute.api.formats.common import JSON, ChunkTranslator, new_id, sse
from meshroute.api.formats.responses_in import call_item, message_item, response_object


@dataclass(slots=True)
class _Item:
    kind: str  # "message" | "function_call"
    item_id: str
    output_index: int
    text: list[str] = field(default_factory=list)
    call_id: str = ""
    name: str = ""


class ResponsesStream(ChunkTranslator):
    """Feed chat chunks (parsed JSON) in order; each call returns the SSE bytes to send."""

    def __init__(self, request: Mapping[str, Any]) -> None:
        self.request = request
        self.id = new_id("resp")
        self._sequence = 0
        self._started = False
        self._open: _Item | None = None
        self._calls: dict[int, _Item] = {}
        self._done: list[JSON] = []
        self._finish: str | None = None
        self._usage: Any = None

    def _take_usage(self, usage: Any) -> None:
        self._usage = usage

    def finish(self) -> bytes:
        closing = self._start() + self._close()
        status = "incomplete" if self._finish == "length" else "completed"
        response = response_object(self.id, self.request, status, self._done, self._usage)
        return closing + self._event(f"response.{status}", {"response": response})

    def error(self, code: str, message: str) -> bytes:
        closing = self._start()
        failure = {"code": code, "message": message}
        response = response_object(self.id, self.request, "failed", self._done, None, failure)
        return closing + self._event("response.failed", {"response": response})

    def _event(self, kind: str, payload: JSON) -> bytes:
        data = {"type": kind, "sequence_number": self._sequence, **payload}
        self._sequence += 1
        return sse(kind, data)

    def _start(self) -> bytes:
        if self._started:
            return b""
        self._started = True
        response = response_object(self.id, self.request, "in_progress", [], None)
        return self._event("response.created", {"response": response}) + self._event(
            "response.in_progress", {"response": response}
        )

    def _text(self, text: str) -> bytes:
        opening = b""
        if self._open is None or self._open.kind != "message":
            opening = self._close()
            item = self._open = _Item("message", new_id("msg"), len(self._done))
            opening += self._event(
                "response.output_item.added",
                {
                    "output_index": item.output_index,
                    "item": {**message_item(item.item_id, "", "in_progress"), "content": []},
                },
            )
            opening += self._event(
                "response.content_part.added",
                {**self._where(item), "part": _part("")},
            )
        item = self._open
        item.text.append(text)
        return opening + self._event(
            "response.output_text.delta", {**self._where(item), "delta": text, "logprobs": []}
        )

    def _tool(self, call: JSON) -> bytes:
        position = call.get("index", 0)
        position = position if isinstance(position, int) else 0
        function = call.get("function") if isinstance(call.get("function"), dict) else {}
        assert isinstance(function, dict)
        opening = b""
        if position not in self._calls:
            opening = self._close()
            item = _Item(
                "function_call",
                new_id("fc"),
                len(self._done),
                call_id=str(call.get("id") or new_id("call")),
                name=str(function.get("name") or ""),
            )
            self._calls[position] = self._open = item
            opening += self._event(
                "response.output_item.added",
                {
                    "output_index": item.output_index,
                    "item": call_item(item.item_id, item.call_id, item.name, "", "in_progress"),
                },
            )
        item = self._calls[position]
        arguments = function.get("arguments")
        if not isinstance(arguments, str) or not arguments or item is not self._open:
            return opening
        item.text.append(arguments)
        return opening + self._event(
            "response.function_call_arguments.delta",
            {"item_id": item.item_id, "output_index": item.output_index, "delta": arguments},
        )

    def _where(self, item: _Item) -> JSON:
        return {"item_id": item.item_id, "output_index": item.output_index, "content_index": 0}

    def _close(self) -> bytes:
        item, self._open = self._open, None
        if item is None:
            return b""
        whole = "".join(item.text)
        if item.kind == "message":
            done = message_item(item.item_id, whole, "completed")
            events = self._event(
                "response.output_text.done", {**self._where(item), "text": whole, "logprobs": []}
            ) + self._event(
                "response.content_part.done", {**self._where(item), "part": _part(whole)}
            )
        else:
            done = call_item(item.item_id, item.call_id, item.name, whole, "completed")
            events = self._event(
                "response.function_call_arguments.done",
                {
                    "item_id": item.item_id,
                    "output_index": item.output_index,
                    "name": item.name,
                    "arguments": whole,
                },
            )
        self._done.append(done)
        return events + self._event(
            "response.output_item.done", {"output_index": item.output_index, "item": done}
        )


def _part(text: str) -> JSON:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
