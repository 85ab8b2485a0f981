"""SIGTERM: stop accepting, finish what is in flight, flush, exit 0. A real `meshroute serve`."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx

from standin_upstream import run_standin
from support import free_port, serve_process, wait_ready


def _write_config(tmp_path: Path, base_url: str) -> Path:
    """A one-target config pointing at the stand-in upstream."""
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        json.dumps(
            {
                "targets": [
                    {
                        "name": "box",
                        "kind": "openai",
                        "base_url": base_url,
                        "upstream_model": "m",
                        "tier": "local",
                        "zone": "private",
                        "models": {"assistant": "v1"},
                    }
                ]
            }
        )
    )
    return config


def test_sigterm_finishes_in_flight_streams_and_exits_zero(tmp_path: Path) -> None:
    with run_standin(model="m") as upstream:
        upstream.set_mode("drip", delay_ms=150)
        port = free_port()
        config = _write_config(tmp_path, upstream.base_url)
        server = serve_process(config, port, tmp_path, stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_ready(url)
            bodies: list[str] = []
            request = threading.Thread(
                target=lambda: bodies.append(
                    httpx.post(
                        f"{url}/v1/chat/completions",
                        timeout=30,
                        json={
                            "model": "assistant",
                            "stream": True,
                            "messages": [{"role": "user", "content": "a b c d e f"}],
                        },
                    ).text
                )
            )
            request.start()
            time.sleep(0.5)  # the stream is flowing
            server.send_signal(signal.SIGTERM)
            time.sleep(0.3)
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                accepted = True
            except httpx.HTTPError:
                accepted = False
            request.join(timeout=30)
            code = server.wait(timeout=30)
        finally:
            if server.poll() is None:
                server.kill()
    assert not accepted, "a new connection was accepted after SIGTERM"
    assert code == 0
    events = [line for line in bodies[0].splitlines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]" and not any('"error"' in e for e in events)
    assert "stand-in reply to: a b c d e f" in "".join(
        json.loads(e[6:])["choices"][0]["delta"].get("content") or ""
        for e in events[:-1]
        if json.loads(e[6:]).get("choices")
    )
