"""KeyStore: authentication, and changes to the real file picked up within about a second."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from meshroute.auth.keyfile import KeyFileError, KeyRecord, new_key, read_keys, revoke, write_keys
from meshroute.auth.store import KeyStore


def _add(path: Path, name: str, **attrs: object) -> str:
    records: list[KeyRecord] = read_keys(path) if path.exists() else []
    token, record = new_key(name, existing=records, **attrs)  # type: ignore[arg-type]
    write_keys(path, [*records, record])
    return token


def test_authenticate(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    token = _add(path, "ci", rpm=5)
    store = KeyStore(path)
    key = store.authenticate(f"Bearer {token}")
    assert key is not None and key.name == "ci" and key.rpm == 5
    assert store.authenticate(f"bearer {token}") == key
    assert store.authenticate(None) is None
    assert store.authenticate("") is None
    assert store.authenticate(token) is None  # no scheme
    assert store.authenticate(f"Basic {token}") is None
    assert store.authenticate(f"Bearer {token}x") is None
    assert store.authenticate(f"Bearer {token[:-1]}") is None
    other = token.split("-")[1]
    assert store.authenticate(f"Bearer mr-{'0' * 12 if other != '0' * 12 else '1' * 12}-x") is None
    assert [k.name for k in store.keys] == ["ci"]


def test_a_missing_or_broken_file_stops_the_start(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="does not exist"):
        KeyStore(tmp_path / "keys.json")
    (tmp_path / "keys.json").write_text("[]")
    with pytest.raises(KeyFileError, match="version"):
        KeyStore(tmp_path / "keys.json")


def _wait_for(condition: object, limit: float = 3.0) -> float:
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if condition():  # type: ignore[operator]
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError("not within the limit")


def test_new_and_revoked_keys_take_effect_within_a_second(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    old = _add(path, "old")
    store = KeyStore(path)  # default interval: 1 s, real clock, real file
    new = _add(path, "new")
    assert _wait_for(lambda: store.authenticate(f"Bearer {new}") is not None) < 1.3
    write_keys(path, revoke(read_keys(path), "old"))
    assert _wait_for(lambda: store.authenticate(f"Bearer {old}") is None) < 1.3
    assert store.authenticate(f"Bearer {new}") is not None


def test_the_file_is_not_read_more_than_once_per_interval(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    _add(path, "a")
    now = [0.0]
    store = KeyStore(path, clock=lambda: now[0])
    new = _add(path, "b")
    assert store.authenticate(f"Bearer {new}") is None  # cached until the interval passes
    now[0] = 1.0
    assert store.authenticate(f"Bearer {new}") is not None


def test_a_broken_edit_keeps_the_last_good_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    token = _add(path, "a")
    now = [0.0]
    store = KeyStore(path, clock=lambda: now[0])
    path.write_text("{ half written")
    now[0] = 5.0
    assert store.authenticate(f"Bearer {token}") is not None
    assert not store.refresh()


def test_a_deleted_file_refuses_every_key(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    token = _add(path, "a")
    now = [0.0]
    store = KeyStore(path, clock=lambda: now[0])
    os.unlink(path)
    now[0] = 5.0
    assert store.authenticate(f"Bearer {token}") is None
