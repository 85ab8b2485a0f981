"""The request-path helper: 401, 404, 429 with headers, admin 403, open mode."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from meshroute.auth.asgi import (
    DEFAULT_MAX_TOKENS,
    AuthResult,
    check_request,
    estimate_tokens,
    require_admin,
)
from meshroute.auth.keyfile import KeyRecord, new_key, write_keys
from meshroute.auth.limits import RateLimiter
from meshroute.auth.store import KeyStore
from meshroute.errors import APIError, ModelNotFound, RateLimited, Unauthorized

TARGETS = frozenset({"edge", "cloud"})


def _check(*args: Any, **kwargs: Any) -> AuthResult:
    return asyncio.run(check_request(*args, **kwargs))


@pytest.fixture()
def keys(tmp_path: Path) -> tuple[KeyStore, dict[str, str]]:
    records: list[KeyRecord] = []
    tokens = {}
    for name, attrs in {
        "user": {"models": frozenset({"assistant"}), "rpm": 2},
        "admin": {"admin": True},
    }.items():
        token, record = new_key(name, existing=records, **attrs)  # type: ignore[arg-type]
        records.append(record)
        tokens[name] = f"Bearer {token}"
    write_keys(tmp_path / "keys.json", records)
    return KeyStore(tmp_path / "keys.json"), tokens


def test_no_or_wrong_key_is_401_without_echoing_it(keys: tuple[KeyStore, dict[str, str]]) -> None:
    store, _ = keys
    limiter = RateLimiter()
    with pytest.raises(Unauthorized) as info:
        _check(store, limiter, {}, model="auto", target_names=TARGETS, tokens=1)
    assert info.value.status == 401 and info.value.headers == {"www-authenticate": "Bearer"}
    wrong = "Bearer mr-0123456789ab-sekrit-value"
    with pytest.raises(Unauthorized) as info:
        _check(
            store, limiter, {"authorization": wrong}, model="auto", target_names=TARGETS, tokens=1
        )
    assert "sekrit" not in info.value.message


def test_model_then_limits(keys: tuple[KeyStore, dict[str, str]]) -> None:
    store, tokens = keys
    limiter = RateLimiter()
    headers = {"authorization": tokens["user"]}
    with pytest.raises(ModelNotFound, match="do not have access"):
        _check(store, limiter, headers, model="coder", target_names=TARGETS, tokens=1)
    results = [
        _check(store, limiter, headers, model="assistant", target_names=TARGETS, tokens=1)
        for _ in range(2)  # the refused model above cost no quota
    ]
    assert results[0].key is not None and results[0].key.name == "user"
    assert results[1].headers["x-ratelimit-remaining-requests"] == "0"
    with pytest.raises(RateLimited) as info:
        _check(store, limiter, headers, model="assistant", target_names=TARGETS, tokens=1)
    assert info.value.status == 429 and info.value.headers["retry-after"] == "30"
    assert info.value.headers["x-ratelimit-limit-requests"] == "2"
    results[0].settle(5)


def test_admin_routes(keys: tuple[KeyStore, dict[str, str]]) -> None:
    store, tokens = keys
    admin = require_admin(store, {"authorization": tokens["admin"]})
    assert admin is not None and admin.admin
    with pytest.raises(APIError) as info:
        require_admin(store, {"authorization": tokens["user"]})
    assert info.value.status == 403 and info.value.body()["error"]["type"] == "permission_error"
    with pytest.raises(Unauthorized):
        require_admin(store, {})


def test_open_mode_lets_everything_through() -> None:
    result = _check(None, RateLimiter(), {}, model="x", target_names=TARGETS, tokens=9)
    assert result.key is None and result.headers == {}
    result.settle(3)
    assert require_admin(None, {}) is None


def test_estimate_tokens() -> None:
    assert estimate_tokens(["a" * 400], {"max_tokens": 50}) == 151
    assert estimate_tokens(["a" * 400], {"max_completion_tokens": 10, "n": 2}) == 121
    assert estimate_tokens(["abc"], {}) == 1 + DEFAULT_MAX_TOKENS
    assert estimate_tokens(["a" * 40], {"input": "a" * 40}) == 11
