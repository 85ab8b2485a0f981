"""POST /v1/responses with the official `openai` SDK and raw httpx, through the real gateway:
over the stand-in OpenAI-compatible upstream (a real HTTP server, not a model) and over the
real embedded edge model."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import httpx
import openai
import orjson
import pytest

from standin_upstream import StandinHandle
from support import GatewayFactory
from surfaces_support import edge_config, standin_config

WEATHER: Any = {
    "type": "function",
    "name": "get_weather",
    "description": "The weather in a city now",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


@pytest.fixture(scope="module")
def base_url(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    return gateway_factory(standin_config(upstream.base_url), features=False)


@pytest.fixture(scope="module")
def edge_url(gateway_factory: GatewayFactory) -> str:
    return gateway_factory(edge_config(), features=False)


def _client(base_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url, api_key="unused", max_retries=0)


def test_plain_with_instructions(base_url: str) -> None:
    response = _client(base_url).responses.create(
        model="assistant", input="Hello there", instructions="Be brief."
    )
    assert response.status == "completed"
    assert response.output_text == "stand-in reply to: Hello there"
    assert response.usage is not None and response.usage.output_tokens == 5


def test_token_limit_is_incomplete(base_url: str) -> None:
    response = _client(base_url).responses.create(
        model="auto", input="Hello there", max_output_tokens=2
    )
    assert response.status == "incomplete"
    assert response.incomplete_details is not None
    assert response.incomplete_details.reason == "max_output_tokens"


def test_streamed_events(base_url: str) -> None:
    events = list(_client(base_url).responses.create(model="auto", input="Hi you", stream=True))
    kinds = [event.type for event in events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] == "response.completed"
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert "".join(deltas) == "stand-in reply to: Hi you"
    assert [e.sequence_number for e in events] == list(range(len(events)))


def test_stream_helper_accumulates(base_url: str) -> None:
    with _client(base_url).responses.stream(model="auto", input="Hi you") as stream:
        for _ in stream:
            pass
        final = stream.get_final_response()
    assert final.output_text == "stand-in reply to: Hi you"


def test_function_call_round_trip(base_url: str) -> None:
    client = _client(base_url)
    first = client.responses.create(model="auto", input="Weather in Paris?", tools=[WEATHER])
    calls = [item for item in first.output if item.type == "function_call"]
    assert len(calls) == 1 and calls[0].name == "get_weather"
    second = client.responses.create(
        model="auto",
        tools=[WEATHER],
        input=[
            {"role": "user", "content": "Weather in Paris?"},
            {
                "type": "function_call",
                "call_id": calls[0].call_id,
                "name": calls[0].name,
                "arguments": calls[0].arguments,
            },
            {"type": "function_call_output", "call_id": calls[0].call_id, "output": "18C"},
        ],
    )
    assert [item.type for item in second.output] == ["function_call"]  # the stand-in's rule


def test_streamed_function_call(base_url: str) -> None:
    events = list(
        _client(base_url).responses.create(
            model="auto", input="Weather?", tools=[WEATHER], stream=True
        )
    )
    done = [e for e in events if e.type == "response.function_call_arguments.done"]
    assert len(done) == 1 and done[0].arguments == "{}"
    assert events[-1].type == "response.completed"


def test_raw_events_with_httpx(base_url: str) -> None:
    body = {"model": "auto", "input": "Hi", "stream": True}
    reply = httpx.post(f"{base_url}/responses", json=body)
    assert reply.status_code == 200 and reply.headers["x-meshroute-target"] == "gpu-box"
    frames = reply.text.strip().split("\n\n")
    for frame in frames:
        event, data = frame.split("\n")
        assert orjson.loads(data.removeprefix("data: "))["type"] == event.removeprefix("event: ")
    assert frames[-1].startswith("event: response.completed")


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_raw_events_with_curl(base_url: str) -> None:
    """curl -N gets the Responses event stream: each frame's event name matches its type."""
    body = orjson.dumps({"model": "auto", "input": "Hi", "stream": True}).decode()
    done = subprocess.run(
        [
            *("curl", "-sS", "-N", "--max-time", "30", f"{base_url}/responses"),
            *("-H", "content-type: application/json", "-d", body),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    frames = done.stdout.strip().split("\n\n")
    for frame in frames:
        event, data = frame.split("\n")
        assert orjson.loads(data.removeprefix("data: "))["type"] == event.removeprefix("event: ")
    assert frames[0].startswith("event: response.created")
    assert frames[-1].startswith("event: response.completed")


def test_errors_in_openai_shape(base_url: str) -> None:
    client = _client(base_url)
    with pytest.raises(openai.BadRequestError) as bad:
        client.responses.create(model="auto", input="x", previous_response_id="resp_1")
    assert bad.value.param == "previous_response_id"
    with pytest.raises(openai.NotFoundError):
        client.responses.create(model="no-such-model", input="x")


def test_hostile_bodies_get_a_clear_400(base_url: str) -> None:
    deep = b'{"model":"auto","input":' + b"[" * 5000 + b"]" * 5000 + b"}"
    many = orjson.dumps({"model": "auto", "input": [{"role": "user", "content": "x"}] * 3000})
    not_boolean = b'{"model":"auto","input":"x","stream":"yes"}'  # not silently "no"
    bodies = (b"{", b"null", deep, many, b'{"model":"auto","input":[{"type":"x"}]}', not_boolean)
    for body in bodies:
        reply = httpx.post(
            f"{base_url}/responses", content=body, headers={"content-type": "application/json"}
        )
        assert reply.status_code == 400, body[:40]
        assert reply.json()["error"]["type"] == "invalid_request_error"


def test_edge_model_answers_plain_and_streamed(edge_url: str) -> None:
    # Greedy decoding: the same 8-token answer on every run; 40 tokens bound a slow machine's
    # wait, and the timeout leaves it room.
    client = _client(edge_url).with_options(timeout=120.0)
    question = "What is the capital of France?"
    response = client.responses.create(
        model="auto", input=question, max_output_tokens=40, temperature=0
    )
    assert "Paris" in response.output_text and response.status == "completed"
    events = list(
        client.responses.create(
            model="auto", input=question, max_output_tokens=40, temperature=0, stream=True
        )
    )
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert "Paris" in text, text
    assert events[-1].type == "response.completed"
    with pytest.raises(openai.BadRequestError) as refused:  # tools: a clear 400, no silent drop
        client.responses.create(model="auto", input="Weather?", tools=[WEATHER])
    assert "tools" in refused.value.message


def test_a_stream_broken_midway_ends_with_response_failed(
    base_url: str, upstream: StandinHandle
) -> None:
    upstream.set_mode("drop_midstream", after_chunks=3)
    try:
        events = list(
            _client(base_url).responses.create(model="auto", input="Hello there", stream=True)
        )
    finally:
        upstream.reopen()
    assert events[0].type == "response.created"
    assert events[-1].type == "response.failed"
    assert "response.completed" not in [e.type for e in events]
