"""Anthropic Messages <-> chat translation, pure functions."""

from __future__ import annotations

import orjson
import pytest

from meshroute.api.formats.anthropic_in import chat_to_message, error_body, messages_to_chat
from meshroute.errors import BadRequest


def test_system_text_and_sampling() -> None:
    chat = messages_to_chat(
        {
            "model": "auto",
            "max_tokens": 64,
            "system": [{"type": "text", "text": "Be brief."}, {"type": "text", "text": "Be kind."}],
            "messages": [{"role": "user", "content": "Hi"}],
            "temperature": 0.2,
            "top_p": 0.9,
            "stop_sequences": ["END"],
            "metadata": {"user_id": "u-1"},
        }
    )
    assert chat == {
        "model": "auto",
        "max_tokens": 64,
        "messages": [
            {"role": "system", "content": "Be brief.\nBe kind."},
            {"role": "user", "content": "Hi"},
        ],
        "temperature": 0.2,
        "top_p": 0.9,
        "stop": ["END"],
        "user": "u-1",
    }


def test_tools_tool_use_and_results_in_chat_order() -> None:
    chat = messages_to_chat(
        {
            "model": "auto",
            "max_tokens": 10,
            "stream": True,
            "tools": [
                {
                    "name": "weather",
                    "description": "Weather now",
                    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
                }
            ],
            "tool_choice": {"type": "tool", "name": "weather", "disable_parallel_tool_use": True},
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
        }
    )
    assert chat["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                "description": "Weather now",
            },
        }
    ]
    assert chat["tool_choice"] == {"type": "function", "function": {"name": "weather"}}
    assert chat["parallel_tool_calls"] is False
    assert chat["stream_options"] == {"include_usage": True}
    assistant, tool, user = chat["messages"][1:]
    assert assistant["content"] == "Checking."
    call = assistant["tool_calls"][0]
    assert call["id"] == "tu_1" and orjson.loads(call["function"]["arguments"]) == {"city": "Paris"}
    assert tool == {"role": "tool", "tool_call_id": "tu_1", "content": "18C"}
    assert user == {"role": "user", "content": [{"type": "text", "text": "And tomorrow?"}]}


def test_images_base64_and_url() -> None:
    chat = messages_to_chat(
        {
            "model": "auto",
            "max_tokens": 5,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image",
                            "source": {
                                "type": "base64",
                                "media_type": "image/png",
                                "data": "iVBOR",
                            },
                        },
                        {"type": "image", "source": {"type": "url", "url": "https://x.test/a.png"}},
                    ],
                }
            ],
        }
    )
    parts = chat["messages"][0]["content"]
    assert parts[0]["image_url"]["url"] == "data:image/png;base64,iVBOR"
    assert parts[1]["image_url"]["url"] == "https://x.test/a.png"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "auto", "messages": [{"role": "user", "content": "x"}]}, "max_tokens"),
        ({"model": "auto", "max_tokens": 0, "messages": []}, "max_tokens"),
        ({"model": "auto", "max_tokens": 5, "messages": []}, "messages"),
        ({"model": 5, "max_tokens": 5, "messages": []}, "model"),
        (
            {"model": "a", "max_tokens": 5, "messages": [{"role": "tool", "content": "x"}]},
            "messages.0",
        ),
        (
            {
                "model": "a",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": [{"type": "video"}]}],
            },
            "messages.0.content.0",
        ),
        (
            {
                "model": "a",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": "x"}],
                "tools": [{"type": "web_search_20250305", "name": "w"}],
            },
            "tools",
        ),
        (
            {
                "model": "a",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": "x"}],
                "tool_choice": {"type": "maybe"},
            },
            "tool_choice",
        ),
        ([1, 2], "body"),
    ],
)
def test_malformed_requests_name_the_field(body: object, param: str) -> None:
    with pytest.raises(BadRequest) as raised:
        messages_to_chat(body)
    assert raised.value.param == param


def test_reply_text_tool_use_stop_reason_usage() -> None:
    reply = {
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": "Let me look.",
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "weather", "arguments": '{"city":"Paris"}'},
                        },
                        {
                            "id": "c2",
                            "type": "function",
                            "function": {"name": "broken", "arguments": "{not json"},
                        },
                    ],
                },
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
    }
    message = chat_to_message(reply, "assistant")
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["content"][0] == {"type": "text", "text": "Let me look."}
    assert message["content"][1] == {
        "type": "tool_use",
        "id": "c1",
        "name": "weather",
        "input": {"city": "Paris"},
    }
    assert message["content"][2]["input"] == {"arguments": "{not json"}
    assert message["stop_reason"] == "tool_use"
    assert message["usage"] == {"input_tokens": 12, "output_tokens": 7}


@pytest.mark.parametrize(
    ("finish", "stop"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("content_filter", "refusal"),
        (None, "end_turn"),
    ],
)
def test_stop_reasons(finish: str | None, stop: str) -> None:
    reply = {"choices": [{"finish_reason": finish, "message": {"content": "x"}}]}
    assert chat_to_message(reply, "m")["stop_reason"] == stop


def test_error_body() -> None:
    body = {"error": {"message": "no such model", "type": "invalid_request_error"}}
    assert error_body(404, body) == {
        "type": "error",
        "error": {"type": "not_found_error", "message": "no such model"},
    }
    assert error_body(502, None)["error"]["type"] == "api_error"
    assert error_body(429, body)["error"]["type"] == "rate_limit_error"
