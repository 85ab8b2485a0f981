"""Planted values (an e-mail, a card number, an API key) must not appear in the gateway's logs,
metrics, or error messages; the upstream's key must not appear in responses or logs.

A real `meshroute serve` subprocess (its real stderr log) in front of a stand-in upstream (a
real HTTP server, tests/standin_upstream.py, not a model) that fails on demand.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
from pathlib import Path

import httpx

from standin_upstream import StandinHandle, run_standin
from support import free_port, serve_process, wait_ready

PLANTED = ("jane.planted@example.org", "4111111111111111", "sk-proj-PLANTEDx9f8e7d6c5b4a3z2y1")
UPSTREAM_KEY = "sk-upstream-SECRET-9a8b7c6d5e4f"


def test_no_planted_value_in_logs_metrics_or_errors(tmp_path: Path) -> None:
    prompt = f"mail {PLANTED[0]} card {PLANTED[1]} key {PLANTED[2]}"
    with run_standin(model="m") as upstream:
        config = tmp_path / "meshroute.yaml"
        config.write_text(
            json.dumps(
                {
                    "targets": [
                        {
                            "name": "box",
                            "kind": "openai",
                            "base_url": upstream.base_url,
                            "api_key": UPSTREAM_KEY,
                            "upstream_model": "m",
                            "tier": "local",
                            "zone": "private",
                            "models": {"assistant": "v1"},
                            "breaker": {"failures_to_open": 100},
                        }
                    ]
                }
            )
        )
        port = free_port()
        server = serve_process(
            config,
            port,
            tmp_path,
            "--log-level",
            "debug",
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_ready(url)
            seen = _exercise(url, prompt, upstream)
            metrics = httpx.get(f"{url}/metrics").text
        finally:
            server.terminate()
            out, err = server.communicate(timeout=30)
    assert "target failed" in err  # the failures were logged, so the logs were exercised
    failures = [json.loads(line) for line in err.splitlines() if '"target failed"' in line]
    assert all(len(entry["request_id"]) == 32 for entry in failures)  # logs carry the id
    ledger = _ledger_text(tmp_path / "meshroute.db")
    assert "EMAIL_ADDRESS" in ledger  # the rows were written, with entity types
    for value in (*PLANTED, UPSTREAM_KEY):
        assert value not in ledger, f"{value} leaked into the ledger"
    for value in (*PLANTED, UPSTREAM_KEY):
        assert value not in err and value not in out, f"{value} leaked into the log"
        assert value not in metrics, f"{value} leaked into the metrics"
    for value in PLANTED:
        assert all(value not in text for text in seen), f"{value} leaked into an error"
    assert all(UPSTREAM_KEY not in text for text in seen)


def _ledger_text(path: Path) -> str:
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as connection:
        return "\n".join(repr(row) for row in connection.execute("SELECT * FROM requests"))


def _exercise(url: str, prompt: str, upstream: StandinHandle) -> list[str]:
    """Successes, upstream failures, a broken stream and bad requests; returns error bodies
    and all response headers as text."""
    chat = f"{url}/v1/chat/completions"
    body = {"model": "assistant", "messages": [{"role": "user", "content": prompt}]}
    seen: list[str] = []
    for mode in ("ok", "status", "malformed", "drop_midstream"):
        upstream.set_mode(mode, count=2)
        for stream in (False, True):
            response = httpx.post(chat, json={**body, "stream": stream})
            seen.append(json.dumps(dict(response.headers)))
            if response.status_code != 200:
                seen.append(response.text)
    bad_bodies = [
        {"model": "assistant", "messages": [{"role": prompt, "content": "x"}]},
        {"model": prompt, "messages": [{"role": "user", "content": "x"}]},
        {
            "model": "assistant",
            "messages": [{"role": "user", "content": "x"}],
            "max_tokens": prompt,
        },
    ]
    for bad in bad_bodies:
        response = httpx.post(chat, json=bad)
        assert 400 <= response.status_code < 500
        seen.append(response.text)
    seen.append(httpx.post(chat, content=b'{"model": "' + prompt.encode() + b'",').text)
    return seen
