"""The node target's outbound hop headers (seen by a stand-in that records them), and hostile
hop headers and node-info answers (issue 13)."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from meshroute.api.app import create_app
from meshroute.config import Config
from meshroute.targets.base import TargetFailure
from meshroute.targets.node import parse_info, served_versions
from meshroute.targets.node_mesh import MeshRefused, inbound
from standin_upstream import StandinHandle
from support import ServerThread, free_port


@contextlib.contextmanager
def gateway(node_url: str, ledger: str | None = None, **mesh: Any) -> Iterator[str]:
    book = {"url": ledger, "flush_interval_s": 0.1} if ledger else {"enabled": False}
    config = Config.model_validate(
        {
            "ledger": book,
            "mesh": {"node": "central", **mesh},
            "routing": {"ner": False},
            "targets": [
                {
                    "name": "london",
                    "kind": "meshroute",
                    "url": node_url,
                    "api_key": "mr-node-key",
                    "models": {"assistant": "v1"},  # declared: no node info needed
                    "tier": "edge",
                }
            ],
        }
    )
    from meshroute.cli import build_features

    detector, scorer = build_features(config)
    server = ServerThread(create_app(config, detector=detector, scorer=scorer), free_port())
    server.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.stop()


def _ask(root: str, text: str, **headers: str) -> httpx.Response:
    body = {"model": "assistant", "messages": [{"role": "user", "content": text}]}
    return httpx.post(f"{root}/v1/chat/completions", json=body, headers=headers, timeout=10)


def test_forwards_carry_hops_via_sensitivity_and_the_node_key(
    standin_upstream: StandinHandle,
) -> None:
    with gateway(standin_upstream.url) as root:
        plain = _ask(root, "hello", **{"x-meshroute-hops": "1", "x-meshroute-via": "edge-a"})
        assert plain.status_code == 200
        sent = httpx.get(f"{standin_upstream.url}/_standin/last").json()
        assert sent["headers"]["x-meshroute-hops"] == "2"
        assert sent["headers"]["x-meshroute-via"] == "edge-a,central"
        assert "x-meshroute-sensitive" not in sent["headers"]
        assert sent["headers"]["authorization"] == "Bearer mr-node-key"
        assert sent["body"]["model"] == "assistant@v1"  # pinned as this node decided
        assert plain.headers["x-meshroute-nodes"] == "edge-a,central"

        secret = _ask(root, "mail jane.doe@example.com about it")
        assert secret.status_code == 200
        sent = httpx.get(f"{standin_upstream.url}/_standin/last").json()
        assert sent["headers"]["x-meshroute-sensitive"] == "1"  # found here, said to the next
        assert sent["headers"]["x-meshroute-hops"] == "1"


def test_a_node_answering_a_loop_is_a_clear_508_not_a_failover(
    standin_upstream: StandinHandle,
) -> None:
    with gateway(standin_upstream.url) as root:
        standin_upstream.set_mode("status", status=508)
        answer = _ask(root, "hello")
        assert answer.status_code == 508


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({"x-meshroute-via": "a,central,b"}, "mesh_loop"),
        ({"x-meshroute-hops": "4"}, "mesh_too_many_hops"),
        ({"x-meshroute-hops": "abc"}, "mesh_bad_header"),
        ({"x-meshroute-hops": "1" * 10_000}, "mesh_bad_header"),
        ({"x-meshroute-via": "," * 5000}, "mesh_bad_header"),
    ],
)
def test_hostile_hop_headers_are_refused(headers: dict[str, str], code: str) -> None:
    config = Config.model_validate(
        {
            "mesh": {"node": "central", "max_hops": 3},
            "targets": [{"name": "e", "kind": "embedded", "tier": "edge", "zone": "private"}],
        }
    )
    with pytest.raises(MeshRefused) as refused:
        inbound(headers, config)
    assert refused.value.code == code and refused.value.status == 508


@pytest.mark.parametrize(
    "data",
    [b"", b"[]", b"{", b'{"node": 5}', b'"x"', b"[" * 100_000, b'{"models": []}'],
)
def test_malformed_node_info_is_a_target_failure(data: bytes) -> None:
    with pytest.raises(TargetFailure):
        parse_info("london", data)


def test_node_info_fields_are_bounded_and_typed() -> None:
    raw = {
        "node": "x" * 500,
        "region": ["not", "a", "string"],
        "tier": "edge",
        "max_hops": True,
        "models": [
            {"name": "assistant", "version": "v1", "tier": "edge", "zone": "private",
             "healthy": True},
            {"name": "assistant", "version": "v2", "tier": "cloud", "zone": "public",
             "healthy": True},
            {"name": "", "version": "v1"},
            {"name": "a" * 500, "version": "v1"},
            "junk",
        ]
        + [{"name": f"m{i}", "version": "v"} for i in range(5000)],
    }  # fmt: skip
    info = parse_info("london", orjson.dumps(raw))
    assert len(info.node) == 64 and info.region is None and info.max_hops == 3
    assert len(info.models) == 997  # the first 1000 entries only, 3 of them malformed
    assert served_versions(info)["assistant"] == "v1"  # the node's own edge version


def test_the_decision_record_names_the_nodes_crossed(
    standin_upstream: StandinHandle, tmp_path: Path
) -> None:
    database = tmp_path / "ledger.db"
    with gateway(standin_upstream.url, ledger=f"sqlite:///{database}") as root:
        headers = {"x-meshroute-hops": "1", "x-meshroute-via": "edge-a"}
        request_id = _ask(root, "hello", **headers).headers["x-request-id"]
        deadline = time.monotonic() + 10
        row = None
        while row is None and time.monotonic() < deadline:
            time.sleep(0.2)
            with contextlib.suppress(sqlite3.OperationalError), sqlite3.connect(database) as db:
                row = db.execute(
                    "SELECT decision FROM requests WHERE request_id = ?", (request_id,)
                ).fetchone()
    assert row is not None
    assert orjson.loads(row[0])["nodes"] == ["edge-a", "central"]
