"""The key file: hashes only, verification, tampering, atomic 0600 writes."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from meshroute.auth.keyfile import (
    KeyFileError,
    KeyRecord,
    key_file_path,
    new_key,
    parse_token,
    read_keys,
    revoke,
    write_keys,
)
from meshroute.config import Config, TargetConfig


def _make(path: Path, *names: str) -> dict[str, str]:
    records: list[KeyRecord] = []
    tokens = {}
    for name in names:
        token, record = new_key(name, existing=records)
        records.append(record)
        tokens[name] = token
    write_keys(path, records)
    return tokens


def test_token_format_and_verification(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    token = _make(path, "ci")["ci"]
    prefix, key_id, secret = token.split("-", 2)
    assert prefix == "mr" and len(key_id) == 12 and len(secret) >= 40
    (record,) = read_keys(path)
    parsed = parse_token(token)
    assert parsed is not None and parsed[0] == record.key.id
    assert record.matches(parsed[1])
    assert not record.matches(parsed[1][:-1] + b"x")
    assert not record.matches(b"")


def test_the_file_holds_no_key_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    token = _make(path, "a", "b")["a"]
    text = path.read_text()
    secret = token.split("-", 2)[2]
    assert token not in text and secret not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]  # no temp file left behind


def test_equal_secrets_hash_differently_thanks_to_the_salt(tmp_path: Path) -> None:
    _, first = new_key("a", existing=[])
    _, second = new_key("b", existing=[first])
    assert first.salt != second.salt and first.digest != second.digest


@pytest.mark.parametrize(
    "token",
    ["", "mr", "mr-", "sk-abc-def", "mr-XYZ-secret", "mr-0123456789ab-", "mr-0123456789ab"],
)
def test_malformed_tokens_are_not_parsed(token: str) -> None:
    assert parse_token(token) is None


def test_revoke_keeps_the_entry_and_frees_the_name(tmp_path: Path) -> None:
    _, record = new_key("ci", existing=[])
    records = revoke([record], "ci")
    assert records[0].key.revoked is not None
    with pytest.raises(LookupError):
        revoke(records, "ci")
    _, again = new_key("ci", existing=records)  # rotation: same name, new key
    assert again.key.id != record.key.id
    with pytest.raises(ValueError, match="already exists"):
        new_key("ci", existing=[*records, again])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.update(hash="zz"), "keys\\[0\\]"),
        (lambda e: e.update(hash=e["hash"][:-2]), "wrong length"),
        (lambda e: e.update(admin="yes"), "admin must be"),
        (lambda e: e.update(zones=["moon"]), "zones must be"),
        (lambda e: e.update(rpm=-1), "rpm must be"),
        (lambda e: e.pop("salt"), "keys\\[0\\]"),
        (lambda e: e.update(hash_alg="md5"), "unknown hash_alg"),
    ],
)
def test_a_tampered_file_is_rejected_naming_file_and_entry(
    tmp_path: Path, change: object, message: str
) -> None:
    path = tmp_path / "keys.json"
    _make(path, "ci")
    raw = json.loads(path.read_text())
    change(raw["keys"][0])  # type: ignore[operator]
    path.write_text(json.dumps(raw))
    with pytest.raises(KeyFileError, match=message) as info:
        read_keys(path)
    assert str(path) in str(info.value)


def test_a_swapped_hash_does_not_verify(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    tokens = _make(path, "a", "b")
    raw = json.loads(path.read_text())
    raw["keys"][0]["hash"], raw["keys"][1]["hash"] = raw["keys"][1]["hash"], raw["keys"][0]["hash"]
    path.write_text(json.dumps(raw))
    first = read_keys(path)[0]
    parsed = parse_token(tokens["a"])
    assert parsed is not None and not first.matches(parsed[1])


def test_duplicate_ids_and_names_and_garbage(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    _make(path, "a")
    raw = json.loads(path.read_text())
    raw["keys"].append(dict(raw["keys"][0]))
    path.write_text(json.dumps(raw))
    with pytest.raises(KeyFileError, match="two keys have the id"):
        read_keys(path)
    path.write_text("{not json")
    with pytest.raises(KeyFileError, match="not valid JSON"):
        read_keys(path)
    path.write_text(json.dumps({"version": 9, "keys": []}))
    with pytest.raises(KeyFileError, match="version"):
        read_keys(path)
    with pytest.raises(KeyFileError, match="cannot read"):
        read_keys(tmp_path / "missing.json")


def test_key_file_is_relative_to_the_config_file(tmp_path: Path) -> None:
    config_file = tmp_path / "meshroute.yaml"
    config_file.write_text("")
    target = TargetConfig.model_validate(
        {"name": "e", "kind": "embedded", "tier": "edge", "zone": "private"}
    )
    config = Config.model_validate(
        {"server": {"key_file": "keys.json"}, "targets": [target], "source": str(config_file)}
    )
    assert key_file_path(config) == tmp_path / "keys.json"
    assert key_file_path(Config(targets=[target])) is None


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_a_key_file_others_may_write_is_refused_as_ssh_does(tmp_path: Path, mode: int) -> None:
    from meshroute.auth.store import KeyStore

    path = tmp_path / "keys.json"
    _make(path, "ci")
    path.chmod(mode)
    with pytest.raises(KeyFileError) as error:
        KeyStore(path)  # the server does not start on it
    message = str(error.value)
    assert "\n" not in message and f"{mode:04o}" in message and "chmod 600" in message
    path.chmod(0o644)  # readable by others holds only hashes: accepted
    assert len(KeyStore(path).keys) == 1


def test_a_reload_keeps_the_keys_when_the_file_turns_writable(tmp_path: Path) -> None:
    from meshroute.auth.store import KeyStore

    path = tmp_path / "keys.json"
    token = _make(path, "ci")["ci"]
    store = KeyStore(path, check_interval=0)
    _make(path, "intruder")  # an admin entry from another writer, in a file made 0666
    path.chmod(0o666)
    assert store.refresh(force=True) is False
    assert store.authenticate(f"Bearer {token}") is not None
    assert [key.name for key in store.keys] == ["ci"]
