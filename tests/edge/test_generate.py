"""`meshroute edge build` without a runtime: what it writes, what it refuses, the RE2 -> JavaScript
regex translation, and the exporters' refusal to export what the Worker cannot run."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from edge_support import CONFIG_SECRET, CONFIG_WITH_SECRET, build, require_node, routing_scorer
from typer.testing import CliRunner

from meshroute.cli_edge import app
from meshroute.edge.export_complexity import export_complexity
from meshroute.edge.export_privacy import export_privacy, unported
from meshroute.edge.generate import EdgeBuildError, parse_node
from meshroute.edge.regex_js import UnsupportedRegex, to_js


def test_build_writes_wrangler_toml_and_the_modules(tmp_path: Path) -> None:
    summary = build(tmp_path / "w", [("eu-london", "http://127.0.0.1:8080/v1/")], routing_scorer())
    out = tmp_path / "w"
    toml = (out / "wrangler.toml").read_text()
    assert 'main = "src/worker.js"' in toml and "compatibility_date" in toml
    assert (
        "[ai]" not in toml
    )  # no --edge-model: no Workers AI binding, nothing answered at the edge
    for name in ("worker.js", "privacy.js", "complexity.js", "nodes.js", "guard.js", "policy.js"):
        assert (out / "src" / name).stat().st_size > 0
    policy = (out / "src" / "policy.js").read_text()
    data = json.loads(policy.split("const LIGHT = ", 1)[1].split(";\n", 1)[0])
    assert data["nodes"] == [{"region": "eu-london", "url": "http://127.0.0.1:8080"}]
    assert data["edge"]["edge_max"] == 0.35 and data["edge"]["model"] is None
    assert summary["bytes"] == sum(summary["files"].values())
    assert CONFIG_SECRET not in policy


def test_edge_model_adds_the_ai_binding(tmp_path: Path) -> None:
    build(tmp_path / "w", [("eu", "https://node.example")], None, edge_model="@cf/x/y")
    assert '[ai]\nbinding = "AI"' in (tmp_path / "w" / "wrangler.toml").read_text()


@pytest.mark.parametrize(
    "value",
    [
        "eu-london",
        "=http://x",
        "eu london=http://x",
        "eu=ftp://x",
        "eu=http://user:pw@node.example",
        "eu=http://node.example/?next=http://evil",
        "eu=" + "a" * 100_000,
        "x" * 100_000 + "=http://x",
    ],
)
def test_bad_nodes_are_refused_with_a_reason(value: str) -> None:
    started = time.monotonic()
    with pytest.raises(EdgeBuildError) as info:
        parse_node(value)
    assert time.monotonic() - started < 1
    assert len(str(info.value)) < 200  # the message quotes at most a short prefix


def test_cli_build_and_errors(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text(CONFIG_WITH_SECRET)
    runner = CliRunner()
    ok = runner.invoke(
        app,
        ["--node", "eu=http://127.0.0.1:1", "--out", str(tmp_path / "o"), "--config", str(config)],
    )
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["nodes"] == ["eu"]
    for args in (
        ["--node", "eu=http://u:p@h", "--out", str(tmp_path / "x")],
        ["--node", "eu=http://h", "--out", str(tmp_path / "x"), "--target", "lambda"],
        ["--node", "eu=http://h", "--out", str(tmp_path / "x"), "--country", "GBR=eu"],
        ["--node", "eu=http://h", "--out", str(tmp_path / "x"), "--config", str(tmp_path / "none")],
        ["--node", "eu=http://h", "--out", "/proc/forbidden/here"],
    ):
        bad = runner.invoke(app, args)
        assert bad.exit_code == 2, (args, bad.output)
        assert bad.output.count("\n") <= 2 and "Traceback" not in bad.output


def test_meshroute_edge_build_is_a_registered_command(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "meshroute.cli", "edge", "build", "--help"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and "--node" in result.stdout


def test_every_fast_pattern_and_validator_is_exported() -> None:
    from meshroute.privacy.patterns import FAST_PATTERNS

    data = export_privacy()
    assert len(data["patterns"]) == len(FAST_PATTERNS)
    assert unported(data) == []  # every validator has a JavaScript port


@pytest.mark.parametrize(
    ("source", "js", "flags"),
    [
        (r"(?i)abc", "abc", "iu"),
        (r"a\sb.c", r"a[\t\n\f\r ]b[^\n]c", "u"),
        (r"[\s\-x]", r"[\t\n\f\r \-x]", "u"),
        (r"\x{2019}\p{Han}", r"\u{2019}\p{Script=Han}", "u"),
        (r"(?:de|(?i:rue))", r"(?:de|(?:[rR][uU][eE]))", "u"),
        (r"A-Z]{2}", r"A-Z\]{2}", "u"),
        (r"a{,x}", r"a\{,x\}", "u"),
        (r"\"'", "\"'", "u"),
        (r"\(?(?:\+|00)", r"\(?(?:\+|00)", "u"),  # an escaped "(" then "?(": not a conditional
        # no scoped flags in Node 20: the group stays case-insensitive (a superset)
        (r"(?i)in (?-i:\p{Lu}\w+)", r"in (?:\p{Lu}\w+)", "iu"),
    ],
)
def test_translation_keeps_re2_semantics(source: str, js: str, flags: str) -> None:
    translated = to_js(source)
    assert (translated.source, translated.flags) == (js, flags)


@pytest.mark.parametrize("source", [r"(?>a)", r"a++", r"\Kx", r"(?(1)a|b)", r"[ab", r"\q", "a\\"])
def test_translation_refuses_what_it_cannot_keep(source: str) -> None:
    with pytest.raises(UnsupportedRegex):
        to_js(source)


def test_translated_patterns_compile_in_javascript(tmp_path: Path) -> None:
    node = require_node()
    data = export_privacy()
    phone = data["phone"]
    specs = [*data["patterns"], *phone.values(), *phone["shapes"].values()]
    specs = [s for s in [*specs, *data["normalise"].values()] if isinstance(s, dict)]
    specs = [s for s in specs if "source" in s]
    script = (
        "const s = JSON.parse(process.argv[1]);"
        "for (const p of s) new RegExp(p.source, p.flags + 'gd');"
    )
    result = subprocess.run(
        [node, "-e", script, json.dumps(specs)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_scorer_the_worker_cannot_run_exports_nothing() -> None:
    class Unknown:
        pass

    data, why = export_complexity(Unknown())
    assert data is None and "forwards every request" in why
    data, why = export_complexity(None)
    assert data is None


def test_the_exported_scorer_is_the_gateways(tmp_path: Path) -> None:
    scorer: Any = routing_scorer()
    data, why = export_complexity(scorer)
    assert data is not None, f"{why} (update complexity.js and TOKENIZER_SOURCE_DIGEST)"
    assert data["fingerprint"] == scorer.fingerprint
    assert data["bias"] == pytest.approx(scorer._bias)
