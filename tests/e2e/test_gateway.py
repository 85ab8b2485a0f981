"""The real gateway on 127.0.0.1, the real embedded model, and a stand-in OpenAI upstream.

The stand-in (tests/standin_upstream.py) is a real HTTP server playing an OpenAI-compatible
GPU box; it is not a model.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory


@pytest.fixture(scope="module")
def upstream() -> Iterator[StandinHandle]:
    with run_standin(model="qwen2.5-7b-instruct") as handle:
        yield handle


@pytest.fixture(scope="module")
def base_url(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "edge",
                    "kind": "embedded",
                    "tier": "edge",
                    "zone": "private",
                    "region": "eu-london",
                    "models": {"assistant": "v1"},
                    "engine": {"threads": 1, "context": 1024, "parallel": 2},
                },
                {
                    "name": "gpu-box",
                    "kind": "openai",
                    "base_url": upstream.base_url,
                    "api_key": "sk-gpu-box",
                    "upstream_model": "qwen2.5-7b-instruct",
                    "tier": "local",
                    "zone": "private",
                    "models": {"assistant": "v2"},
                },
            ],
        }
    )
    return gateway_factory(config, features=False)


@pytest.fixture(scope="module")
def client(base_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url, api_key="unused", max_retries=0)


def _routed_to(raw: Any) -> str:
    return str(raw.headers["x-meshroute-target"])


def test_chat_on_the_embedded_model(client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="assistant@v1", messages=[{"role": "user", "content": "Say hello."}], max_tokens=8
    )
    answer = raw.parse()
    assert _routed_to(raw) == "edge"
    assert raw.headers["x-meshroute-tier"] == "edge"
    assert raw.headers["x-request-id"]
    assert raw.headers["x-meshroute-reason"]
    assert answer.choices[0].message.content
    assert answer.usage is not None and 0 < answer.usage.completion_tokens <= 8


def test_embedded_streams_token_by_token(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="assistant@v1",
        messages=[{"role": "user", "content": "Count to five."}],
        max_tokens=6,
        stream=True,
    )
    deltas = [
        chunk.choices[0].delta.content
        for chunk in stream
        if chunk.choices and chunk.choices[0].delta.content
    ]
    # Real streaming: one chunk per generated token, not one chunk at the end.
    assert len(deltas) >= 3


def test_completions_on_the_embedded_model(client: openai.OpenAI) -> None:
    raw = client.completions.with_raw_response.create(
        model="edge/smollm2-135m-instruct", prompt="The capital of France is", max_tokens=5
    )
    assert _routed_to(raw) == "edge"
    assert raw.parse().choices[0].text


def test_chat_on_the_openai_target_passes_fields_through(
    client: openai.OpenAI, upstream: StandinHandle
) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="assistant@v2",
        messages=[{"role": "user", "content": "Hello gpu box"}],
        seed=7,
        stop=["\n\n"],
        user="u-1",
        response_format={"type": "text"},
        max_tokens=20,
    )
    assert _routed_to(raw) == "gpu-box"
    assert raw.headers["x-meshroute-tier"] == "local"
    last = httpx.get(f"{upstream.url}/_standin/last").json()
    assert {"seed", "stop", "user", "response_format"} <= set(last["body"])
    assert last["body"]["model"] == "qwen2.5-7b-instruct"  # the upstream's own name
    assert last["headers"]["authorization"] == "Bearer sk-gpu-box"
    assert "stand-in reply to: Hello gpu box" in (raw.parse().choices[0].message.content or "")


def test_tools_skip_the_embedded_model(client: openai.OpenAI) -> None:
    tools: list[Any] = [
        {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}
    ]
    raw = client.chat.completions.with_raw_response.create(
        model="assistant", messages=[{"role": "user", "content": "Weather?"}], tools=tools
    )
    assert _routed_to(raw) == "gpu-box"
    call = raw.parse().choices[0].message.tool_calls
    assert call and getattr(call[0], "function").name == "get_weather"  # noqa: B009 - a union


def test_tools_pinned_to_the_embedded_model_is_a_clear_400(client: openai.OpenAI) -> None:
    tools: list[Any] = [
        {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    ]
    with pytest.raises(openai.BadRequestError) as error:
        client.chat.completions.create(
            model="assistant@v1", messages=[{"role": "user", "content": "x"}], tools=tools
        )
    assert "tools" in str(error.value)


def test_streaming_through_the_openai_target(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="gpu-box/qwen2.5-7b-instruct",
        stream=True,
        messages=[{"role": "user", "content": "one two three four"}],
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text.startswith("stand-in reply to: one two three four")


def test_embeddings(client: openai.OpenAI) -> None:
    result = client.embeddings.create(model="assistant@v2", input=["a", "b"])
    assert len(result.data) == 2 and len(result.data[0].embedding) > 0
    # The edge model serves no embeddings: a clear 400 rather than a silent detour.
    with pytest.raises(openai.BadRequestError):
        client.embeddings.create(model="assistant@v1", input="a")


def test_models_list(client: openai.OpenAI) -> None:
    ids = {model.id for model in client.models.list()}
    assert {
        "auto",
        "assistant",
        "assistant@v1",
        "assistant@v2",
        "gpu-box/qwen2.5-7b-instruct",
        "edge/smollm2-135m-instruct",
    } <= ids


def test_auto_prefers_the_lowest_tier(client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": "hi"}], max_tokens=2
    )
    assert _routed_to(raw) == "edge"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        (b"{not json", 400, None),
        (b"", 400, None),
        (b"[1, 2]", 400, None),
        (b'{"model": "assistant"}', 400, "messages"),
        (b'{"model": "assistant", "messages": []}', 400, "messages"),
        (
            b'{"model": "assistant", "messages": [{"role": "robot", "content": "x"}]}',
            400,
            "messages.0.role",
        ),
        (
            b'{"model": "assistant", "messages": [{"role": "user", "content": "x"}], '
            b'"max_tokens": -1}',
            400,
            "max_tokens",
        ),
        (b'{"model": "nope", "messages": [{"role": "user", "content": "x"}]}', 404, "model"),
        (
            b'{"model": "assistant@v9", "messages": [{"role": "user", "content": "x"}]}',
            404,
            "model",
        ),
        (b'{"model": "ghost/x", "messages": [{"role": "user", "content": "x"}]}', 404, "model"),
    ],
)
def test_bad_requests_get_openai_errors(
    base_url: str, body: bytes, status: int, param: str | None
) -> None:
    response = httpx.post(
        f"{base_url}/chat/completions", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["param"] == param
    assert "Traceback" not in response.text


def test_message_count_and_max_tokens_limits(base_url: str) -> None:
    many = {"model": "auto", "messages": [{"role": "user", "content": "x"}] * 3000}
    response = httpx.post(f"{base_url}/chat/completions", json=many)
    assert response.status_code == 400 and response.json()["error"]["param"] == "messages"
    greedy = {"model": "auto", "max_tokens": 10**9, "messages": [{"role": "user", "content": "x"}]}
    response = httpx.post(f"{base_url}/chat/completions", json=greedy)
    assert response.status_code == 400 and response.json()["error"]["param"] == "max_tokens"


def test_oversized_body_is_413(base_url: str) -> None:
    huge = (
        b'{"model": "auto", "messages": [{"role": "user", "content": "' + b"x" * 5_000_000 + b'"}]}'
    )
    response = httpx.post(f"{base_url}/chat/completions", content=huge)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_unknown_route_is_an_openai_404(base_url: str) -> None:
    response = httpx.get(base_url.removesuffix("/v1") + "/nowhere")
    assert response.status_code == 404
    assert "error" in response.json()


def test_health_ready_metrics(base_url: str, client: openai.OpenAI) -> None:
    root = base_url.removesuffix("/v1")
    assert httpx.get(f"{root}/healthz").status_code == 200
    ready = httpx.get(f"{root}/readyz")
    assert ready.status_code == 200 and ready.json() == {"ready": True}
    assert httpx.get(f"{root}/admin/targets").json()["targets"]["edge"]["healthy"] is True
    client.chat.completions.create(
        model="assistant@v2", messages=[{"role": "user", "content": "metrics"}]
    )
    text = httpx.get(f"{root}/metrics").text
    assert "gen_ai_client_operation_duration_seconds_bucket" in text
    assert "gen_ai_client_token_usage_bucket{" in text
    assert 'target="gpu-box"' in text


@pytest.fixture(scope="module")
def dead_url() -> str:
    from support import free_port

    return f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there


def test_failing_target_gives_502_and_failover_uses_the_next(
    gateway_factory: GatewayFactory, upstream: StandinHandle, dead_url: str
) -> None:
    def openai_target(name: str, url: str, tier: str) -> dict[str, Any]:
        return {
            "name": name,
            "kind": "openai",
            "base_url": url,
            "upstream_model": "m",
            "tier": tier,
            "zone": "private",
            "models": {"assistant": "v1"},
        }

    only_dead = gateway_factory(
        Config.model_validate({"targets": [openai_target("dead", dead_url, "local")]}),
        features=False,
    )
    response = httpx.post(
        f"{only_dead}/chat/completions",
        json={"model": "assistant", "messages": [{"role": "user", "content": "x"}]},
    )
    assert response.status_code == 502
    assert response.json()["error"]["type"] == "upstream_error"
    assert response.headers["x-request-id"]
    both = gateway_factory(
        Config.model_validate(
            {
                "targets": [
                    openai_target("dead", dead_url, "edge"),
                    openai_target("alive", upstream.base_url, "local"),
                ]
            }
        ),
        features=False,
    )
    for stream in (False, True):
        response = httpx.post(
            f"{both}/chat/completions",
            json={
                "model": "assistant",
                "stream": stream,
                "messages": [{"role": "user", "content": "x"}],
            },
        )
        assert response.status_code == 200
        assert response.headers["x-meshroute-target"] == "alive"


def test_model_path_takes_a_local_gguf_and_a_bad_path_is_reported(
    gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from meshroute.targets.embedded import packaged_model_path

    local = tmp_path_factory.mktemp("models") / "my-edge-model.gguf"
    local.symlink_to(packaged_model_path())
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "mine",
                    "kind": "embedded",
                    "tier": "edge",
                    "zone": "private",
                    "model_path": str(local),
                    "models": {"assistant": "v1"},
                    "engine": {"chat_template": "gemma", "context": 512, "parallel": 1},
                },
                {
                    "name": "broken",
                    "kind": "embedded",
                    "tier": "edge",
                    "zone": "private",
                    "model_path": str(local.parent / "absent.gguf"),
                    "models": {"assistant": "v2"},
                },
            ]
        }
    )
    url = gateway_factory(config, features=False)
    client = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)
    ids = {m.id for m in client.models.list()}
    assert "mine/my-edge-model" in ids
    answer = client.chat.completions.with_raw_response.create(
        model="mine/my-edge-model", messages=[{"role": "user", "content": "Hi"}], max_tokens=3
    )
    assert answer.headers["x-meshroute-target"] == "mine"
    ready = httpx.get(url.removesuffix("/v1") + "/admin/targets").json()
    assert ready["targets"]["mine"]["healthy"] and not ready["targets"]["broken"]["healthy"]
    with pytest.raises(openai.APIStatusError) as error:
        client.chat.completions.create(
            model="assistant@v2", messages=[{"role": "user", "content": "Hi"}], max_tokens=3
        )
    assert error.value.status_code == 502
    assert "absent.gguf is not a file" in str(error.value)


def test_huge_headers_and_invalid_utf8_get_4xx(base_url: str) -> None:
    import socket

    root = base_url.removesuffix("/v1")
    port = int(root.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n")
        head = sock.recv(200)
    assert head.startswith(b"HTTP/1.1 431")
    assert httpx.get(f"{root}/healthz", headers={"x-fine": "a" * 1000}).status_code == 200
    bad = httpx.post(
        f"{base_url}/chat/completions",
        content=(b'{"model": "auto", "messages": [{"role": "user", "content": "\xff\xfe"}]}'),
    )
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"


def test_usage_chunk_only_when_the_client_asks(client: openai.OpenAI) -> None:
    def chunks(**extra: Any) -> list[Any]:
        return list(
            client.chat.completions.create(
                model="assistant@v2",
                stream=True,
                messages=[{"role": "user", "content": "a b c"}],
                **extra,
            )
        )

    plain = chunks()
    assert all(c.usage is None for c in plain) and all(c.choices for c in plain)
    asked = chunks(stream_options={"include_usage": True})
    assert asked[-1].usage is not None and asked[-1].usage.prompt_tokens == 3
