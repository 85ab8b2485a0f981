"""POST /v1/messages with the official `anthropic` SDK and raw httpx, through the real gateway:
over the stand-in OpenAI-compatible upstream (a real HTTP server, not a model) and over the
real embedded edge model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import anthropic
import httpx
import orjson
import pytest

from meshroute.config import load_config
from standin_upstream import StandinHandle
from support import GatewayFactory
from surfaces_support import edge_config, standin_config

WEATHER = {
    "name": "get_weather",
    "description": "The weather in a city now",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


@pytest.fixture(scope="module")
def root(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    return gateway_factory(standin_config(upstream.base_url), features=False).removesuffix("/v1")


@pytest.fixture(scope="module")
def edge_root(gateway_factory: GatewayFactory) -> str:
    return gateway_factory(edge_config(), features=False).removesuffix("/v1")


def _client(root: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=root, api_key="unused", max_retries=0)


def _sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for frame in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in frame.split("\n"))
        events.append((lines["event"], orjson.loads(lines["data"])))
    return events


def test_plain_with_system(root: str) -> None:
    message = _client(root).messages.create(
        model="assistant",
        max_tokens=50,
        system="Be brief.",
        messages=[{"role": "user", "content": "Hello there"}],
    )
    assert message.content[0].type == "text"
    assert message.content[0].text == "stand-in reply to: Hello there"
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0 and message.usage.output_tokens == 5


def test_max_tokens_stop_reason(root: str) -> None:
    message = _client(root).messages.create(
        model="auto", max_tokens=2, messages=[{"role": "user", "content": "Hello there"}]
    )
    assert message.stop_reason == "max_tokens"
    assert message.content[0].type == "text" and message.content[0].text == "stand-in reply"


def test_streamed_text(root: str) -> None:
    with _client(root).messages.stream(
        model="auto", max_tokens=50, messages=[{"role": "user", "content": "Hello there"}]
    ) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert len(pieces) == 5 and "".join(pieces) == "stand-in reply to: Hello there"
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 5


def test_tools_round_trip(root: str) -> None:
    client = _client(root)
    first = client.messages.create(
        model="auto",
        max_tokens=100,
        tools=[WEATHER],  # type: ignore[list-item]
        messages=[{"role": "user", "content": "Weather in Paris?"}],
    )
    assert first.stop_reason == "tool_use"
    call = next(block for block in first.content if block.type == "tool_use")
    assert call.name == "get_weather" and call.id
    second = client.messages.create(
        model="auto",
        max_tokens=100,
        messages=[
            {"role": "user", "content": "Weather in Paris?"},
            {"role": "assistant", "content": first.content},
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": call.id, "content": "18C and sunny"},
                    {"type": "text", "text": "Thanks, summarise"},
                ],
            },
        ],
    )
    assert second.content[0].type == "text"
    assert second.content[0].text == "stand-in reply to: Thanks, summarise"


def test_streamed_tool_use(root: str) -> None:
    with _client(root).messages.stream(
        model="auto",
        max_tokens=100,
        tools=[WEATHER],  # type: ignore[list-item]
        messages=[{"role": "user", "content": "Weather in Paris?"}],
    ) as stream:
        final = stream.get_final_message()
    assert final.stop_reason == "tool_use"
    assert [block.type for block in final.content] == ["tool_use"]


def test_raw_events_with_httpx(root: str) -> None:
    body = {
        "model": "auto",
        "max_tokens": 50,
        "stream": True,
        "messages": [{"role": "user", "content": "Hi"}],
    }
    reply = httpx.post(f"{root}/v1/messages", json=body, headers={"x-request-id": "trace-42"})
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/event-stream")
    assert reply.headers["x-request-id"] == "trace-42"
    events = _sse(reply.text)
    names = [name for name, _ in events]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    assert names.count("content_block_start") == names.count("content_block_stop") == 1
    assert "[DONE]" not in reply.text  # the chat stream's terminator is not Anthropic's


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_raw_events_with_curl(root: str) -> None:
    """What a shell user sees: curl -N prints Anthropic's named events as they arrive."""
    body = {"model": "auto", "max_tokens": 50, "stream": True}
    body["messages"] = [{"role": "user", "content": "Hi"}]
    done = subprocess.run(
        [
            *("curl", "-sS", "-N", "--max-time", "30", f"{root}/v1/messages"),
            *("-H", "content-type: application/json", "-H", "anthropic-version: 2023-06-01"),
            *("-d", json.dumps(body)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    names = [name for name, _ in _sse(done.stdout)]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    assert "content_block_delta" in names


def test_errors_in_anthropic_shape(root: str) -> None:
    client = _client(root)
    with pytest.raises(anthropic.BadRequestError) as bad:
        client.messages.create(model="auto", max_tokens=5, messages=[])
    assert bad.value.body == {
        "type": "error",
        "error": {
            "type": "invalid_request_error",
            "message": "invalid request: messages: at least one message is required",
        },
    }
    with pytest.raises(anthropic.NotFoundError) as missing:
        client.messages.create(
            model="no-such-model", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    assert isinstance(missing.value.body, dict)
    assert missing.value.body["error"]["type"] == "not_found_error"
    assert "no-such-model" not in missing.value.message  # the client's string is not echoed


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b"[]",
        b'{"model": "auto", "max_tokens": 5, "messages": "nope"}',
        orjson.dumps({"model": "auto", "max_tokens": 5, "messages": [{"role": "user"}] * 3000}),
        b'{"model":"auto","max_tokens":5,"messages":[{"role":"user","content":'
        + b"[" * 5000
        + b"]" * 5000
        + b"}]}",
        # "yes" is no boolean: refused, not silently taken for "no"
        b'{"model":"auto","max_tokens":5,"messages":[{"role":"user","content":"x"}],'
        b'"stream":"yes"}',
    ],
)
def test_hostile_bodies_get_a_clear_400(root: str, body: bytes) -> None:
    reply = httpx.post(
        f"{root}/v1/messages", content=body, headers={"content-type": "application/json"}
    )
    assert reply.status_code == 400
    assert reply.json()["type"] == "error"


def test_upstream_failure_is_an_anthropic_error(root: str, upstream: StandinHandle) -> None:
    upstream.set_mode("status", status=503)
    try:
        with pytest.raises(anthropic.APIStatusError) as failed:
            _client(root).messages.create(
                model="auto", max_tokens=5, messages=[{"role": "user", "content": "x"}]
            )
    finally:
        upstream.reopen()
    assert failed.value.status_code == 502
    assert isinstance(failed.value.body, dict) and failed.value.body["type"] == "error"


def test_edge_model_answers_plain_streamed_and_refuses_tools(edge_root: str) -> None:
    # Greedy decoding: the same 8-token answer on every run; 40 tokens bound a slow machine's
    # wait, and the timeout leaves it room.
    client = _client(edge_root).with_options(timeout=120.0)
    message = client.messages.create(
        model="auto",
        max_tokens=40,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
        extra_body={"temperature": 0},  # this SDK version has no temperature argument
    )
    assert message.content[0].type == "text" and "Paris" in message.content[0].text
    assert message.usage.output_tokens > 0 and message.stop_reason == "end_turn"
    with client.messages.stream(
        model="auto",
        max_tokens=40,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
        extra_body={"temperature": 0},  # this SDK version has no temperature argument
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert "Paris" in text and final.stop_reason == "end_turn", text
    # The embedded engine cannot honour tools: a clear 400, not a silent drop.
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(
            model="auto",
            max_tokens=40,
            tools=[WEATHER],  # type: ignore[list-item]
            messages=[{"role": "user", "content": "Weather in Paris?"}],
        )
    assert "tools" in refused.value.message


def test_a_stream_broken_midway_ends_with_an_error_event(
    root: str, upstream: StandinHandle
) -> None:
    upstream.set_mode("drop_midstream", after_chunks=3)
    try:
        body = {
            "model": "auto",
            "max_tokens": 50,
            "stream": True,
            "messages": [{"role": "user", "content": "Hello there"}],
        }
        reply = httpx.post(f"{root}/v1/messages", json=body)
        with (
            pytest.raises(anthropic.APIStatusError),
            _client(root).messages.stream(
                model="auto", max_tokens=50, messages=[{"role": "user", "content": "Hello"}]
            ) as stream,
        ):
            stream.get_final_message()
    finally:
        upstream.reopen()
    events = _sse(reply.text)
    assert events[0][0] == "message_start"
    assert events[-1][0] == "error"
    assert "message_stop" not in [name for name, _ in events]  # never presented as complete


def test_keys_work_as_x_api_key_and_errors_stay_anthropic(
    gateway_factory: GatewayFactory, upstream: StandinHandle, tmp_path: Path
) -> None:
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        standin_config(upstream.base_url, key_file="keys.json").model_dump_json(exclude_none=True)
    )
    created = subprocess.run(
        [
            *(sys.executable, "-m", "meshroute.cli", "keys", "create", "--name", "claude-code"),
            *("--config", str(config), "--json"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    key = json.loads(created.stdout)["key"]
    root = gateway_factory(load_config(config), features=False).removesuffix("/v1")
    message = anthropic.Anthropic(base_url=root, api_key=key, max_retries=0).messages.create(
        model="auto", max_tokens=20, messages=[{"role": "user", "content": "Hello there"}]
    )
    assert message.content[0].type == "text"
    with pytest.raises(anthropic.AuthenticationError) as refused:
        anthropic.Anthropic(base_url=root, api_key="sk-wrong", max_retries=0).messages.create(
            model="auto", max_tokens=20, messages=[{"role": "user", "content": "Hello there"}]
        )
    assert isinstance(refused.value.body, dict)
    assert refused.value.body["error"]["type"] == "authentication_error"
