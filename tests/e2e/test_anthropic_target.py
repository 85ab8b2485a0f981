"""`kind: anthropic`: a target that speaks the Anthropic Messages API.

The Anthropic-speaking upstream here is a second real meshroute gateway (its /v1/messages
surface) in front of the stand-in OpenAI-compatible upstream (a real HTTP server, not a
model). So a request crosses chat -> Messages (this target) -> chat (the second gateway) and
back: both directions of the translation, plain and streamed, with tools.
"""

from __future__ import annotations

import anthropic
import httpx
import openai
import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle
from support import GatewayFactory
from surfaces_support import standin_config

TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city now",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


@pytest.fixture(scope="module")
def front(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    claude_like = gateway_factory(standin_config(upstream.base_url), features=False)
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "claude",
                    "kind": "anthropic",
                    "base_url": claude_like.removesuffix("/v1"),
                    "api_key": "sk-ant-test",
                    "upstream_model": "assistant",
                    "tier": "cloud",
                    "zone": "private",
                    "models": {"assistant": "v3"},
                }
            ]
        }
    )
    return gateway_factory(config, features=False)


def _client(front: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=front, api_key="unused", max_retries=0)


def test_plain_chat_through_an_anthropic_upstream(front: str, upstream: StandinHandle) -> None:
    raw = _client(front).chat.completions.with_raw_response.create(
        model="assistant",
        messages=[
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hello there"},
        ],
    )
    completion = raw.parse()
    assert raw.headers["x-meshroute-target"] == "claude"
    assert completion.choices[0].message.content == "stand-in reply to: Hello there"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.completion_tokens == 5
    seen = (upstream.app.last or {})["body"]  # what the stand-in got after two translations
    assert seen["messages"][0] == {"role": "system", "content": "Be brief."}


def test_streamed_chat(front: str) -> None:
    stream = _client(front).chat.completions.create(
        model="assistant",
        messages=[{"role": "user", "content": "Hello there"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "stand-in reply to: Hello there"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 5


def test_tool_calls_plain_and_streamed(front: str) -> None:
    client = _client(front)
    messages = [{"role": "user", "content": "Weather in Paris?"}]
    plain = client.chat.completions.create(
        model="assistant",
        messages=messages,  # type: ignore[arg-type]
        tools=[TOOL],  # type: ignore[list-item]
    )
    calls = plain.choices[0].message.tool_calls or []
    assert plain.choices[0].finish_reason == "tool_calls"
    assert [c.function.name for c in calls] == ["get_weather"]  # type: ignore[union-attr]
    streamed: list[openai.types.chat.ChatCompletionChunk] = list(
        client.chat.completions.create(
            model="assistant",
            messages=messages,  # type: ignore[arg-type]
            tools=[TOOL],  # type: ignore[list-item]
            stream=True,
        )
    )
    names = [
        call.function.name
        for chunk in streamed
        for choice in chunk.choices
        for call in choice.delta.tool_calls or []
        if call.function and call.function.name
    ]
    assert names == ["get_weather"]
    assert streamed[-1].choices[0].finish_reason == "tool_calls"


def test_anthropic_client_end_to_end(front: str) -> None:
    """An Anthropic client, meshroute, an Anthropic upstream: Messages in, Messages out."""
    client = anthropic.Anthropic(base_url=front.removesuffix("/v1"), api_key="x", max_retries=0)
    message = client.messages.create(
        model="assistant", max_tokens=30, messages=[{"role": "user", "content": "Hello there"}]
    )
    assert message.content[0].type == "text"
    assert message.content[0].text == "stand-in reply to: Hello there"


def test_upstream_failure_fails_over_or_reports(front: str, upstream: StandinHandle) -> None:
    upstream.set_mode("status", status=500)
    try:
        reply = httpx.post(
            f"{front}/chat/completions",
            json={"model": "assistant", "messages": [{"role": "user", "content": "x"}]},
        )
    finally:
        upstream.reopen()
    assert reply.status_code == 502
    assert reply.json()["error"]["type"] == "upstream_error"


def test_config_requires_upstream_model() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="upstream_model"):
        Config.model_validate(
            {"targets": [{"name": "c", "kind": "anthropic", "tier": "cloud", "zone": "public"}]}
        )
