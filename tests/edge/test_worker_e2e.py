"""The generated Worker in workerd (Miniflare) in front of two real meshroute nodes in different
regions, each with a stand-in upstream, and a stand-in Workers AI binding that records what
reached the "edge model". One Worker for the module: about 5 s to build, bundle and start.
The node-kill test runs last (it restarts the node afterwards)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from edge_support import (
    CONFIG_SECRET,
    NODE_ENV,
    WRANGLER,
    build,
    bundle,
    load_yaml,
    require_node,
    routing_scorer,
)
from edge_support import serve_worker as serve
from openai.types.chat import ChatCompletionContentPartTextParam

from meshroute.api.app import create_app
from meshroute.auth.keyfile import new_key, write_keys
from standin_upstream import StandinHandle, run_standin
from support import ServerThread, free_port

EDGE_MODEL = "@cf/meta/llama-3.2-1b-instruct"
SIMPLE = "What is the capital of France?"
SENSITIVE = [
    "My email is jane.doe@gmail.com, what is the capital of France?",
    "Is 4111 1111 1111 1111 a test card number?",
    "hi, my password: Tr0ub4dor&3x",
    "call me on +44 20 7946 0958",
]
NODE_CONFIG = """
server: {{key_file: {keys}}}
ledger: {{enabled: false}}
targets:
  - name: gpu-{region}
    kind: openai
    base_url: {upstream}
    upstream_model: standin-model
    tier: local
    zone: private
    region: {region}
    models: {{assistant: v1}}
"""


@dataclass
class Node:
    region: str
    port: int
    config: Any
    upstream: StandinHandle
    server: ServerThread | None = None

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.server = ServerThread(create_app(self.config), self.port)
        self.server.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def calls(self) -> int:
        return int(self.upstream.stats()["by_path"].get("/v1/chat/completions", 0))


@dataclass
class Cluster:
    worker_url: str
    nodes: dict[str, Node]
    edge_model: StandinHandle
    node_key: str
    out: Path

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.worker_url + "v1", api_key="client", max_retries=0)

    def edge_calls(self) -> int:
        return int(self.edge_model.stats()["by_path"].get("/v1/chat/completions", 0))


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    node = require_node()
    tmp = tmp_path_factory.mktemp("edge")
    token, record = new_key("edge-worker", existing=[])
    write_keys(tmp / "keys.json", [record])
    with ExitStack() as stack:
        nodes: dict[str, Node] = {}
        for region in ("eu-london", "us-east"):
            upstream = stack.enter_context(run_standin())
            text = NODE_CONFIG.format(
                keys=tmp / "keys.json", region=region, upstream=upstream.base_url
            )
            config = load_yaml(tmp / f"{region}.yaml", text)
            nodes[region] = Node(region, free_port(), config, upstream)
            nodes[region].start()
            stack.callback(nodes[region].stop)
        edge_model = stack.enter_context(run_standin(model=EDGE_MODEL))
        out = tmp / "worker"
        build(
            out,
            [(r, n.root) for r, n in nodes.items()],
            routing_scorer(),
            edge_model=EDGE_MODEL,
            country_regions={"GB": "eu-london"},
            body_timeout_ms=2000,
        )
        script = bundle(out)
        args: tuple[str, ...] = ("--ai", edge_model.url, "--node-key", token)
        args += ("--client-keys", "client,other")
        args += ("--country", "US", "--continent", "NA")
        worker = stack.enter_context(serve(node, script, *args))
        yield Cluster(worker.url, nodes, edge_model, token, out)


def _chat(cluster: Cluster, content: str, **extra: Any) -> Any:
    return cluster.client().chat.completions.with_raw_response.create(
        model=extra.pop("model", "assistant"),
        messages=[{"role": "user", "content": content}],
        **extra,
    )


def test_plain_and_streamed_chat_through_the_worker(cluster: Cluster) -> None:
    raw = _chat(
        cluster, "Summarise the plot of Hamlet", extra_headers={"x-meshroute-region": "eu-london"}
    )
    answer = raw.parse()
    assert answer.choices[0].message.content.startswith("stand-in reply to:")
    assert raw.headers["x-meshroute-edge"] == "worker"
    assert raw.headers["x-meshroute-node"] == "eu-london"
    # the node's own headers come back unchanged
    assert raw.headers["x-meshroute-target"] == "gpu-eu-london"
    assert raw.headers["x-request-id"]

    stream = cluster.client().chat.completions.create(
        model="assistant",
        messages=[{"role": "user", "content": "Summarise the plot of Hamlet"}],
        stream=True,
        extra_headers={"x-meshroute-region": "eu-london"},
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert streamed == answer.choices[0].message.content


def _sse_events(url: str, headers: dict[str, str]) -> tuple[str, list[Any]]:
    body = {
        "model": "assistant",
        "stream": True,
        "messages": [{"role": "user", "content": "Tell me a story"}],
    }
    with httpx.stream("POST", url, json=body, headers=headers, timeout=30) as reply:
        assert reply.status_code == 200
        lines = [line for line in reply.iter_lines() if line]
    events = [json.loads(x[6:]) if x != "data: [DONE]" else x for x in lines]
    return reply.headers["content-type"], events


def test_a_stream_passes_through_unchanged(cluster: Cluster) -> None:
    node = cluster.nodes["eu-london"]
    direct_type, direct = _sse_events(
        node.root + "/v1/chat/completions", {"authorization": f"Bearer {cluster.node_key}"}
    )
    via_type, via = _sse_events(
        cluster.worker_url + "v1/chat/completions",
        {"authorization": "Bearer client", "x-meshroute-region": "eu-london"},
    )
    assert via_type == direct_type and via_type.startswith("text/event-stream")
    assert via[-1] == direct[-1] == "data: [DONE]"
    # the same events, field for field, apart from the per-request id and timestamp
    strip = [{k: v for k, v in e.items() if k not in ("id", "created")} for e in direct[:-1]]
    assert [{k: v for k, v in e.items() if k not in ("id", "created")} for e in via[:-1]] == strip


def test_region_comes_from_the_header_else_from_cf(cluster: Cluster) -> None:
    us_before, eu_before = cluster.nodes["us-east"].calls(), cluster.nodes["eu-london"].calls()
    for region in ("us-east", "eu-london", "us-east"):
        raw = _chat(cluster, "Hello node", extra_headers={"x-meshroute-region": region})
        assert raw.headers["x-meshroute-node"] == region
    # no header: request.cf says US / NA (Miniflare's cf), so the US node
    raw = _chat(cluster, "Hello node")
    assert raw.headers["x-meshroute-node"] == "us-east"
    assert cluster.nodes["us-east"].calls() - us_before == 3
    assert cluster.nodes["eu-london"].calls() - eu_before == 1


def test_a_simple_clean_request_is_answered_at_the_edge(cluster: Cluster) -> None:
    before, nodes_before = cluster.edge_calls(), sum(n.calls() for n in cluster.nodes.values())
    raw = _chat(cluster, SIMPLE, model="auto")
    assert raw.headers["x-meshroute-tier"] == "edge", raw.headers.get("x-meshroute-edge-reason")
    assert raw.headers["x-meshroute-target"] == "workers-ai"
    assert raw.parse().choices[0].message.content == f"stand-in reply to: {SIMPLE}"
    stream = cluster.client().chat.completions.create(
        model="auto", messages=[{"role": "user", "content": SIMPLE}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices).startswith(
        "stand-in reply to:"
    )
    assert cluster.edge_calls() - before == 2
    assert sum(n.calls() for n in cluster.nodes.values()) == nodes_before
    # a hard one goes to a node
    raw = _chat(cluster, "Prove that there are infinitely many primes, rigorously.", model="auto")
    assert raw.headers["x-meshroute-tier"] == "local"
    assert "-> node" in raw.headers["x-meshroute-edge-reason"]


@pytest.mark.parametrize("prompt", SENSITIVE)
def test_a_sensitive_prompt_never_reaches_the_edge_model(cluster: Cluster, prompt: str) -> None:
    before = cluster.edge_calls()
    raw = _chat(cluster, prompt, model="auto")
    assert raw.headers["x-meshroute-tier"] == "local"
    assert raw.headers["x-meshroute-edge-reason"].startswith("sensitive:")
    stream = cluster.client().chat.completions.create(
        model="auto",
        messages=[{"role": "system", "content": prompt}, {"role": "user", "content": "hi"}],
        stream=True,
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    parts: list[ChatCompletionContentPartTextParam] = [
        {"type": "text", "text": "hello"},
        {"type": "text", "text": prompt},
    ]
    cluster.client().chat.completions.create(
        model="auto", messages=[{"role": "user", "content": parts}], temperature=0
    )
    assert cluster.edge_calls() == before


def test_deterministic_clean_requests_are_served_from_the_cache(cluster: Cluster) -> None:
    prompt = f"List three prime numbers ({time.time_ns()})"
    first = _chat(cluster, prompt, temperature=0, extra_headers={"x-meshroute-region": "us-east"})
    calls = cluster.nodes["us-east"].calls()
    second = _chat(cluster, prompt, temperature=0, extra_headers={"x-meshroute-region": "us-east"})
    assert first.headers["x-meshroute-cache"] == "miss"
    assert second.headers["x-meshroute-cache"] == "hit"
    assert second.parse().choices[0].message.content == first.parse().choices[0].message.content
    assert cluster.nodes["us-east"].calls() == calls
    # not deterministic, or sensitive: never cached
    for content, temperature in ((prompt, 0.7), (SENSITIVE[0], 0)):
        for _ in range(2):
            raw = _chat(cluster, content, temperature=temperature)
            assert "x-meshroute-cache" not in raw.headers


def test_hostile_bodies_get_a_clear_4xx_in_bounded_time(cluster: Cluster) -> None:
    url = cluster.worker_url + "v1/chat/completions"
    huge = b'{"model":"auto","messages":[{"role":"user","content":"' + b"a" * (5 << 20) + b'"}]}'
    cases = [
        (huge, 413),
        (b"[" * 100_000 + b"]" * 100_000, 400),
        (b'{"model": "auto", "messages": [', 400),
        (b"\xff\xfe not utf-8", 400),
        (b"[1, 2, 3]", 400),
    ]
    with httpx.Client(timeout=30, headers={"authorization": "Bearer client"}) as client:
        for body, status in cases:
            started = time.monotonic()
            reply = client.post(url, content=body, headers={"content-type": "application/json"})
            assert reply.status_code == status, (body[:40], reply.text[:200])
            assert reply.json()["error"]["message"]
            assert time.monotonic() - started < 5
        # admin routes of the nodes are not reachable through the edge
        assert client.get(cluster.worker_url + "admin/targets").status_code == 404
        assert client.delete(cluster.worker_url + "v1/chat/completions").status_code == 404
        # still serving after all of that
        assert client.get(cluster.worker_url + "edge/healthz").status_code == 200


def test_a_body_sent_drop_by_drop_gets_a_408(cluster: Cluster) -> None:
    host, port = cluster.worker_url.removeprefix("http://").rstrip("/").split(":")
    head = (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: edge\r\nAuthorization: Bearer client\r\n"
        "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    )
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=15) as sock:
        sock.sendall(head.encode() + b'{"model": "auto", ')
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert time.monotonic() - started < 10


def test_the_node_key_is_a_worker_secret_never_in_the_source(cluster: Cluster) -> None:
    for path in cluster.out.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert cluster.node_key not in text, path
            assert CONFIG_SECRET not in text, path
    node = cluster.nodes["eu-london"]
    body = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}]}
    assert httpx.post(node.root + "/v1/chat/completions", json=body).status_code == 401
    raw = _chat(cluster, "hi there", extra_headers={"x-meshroute-region": "eu-london"})
    assert raw.http_response.status_code == 200
    # the Worker speaks for its clients with the node key, so it checks their keys itself
    url = cluster.worker_url + "v1/chat/completions"
    for auth in ({}, {"authorization": "Bearer nope"}, {"authorization": "Bearer clientx"}):
        assert httpx.post(url, json=body, headers=auth).status_code == 401


def test_a_node_answering_5xx_is_skipped_before_the_first_byte(cluster: Cluster) -> None:
    eu, us = cluster.nodes["eu-london"], cluster.nodes["us-east"]
    eu.upstream.set_mode("status", status=500)  # the node then has no target that answers
    try:
        before = us.calls()
        raw = _chat(cluster, "Anyone there?", extra_headers={"x-meshroute-region": "eu-london"})
        assert raw.http_response.status_code == 200
        assert raw.headers["x-meshroute-node"] == "us-east"
        assert raw.headers["x-meshroute-edge-tried"] == "eu-london,us-east"
        assert us.calls() == before + 1
    finally:
        eu.upstream.set_mode("ok")


def test_a_killed_node_loses_no_request(cluster: Cluster) -> None:
    eu, us = cluster.nodes["eu-london"], cluster.nodes["us-east"]
    eu.stop()
    try:
        before = us.calls()
        headers = {"x-meshroute-region": "eu-london"}
        for i in range(6):
            raw = _chat(cluster, f"Question {i} for London", extra_headers=headers)
            assert raw.headers["x-meshroute-node"] == "us-east"
            assert raw.parse().choices[0].message.content.startswith("stand-in reply to:")
            stream = cluster.client().chat.completions.create(
                model="assistant",
                messages=[{"role": "user", "content": f"Streamed {i}"}],
                stream=True,
                extra_headers=headers,
            )
            assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
        assert us.calls() - before == 12
    finally:
        eu.start()


def test_wrangler_dev_serves_the_generated_directory(tmp_path: Path) -> None:
    """The user's own command on the generated wrangler.toml: `wrangler dev --local`."""
    require_node()
    out = tmp_path / "w"
    build(out, [("eu-london", "http://127.0.0.1:9")], routing_scorer())
    port = free_port()
    command = [str(WRANGLER), "dev", "--local", "--ip", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(
        command, cwd=out, env=NODE_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                reply = httpx.get(f"http://127.0.0.1:{port}/edge/healthz", timeout=2)
                if reply.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and proc.poll() is None, "wrangler dev did not serve"
            time.sleep(0.2)
        assert reply.json() == {"ok": True, "nodes": 1}
        # no node listens on port 9: a clear 502 naming what was tried, nothing hangs
        body = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}]}
        failed = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, timeout=30)
        assert failed.status_code == 502 and failed.headers["x-meshroute-edge-tried"] == "eu-london"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
