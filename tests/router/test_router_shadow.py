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


def _shadow_config(path: Path, db: Path, small: str, big: str, judge: str) -> Path:
    big_target = _target(
        "big", big, "cloud", "public", price={"input_per_mtok": 2.5, "output_per_mtok": 10.0}
    )
    path.write_text(
        json.dumps(
            {
                "ledger": {"url": f"sqlite:///{db}", "flush_interval_s": 0.1},
                "targets": [
                    _target("small", small, "edge", "private"),
                    big_target,
                    _target("judge", judge, "cloud", "private", models={}),
                ],
                "routing": {
                    "ner": False,
                    "complexity": {"edge_max": 1.0, "local_max": 1.0},
                    "shadow": {"share": 1.0, "judge": "judge", "retention_days": 7},
                },
            }
        )
    )
    return path


def _chat(url: str, content: str, **extra: Any) -> httpx.Response:
    messages = [{"role": "user", "content": content}]
    body = {"model": "assistant", "messages": messages, **extra}
    return httpx.post(f"{url}/chat/completions", timeout=10, json=body)


def _send_traffic(url: str) -> None:
    """20 prompts the big stand-in answers better, 20 it does not, one sensitive, one stream."""
    prompts = [f"Please explain in depth how topic {i} works" for i in range(20)]
    prompts += [f"hi there, quick one about item {i}" for i in range(20)]
    for prompt in prompts:
        answer = _chat(url, prompt)
        assert answer.status_code == 200 and answer.headers["x-meshroute-target"] == "small"
    assert _chat(url, "mail me at jane.doe@example.com about item 7").status_code == 200
    assert _chat(url, "streamed, explain in depth", stream=True).status_code == 200


def _ledger_rows(db: Path) -> tuple[dict[str, int], list[Any]]:
    """(labels by verdict, the shadow and judge rows of the requests table), once written."""
    engine = make_engine(f"sqlite:///{db}")
    try:
        assert _wait(engine, select(func.count()).select_from(RouterLabelRow), 40) == 40
        shadows = RequestRow.operation.in_(("shadow", "judge"))
        assert (
            _wait(engine, select(func.count()).select_from(RequestRow).where(shadows), 120) == 120
        )
        with engine.connect() as connection:
            by_verdict = select(RouterLabelRow.verdict, func.count()).group_by(
                RouterLabelRow.verdict
            )
            verdicts = {str(v): int(n) for v, n in connection.execute(by_verdict).all()}
            rows = connection.execute(
                select(RequestRow.operation, RequestRow.target, RequestRow.cost_usd).where(
                    RequestRow.operation.in_(("shadow", "judge"))
                )
            ).all()
        return verdicts, list(rows)
    finally:
        engine.dispose()


def test_shadow_judges_stores_costs_and_trains(
    gateway_factory: GatewayFactory, tmp_path: Path
) -> None:
    with run_standin(model="small-m") as small, run_judge() as big, run_judge() as judge:
        db = tmp_path / "ledger.db"
        config = _shadow_config(
            tmp_path / "meshroute.yaml", db, small.base_url, big.base_url, judge.base_url
        )
        _send_traffic(gateway_factory(load_config(config)))
        verdicts, rows = _ledger_rows(db)
        # every answered non-sensitive, non-streamed request, no more
        assert verdicts == {"strong": 20, "tie": 20}
        assert judge.judged == 80  # both orders for each request
        assert not any("jane.doe" in text for text in big.seen + judge.seen)
        assert not any("streamed" in text for text in big.seen)
        assert sum(1 for op, target, _ in rows if op == "shadow" and target == "big") == 40
        assert sum(1 for op, _, _ in rows if op == "judge") == 80
        assert all(cost and cost > 0 for op, _, cost in rows if op == "shadow")

        out = tmp_path / "learned.npz"
        args = ["router", "train", "--from-ledger", "--config", str(config), "--out", str(out)]
        result = CliRunner().invoke(app, [*args, "--json", "--force", "--l2", "1"])
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
    common: dict[str, Any] = {
        "weak_target": "a",
        "strong_target": "b",
        "judge": "j",
        "retention_days": 7,
    }
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


def test_a_judge_that_is_not_a_target_is_a_config_error(tmp_path: Path) -> None:
    import pytest

    from meshroute.errors import ConfigError

    config = tmp_path / "m.yaml"
    config.write_text(
        json.dumps(
            {
                "targets": [_target("small", "http://127.0.0.1:9/v1", "edge", "private")],
                "routing": {"shadow": {"share": 2.0, "judge": "nobody"}},
            }
        )
    )
    with pytest.raises(ConfigError, match=r"routing\.shadow\.share"):
        load_config(config)
    config.write_text(
        json.dumps(
            {
                "targets": [_target("small", "http://127.0.0.1:9/v1", "edge", "private")],
                "routing": {"shadow": {"share": 0.1, "judge": "nobody"}},
            }
        )
    )
    with pytest.raises(ConfigError, match="no target is named 'nobody'"):
        load_config(config)
