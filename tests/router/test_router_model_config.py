"""`routing.router_model`: the gateway scores with the configured file, `explain` says which
model scored, a config reload picks up a changed file, and a bad file is a config error that
refuses the start or the reload (the running model stays). Stand-in upstreams
(tests/standin_upstream.py) are real HTTP servers playing the targets."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from typer.testing import CliRunner

from meshroute.cli import app
from meshroute.config import load_config
from meshroute.errors import ConfigError
from meshroute.routing.complexity import ComplexityScorer
from meshroute.routing.components import build_scorer
from meshroute.routing.scorer.loading import refresh_scorer
from standin_upstream import run_standin
from support import GatewayFactory

PROMPT = "What's a good name for a cat?"
# a target that is never contacted (the config needs one)
OFFLINE = [
    {
        "name": "t",
        "kind": "openai",
        "base_url": "http://127.0.0.1:9/v1",
        "upstream_model": "m",
        "tier": "local",
        "zone": "private",
    }
]


def _biased_model(path: Path, shift: float) -> Path:
    """The shipped model with its intercept moved: +20 scores everything hard, -20 easy."""
    shipped = ComplexityScorer.load_default().model
    shipped.with_weights(shipped.coef, shipped.intercept + shift, note=f"shift {shift}").save(path)
    return path


def _target(name: str, url: str, tier: str, zone: str) -> dict[str, Any]:
    return {
        "name": name,
        "kind": "openai",
        "base_url": url,
        "upstream_model": f"{name}-m",
        "tier": tier,
        "zone": zone,
        "models": {"assistant": "v1"},
    }


def _config(path: Path, model: str | None, targets: list[dict[str, Any]]) -> Path:
    routing: dict[str, Any] = {"ner": False}
    if model is not None:
        routing["router_model"] = model
    path.write_text(json.dumps({"targets": targets, "routing": routing}), encoding="utf-8")
    return path


def test_configured_model_scores_and_explain_names_it(tmp_path: Path) -> None:
    _biased_model(tmp_path / "hard.npz", 20.0)
    config = _config(tmp_path / "m.yaml", "hard.npz", OFFLINE)  # relative to the config file
    scorer = build_scorer(load_config(config))
    assert isinstance(scorer, ComplexityScorer)
    assert scorer.score(PROMPT) > 0.99 > ComplexityScorer.load_default().score(PROMPT)
    result = CliRunner().invoke(
        app,
        ["explain", "--config", str(config), "--jsonl"],
        input=json.dumps({"prompt": PROMPT}) + "\n",
    )
    record = orjson.loads(result.stdout.splitlines()[0])
    assert record["scorer"].startswith("file:hard.npz@") and record["complexity"] > 0.99
    shipped = CliRunner().invoke(app, ["explain", "--jsonl"], input='{"prompt": "hi"}\n')
    assert orjson.loads(shipped.stdout.splitlines()[0])["scorer"].startswith("shipped@")


@pytest.mark.parametrize(
    "content", [b"", b"not a model", b"PK\x03\x04" + b"\x00" * 100, os.urandom(4096)]
)
def test_a_bad_model_file_is_a_config_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "bad.npz").write_bytes(content)
    with pytest.raises(ConfigError, match=r"routing\.router_model: .*bad\.npz"):
        build_scorer(load_config(_config(tmp_path / "m.yaml", "bad.npz", OFFLINE)))
    with pytest.raises(ConfigError, match="cannot read"):
        build_scorer(load_config(_config(tmp_path / "m.yaml", "missing.npz", OFFLINE)))


def test_refresh_keeps_an_unchanged_file_and_reloads_a_changed_one(tmp_path: Path) -> None:
    model = _biased_model(tmp_path / "m.npz", 20.0)
    config = load_config(_config(tmp_path / "m.yaml", "m.npz", OFFLINE))
    first = build_scorer(config)
    assert refresh_scorer(config, first) is first
    _biased_model(model, -20.0)
    os.utime(model, ns=(1, 1))  # a different mtime even on a coarse clock
    second = refresh_scorer(config, first)
    assert second is not first and second.score_messages([PROMPT]) < 0.01


def test_reload_switches_the_model_the_gateway_routes_with(
    gateway_factory: GatewayFactory, tmp_path: Path
) -> None:
    with run_standin(model="edge-m") as small, run_standin(model="cloud-m") as big:
        targets = [
            _target("small", small.base_url, "edge", "private"),
            _target("big", big.base_url, "cloud", "private"),
        ]
        model = _biased_model(tmp_path / "router.npz", 20.0)
        config = _config(tmp_path / "meshroute.yaml", "router.npz", targets)
        url = gateway_factory(load_config(config))
        root = url.removesuffix("/v1")

        def ask() -> str:
            response = httpx.post(
                f"{url}/chat/completions",
                timeout=10,
                json={"model": "auto", "messages": [{"role": "user", "content": PROMPT}]},
            )
            assert response.status_code == 200, response.text
            return response.headers["x-meshroute-target"]

        assert ask() == "big"
        model.write_bytes(b"garbage")  # a broken file: the reload is refused, routing unchanged
        refused = httpx.post(f"{root}/admin/reload", timeout=10)
        assert refused.status_code == 400 and "routing.router_model" in refused.text
        assert ask() == "big"
        _biased_model(model, -20.0)
        assert httpx.post(f"{root}/admin/reload", timeout=10).status_code == 200
        assert ask() == "small"


def test_a_zip_bomb_model_is_refused_before_unpacking(tmp_path: Path) -> None:
    import numpy as np

    np.savez_compressed(tmp_path / "bomb.npz", coef=np.zeros(40_000_000, dtype=np.int8))
    assert (tmp_path / "bomb.npz").stat().st_size < 1_000_000
    with pytest.raises(ConfigError, match="unpacks to more than"):
        build_scorer(load_config(_config(tmp_path / "m.yaml", "bomb.npz", OFFLINE)))
