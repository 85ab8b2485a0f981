"""Helpers every translator shares: ids, SSE framing, reading fields of untrusted JSON."""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from meshroute.errors import BadRequest

JSON = dict[str, Any]


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def sse(event: str, data: Mapping[str, Any]) -> bytes:
    """One named server-sent event (the Anthropic and Responses streams name every event)."""
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def data_frames(raw: bytes) -> Iterator[bytes]:
    """The `data:` payloads of the gateway's own chat stream output (whole frames only)."""
    for frame in raw.split(b"\n\n"):
        for line in frame.split(b"\n"):
            if line.startswith(b"data:"):
                yield line[5:].strip()


def as_items(value: Any) -> list[Any]:
    """A list from an upstream's JSON, or nothing: a malformed reply must not crash a translator."""
    return value if isinstance(value, list) else []


def as_object(value: Any, param: str) -> JSON:
    if not isinstance(value, dict):
        raise BadRequest(f"invalid request: {param}: must be an object", param=param)
    return value


def as_list(value: Any, param: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadRequest(f"invalid request: {param}: must be an array", param=param)
    return value


def as_str(value: Any, param: str) -> str:
    if not isinstance(value, str):
        raise BadRequest(f"invalid request: {param}: must be a string", param=param)
    return value


def optional_int(body: Mapping[str, Any], key: str, *, minimum: int = 1) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise BadRequest(f"invalid request: {key}: must be an integer >= {minimum}", param=key)
    return value


def copy_sampling(source: Mapping[str, Any], target: JSON) -> None:
    """temperature and top_p mean the same in every surface; bounds are checked downstream."""
    for key in ("temperature", "top_p"):
        value = source.get(key)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise BadRequest(f"invalid request: {key}: must be a number", param=key)
            target[key] = value


def parse_arguments(raw: Any) -> JSON:
    """A tool call's JSON arguments as an object (Anthropic's `input` must be one)."""
    if isinstance(raw, dict):
        return raw
    if not isinstance(raw, str) or not raw.strip():
        return {}
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return {"arguments": raw}  # a small model's broken JSON, kept rather than lost
    return parsed if isinstance(parsed, dict) else {"value": parsed}


def chat_choice(reply: Mapping[str, Any]) -> tuple[JSON, str | None]:
    """The first choice's message and finish reason of a chat completion."""
    choices = reply.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return {}, None
    message = choices[0].get("message")
    finish = choices[0].get("finish_reason")
    return (message if isinstance(message, dict) else {}), (
        finish if isinstance(finish, str) else None
    )


def usage_counts(usage: Any) -> tuple[int, int]:
    """(prompt, completion) tokens of a chat usage object; 0 where absent."""
    if not isinstance(usage, dict):
        return 0, 0
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    return (
        prompt if isinstance(prompt, int) else 0,
        completion if isinstance(completion, int) else 0,
    )


def text_of_content(content: Any) -> str:
    """The text of a chat message's content (a string or a list of text parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part.get("text", "")
            for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


class ChunkTranslator:
    """Walks chat-completion chunks for the outbound stream formats (Messages, Responses): the
    usage, the first choice's text and tool-call deltas, its finish reason. Each format turns
    those into its own events in `_start`, `_text`, `_tool` and keeps usage in `_take_usage`."""

    _finish: str | None

    def feed(self, chunk: Mapping[str, Any]) -> bytes:
        """The SSE bytes to send for one chat chunk (parsed JSON), in order."""
        out = [self._start()]
        if chunk.get("usage"):
            self._take_usage(chunk["usage"])
        for choice in as_items(chunk.get("choices")):
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") if isinstance(choice.get("delta"), dict) else {}
            assert isinstance(delta, dict)
            text = delta.get("content")
            if isinstance(text, str) and text:
                out.append(self._text(text))
            for call in as_items(delta.get("tool_calls")):
                if isinstance(call, dict):
                    out.append(self._tool(call))
            if isinstance(choice.get("finish_reason"), str):
                self._finish = choice["finish_reason"]
        return b"".join(out)

    def _start(self) -> bytes:
        raise NotImplementedError

    def _text(self, text: str) -> bytes:
        raise NotImplementedError

    def _tool(self, call: JSON) -> bytes:
        raise NotImplementedError

    def _take_usage(self, usage: Any) -> None:
        raise NotImplementedError
