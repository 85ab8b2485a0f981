"""Tests of the stand-in upstream (tests/standin_upstream.py): every route and fault mode."""

from __future__ import annotations

import base64
import json
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

if TYPE_CHECKING:
    from standin_upstream import StandinHandle


CHAT = {
    "model": "standin-model",
    "messages": [{"role": "user", "content": "What is two plus two?"}],
}


def _sse_events(text: str) -> list[str]:
    return [line[len("data: ") :] for line in text.split("\n\n") if line.startswith("data: ")]


def test_chat_completion_is_deterministic_and_echoes_keys(standin_upstream: StandinHandle) -> None:
    body = {**CHAT, "seed": 7, "user": "u1", "x_unknown": {"a": 1}}
    r = httpx.post(f"{standin_upstream.base_url}/chat/completions", json=body)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-standin-received-keys"] == "messages,model,seed,user,x_unknown"
    data = r.json()
    assert data["object"] == "chat.completion"
    assert data["choices"][0]["message"]["content"] == "stand-in reply to: What is two plus two?"
    assert data["choices"][0]["finish_reason"] == "stop"
    assert data["usage"] == {"prompt_tokens": 5, "completion_tokens": 8, "total_tokens": 13}
    assert standin_upstream.app.last is not None
    assert standin_upstream.app.last["body"]["x_unknown"] == {"a": 1}


def test_max_tokens_truncates(standin_upstream: StandinHandle) -> None:
    r = httpx.post(f"{standin_upstream.base_url}/chat/completions", json={**CHAT, "max_tokens": 2})
    choice = r.json()["choices"][0]
    assert (choice["message"]["content"], choice["finish_reason"]) == ("stand-in reply", "length")


def test_chat_stream_with_usage(standin_upstream: StandinHandle) -> None:
    body = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}
    r = httpx.post(f"{standin_upstream.base_url}/chat/completions", json=body)
    assert r.headers["content-type"] == "text/event-stream"
    events = _sse_events(r.text)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "stand-in reply to: What is two plus two?"
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 8


def test_tools_answer_with_tool_call(standin_upstream: StandinHandle) -> None:
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": {}}}
    r = httpx.post(f"{standin_upstream.base_url}/chat/completions", json={**CHAT, "tools": [tool]})
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["tool_calls"][0]["function"]["name"] == "get_weather"
    r = httpx.post(
        f"{standin_upstream.base_url}/chat/completions",
        json={**CHAT, "tools": [tool], "stream": True},
    )
    chunks = [json.loads(e) for e in _sse_events(r.text)[:-1]]
    calls = [
        c["choices"][0]["delta"]["tool_calls"]
        for c in chunks
        if "tool_calls" in c["choices"][0]["delta"]
    ]
    assert calls[0][0]["function"]["name"] == "get_weather"


def test_completions_embeddings_models_health(standin_upstream: StandinHandle) -> None:
    base = standin_upstream.base_url
    r = httpx.post(f"{base}/completions", json={"model": "m", "prompt": "Once upon"})
    assert r.json()["object"] == "text_completion"
    assert r.json()["choices"][0]["text"] == "stand-in reply to: Once upon"
    r = httpx.post(f"{base}/completions", json={"model": "m", "prompt": "Once", "stream": True})
    events = _sse_events(r.text)
    assert events[-1] == "[DONE]"
    assert (
        "".join(json.loads(e)["choices"][0]["text"] for e in events[:-1])
        == "stand-in reply to: Once"
    )
    r = httpx.post(f"{base}/embeddings", json={"model": "e", "input": ["a", "b"], "dimensions": 4})
    vecs = [d["embedding"] for d in r.json()["data"]]
    assert len(vecs) == 2 and len(vecs[0]) == 4 and vecs[0] != vecs[1]
    again = httpx.post(f"{base}/embeddings", json={"input": "a", "dimensions": 4}).json()
    assert again["data"][0]["embedding"] == vecs[0]
    b64 = httpx.post(
        f"{base}/embeddings", json={"input": "a", "dimensions": 4, "encoding_format": "base64"}
    ).json()
    decoded = struct.unpack("<4f", base64.b64decode(b64["data"][0]["embedding"]))
    assert decoded == pytest.approx(vecs[0], abs=1e-4)
    assert httpx.get(f"{base}/models").json()["data"][0]["id"] == "standin-model"
    assert httpx.get(f"{standin_upstream.url}/health").json() == {"status": "ok"}


def test_bad_requests(standin_upstream: StandinHandle) -> None:
    base = standin_upstream.base_url
    assert httpx.post(f"{base}/chat/completions", content=b"{nope").status_code == 400
    assert httpx.post(f"{base}/chat/completions", json={"model": "m"}).status_code == 400
    assert httpx.get(f"{base}/chat/completions").status_code == 405
    r = httpx.get(f"{base}/nowhere")
    assert r.status_code == 404 and r.json()["error"]["type"] == "invalid_request_error"


@pytest.mark.parametrize("status", [500, 502, 503])
def test_status_mode(standin_upstream: StandinHandle, status: int) -> None:
    r = httpx.post(
        f"{standin_upstream.url}/_standin/mode", json={"mode": "status", "status": status}
    )
    assert r.json()["mode"] == "status"
    r = httpx.post(f"{standin_upstream.base_url}/chat/completions", json=CHAT)
    assert r.status_code == status
    assert set(r.json()["error"]) == {"message", "type", "param", "code"}


def test_ratelimit_and_count(standin_upstream: StandinHandle) -> None:
    standin_upstream.set_mode("ratelimit", retry_after=3, count=2)
    url = f"{standin_upstream.base_url}/chat/completions"
    first, second, third = (httpx.post(url, json=CHAT) for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (429, 429, 200)
    assert first.headers["retry-after"] == "3"
    assert standin_upstream.stats()["by_mode"] == {"ratelimit": 2, "ok": 1}


def test_per_request_header(standin_upstream: StandinHandle) -> None:
    url = f"{standin_upstream.base_url}/chat/completions"
    assert httpx.post(url, json=CHAT, headers={"x-standin-mode": "status:502"}).status_code == 502
    assert httpx.post(url, json=CHAT).status_code == 200
    with pytest.raises(httpx.TransportError):
        httpx.post(url, json=CHAT, headers={"x-standin-mode": "refuse"})


def test_refuse_and_reopen(standin_upstream: StandinHandle) -> None:
    url = f"{standin_upstream.base_url}/models"
    with httpx.Client() as client:
        assert client.get(url).status_code == 200  # a kept-alive connection
        standin_upstream.set_mode("refuse")
        with pytest.raises(httpx.ConnectError):
            httpx.get(url)
        with pytest.raises(httpx.TransportError):
            client.get(url)
    standin_upstream.reopen()
    assert httpx.get(url).status_code == 200


def test_refuse_over_http_reopens_after_seconds(standin_upstream: StandinHandle) -> None:
    r = httpx.post(f"{standin_upstream.url}/_standin/mode", json={"mode": "refuse", "seconds": 0.3})
    assert r.json()["mode"] == "refuse"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{standin_upstream.url}/health")
    time.sleep(0.6)
    assert httpx.get(f"{standin_upstream.url}/health").status_code == 200


def test_hang_delays_first_byte(standin_upstream: StandinHandle) -> None:
    standin_upstream.set_mode("hang", seconds=0.3)
    url = f"{standin_upstream.base_url}/chat/completions"
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(url, json=CHAT, timeout=httpx.Timeout(5, read=0.1))
    start = time.perf_counter()
    assert httpx.post(url, json=CHAT).status_code == 200
    assert time.perf_counter() - start >= 0.28


def test_drip_streams_slowly(standin_upstream: StandinHandle) -> None:
    standin_upstream.set_mode("drip", delay_ms=20)
    arrivals: list[float] = []
    start = time.perf_counter()
    with httpx.stream(
        "POST", f"{standin_upstream.base_url}/chat/completions", json={**CHAT, "stream": True}
    ) as r:
        for _ in r.iter_text():
            arrivals.append(time.perf_counter() - start)
    assert len(arrivals) >= 5  # the chunks arrive one by one
    assert arrivals[-1] >= 0.15  # 10 chunks, 9 gaps of 20 ms


def test_drop_midstream(standin_upstream: StandinHandle) -> None:
    standin_upstream.set_mode("drop_midstream", after_chunks=3)
    received: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream(
            "POST", f"{standin_upstream.base_url}/chat/completions", json={**CHAT, "stream": True}
        ) as r,
    ):
        for line in r.iter_lines():
            received.append(line)
    assert len([x for x in received if x.startswith("data: ")]) == 3
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(f"{standin_upstream.base_url}/chat/completions", json=CHAT)


def test_malformed_and_wrong_content_type(standin_upstream: StandinHandle) -> None:
    url = f"{standin_upstream.base_url}/chat/completions"
    standin_upstream.set_mode("malformed")
    r = httpx.post(url, json=CHAT)
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        r.json()
    standin_upstream.set_mode("wrong_content_type")
    r = httpx.post(url, json=CHAT)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_control_errors_stats_reset(standin_upstream: StandinHandle) -> None:
    ctl = f"{standin_upstream.url}/_standin"
    assert httpx.post(f"{ctl}/mode", json={"mode": "explode"}).status_code == 400
    assert httpx.post(f"{ctl}/mode", content=b"[1]").status_code == 400
    httpx.post(f"{standin_upstream.base_url}/chat/completions", json=CHAT)
    stats = httpx.get(f"{ctl}/stats").json()
    assert stats["requests"] == 1 and stats["by_path"] == {"/v1/chat/completions": 1}
    assert httpx.get(f"{ctl}/last").json()["body"] == CHAT
    httpx.post(f"{ctl}/reset")
    assert httpx.get(f"{ctl}/stats").json()["requests"] == 0


def test_pipelined_requests_answer_in_order() -> None:
    from standin_upstream import run_standin

    with run_standin() as standin:
        req = (
            b"GET /health HTTP/1.1\r\nHost: x\r\nx-standin-mode: hang:0.1\r\n\r\n"
            b"GET /v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        with socket.create_connection(("127.0.0.1", standin.port), timeout=5) as sock:
            sock.sendall(req)
            data = b""
            for _ in range(100):  # bounded: until the server closes
                part = sock.recv(65536)
                if not part:
                    break
                data += part
        assert data.index(b'{"status":"ok"}') < data.index(b'"object":"list"')


def test_runs_as_a_script() -> None:
    script = Path(__file__).with_name("standin_upstream.py")
    proc = subprocess.Popen(
        [sys.executable, str(script), "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" on ")[1].strip()
        assert httpx.post(f"{url}/v1/chat/completions", json=CHAT).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
