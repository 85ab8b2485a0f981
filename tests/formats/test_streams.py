"""Chat chunks -> Anthropic and Responses event streams, as state machines."""

from __future__ import annotations

from typing import Any

import orjson

from meshroute.api.formats.anthropic_stream import MessagesStream
from meshroute.api.formats.responses_stream import ResponsesStream


def _events(raw: bytes) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for frame in raw.split(b"\n\n"):
        if not frame:
            continue
        name, data = frame.split(b"\n", 1)
        assert name.startswith(b"event: ") and data.startswith(b"data: ")
        payload = orjson.loads(data[6:])
        assert payload["type"] == name[7:].decode()  # the name and the type always agree
        out.append((name[7:].decode(), payload))
    return out


def _delta(**delta: Any) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]}


TEXT_THEN_TOOL = [
    _delta(role="assistant", content=""),
    _delta(content="Let "),
    _delta(content="me."),
    _delta(
        tool_calls=[
            {"index": 0, "id": "c1", "type": "function", "function": {"name": "f", "arguments": ""}}
        ]
    ),
    _delta(tool_calls=[{"index": 0, "function": {"arguments": '{"a":'}}]),
    _delta(tool_calls=[{"index": 0, "function": {"arguments": "1}"}}]),
    {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
    {"choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 4}},
]


def test_messages_stream_blocks_and_closing() -> None:
    stream = MessagesStream("assistant")
    raw = b"".join(stream.feed(c) for c in TEXT_THEN_TOOL) + stream.finish()
    events = _events(raw)
    names = [name for name, _ in events]
    assert names == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert events[1][1]["content_block"] == {"type": "text", "text": ""}
    assert events[5][1]["content_block"]["type"] == "tool_use" and events[5][1]["index"] == 1
    json = "".join(
        e["delta"]["partial_json"]
        for n, e in events
        if e.get("index") == 1 and n == "content_block_delta"
    )
    assert orjson.loads(json) == {"a": 1}
    assert events[-2][1]["delta"]["stop_reason"] == "tool_use"
    assert events[-2][1]["usage"] == {"input_tokens": 9, "output_tokens": 4}


def test_messages_stream_error_and_empty_answer() -> None:
    stream = MessagesStream("m")
    assert _events(stream.error("api_error", "broke")) == [
        ("error", {"type": "error", "error": {"type": "api_error", "message": "broke"}})
    ]
    empty = _events(MessagesStream("m").finish())
    assert [n for n, _ in empty] == ["message_start", "message_delta", "message_stop"]


def test_responses_stream_items_and_sequence() -> None:
    stream = ResponsesStream({"model": "assistant", "input": "x"})
    raw = b"".join(stream.feed(c) for c in TEXT_THEN_TOOL) + stream.finish()
    events = _events(raw)
    assert [e["sequence_number"] for _, e in events] == list(range(len(events)))
    names = [n for n, _ in events]
    assert names[:2] == ["response.created", "response.in_progress"]
    assert names[-1] == "response.completed"
    assert names.count("response.output_text.delta") == 2
    assert names.count("response.function_call_arguments.delta") == 2
    final = events[-1][1]["response"]
    assert final["output"][0]["content"][0]["text"] == "Let me."
    assert final["output"][1]["arguments"] == '{"a":1}'
    assert [item["type"] for item in final["output"]] == ["message", "function_call"]
    added = [e for n, e in events if n == "response.output_item.added"]
    assert [e["output_index"] for e in added] == [0, 1]
    assert final["usage"]["input_tokens"] == 9 and final["usage"]["output_tokens"] == 4


def test_responses_stream_length_and_failure() -> None:
    stream = ResponsesStream({"model": "m"})
    raw = stream.feed(_delta(content="Par")) + stream.feed(
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "length"}]}
    )
    events = _events(raw + stream.finish())
    assert events[-1][0] == "response.incomplete"
    assert events[-1][1]["response"]["incomplete_details"] == {"reason": "max_output_tokens"}
    failed = _events(ResponsesStream({"model": "m"}).error("api_error", "broke"))
    assert failed[-1][0] == "response.failed"
    assert failed[-1][1]["response"]["error"] == {"code": "api_error", "message": "broke"}
