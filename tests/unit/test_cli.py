"""The CLI as a user runs it: a subprocess, real files, real stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RECORD_FIELDS = {
    "request_id",
    "target",
    "tier",
    "zone",
    "sensitive",
    "entities",
    "redacted",
    "complexity",
    "model",
    "version",
    "fallbacks",
    "reasons",
    "decide_us",
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meshroute.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_serve_refuses_a_bad_config_with_one_clear_line(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("targets:\n  - {name: a, kind: openai, tier: cloud, zone: pubic}\n")
    result = run("serve", "--config", str(config))
    assert result.returncode == 2
    assert result.stderr.startswith(f"meshroute: config error: {config}: targets[0](a).zone:")
    assert "Traceback" not in result.stderr


def test_explain_jsonl_keeps_input_order_and_fields() -> None:
    lines = [json.dumps({"prompt": f"question number {i}"}) for i in range(20)]
    lines.insert(5, "not json")
    lines.insert(
        9, json.dumps({"model": "auto", "messages": [{"role": "user", "content": "mail a@b.co"}]})
    )
    result = run("explain", "--jsonl", stdin="\n".join(lines) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(lines)
    assert records[5] == {"line": 6, "error": records[5]["error"]}
    assert result.returncode == 1  # one bad line: reported in place, the rest still decided
    good = [r for i, r in enumerate(records) if i != 5]
    assert all(set(r) >= RECORD_FIELDS for r in good)
    assert all(r["target"] == "edge" and 0 <= r["complexity"] <= 1 for r in good)


def test_explain_text_prints_the_decision() -> None:
    result = run("explain", "What is the capital of France?")
    assert result.returncode == 0
    assert "edge (edge, private)" in result.stdout
    assert "complexity" in result.stdout


def test_an_open_server_binds_loopback_unless_host_is_given(tmp_path: Path) -> None:
    import socket
    import time

    config = tmp_path / "open.yaml"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config.write_text(
        json.dumps(
            {
                "server": {"host": "0.0.0.0", "port": port},
                "ledger": {"enabled": False},
                "targets": [
                    {
                        "name": "box",
                        "kind": "openai",
                        "base_url": "http://127.0.0.1:9/v1",
                        "upstream_model": "m",
                        "tier": "local",
                        "zone": "private",
                    }
                ],
            }
        )
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "meshroute.cli", "serve", "--config", str(config)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.1)
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "binding 127.0.0.1, not 0.0.0.0" in err and "the server is OPEN" in err
