"""`meshroute keys` as a user runs it: a subprocess, a real config and key file."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

from meshroute.auth.store import KeyStore

CONFIG = (
    "server: {key_file: keys.json}\n"
    "targets:\n  - {name: edge, kind: embedded, tier: edge, zone: private, "
    "models: {assistant: v1}}\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meshroute.cli", "keys", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_create_list_revoke(tmp_path: Path) -> None:
    config = tmp_path / "meshroute.yaml"
    config.write_text(CONFIG)
    made = run(
        "create",
        "--config",
        str(config),
        "--name",
        "ci",
        "--models",
        "assistant",
        "--zones",
        "private",
        "--rpm",
        "60",
        "--tpm",
        "10000",
        "--json",
    )
    assert made.returncode == 0, made.stderr
    printed = json.loads(made.stdout)
    assert set(printed) == {"name", "key"} and printed["name"] == "ci"
    key = printed["key"]
    key_file = tmp_path / "keys.json"
    text = key_file.read_text()
    assert key not in text and key.split("-", 2)[2] not in text  # only the hash is stored
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    plain = run("create", "--config", str(config), "--name", "ops", "--admin")
    assert plain.returncode == 0 and plain.stdout.startswith("mr-")
    assert "cannot be shown again" in plain.stderr and plain.stdout.strip() not in plain.stderr

    listed = run("list", "--config", str(config), "--json")
    assert listed.returncode == 0
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert rows["ci"]["zones"] == ["private"] and rows["ci"]["rpm"] == 60
    assert rows["ops"]["admin"] is True
    table = run("list", "--config", str(config)).stdout
    for secret_bearing in (key, plain.stdout.strip(), "salt", "hash"):
        assert secret_bearing not in listed.stdout and secret_bearing not in table

    store = KeyStore(key_file)
    assert store.authenticate(f"Bearer {key}") is not None
    revoked = run("revoke", "ci", "--config", str(config))
    assert revoked.returncode == 0, revoked.stderr
    assert store.refresh(force=True) and store.authenticate(f"Bearer {key}") is None
    again = run("revoke", "ci", "--config", str(config))
    assert again.returncode == 1 and "no active key named 'ci'" in again.stderr


def test_errors_are_one_line_naming_the_file(tmp_path: Path) -> None:
    config = tmp_path / "meshroute.yaml"
    config.write_text(CONFIG)
    (tmp_path / "keys.json").write_text("{broken")
    result = run("list", "--config", str(config))
    assert result.returncode == 2
    assert result.stderr.startswith(f"meshroute: {tmp_path / 'keys.json'}: ")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr

    no_keys = tmp_path / "open.yaml"
    no_keys.write_text(CONFIG.replace("server: {key_file: keys.json}\n", ""))
    result = run("create", "--config", str(no_keys), "--name", "x")
    assert result.returncode == 2 and "server.key_file is not set" in result.stderr

    bad = tmp_path / "bad.yaml"
    bad.write_text("targets: [{name: a, kind: openai, tier: cloud, zone: pubic}]\n")
    result = run("create", "--config", str(bad), "--name", "x")
    assert result.returncode == 2 and result.stderr.startswith(f"meshroute: config error: {bad}")

    (tmp_path / "keys.json").unlink()
    result = run("create", "--config", str(config), "--name", "bad name")
    assert result.returncode == 2 and "a name is" in result.stderr
    result = run("create", "--config", str(config), "--name", "z", "--zones", "moon")
    assert result.returncode == 2 and "zones" in result.stderr
