"""Requests through the real gateway land in the ledger, with their tokens and costs, on SQLite
and on the real PostgreSQL. The targets are stand-in upstreams (tests/standin_upstream.py: real
HTTP servers playing a private GPU box and a priced cloud API, not models)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from meshroute.config import Config
from standin_upstream import run_standin
from support import GatewayFactory

HARD = (
    "Prove rigorously, step by step, that the halting problem is undecidable, then write "
    "a formal proof in Lean and explain each tactic in detail."
)


def _ledger_config(ledger_url: str, box_url: str, cloud_url: str) -> Config:
    """A costed private box and a priced cloud target, the ledger flushing every 0.2 s."""
    return Config.model_validate(
        {
            "ledger": {"url": ledger_url, "flush_interval_s": 0.2},
            "targets": [
                {
                    "name": "box",
                    "kind": "openai",
                    "base_url": box_url,
                    "upstream_model": "box-model",
                    "tier": "local",
                    "zone": "private",
                    "models": {"assistant": "v1"},
                    "cost": {
                        "hardware_usd": 9000,
                        "lifetime_months": 36,
                        "power_watts": 450,
                        "usd_per_kwh": 0.15,
                    },
                },
                {
                    "name": "cloud",
                    "kind": "openai",
                    "base_url": cloud_url,
                    "upstream_model": "cloud-model",
                    "tier": "cloud",
                    "zone": "public",
                    "models": {"assistant": "v1"},
                    "price": {"input_per_mtok": 2.5, "output_per_mtok": 10.0},
                },
            ],
        }
    )


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_requests_land_in_the_ledger(
    gateway_factory: GatewayFactory, request: pytest.FixtureRequest, database: str
) -> None:
    url = request.getfixturevalue(database)
    with run_standin(model="box-model") as box, run_standin(model="cloud-model") as cloud:
        config = _ledger_config(url, box.base_url, cloud.base_url)
        gateway = gateway_factory(config, features=True)
        answers = [
            _chat(gateway, "hello there"),  # easy: the private box
            _chat(gateway, HARD, stream=True),  # hard: the cloud, streamed
            _chat(gateway, f"mail jane.doe@example.com: {HARD}"),  # sensitive: kept private
            _chat(gateway, "x", model="nobody"),  # refused: 404
        ]
        assert [a.status_code for a in answers] == [200, 200, 200, 404]
        box.set_mode("drop_midstream", after_chunks=2, count=1)
        broken = _chat(gateway, "hello again", stream=True)
        assert '"error"' in broken.text and broken.text.rstrip().endswith("[DONE]")
        rows = _rows(url, expected=5)
    by_id = {row["request_id"]: row for row in rows}
    easy, hard, sensitive, refused = (by_id[a.headers["x-request-id"]] for a in answers)
    assert (easy["target"], hard["target"], sensitive["target"]) == ("box", "cloud", "box")
    # The stand-in counts words: "hello there" is 2 prompt tokens; its reply's words are output.
    assert easy["input_tokens"] == 2 and easy["output_tokens"] > 0
    expected = (hard["input_tokens"] * 2.5 + hard["output_tokens"] * 10.0) / 1e6
    assert hard["cost_usd"] == pytest.approx(expected) and hard["output_tokens"] > 0
    assert easy["cost_usd"] > 0  # a private GPU is never free in the books
    assert sensitive["sensitive"] and sensitive["entity_types"] == "EMAIL_ADDRESS"
    assert "jane.doe" not in str(sensitive)
    assert refused["status"] == "refused" and refused["http_status"] == 404
    assert all(row["latency_ms"] > 0 for row in rows)
    stream_error = by_id[broken.headers["x-request-id"]]
    assert stream_error["status"] == "stream_error" and stream_error["target"] == "box"


def _chat(
    url: str, content: str, *, stream: bool = False, model: str = "assistant"
) -> httpx.Response:
    body = {"model": model, "stream": stream, "messages": [{"role": "user", "content": content}]}
    return httpx.post(f"{url}/chat/completions", json=body, timeout=30)


def _rows(url: str, expected: int) -> list[dict[str, Any]]:
    from sqlalchemy import text

    from meshroute.ledger.db import make_engine

    engine = make_engine(url)
    deadline = time.monotonic() + 10
    since = datetime.now(UTC) - timedelta(hours=1)
    try:
        while True:
            with engine.connect() as connection:
                rows = [
                    dict(r._mapping)
                    for r in connection.execute(
                        text("SELECT * FROM requests WHERE time > :since"), {"since": since}
                    )
                ]
            if len(rows) >= expected or time.monotonic() > deadline:
                return rows
            time.sleep(0.1)
    finally:
        engine.dispose()


def test_auto_and_target_qualified_requests_record_the_served_model(
    gateway_factory: GatewayFactory, sqlite_url: str
) -> None:
    with run_standin(model="box-model") as box, run_standin(model="multi-model") as multi:
        target = {"kind": "openai", "tier": "local", "zone": "private"}
        config = Config.model_validate(
            {
                "ledger": {"url": sqlite_url, "flush_interval_s": 0.2},
                "targets": [
                    {
                        **target,
                        "name": "box",
                        "base_url": box.base_url,
                        "upstream_model": "box-model",
                        "models": {"assistant": "v2"},
                    },
                    {
                        **target,
                        "name": "multi",
                        "base_url": multi.base_url,
                        "upstream_model": "multi-model",
                        "models": {"coder": "v1", "writer": "v1"},
                    },
                ],
            }
        )
        gateway = gateway_factory(config, features=False)
        answers = [
            _chat(gateway, "hello", model="auto"),
            _chat(gateway, "hello", model="box/box-model"),
            _chat(gateway, "hello", model="multi/multi-model"),
            _chat(gateway, "hello", model="coder"),
        ]
        assert [a.status_code for a in answers] == [200] * 4, [a.text for a in answers]
        rows = _rows(sqlite_url, expected=4)
    by_id = {row["request_id"]: row for row in rows}
    auto, pinned, several, named = (by_id[a.headers["x-request-id"]] for a in answers)
    served = answers[0].headers["x-meshroute-target"]
    # auto answered by a one-model target: its logical model and version
    assert (auto["model"], auto["version"]) == (
        ("assistant", "v2") if served == "box" else ("multi", None)
    )
    assert (pinned["model"], pinned["version"]) == ("assistant", "v2")
    # a target serving several logical models: the name it answers to, not a guess between them
    assert several["model"] and several["model"] != "-"
    assert (named["model"], named["version"]) == ("coder", "v1")  # a named model stays as asked
