"""OpenAPI schemas of the other API surfaces, `POST /v1/responses` and `POST /v1/messages`
(api/surfaces.py). Written by hand: their bodies are read by the translators in api/formats,
not by pydantic models. Only what those translators check is typed (a field typed here is a
field the gateway refuses with 400 when it is wrong); the rest is described and left open."""

from __future__ import annotations

from typing import Any

from meshroute.config import Config

_STRING = {"type": "string"}
_OBJECT = {"type": "object"}
_ANY: dict[str, Any] = {}  # any JSON value: the translator ignores what it cannot use


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _sampling() -> dict[str, Any]:
    return {
        "temperature": _nullable({"type": "number", "minimum": 0, "maximum": 2}),
        "top_p": _nullable({"type": "number", "minimum": 0, "maximum": 1}),
        "stream": _nullable({"type": "boolean", "description": "true: server-sent events"}),
    }


def _limits(config: Config) -> str:
    return (
        f"Fields not listed are not forwarded. The body is at most "
        f"{config.server.max_body_bytes} bytes."
    )


def responses_request(config: Config, model: dict[str, Any]) -> dict[str, Any]:
    """The OpenAI Responses request, as api/formats/responses_in.py reads it."""
    tokens = {"type": "integer", "minimum": 1, "maximum": config.server.max_output_tokens}
    tool = {  # a function tool, and the tool_choice that names one
        "type": "object",
        "required": ["type", "name"],
        "properties": {"type": {"const": "function"}, "name": _STRING},
    }
    return {
        "type": "object",
        "required": ["model"],
        "description": "An `input` or `instructions` is needed. " + _limits(config),
        "properties": {
            "model": model,
            "input": {
                "anyOf": [_STRING, {"type": "array", "items": _OBJECT}, {"type": "null"}],
                "description": "A user message, or items: message, function_call, "
                "function_call_output, reasoning (not replayed)",
            },
            "instructions": _nullable(_STRING),
            "max_output_tokens": _nullable(tokens),
            **_sampling(),
            "tools": _nullable({"type": "array", "items": tool}),
            "tool_choice": _nullable({"anyOf": [{"enum": ["auto", "none", "required"]}, tool]}),
            "previous_response_id": {
                "type": "null",
                "description": "Not supported: meshroute stores no responses (400)",
            },
            "parallel_tool_calls": _nullable({"type": "boolean"}),
            "text": {**_ANY, "description": "`format`: json_schema or json_object"},
            "user": _ANY,
            "metadata": {**_ANY, "description": "Echoed in the response"},
        },
    }


def messages_request(config: Config, model: dict[str, Any]) -> dict[str, Any]:
    """The Anthropic Messages request, as api/formats/anthropic_in.py reads it."""
    turn = {
        "type": "object",
        "required": ["role", "content"],
        "properties": {
            "role": {"enum": ["user", "assistant"]},
            "content": {
                "anyOf": [_STRING, {"type": "array", "items": _OBJECT}],
                "description": "Blocks: text, image, tool_use (assistant), tool_result (user)",
            },
        },
    }
    system_block = {
        "type": "object",
        "required": ["type", "text"],
        "properties": {"type": {"const": "text"}, "text": _STRING},
    }
    tool = {
        "type": "object",
        "required": ["name", "input_schema"],
        "properties": {
            "type": _nullable({"const": "custom"}),
            "name": _STRING,
            "input_schema": _OBJECT,
        },
    }
    return {
        "type": "object",
        "required": ["model", "max_tokens", "messages"],
        "description": _limits(config),
        "properties": {
            "model": model,
            "max_tokens": {
                "type": "integer",
                "minimum": 1,
                "maximum": config.server.max_output_tokens,
            },
            "messages": {
                "type": "array",
                "items": turn,
                "minItems": 1,
                "maxItems": config.server.max_messages,
            },
            "system": _nullable({"anyOf": [_STRING, {"type": "array", "items": system_block}]}),
            **_sampling(),
            "stop_sequences": _nullable({"type": "array", "items": _STRING}),
            "tools": _nullable({"type": "array", "items": tool}),
            "tool_choice": _nullable(
                {
                    "type": "object",
                    "required": ["type"],
                    "properties": {"type": {"enum": ["auto", "any", "tool", "none"]}},
                }
            ),
            "metadata": {**_ANY, "description": "`user_id` is forwarded as the user"},
        },
    }


_RESPONSE = {
    "type": "object",
    "required": ["id", "object", "created_at", "status", "model", "output"],
    "properties": {
        "id": _STRING,
        "object": {"const": "response"},
        "created_at": {"type": "integer"},
        "status": {"enum": ["completed", "incomplete"]},
        "model": _STRING,
        "output": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "id"],
                "properties": {"type": {"enum": ["message", "function_call"]}, "id": _STRING},
            },
        },
        "usage": _nullable(_OBJECT),
    },
}

_MESSAGE = {
    "type": "object",
    "required": ["id", "type", "role", "model", "content", "stop_reason", "usage"],
    "properties": {
        "id": _STRING,
        "type": {"const": "message"},
        "role": {"const": "assistant"},
        "model": _STRING,
        "content": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"enum": ["text", "tool_use"]}},
            },
        },
        "stop_reason": _STRING,
        "stop_sequence": _nullable(_STRING),
        "usage": {
            "type": "object",
            "required": ["input_tokens", "output_tokens"],
            "properties": {
                "input_tokens": {"type": "integer"},
                "output_tokens": {"type": "integer"},
            },
        },
    },
}

_ANTHROPIC_ERROR = {
    "type": "object",
    "required": ["type", "error"],
    "properties": {
        "type": {"const": "error"},
        "error": {
            "type": "object",
            "required": ["type", "message"],
            "properties": {"type": _STRING, "message": _STRING},
        },
    },
}


def surface_schemas(config: Config, model: dict[str, Any]) -> dict[str, Any]:
    """Component schemas for both surfaces: their requests, answers and Anthropic's error."""
    return {
        "ResponsesRequest": responses_request(config, model),
        "ResponsesResponse": _RESPONSE,
        "MessagesRequest": messages_request(config, model),
        "MessagesResponse": _MESSAGE,
        "MessagesErrorBody": _ANTHROPIC_ERROR,
    }
