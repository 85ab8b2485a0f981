"""`meshroute router train`: learns what labels teach, refuses a worse model unless forced, and
answers hostile label files with an error naming the line, in bounded time."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from meshroute.cli import app
from meshroute.routing.complexity import ComplexityScorer
from meshroute.routing.scorer.labels import MAX_LINE_BYTES, Label, LabelError, read_labels
from meshroute.routing.scorer.training import held_out

RUNNER = CliRunner()

# A deployment where questions about tax filings defeat the small model and cooking questions do
# not: short, plainly worded, so the shipped model cannot tell them apart by wording alone.
_TAX = (
    "VAT return",
    "payroll tax",
    "capital gains tax",
    "self-assessment",
    "tax deduction",
    "withholding tax",
    "tax residency",
    "corporation tax",
)
_COOKING = (
    "pancakes",
    "risotto",
    "banana bread",
    "an omelette",
    "fried rice",
    "lentil soup",
    "roast potatoes",
    "a pizza dough",
)
_FRAMES = (
    "How do I handle {} for my small business?",
    "Quick question about {}: where do I start?",
    "What should I know about {} this year?",
    "Can you explain {} simply?",
    "Any tips on {} for a beginner?",
    "What's the usual mistake with {}?",
)
_COOK_FRAMES = (
    "How do I make {} for my family?",
    "Quick question about {}: where do I start?",
    "What should I know about {} this week?",
    "Can you explain {} simply?",
    "Any tips on {} for a beginner?",
    "What's the usual mistake with {}?",
)


def _labels(invert: bool = False, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for topic in _TAX:
        for frame in _FRAMES:
            for suffix in ("", " Thanks!", " Please be brief.", " I'm in the UK."):
                rows.append(
                    {
                        "prompt": frame.format(topic) + suffix,
                        "weak_correct": invert,
                        "strong_correct": True,
                    }
                )
    for topic in _COOKING:
        for frame in _COOK_FRAMES:
            for suffix in ("", " Thanks!", " Please be brief.", " I'm in the UK."):
                rows.append(
                    {
                        "prompt": frame.format(topic) + suffix,
                        "weak_correct": not invert,
                        "strong_correct": True,
                    }
                )
    rng.shuffle(rows)
    return rows


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _train(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, ["router", "train", *args])
    return result.exit_code, result.stdout, result.stderr


def test_training_learns_the_labels_and_writes_a_better_model(tmp_path: Path) -> None:
    labels = _write(tmp_path / "labels.jsonl", _labels())
    out = tmp_path / "model.npz"
    code, stdout, stderr = _train("--from", str(labels), "--out", str(out), "--json")
    assert code == 0, stderr
    report = orjson.loads(stdout)
    assert report["written"] == str(out) and not report["worse"]
    assert report["held_out"] >= 10 and report["trained"] + report["held_out"] == 384
    assert report["new"]["auc"] > report["base"]["auc"] and report["new"]["auc"] > 0.9
    shipped = ComplexityScorer.load_default()
    trained = ComplexityScorer.load(out)
    assert trained.meta["parent"] == shipped.fingerprint  # started from the shipped model
    # prompts in no label: the new model ranks the tax question above the cooking one
    tax = "Is there a payroll tax deadline I should worry about?"
    cooking = "Is there a pancake trick I should know about?"
    assert trained.score(tax) > trained.score(cooking)
    assert trained.score(tax) - trained.score(cooking) > shipped.score(tax) - shipped.score(cooking)


def test_a_worse_model_is_refused_unless_forced(tmp_path: Path) -> None:
    # the base already knows "cooking is hard"; the new labels say "tax is hard" in the subjects
    # trained on and "cooking is hard" in the held-out ones: the refit is worse there
    base = tmp_path / "base.npz"
    flipped = _write(tmp_path / "flipped.jsonl", _labels(invert=True))
    assert _train("--from", str(flipped), "--out", str(base), "--l2", "1")[0] == 0
    rows = []
    for i, (tax_hard, cooking_hard) in enumerate(zip(_labels(), _labels(invert=True), strict=True)):
        subject = f"s{i % 20}"
        probe = Label(("x",), 1.0, 1.0, subject)
        rows.append({**(cooking_hard if held_out(probe, 0.2) else tax_hard), "subject": subject})
    labels = _write(tmp_path / "mixed.jsonl", rows)
    out = tmp_path / "worse.npz"
    args = ("--from", str(labels), "--out", str(out), "--base", str(base), "--l2", "1")
    code, stdout, stderr = _train(*args, "--json")
    report = orjson.loads(stdout)
    assert report["worse"] and report["new"]["auc"] < report["base"]["auc"]
    assert code == 1 and not out.exists() and "--force" in stderr
    code, _, _ = _train(*args, "--force")
    assert code == 0 and ComplexityScorer.load(out).meta["parent"] == (
        ComplexityScorer.load(base).fingerprint
    )


def test_random_labels_do_not_beat_the_base_held_out(tmp_path: Path) -> None:
    rng = random.Random(11)
    rows = [
        {
            "prompt": f"Question number {i} about topic {rng.randrange(50)}",
            "weak_score": rng.randrange(11),
            "strong_score": rng.randrange(11),
        }
        for i in range(300)
    ]
    code, stdout, stderr = _train(
        "--from",
        str(_write(tmp_path / "r.jsonl", rows)),
        "--out",
        str(tmp_path / "m.npz"),
        "--json",
    )
    report = orjson.loads(stdout)
    assert code == (1 if report["worse"] else 0), stderr
    assert (tmp_path / "m.npz").exists() == (not report["worse"])


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"prompt": "x"}', "needs weak_correct"),
        ('{"prompt": "", "weak_correct": true, "strong_correct": true}', "non-empty"),
        ('{"prompt": "x", "weak_correct": 1, "strong_correct": true}', "true or false"),
        ('{"prompt": "x", "weak_score": 11, "strong_score": 3}', "0 to 10"),
        ('{"prompt": "x", "weak_score": "5", "strong_score": 3}', "0 to 10"),
        ('{"prompt": "x", "weak_score": NaN, "strong_score": 3}', "not JSON"),
        ('{"messages": [], "weak_correct": true, "strong_correct": true}', "messages"),
        (
            '{"messages": [{"content": 3}], "weak_correct": true, "strong_correct": true}',
            "string content",
        ),
        ("[" * 100_000 + "]" * 100_000, "not JSON"),
    ],
)
def test_malformed_lines_name_the_line(tmp_path: Path, line: str, why: str) -> None:
    good = json.dumps({"prompt": "hi", "weak_correct": True, "strong_correct": True})
    path = tmp_path / "bad.jsonl"
    path.write_text(f"{good}\n\n{good}\n{line}\n{good}\n", encoding="utf-8")
    with pytest.raises(LabelError) as caught:
        read_labels(path)
    assert f"{path}:4:" in str(caught.value) and why in str(caught.value)
    code, _, stderr = _train("--from", str(path), "--out", str(tmp_path / "m.npz"))
    assert code == 2 and "bad.jsonl:4:" in stderr and not (tmp_path / "m.npz").exists()


def test_huge_lines_and_files_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"prompt": "' + "a" * (MAX_LINE_BYTES + 10) + '", "weak_correct": true}\n')
    started = time.perf_counter()
    with pytest.raises(LabelError, match=r"huge.jsonl:1: line longer"):
        read_labels(path)
    assert time.perf_counter() - started < 2.0
    code, _, stderr = _train(
        "--from", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "m")
    )
    assert code == 2 and "cannot read" in stderr


def test_too_few_labels_is_a_clear_error(tmp_path: Path) -> None:
    rows = _labels()[:12]
    code, _, stderr = _train(
        "--from", str(_write(tmp_path / "few.jsonl", rows)), "--out", str(tmp_path / "m.npz")
    )
    assert code == 2 and "too few labels" in stderr


def test_scores_and_subjects_and_messages_are_accepted(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = []
    for i, row in enumerate(_labels()):
        hard = not row["weak_correct"]
        entry: dict[str, object] = {
            "weak_score": 2 if hard else 8,
            "strong_score": 9,
            "subject": f"s{i % 20}",
        }
        if i % 2:
            entry["messages"] = [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": row["prompt"]},
            ]
        else:
            entry["prompt"] = row["prompt"]
        rows.append(entry)
    code, stdout, stderr = _train(
        "--from", str(_write(tmp_path / "s.jsonl", rows)), "--out", str(tmp_path / "m.npz")
    )
    assert code == 0, stderr
    assert "held out" in stdout and "wrote" in stdout
