"""OpenAI Responses API in: a `POST /v1/responses` body to a chat body, a chat reply back.

Mapping (Responses -> chat): `instructions` -> a system message; `input` as a string -> one
user message; input items: messages (input_text / output_text / input_image parts),
`function_call` -> an assistant message's `tool_calls` (consecutive calls merged),
`function_call_output` -> a `tool` message; `max_output_tokens` -> `max_tokens`; function
`tools`; `tool_choice`; `text.format` -> `response_format`. meshroute stores no responses, so
`previous_response_id` is refused with a clear 400 rather than silently ignored.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

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
    text_of_content,
    usage_counts,
)
from meshroute.errors import BadRequest

_ROLES = ("user", "system", "developer", "assistant")
_ECHOED = ("instructions", "max_output_tokens", "parallel_tool_calls", "temperature", "top_p")


def responses_to_chat(body: Any) -> JSON:
    """The chat body for a Responses request; BadRequest names the bad field."""
    body = as_object(body, "body")
    if body.get("previous_response_id") is not None:
        raise BadRequest(
            "previous_response_id is not supported: meshroute stores no responses; "
            "send the conversation in `input`",
            param="previous_response_id",
        )
    chat: JSON = {"model": as_str(body.get("model"), "model")}
    messages: list[JSON] = []
    if body.get("instructions") is not None:
        messages.append({"role": "system", "content": as_str(body["instructions"], "instructions")})
    messages.extend(_input(body.get("input")))
    if not messages:
        raise BadRequest(
            "invalid request: input: at least one input item is required", param="input"
        )
    chat["messages"] = messages
    limit = optional_int(body, "max_output_tokens")
    if limit is not None:
        chat["max_tokens"] = limit
    copy_sampling(body, chat)
    if body.get("tools") is not None:
        chat["tools"] = [_tool(t, i) for i, t in enumerate(as_list(body["tools"], "tools"))]
    if body.get("tool_choice") is not None:
        chat["tool_choice"] = _tool_choice(body["tool_choice"])
    if isinstance(body.get("parallel_tool_calls"), bool):
        chat["parallel_tool_calls"] = body["parallel_tool_calls"]
    text = body.get("text")
    if isinstance(text, dict) and isinstance(text.get("format"), dict):
        response_format = _format(text["format"])
        if response_format is not None:
            chat["response_format"] = response_format
    if isinstance(body.get("user"), str):
        chat["user"] = body["user"]
    if body.get("stream") is True:
        chat["stream"] = True
        chat["stream_options"] = {"include_usage": True}  # response.completed carries usage
    return chat


def _input(value: Any) -> list[JSON]:
    if value is None:
        return []
    if isinstance(value, str):
        return [{"role": "user", "content": value}]
    messages: list[JSON] = []
    for index, item in enumerate(as_list(value, "input")):
        where = f"input.{index}"
        item = as_object(item, where)
        kind = item.get("type", "message")
        if kind == "message":
            messages.append(_message(item, where))
        elif kind == "function_call":
            _append_call(messages, item, where)
        elif kind == "function_call_output":
            output = item.get("output")
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": as_str(item.get("call_id"), f"{where}.call_id"),
                    "content": output if isinstance(output, str) else text_of_content(output),
                }
            )
        elif kind != "reasoning":  # reasoning items are the model's own; not replayed
            raise BadRequest(f"invalid request: {where}.type: unsupported item type", param=where)
    return messages


def _message(item: JSON, where: str) -> JSON:
    role = item.get("role")
    if role not in _ROLES:
        raise BadRequest(f"invalid request: {where}.role: one of {', '.join(_ROLES)}", param=where)
    content = item.get("content")
    if isinstance(content, str):
        return {"role": role, "content": content}
    parts: list[JSON] = []
    for index, part in enumerate(as_list(content, f"{where}.content")):
        at = f"{where}.content.{index}"
        part = as_object(part, at)
        kind = part.get("type")
        if kind in ("input_text", "output_text", "text"):
            parts.append({"type": "text", "text": as_str(part.get("text"), f"{at}.text")})
        elif kind == "input_image":
            url = as_str(part.get("image_url"), f"{at}.image_url")
            image: JSON = {"url": url}
            if isinstance(part.get("detail"), str):
                image["detail"] = part["detail"]
            parts.append({"type": "image_url", "image_url": image})
        elif kind == "refusal":
            parts.append({"type": "text", "text": str(part.get("refusal", ""))})
        else:
            raise BadRequest(f"invalid request: {at}.type: unsupported content type", param=at)
    if role == "assistant":  # chat takes an assistant's content as text
        return {"role": role, "content": text_of_content(parts)}
    return {"role": role, "content": parts}


def _append_call(messages: list[JSON], item: JSON, where: str) -> None:
    call = {
        "id": as_str(item.get("call_id"), f"{where}.call_id"),
        "type": "function",
        "function": {
            "name": as_str(item.get("name"), f"{where}.name"),
            "arguments": as_str(item.get("arguments", "{}"), f"{where}.arguments"),
        },
    }
    last = messages[-1] if messages else None
    if last is not None and last.get("role") == "assistant" and "tool_calls" in last:
        last["tool_calls"].append(call)
    else:
        messages.append({"role": "assistant", "content": None, "tool_calls": [call]})


def _tool(tool: Any, index: int) -> JSON:
    tool = as_object(tool, f"tools.{index}")
    if tool.get("type") != "function":
        raise BadRequest(
            f"invalid request: tools.{index}.type: only function tools are supported",
            param=f"tools.{index}.type",
        )
    function: JSON = {"name": as_str(tool.get("name"), f"tools.{index}.name")}
    for key in ("description", "parameters", "strict"):
        if tool.get(key) is not None:
            function[key] = tool[key]
    return {"type": "function", "function": function}


def _tool_choice(choice: Any) -> Any:
    if choice in ("auto", "none", "required"):
        return choice
    choice = as_object(choice, "tool_choice")
    if choice.get("type") == "function":
        name = as_str(choice.get("name"), "tool_choice.name")
        return {"type": "function", "function": {"name": name}}
    raise BadRequest(
        "invalid request: tool_choice: auto, none, required or a function", param="tool_choice"
    )


def _format(fmt: JSON) -> JSON | None:
    kind = fmt.get("type")
    if kind == "json_schema":
        schema: JSON = {"name": as_str(fmt.get("name"), "text.format.name")}
        for key in ("schema", "strict", "description"):
            if fmt.get(key) is not None:
                schema[key] = fmt[key]
        return {"type": "json_schema", "json_schema": schema}
    if kind == "json_object":
        return {"type": "json_object"}
    return None


def chat_to_response(
    reply: Mapping[str, Any], request: Mapping[str, Any], response_id: str | None = None
) -> JSON:
    """A Responses `response` object for a chat completion (its first choice)."""
    message, finish = chat_choice(reply)
    output: list[JSON] = []
    text = text_of_content(message.get("content"))
    if text:
        output.append(message_item(new_id("msg"), text, "completed"))
    for call in as_items(message.get("tool_calls")):
        if isinstance(call, dict) and isinstance(call.get("function"), dict):
            function = call["function"]
            output.append(
                call_item(
                    new_id("fc"),
                    str(call.get("id") or new_id("call")),
                    str(function.get("name", "")),
                    str(function.get("arguments") or ""),
                    "completed",
                )
            )
    status = "incomplete" if finish == "length" else "completed"
    return response_object(
        response_id or new_id("resp"), request, status, output, reply.get("usage")
    )


def message_item(item_id: str, text: str, status: str) -> JSON:
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def call_item(item_id: str, call_id: str, name: str, arguments: str, status: str) -> JSON:
    return {
        "type": "function_call",
        "id": item_id,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def response_object(
    response_id: str,
    request: Mapping[str, Any],
    status: str,
    output: list[JSON],
    usage: Any,
    error: JSON | None = None,
) -> JSON:
    """The response envelope: what was asked echoed back, the output, usage in Responses form."""
    prompt, completion = usage_counts(usage)
    response: JSON = {
        "id": response_id,
        "object": "response",
        "created_at": int(time.time()),
        "status": status,
        "error": error,
        "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
        "model": str(request.get("model", "")),
        "output": output,
        "tools": request.get("tools") or [],
        "tool_choice": request.get("tool_choice") or "auto",
        "metadata": request.get("metadata") or {},
        "text": request.get("text") or {"format": {"type": "text"}},
        "usage": None,
    }
    for key in _ECHOED:
        response[key] = request.get(key)
    if response["parallel_tool_calls"] is None:
        response["parallel_tool_calls"] = True
    if usage is not None:
        response["usage"] = {
            "input_tokens": prompt,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": completion,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": prompt + completion,
        }
    return response
