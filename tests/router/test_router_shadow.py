"""Shadow labels end to end: requests the edge answered also go to the next tier, a stand-in
judge compares both answers in both orders, verdicts land in the ledger's router_labels table,
shadow calls are costed, sensitive requests are never shadowed, and `router train --from-ledger`
learns from the labels. Stand-ins: tests/standin_upstream.py (the edge) and
tests/router/standin_judge.py (the big model and the judge), real HTTP servers, not models."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import func, select, update
from standin_judge import run_judge
from typer.testing import CliRunner

from meshroute.cli import app
from meshroute.config import load_config
from meshroute.ledger.db import make_engine, upgrade
from meshroute.ledger.models import RequestRow, RouterLabelRow
from meshroute.shadow import judge as judging
from meshroute.shadow import store
from standin_upstream import run_standin
from support import GatewayFactory


def _target(name: str, url: str, tier: str, zone: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": url,
        "upstream_model": f"{name}-m",
        "tier": tier,
        "zone": zone,
        "models": {"assistant": "v1"},
        **extra,
    }


def _wait(engine: Any, query: Any, count: int, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    found = 0
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            found = int(connection.execute(query).scalar_one())
        if found >= count:
            return found
        time.sleep(0.2)
    return found


def test_shadow_judges_stores_costs_and_trains(
    gateway_factory: GatewayFactory, tmp_path: Path
) -> None:
    with run_standin(model="small-m") as small, run_judge() as big, run_judge() as judge:
        db = tmp_path / "ledger.db"
        config_file = tmp_path / "meshroute.yaml"
        config_file.write_text(
            json.dumps(
                {
                    "ledger": {"url": f"sqlite:///{db}", "flush_interval_s": 0.1},
                    "targets": [
                        _target("small", small.base_url, "edge", "private"),
                        _target(
                            "big",
                            big.base_url,
                            "cloud",
                            "public",
                            price={"input_per_mtok": 2.5, "output_per_mtok": 10.0},
                        ),
                        _target("judge", judge.base_url, "cloud", "private", models={}),
                    ],
                    "routing": {
                        "ner": False,
                        "complexity": {"edge_max": 1.0, "local_max": 1.0},
                        "shadow": {"share": 1.0, "judge": "judge", "retention_days": 7},
                    },
                }
            )
        )
        url = gateway_factory(load_config(config_file))
        prompts = [f"Please explain in depth how topic {i} works" for i in range(20)]
        prompts += [f"hi there, quick one about item {i}" for i in range(20)]
        for prompt in prompts:
            answer = httpx.post(
                f"{url}/chat/completions",
                timeout=10,
                json={"model": "assistant", "messages": [{"role": "user", "content": prompt}]},
            )
            assert answer.status_code == 200 and answer.headers["x-meshroute-target"] == "small"
        secret = "mail me at jane.doe@example.com about item 7"
        httpx.post(
            f"{url}/chat/completions",
            timeout=10,
            json={"model": "assistant", "messages": [{"role": "user", "content": secret}]},
        )
        streamed = httpx.post(
            f"{url}/chat/completions",
            timeout=10,
            json={
                "model": "assistant",
                "stream": True,
                "messages": [{"role": "user", "content": "streamed, explain in depth"}],
            },
        )
        assert streamed.status_code == 200

        engine = make_engine(f"sqlite:///{db}")
        labels = _wait(engine, select(func.count()).select_from(RouterLabelRow), 40)
        assert labels == 40  # every answered non-sensitive, non-streamed request, no more
        time.sleep(1.0)
        with engine.connect() as connection:
            verdicts = dict(
                connection.execute(
                    select(RouterLabelRow.verdict, func.count()).group_by(RouterLabelRow.verdict)
                ).all()
            )
            shadow_rows = connection.execute(
                select(RequestRow.operation, RequestRow.target, RequestRow.cost_usd).where(
                    RequestRow.operation.in_(("shadow", "judge"))
                )
            ).all()
        assert verdicts == {"strong": 20, "tie": 20}
        assert judge.judged == 80  # both orders for each request
        assert not any("jane.doe" in text for text in big.seen + judge.seen)
        assert not any("streamed" in text for text in big.seen)
        assert sum(1 for op, target, _ in shadow_rows if op == "shadow" and target == "big") == 40
        assert sum(1 for op, _, _ in shadow_rows if op == "judge") == 80
        assert all(cost and cost > 0 for op, _, cost in shadow_rows if op == "shadow")
        engine.dispose()

        result = CliRunner().invoke(
            app,
            [
                "router",
                "train",
                "--from-ledger",
                "--config",
                str(config_file),
                "--out",
                str(tmp_path / "learned.npz"),
                "--json",
                "--force",
                "--l2",
                "1",
            ],
        )
        assert result.exit_code == 0, result.stderr
        report = orjson.loads(result.stdout)
        assert report["labels"] == 40 and report["new"]["auc"] >= 0.9


def test_judge_verdict_needs_both_orders() -> None:
    assert judging.verdict("A", "B") == "strong"
    assert judging.verdict("B", "A") == "weak"
    assert judging.verdict("A", "A") == "tie"  # position bias: no preference
    assert judging.verdict(None, "B") == "tie"
    assert judging.pick_of(" b.") == "B" and judging.pick_of("Tie") == "TIE"
    assert judging.pick_of("I cannot decide") is None
    assert judging.answer_text({"choices": []}) is None


def test_labels_expire_after_the_retention(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'l.db'}"
    upgrade(url)
    engine = make_engine(url)
    common = {"weak_target": "a", "strong_target": "b", "judge": "j", "retention_days": 7}
    store.insert(engine, request_id="old", texts=["x"], verdict="strong", **common)
    with engine.begin() as connection:
        connection.execute(update(RouterLabelRow).values(time=datetime.now(UTC) - timedelta(8)))
    store.insert(engine, request_id="new", texts=["y", "z"], verdict="tie", **common)
    labels = store.read_labels(engine)
    assert [label.texts for label in labels] == [("y", "z")]
    assert labels[0].escalate == 0.0
    engine.dispose()


def _shadow_for(targets: list[dict[str, Any]]) -> Any:
    from types import SimpleNamespace

    from meshroute.config import Config
    from meshroute.shadow.runner import Shadow
    from meshroute.targets.pool import TargetPool

    config = Config.model_validate(
        {"targets": targets, "routing": {"shadow": {"share": 1.0, "judge": "judge"}}}
    )
    gateway = SimpleNamespace(config=config, pool=TargetPool(config))
    return Shadow(gateway), config  # type: ignore[arg-type]


def test_the_next_tier_and_judge_stay_inside_the_key_zones() -> None:
    url = "http://127.0.0.1:9/v1"
    shadow, config = _shadow_for(
        [
            _target("small", url, "edge", "private"),
            _target("gpu", url, "local", "private"),
            _target("cloud", url, "cloud", "public"),
            _target("judge", url, "cloud", "private", models={}),
        ]
    )
    settings = config.routing.shadow
    pick = shadow._targets(config, settings, "small", "assistant", None)
    assert pick is not None and pick[0].name == "gpu"  # the NEXT tier, not the top one
    pick = shadow._targets(config, settings, "gpu", "assistant", None)
    assert pick is not None and pick[0].name == "cloud"
    assert shadow._targets(config, settings, "gpu", "assistant", frozenset({"private"})) is None
    assert shadow._targets(config, settings, "cloud", "assistant", None) is None  # top tier
    assert shadow._targets(config, settings, "small", "other-model", None) is None
    shadow, config = _shadow_for(
        [
            _target("small", url, "edge", "private"),
            _target("cloud", url, "cloud", "public"),
            _target("judge", url, "cloud", "public", models={}),
        ]
    )
    # the judge is public: a key limited to private zones gets no shadow at all
    assert (
        shadow._targets(config, config.routing.shadow, "small", "assistant", frozenset({"private"}))
        is None
    )
