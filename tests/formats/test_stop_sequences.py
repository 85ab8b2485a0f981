"""Which stop sequence ended an answer: chat choices -> Anthropic's stop_reason "stop_sequence"
and `stop_sequence`, plain and streamed; only when the upstream names a string the client sent."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from meshroute.api.formats.anthropic_in import chat_to_message, matched_stop, stop_sequences
from meshroute.api.formats.anthropic_out import ChatFromAnthropicStream, anthropic_to_chat
from meshroute.api.formats.anthropic_stream import MessagesStream

STOPS = ("END", "\n\nHuman:")


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ({"finish_reason": "stop", "stop_reason": "END"}, "END"),  # vLLM
        ({"finish_reason": "stop", "matched_stop": "\n\nHuman:"}, "\n\nHuman:"),  # SGLang
        ({"finish_reason": "stop", "stop_reason": None}, None),  # vLLM: end of turn (EOS)
        ({"finish_reason": "stop", "stop_reason": 2}, None),  # a stop token id, not a string
        ({"finish_reason": "stop"}, None),  # OpenAI, llama.cpp: not said
        ({"finish_reason": "stop", "stop_reason": "OTHER"}, None),  # not the client's string
        ({"finish_reason": "stop", "stop_reason": ""}, None),
        ({"finish_reason": "length", "stop_reason": "END"}, None),
        ("not a choice", None),
    ],
)
def test_matched_stop(choice: Any, expected: str | None) -> None:
    assert matched_stop(choice, STOPS) == expected


def test_stop_sequences_of_a_request() -> None:
    assert stop_sequences({"stop_sequences": ["END", 3, "x"]}) == ("END", "x")
    assert stop_sequences({}) == ()


def _reply(**choice: Any) -> dict[str, Any]:
    return {"choices": [{"index": 0, "message": {"content": "one, two"}, **choice}]}


def test_plain_reply_names_the_stop_sequence() -> None:
    message = chat_to_message(_reply(finish_reason="stop", stop_reason="END"), "m", STOPS)
    assert (message["stop_reason"], message["stop_sequence"]) == ("stop_sequence", "END")
    unsaid = chat_to_message(_reply(finish_reason="stop"), "m", STOPS)
    assert (unsaid["stop_reason"], unsaid["stop_sequence"]) == ("end_turn", None)
    no_stops = chat_to_message(_reply(finish_reason="stop", stop_reason="END"), "m")
    assert (no_stops["stop_reason"], no_stops["stop_sequence"]) == ("end_turn", None)


def _closing(stream: MessagesStream, chunks: list[dict[str, Any]]) -> dict[str, Any]:
    raw = b"".join(stream.feed(chunk) for chunk in chunks) + stream.finish()
    frames = [frame for frame in raw.split(b"\n\n") if frame.startswith(b"event: message_delta")]
    assert len(frames) == 1
    delta: dict[str, Any] = orjson.loads(frames[0].split(b"data: ", 1)[1])["delta"]
    return delta


def _chunk(finish: str | None, **extra: Any) -> dict[str, Any]:
    delta = {} if finish else {"content": "one"}
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish, **extra}]}


def test_streamed_reply_names_the_stop_sequence() -> None:
    vllm = [_chunk(None, stop_reason=None), _chunk("stop", stop_reason="END")]
    assert _closing(MessagesStream("m", STOPS), vllm) == {
        "stop_reason": "stop_sequence",
        "stop_sequence": "END",
    }
    plain = [_chunk(None), _chunk("stop")]
    assert _closing(MessagesStream("m", STOPS), plain) == {
        "stop_reason": "end_turn",
        "stop_sequence": None,
    }
    cut = [_chunk(None), _chunk("length", stop_reason="END")]
    assert _closing(MessagesStream("m", STOPS), cut)["stop_reason"] == "max_tokens"


def test_anthropic_stop_sequence_is_a_chat_stop() -> None:
    """`kind: anthropic`: Claude's stop_sequence is chat's "stop", plain and streamed."""
    message = {
        "id": "msg_1",
        "content": [{"type": "text", "text": "one, two"}],
        "stop_reason": "stop_sequence",
        "stop_sequence": "END",
        "usage": {"input_tokens": 3, "output_tokens": 2},
    }
    assert anthropic_to_chat(message, "m")["choices"][0]["finish_reason"] == "stop"
    stream = ChatFromAnthropicStream("m")
    delta = {"stop_reason": "stop_sequence", "stop_sequence": "END"}
    chunks = stream.feed({"type": "message_delta", "delta": delta, "usage": {}})
    assert chunks[0]["choices"][0]["finish_reason"] == "stop"
