"""The HTTP edges every route shares: compressed bodies, CORS, request ids, GET /v1/models/{id}.
Real gateway over the stand-in OpenAI-compatible upstream (a real HTTP server, not a model)."""

from __future__ import annotations

import gzip
import zlib

import httpx
import orjson
import pytest

from standin_upstream import StandinHandle
from support import GatewayFactory
from surfaces_support import standin_config

CHAT = orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": "Hello there"}]})
ORIGIN = "https://app.example.test"


@pytest.fixture(scope="module")
def base_url(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    config = standin_config(upstream.base_url, cors_origins=[ORIGIN], max_body_bytes=65536)
    return gateway_factory(config, features=False)


def _post(base_url: str, body: bytes, encoding: str) -> httpx.Response:
    headers = {"content-type": "application/json", "content-encoding": encoding}
    return httpx.post(f"{base_url}/chat/completions", content=body, headers=headers)


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("identity", lambda b: b)],
)
def test_compressed_bodies_are_decoded(base_url: str, encoding: str, pack: object) -> None:
    assert callable(pack)
    reply = _post(base_url, pack(CHAT), encoding)
    assert reply.status_code == 200
    assert reply.json()["choices"][0]["message"]["content"] == "stand-in reply to: Hello there"


def test_gzip_bomb_is_413_not_memory(base_url: str) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024))  # 64 MiB of spaces in about 64 KiB
    assert len(bomb) < 65536
    reply = _post(base_url, bomb, "gzip")
    assert reply.status_code == 413
    assert reply.json()["error"]["code"] == "request_too_large"


def test_gzip_bomb_on_messages_is_413_in_anthropic_shape(base_url: str) -> None:
    bomb = gzip.compress(b" " * (8 * 1024 * 1024))
    reply = httpx.post(
        f"{base_url.removesuffix('/v1')}/v1/messages",
        content=bomb,
        headers={"content-type": "application/json", "content-encoding": "gzip"},
    )
    assert reply.status_code == 413
    assert reply.json()["error"]["type"] == "request_too_large"


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br", "compress"])
def test_unknown_encodings_are_415(base_url: str, encoding: str) -> None:
    reply = _post(base_url, CHAT, encoding)
    assert reply.status_code == 415
    assert reply.json()["error"]["code"] == "unsupported_content_encoding"
    assert reply.headers["x-request-id"]


@pytest.mark.parametrize("body", [b"not gzip at all", gzip.compress(CHAT)[:20]])
def test_broken_or_truncated_gzip_is_400(base_url: str, body: bytes) -> None:
    reply = _post(base_url, body, "gzip")
    assert reply.status_code == 400
    assert "compressed" in reply.json()["error"]["message"]


def test_cors_preflight_for_listed_origin(base_url: str) -> None:
    reply = httpx.options(
        f"{base_url}/chat/completions",
        headers={
            "origin": ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization, content-type",
        },
    )
    assert reply.status_code == 200
    assert reply.headers["access-control-allow-origin"] == ORIGIN
    answer = httpx.post(
        f"{base_url}/chat/completions",
        content=CHAT,
        headers={"origin": ORIGIN, "content-type": "application/json"},
    )
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "x-request-id" in answer.headers["access-control-expose-headers"]


def test_cors_refuses_other_origins(base_url: str) -> None:
    reply = httpx.options(
        f"{base_url}/chat/completions",
        headers={"origin": "https://evil.test", "access-control-request-method": "POST"},
    )
    assert reply.status_code == 400
    assert "access-control-allow-origin" not in reply.headers


def test_client_request_id_is_honoured_everywhere(base_url: str) -> None:
    headers = {"x-request-id": "client-trace_01:a.b"}
    chat = httpx.post(
        f"{base_url}/chat/completions",
        content=CHAT,
        headers={**headers, "content-type": "application/json"},
    )
    assert chat.headers["x-request-id"] == "client-trace_01:a.b"
    assert httpx.get(f"{base_url}/models", headers=headers).headers["x-request-id"] == (
        "client-trace_01:a.b"
    )
    missing = httpx.get(f"{base_url}/no/such/route", headers=headers)
    assert missing.status_code == 404 and missing.headers["x-request-id"] == "client-trace_01:a.b"


@pytest.mark.parametrize("bad", ["x" * 65, "a b", "id\u00e9", "<script>", ""])
def test_unsafe_request_ids_are_replaced(base_url: str, bad: str) -> None:
    reply = httpx.get(f"{base_url}/models", headers={b"x-request-id": bad.encode("utf-8")})
    got = reply.headers["x-request-id"]
    assert got != bad and len(got) == 32 and got.isalnum()


def test_model_by_id(base_url: str) -> None:
    found = httpx.get(f"{base_url}/models/assistant@v2")
    assert found.status_code == 200
    assert found.json() == {
        "id": "assistant@v2",
        "object": "model",
        "created": 0,
        "owned_by": "meshroute",
    }
    qualified = httpx.get(f"{base_url}/models/gpu-box/standin-model")
    assert qualified.status_code == 200 and qualified.json()["owned_by"] == "gpu-box"
    missing = httpx.get(f"{base_url}/models/nope-{'x' * 5000}")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "model_not_found"
    assert "nope" not in missing.text and missing.headers["x-request-id"]


def test_the_longest_accepted_request_id_fits_the_ledger_column(base_url: str) -> None:
    longest = "a" * 64  # ledger request_id is String(64): a longer id would fail on PostgreSQL
    reply = httpx.get(f"{base_url}/models", headers={"x-request-id": longest})
    assert reply.headers["x-request-id"] == longest
