"""Anthropic Messages API in: a `POST /v1/messages` body to a chat body, a chat reply back.

Mapping (Anthropic -> chat): `system` -> a system message; `text` blocks -> text parts;
`image` blocks (base64 or url) -> `image_url` parts; `tool_use` blocks in an assistant turn ->
`tool_calls`; `tool_result` blocks in a user turn -> `tool` messages (placed first, as chat
requires them right after the assistant's calls); `tools` -> function tools; `tool_choice`
auto/any/tool/none -> auto/required/function/none; `stop_sequences` -> `stop`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from meshroute.api.formats.common import (
    JSON,
    as_items,
    as_list,
    as_object,
    as_str,
    chat_choice,
    copy_sampling,
    new_id,
    optional_int,
    parse_arguments,
    text_of_content,
    usage_counts,
)
from meshroute.errors import BadRequest

STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    415: "invalid_request_error",
    429: "rate_limit_error",
}


def messages_to_chat(body: Any) -> JSON:
    """The chat body for an Anthropic Messages request; BadRequest names the bad field."""
    body = as_object(body, "body")
    chat: JSON = {"model": as_str(body.get("model"), "model")}
    max_tokens = optional_int(body, "max_tokens")
    if max_tokens is None:
        raise BadRequest("invalid request: max_tokens: Field required", param="max_tokens")
    chat["max_tokens"] = max_tokens
    messages: list[JSON] = []
    system = body.get("system")
    if system is not None:
        messages.append({"role": "system", "content": _system_text(system)})
    turns = as_list(body.get("messages"), "messages")
    if not turns:
        raise BadRequest(
            "invalid request: messages: at least one message is required", param="messages"
        )
    for index, turn in enumerate(turns):
        messages.extend(_turn(as_object(turn, f"messages.{index}"), f"messages.{index}"))
    chat["messages"] = messages
    copy_sampling(body, chat)
    stop = body.get("stop_sequences")
    if stop is not None:
        chat["stop"] = [as_str(s, "stop_sequences") for s in as_list(stop, "stop_sequences")]
    if body.get("tools") is not None:
        chat["tools"] = [_tool(t, i) for i, t in enumerate(as_list(body["tools"], "tools"))]
    if body.get("tool_choice") is not None:
        _tool_choice(as_object(body["tool_choice"], "tool_choice"), chat)
    metadata = body.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("user_id"), str):
        chat["user"] = metadata["user_id"]
    if body.get("stream") is True:
        chat["stream"] = True
        chat["stream_options"] = {"include_usage": True}  # message_delta carries the usage
    return chat


def _system_text(system: Any) -> str:
    if isinstance(system, str):
        return system
    blocks = as_list(system, "system")
    texts = []
    for index, block in enumerate(blocks):
        block = as_object(block, f"system.{index}")
        if block.get("type") != "text":
            raise BadRequest(f"invalid request: system.{index}: only text blocks", param="system")
        texts.append(as_str(block.get("text"), f"system.{index}.text"))
    return "\n".join(texts)


def _turn(turn: JSON, param: str) -> list[JSON]:
    role = turn.get("role")
    if role not in ("user", "assistant"):
        raise BadRequest(f"invalid request: {param}.role: must be user or assistant", param=param)
    content = turn.get("content")
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    blocks = as_list(content, f"{param}.content")
    if role == "assistant":
        return [_assistant(blocks, param)]
    return _user(blocks, param)


def _assistant(blocks: list[Any], param: str) -> JSON:
    texts: list[str] = []
    calls: list[JSON] = []
    for index, block in enumerate(blocks):
        where = f"{param}.content.{index}"
        block = as_object(block, where)
        kind = block.get("type")
        if kind == "text":
            texts.append(as_str(block.get("text"), f"{where}.text"))
        elif kind == "tool_use":
            calls.append(
                {
                    "id": as_str(block.get("id"), f"{where}.id"),
                    "type": "function",
                    "function": {
                        "name": as_str(block.get("name"), f"{where}.name"),
                        "arguments": orjson.dumps(block.get("input") or {}).decode(),
                    },
                }
            )
        elif kind not in ("thinking", "redacted_thinking"):  # reasoning is not replayed
            raise BadRequest(
                f"invalid request: {where}.type: unsupported in assistant", param=where
            )
    message: JSON = {"role": "assistant", "content": "".join(texts) or None}
    if calls:
        message["tool_calls"] = calls
    return message


def _user(blocks: list[Any], param: str) -> list[JSON]:
    results: list[JSON] = []
    parts: list[JSON] = []
    for index, block in enumerate(blocks):
        where = f"{param}.content.{index}"
        block = as_object(block, where)
        kind = block.get("type")
        if kind == "tool_result":
            results.append(_tool_result(block, where))
        elif kind == "text":
            parts.append({"type": "text", "text": as_str(block.get("text"), f"{where}.text")})
        elif kind == "image":
            parts.append(_image(as_object(block.get("source"), f"{where}.source"), where))
        else:
            raise BadRequest(f"invalid request: {where}.type: unsupported block type", param=where)
    if parts:
        results.append({"role": "user", "content": parts})
    return results


def _tool_result(block: JSON, where: str) -> JSON:
    content = block.get("content")
    if isinstance(content, list):
        for index, part in enumerate(content):
            if not isinstance(part, dict) or part.get("type") != "text":
                raise BadRequest(
                    f"invalid request: {where}.content.{index}: only text in tool results",
                    param=where,
                )
    text = text_of_content(content) if content is not None else ""
    if block.get("is_error") is True:
        text = f"Error: {text}"
    return {
        "role": "tool",
        "tool_call_id": as_str(block.get("tool_use_id"), f"{where}.tool_use_id"),
        "content": text,
    }


def _image(source: JSON, where: str) -> JSON:
    kind = source.get("type")
    if kind == "base64":
        media = as_str(source.get("media_type"), f"{where}.source.media_type")
        data = as_str(source.get("data"), f"{where}.source.data")
        url = f"data:{media};base64,{data}"
    elif kind == "url":
        url = as_str(source.get("url"), f"{where}.source.url")
    else:
        raise BadRequest(f"invalid request: {where}.source.type: base64 or url", param=where)
    return {"type": "image_url", "image_url": {"url": url}}


def _tool(tool: Any, index: int) -> JSON:
    tool = as_object(tool, f"tools.{index}")
    if tool.get("type") not in (None, "custom"):
        raise BadRequest(
            f"invalid request: tools.{index}.type: server tools are not supported", param="tools"
        )
    function: JSON = {
        "name": as_str(tool.get("name"), f"tools.{index}.name"),
        "parameters": as_object(tool.get("input_schema"), f"tools.{index}.input_schema"),
    }
    if isinstance(tool.get("description"), str):
        function["description"] = tool["description"]
    return {"type": "function", "function": function}


def _tool_choice(choice: JSON, chat: JSON) -> None:
    kind = choice.get("type")
    if kind == "auto":
        chat["tool_choice"] = "auto"
    elif kind == "any":
        chat["tool_choice"] = "required"
    elif kind == "none":
        chat["tool_choice"] = "none"
    elif kind == "tool":
        name = as_str(choice.get("name"), "tool_choice.name")
        chat["tool_choice"] = {"type": "function", "function": {"name": name}}
    else:
        raise BadRequest(
            "invalid request: tool_choice.type: auto, any, tool or none", param="tool_choice"
        )
    if choice.get("disable_parallel_tool_use") is True:
        chat["parallel_tool_calls"] = False


def stop_sequences(body: Mapping[str, Any]) -> tuple[str, ...]:
    """The request's `stop_sequences` (already checked by `messages_to_chat`)."""
    return tuple(s for s in as_items(body.get("stop_sequences")) if isinstance(s, str))


def matched_stop(choice: Any, stops: Sequence[str]) -> str | None:
    """Which of the request's stop sequences ended a chat choice, when the upstream says so.

    OpenAI-compatible servers cut the stop string from the text and answer finish_reason
    "stop" for it and for the end of turn alike. vLLM names the match in `stop_reason`,
    SGLang in `matched_stop` (a token id there, or null, means no stop string matched);
    OpenAI and llama.cpp (the embedded engine) do not say: None, reported as end_turn.
    Only a string the client sent is believed, so an upstream cannot put text here."""
    if not isinstance(choice, dict) or choice.get("finish_reason") != "stop":
        return None
    for key in ("stop_reason", "matched_stop"):
        value = choice.get(key)
        if isinstance(value, str) and value and value in stops:
            return value
    return None


def chat_to_message(reply: Mapping[str, Any], model: str, stops: Sequence[str] = ()) -> JSON:
    """An Anthropic Message for a chat completion (its first choice)."""
    message, finish = chat_choice(reply)
    choices = as_items(reply.get("choices"))
    matched = matched_stop(choices[0], stops) if choices else None
    reason = "stop_sequence" if matched else STOP_REASONS.get(finish or "stop", "end_turn")
    content: list[JSON] = []
    text = text_of_content(message.get("content"))
    if text:
        content.append({"type": "text", "text": text})
    for call in as_items(message.get("tool_calls")):
        if isinstance(call, dict) and isinstance(call.get("function"), dict):
            function = call["function"]
            content.append(
                {
                    "type": "tool_use",
                    "id": str(call.get("id") or new_id("toolu")),
                    "name": str(function.get("name", "")),
                    "input": parse_arguments(function.get("arguments")),
                }
            )
    prompt, completion = usage_counts(reply.get("usage"))
    return {
        "id": new_id("msg"),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": reason,
        "stop_sequence": matched,
        "usage": {"input_tokens": prompt, "output_tokens": completion},
    }


def error_body(status: int, openai_body: Any) -> JSON:
    """Anthropic's error envelope for a gateway (OpenAI-shaped) error."""
    message = "error"
    if isinstance(openai_body, dict) and isinstance(openai_body.get("error"), dict):
        message = str(openai_body["error"].get("message") or message)
    kind = _ERROR_TYPES.get(status, "api_error")
    return {"type": "error", "error": {"type": kind, "message": message}}
