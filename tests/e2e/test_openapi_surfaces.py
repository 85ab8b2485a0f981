"""/openapi.json describes POST /v1/responses and POST /v1/messages as the gateway serves them:
real answers (plain, and errors in each surface's own body) validate against the published
schemas, and every field the schema marks required is refused with 400 when missing. The
target is the stand-in upstream (a real HTTP server, tests/standin_upstream.py, not a model)."""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema
import pytest

from standin_upstream import StandinHandle
from support import GatewayFactory
from surfaces_support import standin_config

BODIES: dict[str, dict[str, Any]] = {
    "/v1/responses": {"model": "assistant", "input": "Hello there"},
    "/v1/messages": {
        "model": "assistant",
        "max_tokens": 32,
        "messages": [{"role": "user", "content": "Hello there"}],
    },
}


@pytest.fixture(scope="module")
def root(gateway_factory: GatewayFactory, upstream: StandinHandle) -> str:
    return gateway_factory(standin_config(upstream.base_url), features=False).removesuffix("/v1")


@pytest.fixture(scope="module")
def document(root: str) -> dict[str, Any]:
    reply = httpx.get(f"{root}/openapi.json")
    assert reply.status_code == 200
    data: dict[str, Any] = reply.json()
    return data


def _check(document: dict[str, Any], path: str, status: str, body: Any) -> None:
    """Validate `body` against the schema /openapi.json publishes for that answer."""
    media = document["paths"][path]["post"]["responses"][status]["content"]["application/json"]
    schema = {**media["schema"], "components": document["components"]}  # for local $refs
    jsonschema.validate(body, schema)


def _request_schema(document: dict[str, Any], path: str) -> dict[str, Any]:
    ref = document["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema: dict[str, Any] = document["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return schema


@pytest.mark.parametrize("path", sorted(BODIES))
def test_a_plain_answer_matches_the_published_schema(
    root: str, document: dict[str, Any], path: str
) -> None:
    body = BODIES[path]
    jsonschema.validate(body, {**_request_schema(document, path), "components": {}})
    reply = httpx.post(f"{root}{path}", json=body)
    assert reply.status_code == 200, reply.text
    _check(document, path, "200", reply.json())


@pytest.mark.parametrize("path", sorted(BODIES))
def test_each_required_field_is_refused_when_missing(
    root: str, document: dict[str, Any], path: str
) -> None:
    required = _request_schema(document, path)["required"]
    assert "model" in required
    for field in required:
        body = {k: v for k, v in BODIES[path].items() if k != field}
        reply = httpx.post(f"{root}{path}", json=body)
        assert reply.status_code == 400, (field, reply.text)
        _check(document, path, "400", reply.json())


def test_messages_errors_are_anthropic_shaped_in_the_schema(document: dict[str, Any]) -> None:
    error = document["paths"]["/v1/messages"]["post"]["responses"]["400"]
    assert error["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/MessagesErrorBody"
    }
    with pytest.raises(jsonschema.ValidationError):  # OpenAI's error body is not Anthropic's
        _check(document, "/v1/messages", "400", {"error": {"message": "x", "type": "y"}})
