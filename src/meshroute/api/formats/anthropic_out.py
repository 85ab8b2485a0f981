"""Anthropic Messages API out (the `kind: anthropic` target): a chat body to a Messages body, a
Message or its event stream back to chat.

Mapping (chat -> Anthropic): system/developer messages -> `system`; consecutive turns of one
role merged (Anthropic requires alternation); `tool` messages -> `tool_result` blocks in a
user turn; assistant `tool_calls` -> `tool_use` blocks; `image_url` parts -> image blocks
(data: URLs as base64); `max_tokens` (required there) from the request or the target's
default; `stop` -> `stop_sequences`; `user` -> `metadata.user_id`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import orjson

from meshroute.api.formats.common import JSON, as_items, new_id, parse_arguments, text_of_content
from meshroute.errors import BadRequest

FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}


def chat_to_anthropic(body: Mapping[str, Any], model: str, default_max_tokens: int) -> JSON:
    system: list[str] = []
    turns: list[JSON] = []
    for message in as_items(body.get("messages")):
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(text_of_content(message.get("content")))
        elif role == "tool":
            _add(turns, "user", [_tool_result(message)])
        elif role == "assistant":
            _add(turns, "assistant", _assistant_blocks(message))
        else:
            _add(turns, "user", _user_blocks(message.get("content")))
    out: JSON = {"model": model, "messages": turns}
    limit = body.get("max_completion_tokens", body.get("max_tokens"))
    usable = isinstance(limit, int) and not isinstance(limit, bool) and limit > 0
    out["max_tokens"] = limit if usable else default_max_tokens
    if system:
        out["system"] = "\n\n".join(system)
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            out[key] = body[key]
    stop = body.get("stop")
    if isinstance(stop, str):
        out["stop_sequences"] = [stop]
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        out["stop_sequences"] = stop
    elif stop is not None:
        raise BadRequest("stop must be a string or a list of strings", param="stop")
    if body.get("tools"):
        out["tools"] = [_tool(tool) for tool in as_items(body["tools"]) if isinstance(tool, dict)]
    choice = _tool_choice(body.get("tool_choice"), body.get("parallel_tool_calls"))
    if choice is not None:
        out["tool_choice"] = choice
    if isinstance(body.get("user"), str):
        out["metadata"] = {"user_id": body["user"]}
    if body.get("stream"):
        out["stream"] = True
    return out


def _add(turns: list[JSON], role: str, blocks: list[JSON]) -> None:
    if not blocks:
        return
    if turns and turns[-1]["role"] == role:
        turns[-1]["content"].extend(blocks)
    else:
        turns.append({"role": role, "content": blocks})


def _user_blocks(content: Any) -> list[JSON]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    blocks: list[JSON] = []
    for part in content if isinstance(content, list) else []:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            blocks.append({"type": "text", "text": str(part.get("text", ""))})
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            blocks.append({"type": "image", "source": _image_source(str(url or ""))})
        else:
            raise BadRequest(f"the anthropic target cannot take a '{kind}' content part")
    return blocks


def _image_source(url: str) -> JSON:
    if url.startswith("data:"):
        header, _, data = url.partition(",")
        media = header.removeprefix("data:").removesuffix(";base64")
        return {"type": "base64", "media_type": media, "data": data}
    return {"type": "url", "url": url}


def _assistant_blocks(message: Mapping[str, Any]) -> list[JSON]:
    blocks: list[JSON] = []
    text = text_of_content(message.get("content"))
    if text:
        blocks.append({"type": "text", "text": text})
    for call in as_items(message.get("tool_calls")):
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            raise BadRequest("an assistant tool call needs a function object")
        blocks.append(
            {
                "type": "tool_use",
                "id": str(call.get("id") or new_id("toolu")),
                "name": str(function.get("name", "")),
                "input": parse_arguments(function.get("arguments")),
            }
        )
    return blocks


def _tool_result(message: Mapping[str, Any]) -> JSON:
    return {
        "type": "tool_result",
        "tool_use_id": str(message.get("tool_call_id", "")),
        "content": text_of_content(message.get("content")),
    }


def _tool(tool: Mapping[str, Any]) -> JSON:
    function = tool.get("function")
    if not isinstance(function, dict):
        raise BadRequest("the anthropic target takes function tools only")
    out: JSON = {
        "name": str(function.get("name", "")),
        "input_schema": function.get("parameters") or {"type": "object", "properties": {}},
    }
    if function.get("description"):
        out["description"] = function["description"]
    return out


def _tool_choice(choice: Any, parallel: Any) -> JSON | None:
    out: JSON | None = None
    if choice == "auto":
        out = {"type": "auto"}
    elif choice == "required":
        out = {"type": "any"}
    elif choice == "none":
        out = {"type": "none"}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        out = {"type": "tool", "name": str(choice["function"].get("name", ""))}
    if parallel is False:
        out = {**(out or {"type": "auto"}), "disable_parallel_tool_use": True}
    return out


def anthropic_to_chat(message: Mapping[str, Any], model: str) -> JSON:
    """A chat completion for an Anthropic Message."""
    texts: list[str] = []
    calls: list[JSON] = []
    for block in as_items(message.get("content")):
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text":
            texts.append(str(block.get("text", "")))
        elif block.get("type") == "tool_use":
            calls.append(
                {
                    "id": str(block.get("id", "")),
                    "type": "function",
                    "function": {
                        "name": str(block.get("name", "")),
                        "arguments": orjson.dumps(block.get("input") or {}).decode(),
                    },
                }
            )
    reply: JSON = {"role": "assistant", "content": "".join(texts) or None}
    if calls:
        reply["tool_calls"] = calls
    finish = FINISH_REASONS.get(str(message.get("stop_reason")), "stop")
    return {
        "id": f"chatcmpl-{message.get('id', new_id('msg'))}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": reply, "finish_reason": finish}],
        "usage": chat_usage(message.get("usage")),
    }


def chat_usage(usage: Any) -> JSON:
    usage = usage if isinstance(usage, dict) else {}
    prompt = sum(
        value
        for key in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
        if isinstance(value := usage.get(key), int)
    )
    completion = usage.get("output_tokens")
    completion = completion if isinstance(completion, int) else 0
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def openai_error(status: int, body: bytes) -> bytes:
    """An OpenAI error body for an Anthropic error reply (the gateway's clients speak OpenAI)."""
    message = f"upstream answered {status}"
    try:
        parsed = orjson.loads(body)
        error = parsed.get("error") if isinstance(parsed, dict) else None
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            message = error["message"]
    except orjson.JSONDecodeError:
        pass
    kind = "invalid_request_error" if status < 500 else "upstream_error"
    return orjson.dumps({"error": {"message": message, "type": kind, "param": None, "code": None}})


class ChatFromAnthropicStream:
    """Anthropic stream events (parsed `data:` JSON) -> chat-completion chunks."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.id = new_id("chatcmpl")
        self.created = int(time.time())
        self._tools: dict[int, int] = {}  # Anthropic block index -> chat tool_call index
        self._usage: JSON = {}
        self.ended = False

    def feed(self, event: Mapping[str, Any]) -> list[JSON]:
        kind = event.get("type")
        if kind == "message_start":
            message = _mapping(event.get("message"))
            self._usage.update(_mapping(message.get("usage")))
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "content_block_start":
            return self._block_start(event)
        if kind == "content_block_delta":
            return self._block_delta(event)
        if kind == "message_delta":
            self._usage.update(_mapping(event.get("usage")))
            reason = _mapping(event.get("delta")).get("stop_reason")
            return [self._chunk({}, FINISH_REASONS.get(str(reason), "stop"))]
        if kind == "message_stop":
            self.ended = True
            return [{**self._head(), "choices": [], "usage": chat_usage(self._usage)}]
        return []  # ping, content_block_stop: nothing to say in chat terms

    def _block_start(self, event: Mapping[str, Any]) -> list[JSON]:
        block = _mapping(event.get("content_block"))
        if block.get("type") != "tool_use":
            return []
        position = len(self._tools)
        self._tools[_index(event)] = position
        call = {
            "index": position,
            "id": str(block.get("id", "")),
            "type": "function",
            "function": {"name": str(block.get("name", "")), "arguments": ""},
        }
        return [self._chunk({"tool_calls": [call]})]

    def _block_delta(self, event: Mapping[str, Any]) -> list[JSON]:
        delta = _mapping(event.get("delta"))
        if delta.get("type") == "text_delta":
            return [self._chunk({"content": str(delta.get("text", ""))})]
        if delta.get("type") == "input_json_delta":
            position = self._tools.get(_index(event), 0)
            fragment = str(delta.get("partial_json", ""))
            call = {"index": position, "function": {"arguments": fragment}}
            return [self._chunk({"tool_calls": [call]})]
        return []  # thinking and signature deltas are not part of a chat answer

    def _head(self) -> JSON:
        return {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
        }

    def _chunk(self, delta: JSON, finish: str | None = None) -> JSON:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return {**self._head(), "choices": [choice]}


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _index(event: Mapping[str, Any]) -> int:
    index = event.get("index", 0)
    return index if isinstance(index, int) else 0
