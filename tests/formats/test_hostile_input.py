"""Any JSON a client can send: the translators answer a BadRequest or a chat body, nothing else
(no KeyError, TypeError or recursion), and the stream translators take any chunk shape."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from meshroute.api.formats.anthropic_in import chat_to_message, messages_to_chat
from meshroute.api.formats.anthropic_out import (
    ChatFromAnthropicStream,
    anthropic_to_chat,
    chat_to_anthropic,
)
from meshroute.api.formats.anthropic_stream import MessagesStream
from meshroute.api.formats.responses_in import chat_to_response, responses_to_chat
from meshroute.api.formats.responses_stream import ResponsesStream
from meshroute.errors import BadRequest

_KEYS = st.sampled_from(
    ["model", "max_tokens", "messages", "role", "content", "type", "text", "input", "tools",
     "tool_choice", "source", "name", "id", "tool_use_id", "call_id", "arguments", "output",
     "system", "instructions", "choices", "delta", "tool_calls", "function", "index", "usage",
     "image_url", "stream", "finish_reason", "message", "content_block", "partial_json", "x"]
)  # fmt: skip
_LEAVES = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=8) | st.floats()
JSONISH = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=5),
    max_leaves=30,
)


def _request(kind: str) -> Any:
    base = {"model": st.just("auto") | JSONISH, kind: JSONISH}
    return st.fixed_dictionaries(base, optional={"max_tokens": JSONISH, "tools": JSONISH})


@settings(max_examples=150, deadline=None)
@given(_request("messages") | JSONISH)
def test_messages_requests(body: Any) -> None:
    try:
        chat = messages_to_chat(body)
    except BadRequest:
        return
    assert isinstance(chat["messages"], list) and isinstance(chat["model"], str)


@settings(max_examples=150, deadline=None)
@given(_request("input") | JSONISH)
def test_responses_requests(body: Any) -> None:
    try:
        chat = responses_to_chat(body)
    except BadRequest:
        return
    assert isinstance(chat["messages"], list) and chat["messages"]


@settings(max_examples=150, deadline=None)
@given(JSONISH)
def test_replies_of_any_shape(reply: Any) -> None:
    if isinstance(reply, dict):
        assert chat_to_message(reply, "m")["type"] == "message"
        assert chat_to_response(reply, {"model": "m"})["object"] == "response"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.dictionaries(_KEYS, JSONISH, max_size=5), max_size=6))
def test_stream_translators_take_any_chunks(chunks: list[dict[str, Any]]) -> None:
    messages, responses = MessagesStream("m"), ResponsesStream({"model": "m"})
    for chunk in chunks:
        try:
            messages.feed(chunk)
            responses.feed(chunk)
        except (AttributeError, TypeError) as exc:  # pragma: no cover - the failure reported
            raise AssertionError(f"chunk {chunk!r} broke a translator") from exc
    assert messages.finish().endswith(b"\n\n") and responses.finish().endswith(b"\n\n")


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_KEYS, JSONISH, max_size=6))
def test_chat_bodies_to_anthropic(body: dict[str, Any]) -> None:
    try:
        out = chat_to_anthropic(body, "m", 100)
    except BadRequest:
        return
    assert isinstance(out["messages"], list) and out["max_tokens"]


@settings(max_examples=150, deadline=None)
@given(JSONISH, st.lists(st.dictionaries(_KEYS, JSONISH, max_size=5), max_size=6))
def test_anthropic_upstream_replies_and_events(reply: Any, events: list[dict[str, Any]]) -> None:
    if isinstance(reply, dict):
        assert anthropic_to_chat(reply, "m")["object"] == "chat.completion"
    stream = ChatFromAnthropicStream("m")
    for event in events:
        for chunk in stream.feed(event):
            assert chunk["object"] == "chat.completion.chunk"
