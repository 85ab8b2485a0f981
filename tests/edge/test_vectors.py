"""The shared vectors (tests/vectors/) in Python, and the same vectors in JavaScript (node --test
on the modules of a real `meshroute edge build` output), so the Worker and the gateway cannot
drift apart."""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path
from typing import Any

import pytest
from edge_support import (
    CONFIG_WITH_SECRET,
    EDGE_TESTS,
    NODE_ENV,
    VECTORS,
    build,
    load_yaml,
    require_node,
    vector_scorer,
)

from meshroute.edge.export_complexity import export_complexity, signals_from_spec


def _lines(name: str) -> list[dict[str, Any]]:
    text = (VECTORS / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def detector() -> Any:
    from meshroute.routing.sensitivity import SensitivityDetector

    return SensitivityDetector.build(names=False)


def test_python_fast_scan_gives_every_vector_its_verdict(detector: Any) -> None:
    wrong = []
    for vector in _lines("privacy_fast_scan.jsonl"):
        found = detector.scan([vector["text"]])
        if bool(found) != vector["sensitive"]:
            wrong.append(
                (vector["text"][:60], vector["sensitive"], sorted({e.type for e in found}))
            )
    assert wrong == []


def test_the_vectors_cover_both_verdicts_and_every_fast_pattern_family() -> None:
    vectors = _lines("privacy_fast_scan.jsonl")
    assert sum(v["sensitive"] for v in vectors) >= 30
    assert sum(not v["sensitive"] for v in vectors) >= 20
    types = {t for v in vectors for t in v["types"]}
    assert {"EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER", "API_TOKEN"} <= types


def test_complexity_vectors_are_what_python_scores_now() -> None:
    scorer = vector_scorer()
    rows = [r for r in _lines("complexity_scores.jsonl") if r["fingerprint"] == scorer.fingerprint]
    assert rows, "no vectors for the test model: run tests/edge/make_vectors.py"
    for row in rows:
        assert scorer.score_messages(row["texts"]) == pytest.approx(row["score"], abs=1e-12)


@pytest.mark.parametrize(
    "text",
    [
        "hi",
        "Prove that sqrt(2) is irrational, step by step?\n1. assume\n2. derive",
        "def f(x):\n    return x ** 2  # code?" * 40,
        "x" * 5000 + "?" * 600,
        "Ünïcödé 😀 show that end-to-end " * 50,
        "",
    ],
)
def test_the_signal_recipe_the_worker_follows_equals_the_gateways(text: str) -> None:
    from meshroute.routing._complexity_features import signals
    from meshroute.routing.scorer.features import tokens_and_extras
    from meshroute.routing.scorer.tokens import bounded

    scorer = vector_scorer()
    data, why = export_complexity(scorer)
    assert data is not None, why
    words, ids = scorer.table.tokenize(bounded(text))
    assert signals_from_spec(data["signals"], bounded(text), words) == signals(bounded(text), words)
    _, extra = tokens_and_extras(scorer.table, text)
    spec = signals_from_spec(data["signals"], bounded(text), words)
    expected = [math.log1p(len(ids)) / data["distinct_scale"], *(min(2.0, v) for v in spec)]
    assert list(extra) == expected


def test_javascript_runs_the_same_vectors(tmp_path: Path) -> None:
    node = require_node()
    build(tmp_path, [("eu-london", "http://127.0.0.1:9")], vector_scorer())
    result = subprocess.run(
        [node, "--test", str(EDGE_TESTS / "js")],
        env={**NODE_ENV, "MESHROUTE_EDGE_BUILD": str(tmp_path)},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# pass 9" in result.stdout, result.stdout[-2000:]


def test_javascript_scores_the_shipped_model_as_python_does(tmp_path: Path) -> None:
    """Live, with whatever model the package ships now (the vectors file pins a test model)."""
    node = require_node()
    from make_vectors import PROMPTS

    from meshroute.edge.generate import gateway_scorer

    scorer, why = gateway_scorer(load_yaml(tmp_path / "c.yaml", CONFIG_WITH_SECRET))
    if scorer is None:
        pytest.skip(f"no shipped complexity model loads here: {why}")
    build(tmp_path / "w", [("eu", "http://127.0.0.1:9")], scorer)
    script = (
        "const [dir, prompts] = [process.argv[1], JSON.parse(process.argv[2])];"
        "const { default: policy } = await import(dir + '/src/policy.js');"
        "const { ComplexityScorer } = await import(dir + '/src/complexity.js');"
        "const s = new ComplexityScorer(policy.complexity);"
        "console.log(JSON.stringify(prompts.map((p) => s.scoreMessages(p))));"
    )
    command = [node, "--input-type=module", "-e", script, str(tmp_path / "w"), json.dumps(PROMPTS)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    for texts, got in zip(PROMPTS, json.loads(result.stdout), strict=True):
        assert got == pytest.approx(scorer.score_messages(texts), abs=1e-9), texts
