"""POST /v1/messages with `stop_sequences`, with the official `anthropic` SDK and raw httpx
through real gateways: stop_reason "stop_sequence" and the matched string when the upstream
names it (the stand-in OpenAI-compatible upstream, a real HTTP server and not a model, does
as vLLM does: `stop_reason` in the choice), end_turn when it does not (the embedded
llama.cpp engine); and a `kind: anthropic` target maps Claude's stop_sequence to chat's "stop".
"""

from __future__ import annotations

from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest
from anthropic.types import MessageParam
from openai.types.chat import ChatCompletionMessageParam

from meshroute.config import Config
from standin_upstream import StandinHandle
from support import GatewayFactory
from surfaces_support import edge_config, standin_config

HELLO: list[MessageParam] = [{"role": "user", "content": "Hello there"}]
# the stand-in's answer to it: "stand-in reply to: Hello there"
CHAT_HELLO: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hello there"}]


@pytest.fixture(scope="module")
def root(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    return gateway_factory(standin_config(upstream.base_url), features=False).removesuffix("/v1")


def _client(root: str, timeout: float = 60.0) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=root, api_key="unused", max_retries=0, timeout=timeout)


def test_the_stop_sequence_the_upstream_names_is_reported(
    root: str, upstream: StandinHandle
) -> None:
    message = _client(root).messages.create(
        model="auto", max_tokens=50, stop_sequences=["zzz", "reply"], messages=HELLO
    )
    assert message.stop_reason == "stop_sequence" and message.stop_sequence == "reply"
    assert message.content[0].type == "text" and message.content[0].text == "stand-in"
    assert (upstream.app.last or {})["body"]["stop"] == ["zzz", "reply"]


def test_streamed_the_message_delta_names_it(root: str) -> None:
    with _client(root).messages.stream(
        model="auto", max_tokens=50, stop_sequences=["reply"], messages=HELLO
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "stand-in"
    assert final.stop_reason == "stop_sequence" and final.stop_sequence == "reply"
    body = {"model": "auto", "max_tokens": 50, "stream": True, "messages": HELLO}
    raw = httpx.post(f"{root}/v1/messages", json={**body, "stop_sequences": ["to:"]}, timeout=60)
    deltas = [_data(frame) for frame in raw.text.split("\n\n") if "message_delta" in frame]
    assert [d["delta"] for d in deltas] == [
        {"stop_reason": "stop_sequence", "stop_sequence": "to:"}
    ]


def _data(frame: str) -> dict[str, Any]:
    line = next(line for line in frame.split("\n") if line.startswith("data: "))
    data: dict[str, Any] = orjson.loads(line[6:])
    return data


@pytest.mark.parametrize("stream", [False, True])
def test_no_stop_sequence_met_or_max_tokens_first(root: str, stream: bool) -> None:
    client = _client(root)
    unmet = dict(model="auto", max_tokens=50, stop_sequences=["zzz"], messages=HELLO)
    cut = dict(model="auto", max_tokens=1, stop_sequences=["to:"], messages=HELLO)
    for request, reason in ((unmet, "end_turn"), (cut, "max_tokens")):
        if stream:
            with client.messages.stream(**request) as events:  # type: ignore[arg-type]
                message = events.get_final_message()
        else:
            message = client.messages.create(**request)  # type: ignore[call-overload]
        assert (message.stop_reason, message.stop_sequence) == (reason, None)


def test_an_engine_that_does_not_say_gives_end_turn(gateway_factory: GatewayFactory) -> None:
    """llama.cpp honours the stop string and cuts it, but its choice does not name it: the
    gateway cannot tell that from the end of the turn (docs/messages.md)."""
    edge = gateway_factory(edge_config(), features=False).removesuffix("/v1")
    question: list[MessageParam] = [{"role": "user", "content": "What is the capital of France?"}]
    message = _client(edge, timeout=120.0).messages.create(
        model="auto",
        max_tokens=40,
        stop_sequences=["Paris"],
        messages=question,
        extra_body={"temperature": 0},  # greedy; this SDK version has no temperature argument
    )
    text = message.content[0].text if message.content and message.content[0].type == "text" else ""
    assert "France" in text and "Paris" not in text, text  # greedy: "The capital of France is "
    assert (message.stop_reason, message.stop_sequence) == ("end_turn", None)


@pytest.fixture(scope="module")
def front(gateway_factory: GatewayFactory, root: str) -> str:
    """Chat in front of a `kind: anthropic` target whose upstream is the gateway above."""
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "claude",
                    "kind": "anthropic",
                    "base_url": root,
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


def test_an_anthropic_target_maps_stop_sequence_to_stop(front: str) -> None:
    client = openai.OpenAI(base_url=front, api_key="unused", max_retries=0, timeout=60.0)
    plain = client.chat.completions.create(model="assistant", messages=CHAT_HELLO, stop=["reply"])
    assert plain.choices[0].finish_reason == "stop"
    assert plain.choices[0].message.content == "stand-in"
    chunks = list(
        client.chat.completions.create(
            model="assistant",
            messages=CHAT_HELLO,
            stop=["reply"],
            stream=True,
        )
    )
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "stop" and finishes.count("stop") == 1


@pytest.fixture(scope="module")
def redacting(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    """Only a public cloud target, `sensitive: redact`, the real detector: entities in the
    request (stop sequences included) reach the upstream as placeholders."""
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "cloud",
                    "kind": "openai",
                    "base_url": upstream.base_url,
                    "upstream_model": "standin-model",
                    "tier": "cloud",
                    "zone": "public",
                    "models": {"assistant": "v1"},
                }
            ],
            "routing": {"sensitive": "redact"},
        }
    )
    return gateway_factory(config).removesuffix("/v1")


# (the entity, a request holding it); the stand-in answers "stand-in reply to: Write to ..."
ENTITIES = [("jane.doe@example.com", "e-mail"), ("John Smith", "person")]


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(("entity", "kind"), ENTITIES)
def test_a_redacted_stop_sequence_is_reported_as_the_client_sent_it(
    redacting: str, upstream: StandinHandle, stream: bool, entity: str, kind: str
) -> None:
    """The upstream names the placeholder it stopped on; the client gets its own string."""
    messages: list[MessageParam] = [{"role": "user", "content": f"Write to {entity} today"}]
    request: dict[str, Any] = dict(
        model="auto", max_tokens=50, stop_sequences=["zzz", entity], messages=messages
    )
    client = _client(redacting)
    if stream:
        with client.messages.stream(**request) as events:
            text = "".join(events.text_stream)
            message = events.get_final_message()
    else:
        message = client.messages.create(**request)
        text = message.content[0].text if message.content[0].type == "text" else ""
    assert (message.stop_reason, message.stop_sequence) == ("stop_sequence", entity), kind
    assert text == "stand-in reply to: Write to"
    sent = (upstream.app.last or {})["body"]
    assert entity not in str(sent) and sent["stop"][0] == "zzz"  # a placeholder went instead
