"""Our translators next to a maintained converter (llm-rosetta, MIT): same meaning, compared
after normalising what legitimately differs (text as a string or one text block, the name of
the output limit, JSON spacing, llm-rosetta's cache_control/caller/refusal additions)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from llm_rosetta import convert

from meshroute.api.formats.anthropic_in import messages_to_chat
from meshroute.api.formats.anthropic_out import chat_to_anthropic
from meshroute.api.formats.responses_in import responses_to_chat

_DROPPED = {"cache_control", "caller", "refusal"}


def _norm(value: Any) -> Any:
    if isinstance(value, dict):
        out = {k: _norm(v) for k, v in value.items() if k not in _DROPPED and v not in (None, "")}
        if "max_completion_tokens" in out:
            out["max_tokens"] = out.pop("max_completion_tokens")
        if isinstance(out.get("arguments"), str):
            out["arguments"] = orjson.loads(out["arguments"] or "{}")
        content = out.get("content")
        if isinstance(content, list) and all(
            isinstance(p, dict) and p.get("type") == "text" for p in content
        ):
            out["content"] = "".join(p.get("text", "") for p in content)
        system = out.get("system")
        if isinstance(system, list):
            out["system"] = "".join(block.get("text", "") for block in system)
        return out
    if isinstance(value, list):
        return [_norm(item) for item in value]
    return value


ANTHROPIC_REQUESTS = [
    {
        "model": "m",
        "max_tokens": 64,
        "system": "Be brief.",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.3,
    },
    {
        "model": "m",
        "max_tokens": 64,
        "tools": [
            {
                "name": "weather",
                "description": "W",
                "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
            }
        ],
        "messages": [
            {"role": "user", "content": "Weather in Paris?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Checking."},
                    {
                        "type": "tool_use",
                        "id": "tu_1",
                        "name": "weather",
                        "input": {"city": "Paris"},
                    },
                ],
            },
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "tu_1", "content": "18C"},
                    {"type": "text", "text": "And tomorrow?"},
                ],
            },
        ],
    },
]

RESPONSES_REQUESTS = [
    {"model": "m", "input": "Hi", "instructions": "Be brief.", "max_output_tokens": 20},
    {
        "model": "m",
        "input": [
            {"role": "user", "content": "hi"},
            {"type": "function_call", "call_id": "c1", "name": "f", "arguments": '{"x": 1}'},
            {"type": "function_call_output", "call_id": "c1", "output": "ok"},
        ],
    },
]

CHAT_REQUESTS = [
    {
        "model": "m",
        "max_tokens": 50,
        "stop": ["END"],
        "messages": [
            {"role": "system", "content": "Be brief."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is this?"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAA"}},
                ],
            },
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "f", "arguments": '{"a":1}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "ok"},
        ],
        "tools": [
            {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
        ],
    }
]


@pytest.mark.parametrize("body", ANTHROPIC_REQUESTS)
def test_messages_to_chat_agrees(body: dict[str, Any]) -> None:
    theirs = convert(body, "openai_chat", source_provider="anthropic")
    assert _norm(messages_to_chat(body)) == _norm(theirs)


@pytest.mark.parametrize("body", RESPONSES_REQUESTS)
def test_responses_to_chat_agrees(body: dict[str, Any]) -> None:
    theirs = convert(body, "openai_chat", source_provider="openai_responses")
    assert _norm(responses_to_chat(body)) == _norm(theirs)


@pytest.mark.parametrize("body", CHAT_REQUESTS)
def test_chat_to_anthropic_agrees(body: dict[str, Any]) -> None:
    theirs = convert(body, "anthropic", source_provider="openai_chat")
    assert _norm(chat_to_anthropic(body, "m", 4096)) == _norm(theirs)
