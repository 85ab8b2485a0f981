"""One perimeter: a value planted in ANY string of a request body (any field, any depth, dict
keys too) never reaches a public target, under keep_private and under redact. Checked from the
outside: a real gateway, and a stand-in cloud (tests/standin_upstream.py, a real HTTP server)
whose last received body is read back and searched for the planted value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meshroute.api.schemas import texts_of
from meshroute.config import Config
from meshroute.privacy.perimeter import forwarded_strings, with_texts
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory

PLANTED = [
    "jane.doe@example.com",
    "4111 1111 1111 1111",
    "GB82 WEST 1234 5698 7654 32",
    "AKIA2E0A8F3B244C9986",
    "+44 20 7946 0958",
    "536-22-4871",
    "sk-proj-4fJ9aK2mQ8xZ7bN3vL1pR6tY0uW5eS9d",
]
WORDS = st.text(alphabet=st.sampled_from("abcdefghij klmnop"), min_size=1, max_size=20)


@pytest.fixture(scope="module")
def upstreams() -> Iterator[dict[str, StandinHandle]]:
    with run_standin(model="gpu-model") as gpu, run_standin(model="cloud-model") as cloud:
        yield {"gpu": gpu, "cloud": cloud}


def _config(upstreams: dict[str, StandinHandle], sensitive: str) -> Config:
    def target(name: str, tier: str, zone: str) -> dict[str, Any]:
        return {
            "name": name,
            "kind": "openai",
            "base_url": upstreams[name].base_url,
            "upstream_model": f"{name}-model",
            "tier": tier,
            "zone": zone,
            "models": {"assistant": "v1"},
        }

    return Config.model_validate(
        {
            "targets": [target("gpu", "local", "private"), target("cloud", "cloud", "public")],
            "routing": {"sensitive": sensitive},
        }
    )


@pytest.fixture(scope="module")
def gateways(
    gateway_factory: GatewayFactory, upstreams: dict[str, StandinHandle]
) -> dict[str, str]:
    return {
        policy: gateway_factory(_config(upstreams, policy)) for policy in ("keep_private", "redact")
    }


def _json_leaf() -> st.SearchStrategy[Any]:
    return st.recursive(
        st.none() | st.booleans() | st.integers(-5, 5) | WORDS,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(WORDS, inner, max_size=3),
        max_leaves=8,
    )


def _message() -> st.SearchStrategy[dict[str, Any]]:
    call = st.fixed_dictionaries(
        {
            "id": WORDS,
            "type": st.just("function"),
            "function": st.fixed_dictionaries({"name": WORDS, "arguments": WORDS}),
        }
    )
    return st.one_of(
        st.fixed_dictionaries({"role": st.sampled_from(["system", "user"]), "content": WORDS}),
        st.fixed_dictionaries({"role": st.just("user"), "name": WORDS, "content": WORDS}),
        st.fixed_dictionaries(
            {
                "role": st.just("user"),
                "content": st.lists(
                    st.one_of(
                        st.fixed_dictionaries({"type": st.just("text"), "text": WORDS}),
                        st.fixed_dictionaries({"type": WORDS, "text": WORDS}),
                        st.fixed_dictionaries(
                            {
                                "type": st.just("image_url"),
                                "image_url": st.fixed_dictionaries({"url": WORDS}),
                            }
                        ),
                    ),
                    min_size=1,
                    max_size=3,
                ),
            }
        ),
        st.fixed_dictionaries(
            {
                "role": st.just("assistant"),
                "content": st.none(),
                "tool_calls": st.lists(call, min_size=1, max_size=2),
            }
        ),
        st.fixed_dictionaries(
            {
                "role": st.just("assistant"),
                "content": st.none(),
                "function_call": st.fixed_dictionaries({"name": WORDS, "arguments": WORDS}),
            }
        ),
        st.fixed_dictionaries({"role": st.just("tool"), "tool_call_id": WORDS, "content": WORDS}),
    )


def _tool() -> st.SearchStrategy[dict[str, Any]]:
    schema = st.fixed_dictionaries(
        {
            "type": st.just("object"),
            "properties": st.dictionaries(
                WORDS,
                st.fixed_dictionaries({"type": st.just("string"), "description": WORDS}),
                max_size=2,
            ),
        }
    )
    return st.fixed_dictionaries(
        {
            "type": st.just("function"),
            "function": st.fixed_dictionaries(
                {"name": WORDS, "description": WORDS, "parameters": schema}
            ),
        }
    )


BODIES = st.fixed_dictionaries(
    {"messages": st.lists(_message(), min_size=1, max_size=4)},
    optional={
        "tools": st.lists(_tool(), min_size=1, max_size=2),
        "response_format": st.fixed_dictionaries(
            {
                "type": st.just("json_schema"),
                "json_schema": st.fixed_dictionaries(
                    {"name": WORDS, "description": WORDS, "schema": _json_leaf()}
                ),
            }
        ),
        "prediction": st.fixed_dictionaries({"type": st.just("content"), "content": WORDS}),
        "stop": WORDS | st.lists(WORDS, min_size=1, max_size=3),
        "user": WORDS,
        "metadata": st.dictionaries(WORDS, WORDS, max_size=3),
        "x_extra_field": _json_leaf(),
    },
)


def _slots(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], bool]]:
    """Every string slot of a body, found independently of the perimeter: (path, is_key)."""
    out: list[tuple[tuple[Any, ...], bool]] = []
    if isinstance(value, str):
        out.append((path, False))
    elif isinstance(value, dict):
        for key, item in value.items():
            out.append(((*path, key), True))
            out.extend(_slots(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(_slots(item, (*path, index)))
    return out


def _plant(body: dict[str, Any], slots: list[tuple[tuple[Any, ...], bool]], value: str) -> None:
    """Put the value into each slot: values first, then keys deepest first (a renamed key would
    break the paths below it)."""
    ordered = sorted(slots, key=lambda s: (s[1], -len(s[0])))
    for path, is_key in ordered:
        parent: Any = body
        for part in path[:-1]:
            parent = parent[part]
        if is_key:
            parent[f"note {value} {len(parent)}"] = parent.pop(path[-1])
        else:
            parent[path[-1]] = f"see {value} now"


def _structural(path: tuple[Any, ...], is_key: bool) -> bool:
    """Slots the gateway validates or replaces (an arbitrary string there is a 400 or never
    forwarded): role, the top-level keys of the schema it reads."""
    return (
        (not is_key and path[-1] == "role")
        or (is_key and len(path) == 1)
        or (is_key and path[0] == "messages" and len(path) == 3)
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=BODIES, value=st.sampled_from(PLANTED), pick=st.integers(0, 10_000), data=st.data())
def test_planted_value_never_reaches_the_cloud(
    gateways: dict[str, str],
    upstreams: dict[str, StandinHandle],
    body: dict[str, Any],
    value: str,
    pick: int,
    data: st.DataObject,
) -> None:
    slots = [s for s in _slots(body) if not _structural(*s)]
    # A random subset of the slots (at least one): a slot the perimeter misses then leaks
    # under redact even when the other planted copies are found.
    chosen = [s for s in slots if data.draw(st.booleans())] or [slots[pick % len(slots)]]
    _plant(body, chosen, value)
    policy = data.draw(st.sampled_from(["keep_private", "redact"]))
    body["model"] = "cloud/cloud-model"  # asks for the public target by name
    cloud = upstreams["cloud"]
    before = cloud.stats()["requests"]
    response = httpx.post(f"{gateways[policy]}/chat/completions", json=body, timeout=30)
    refused = response.status_code == 503 and "no_target_available" in response.text
    assert response.status_code < 500 or refused, response.text
    if cloud.stats()["requests"] == before:
        return  # kept from the cloud (refused, or 400 for a body the schema rejects)
    sent = httpx.get(f"{cloud.url}/_standin/last").json()["body"]
    assert value not in orjson.dumps(sent).decode(), (policy, chosen)
    assert policy == "redact", "keep_private sent a sensitive request to the cloud"


def test_every_listed_field_is_in_the_perimeter() -> None:
    body = {
        "model": "auto",
        "messages": [
            {"role": "user", "name": "N1", "content": [{"type": "input_x", "text": "T1"}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "I1", "type": "function", "function": {"name": "F1", "arguments": "A1"}}
                ],
                "function_call": {"name": "F2", "arguments": "A2"},
            },
        ],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "F3",
                    "description": "D1",
                    "parameters": {"type": "object", "properties": {"P1": {"description": "D2"}}},
                },
            }
        ],
        "response_format": {"type": "json_schema", "json_schema": {"description": "D3"}},
        "prediction": {"type": "content", "content": "C1"},
        "stop": ["S1"],
        "user": "U1",
        "metadata": {"K1": "V1"},
        "suffix": "X1",
    }
    texts = set(texts_of("chat", body))
    expected = {"N1", "T1", "input_x", "I1", "F1", "A1", "F2", "A2", "F3", "D1", "P1", "D2"}
    assert expected | {"D3", "C1", "S1", "U1", "K1", "V1", "X1"} <= texts
    assert "auto" not in texts and "user" not in texts and "function" not in texts
    assert texts_of("completions", {"model": "m", "prompt": "P", "suffix": "S"}) == ["S", "P"]
    assert texts_of("embeddings", {"model": "m", "input": ["a", "b"]}) == ["a", "b"]


def test_redaction_rewrites_every_field_and_renames_keys() -> None:
    body = {"model": "m", "metadata": {"jane@x.io": "a@b.co"}, "messages": [{"role": "user"}]}
    fields = forwarded_strings("chat", body)
    out = with_texts(body, fields, [f"<{i}>" for i in range(len(fields))])
    assert out["metadata"] == {"<0>": "<1>"}
    assert body["metadata"] == {"jane@x.io": "a@b.co"}  # the original is untouched


def test_deep_nesting_is_walked_without_recursion() -> None:
    deep: Any = "jane@x.io"
    for _ in range(5000):
        deep = [deep]
    texts = texts_of("chat", {"model": "m", "messages": [{"role": "user"}], "x": deep})
    assert any("jane@x.io" in t for t in texts)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("completions", {"prompt": "Say hi.", "suffix": "then mail jane.doe@example.com"}),
        ("completions", {"prompt": ["ok", "card 4111 1111 1111 1111"]}),
        ("embeddings", {"input": ["plain", "IBAN GB82 WEST 1234 5698 7654 32"]}),
        ("embeddings", {"input": "call +44 20 7946 0958", "user": "jane.doe@example.com"}),
    ],
)
@pytest.mark.parametrize("policy", ["keep_private", "redact"])
def test_completions_and_embeddings_fields(
    gateways: dict[str, str],
    upstreams: dict[str, StandinHandle],
    path: str,
    body: dict[str, Any],
    policy: str,
) -> None:
    planted = ["jane.doe@example.com", "4111 1111 1111 1111", "GB82 WEST", "+44 20 7946 0958"]
    cloud = upstreams["cloud"]
    before = cloud.stats()["requests"]
    request = {**body, "model": "cloud/cloud-model"}
    response = httpx.post(f"{gateways[policy]}/{path}", json=request, timeout=30)
    if cloud.stats()["requests"] == before:
        assert response.status_code == 503 and policy == "keep_private", response.text
        return
    sent = orjson.dumps(httpx.get(f"{cloud.url}/_standin/last").json()["body"]).decode()
    assert policy == "redact" and not any(value in sent for value in planted), sent
