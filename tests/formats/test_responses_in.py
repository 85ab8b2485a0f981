"""OpenAI Responses <-> chat translation, pure functions."""

from __future__ import annotations

from typing import Any

import pytest

from meshroute.api.formats.responses_in import chat_to_response, responses_to_chat
from meshroute.errors import BadRequest


def test_string_input_instructions_and_limits() -> None:
    chat = responses_to_chat(
        {
            "model": "auto",
            "input": "Hi",
            "instructions": "Be brief.",
            "max_output_tokens": 20,
            "temperature": 0,
        }
    )
    assert chat == {
        "model": "auto",
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}],
        "max_tokens": 20,
        "temperature": 0,
    }


def _items_request() -> dict[str, Any]:
    """A Responses request: messages, an image, function calls and output, a tool, a format."""
    return {
        "model": "auto",
        "stream": True,
        "input": [
            {"role": "developer", "content": "Use tools."},
            {
                "type": "message",
                "role": "user",
                "content": [
                    {"type": "input_text", "text": "What is this?"},
                    {
                        "type": "input_image",
                        "image_url": "data:image/png;base64,AAA",
                        "detail": "low",
                    },
                ],
            },
            {"type": "function_call", "call_id": "c1", "name": "look", "arguments": "{}"},
            {"type": "function_call", "call_id": "c2", "name": "look", "arguments": '{"x":1}'},
            {"type": "function_call_output", "call_id": "c1", "output": "a cat"},
            {"type": "reasoning", "summary": []},
        ],
        "tools": [
            {
                "type": "function",
                "name": "look",
                "parameters": {"type": "object"},
                "strict": True,
            }
        ],
        "tool_choice": {"type": "function", "name": "look"},
        "parallel_tool_calls": False,
        "text": {"format": {"type": "json_schema", "name": "out", "schema": {"type": "object"}}},
    }


def test_items_function_calls_outputs_images_and_format() -> None:
    chat = responses_to_chat(_items_request())
    messages = chat["messages"]
    assert messages[0] == {"role": "developer", "content": "Use tools."}
    assert messages[1]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": "data:image/png;base64,AAA", "detail": "low"},
    }
    assert [c["id"] for c in messages[2]["tool_calls"]] == ["c1", "c2"]  # merged into one turn
    assert messages[3] == {"role": "tool", "tool_call_id": "c1", "content": "a cat"}
    assert len(messages) == 4
    assert chat["tools"] == [
        {
            "type": "function",
            "function": {"name": "look", "parameters": {"type": "object"}, "strict": True},
        }
    ]
    assert chat["tool_choice"] == {"type": "function", "function": {"name": "look"}}
    assert chat["parallel_tool_calls"] is False
    assert chat["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "out", "schema": {"type": "object"}},
    }
    assert chat["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "auto"}, "input"),
        ({"model": "auto", "input": "x", "previous_response_id": "resp_1"}, "previous_response_id"),
        ({"model": "auto", "input": [{"role": "robot", "content": "x"}]}, "input.0"),
        ({"model": "auto", "input": [{"type": "file_search_call"}]}, "input.0"),
        (
            {"model": "auto", "input": [{"role": "user", "content": [{"type": "input_file"}]}]},
            "input.0.content.0",
        ),
        ({"model": "auto", "input": "x", "tools": [{"type": "web_search"}]}, "tools.0.type"),
        ({"model": "auto", "input": "x", "max_output_tokens": -1}, "max_output_tokens"),
        ({"model": "auto", "input": "x", "temperature": "hot"}, "temperature"),
        ("just a string", "body"),
    ],
)
def test_malformed_requests_name_the_field(body: object, param: str) -> None:
    with pytest.raises(BadRequest) as raised:
        responses_to_chat(body)
    assert raised.value.param == param


def test_reply_becomes_response_object() -> None:
    request = {"model": "assistant", "input": "x", "max_output_tokens": 5}
    reply = {
        "choices": [
            {
                "finish_reason": "length",
                "message": {
                    "content": "Paris is",
                    "tool_calls": [{"id": "c9", "function": {"name": "f", "arguments": "{}"}}],
                },
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 5},
    }
    response = chat_to_response(reply, request)
    assert response["object"] == "response" and response["status"] == "incomplete"
    assert response["incomplete_details"] == {"reason": "max_output_tokens"}
    assert response["output"][0]["content"][0] == {
        "type": "output_text",
        "text": "Paris is",
        "annotations": [],
    }
    assert (
        response["output"][1]["type"] == "function_call"
        and response["output"][1]["call_id"] == "c9"
    )
    assert response["usage"]["total_tokens"] == 8 and response["max_output_tokens"] == 5
