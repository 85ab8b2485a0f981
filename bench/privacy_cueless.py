"""Cue-less passwords, secrets and birth dates (privacy/cueless.py): recall and false flags,
with and without the cue-less finder, on data any engineer may read.

    .venv/bin/python bench/privacy_cueless.py [--show 10] [--mmlu 2000]

Loads only the tuning corpus and evaluation 2 (never the blind corpora), the development data
made here (Faker passwords and birth dates in several locales in hand-written cue-less
sentences; benign technical prose), and a fixed sample of MMLU questions. Prints the deep scan's
prompt-level figures, recall of PASSWORD / SECRET / DATE_OF_BIRTH, and the deep-scan cost per
1,000 characters of the same texts with and without the finder (interleaved runs, p50).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cueless_dev import benign_rows, heldout_rows, sensitive_rows
from meshroute.privacy.detector import SensitivityDetector
from privacy import DATA, evaluate, load
from privacy_benign import sample

TYPES = ("PASSWORD", "SECRET", "API_TOKEN", "DATE_OF_BIRTH")
CORPORA = (("tuning", DATA / "privacy_corpus.jsonl"), ("evaluation 2", DATA / "privacy_eval.jsonl"))


def _recall(result: dict[str, Any], kind: str) -> str:
    caught, _typed, n = result["types"].get(kind, [0, 0, 0])
    return f"{caught}/{n}" if n else "-"


def quality(detectors: dict[str, SensitivityDetector], show: int) -> None:
    rows_by = [(name, load(path)) for name, path in CORPORA]
    rows_by.append(("dev (made here)", sensitive_rows() + benign_rows()))
    rows_by.append(("later dev (mimesis, written after the rules)", heldout_rows()))
    print("| corpus | finder | missed | benign flagged | " + " | ".join(TYPES) + " |")
    print("|---|---|---:|---:|" + "---:|" * len(TYPES))
    for corpus, rows in rows_by:
        for label, detector in detectors.items():
            r = evaluate(detector, rows, deep=True, show=show > 0 and label == "with cueless")
            recalls = " | ".join(_recall(r, k) for k in TYPES)
            print(
                f"| {corpus} | {label} | {r['missed']}/{r['sensitive']} | "
                f"{r['flagged']}/{r['benign']} | {recalls} |"
            )


def mmlu(detectors: dict[str, SensitivityDetector], n: int, show: int) -> None:
    prompts = sample(n)
    flags = {
        label: [bool(d.scan([p], deep=True)) for p in prompts] for label, d in detectors.items()
    }
    for label, flagged in flags.items():
        print(f"MMLU {n}: {label}: {sum(flagged)} flagged ({sum(flagged) / n:.1%})")
    with_finder = detectors["with cueless"]
    new = [p for p, a, b in zip(prompts, *flags.values(), strict=True) if b and not a]
    for prompt in new[:show]:
        found = with_finder.scan([prompt], deep=True)
        print(f"  new flag: {prompt[:100]!r} {[(e.type, prompt[e.start : e.end]) for e in found]}")


def code_and_docs(detectors: dict[str, SensitivityDetector]) -> None:
    """Benign technical text: this repository's source, benches and docs (not the privacy
    code, which is full of examples), in 1,000-character chunks."""
    root = Path(__file__).resolve().parents[1]
    files = [*root.glob("src/meshroute/**/*.py"), *root.glob("bench/*.py"), *root.glob("docs/*.md")]
    skip = ("privacy", "_eval", "cueless")
    chunks = []
    for path in sorted(files):
        if not any(word in str(path.relative_to(root)) for word in skip):
            text = path.read_text(encoding="utf-8")
            chunks += [text[i : i + 1000] for i in range(0, len(text), 1000)]
    for label, detector in detectors.items():
        flagged = sum(bool(detector.scan([c], deep=True)) for c in chunks)
        print(f"code and docs, {len(chunks)} chunks: {label}: {flagged} flagged")


def latency(detectors: dict[str, SensitivityDetector], rounds: int = 9) -> None:
    """CPU time (not wall time: the shared machine's load would swamp a 15% difference) per
    1,000 characters; the detectors alternate text by text, so load drifts hit both alike."""
    rng = random.Random(7)
    pool = [r["text"] for _, path in CORPORA for r in load(path)] + sample(400)
    texts = []
    for _ in range(200):
        text = ""
        while len(text) < 1000:
            text += rng.choice(pool) + "\n"
        texts.append(text[:1000])
    timings: dict[str, list[float]] = {label: [] for label in detectors}
    for _ in range(rounds):
        spent = dict.fromkeys(detectors, 0.0)
        for text in texts:
            for label, detector in detectors.items():
                started = time.process_time()
                detector.scan([text], deep=True)
                spent[label] += time.process_time() - started
        for label, total in spent.items():
            timings[label].append(total / len(texts) * 1e6)
    base = statistics.median(timings["without"])
    for label, values in timings.items():
        p50 = statistics.median(values)
        print(f"deep scan CPU per 1,000 chars, {label}: {p50:.0f} us (x{p50 / base:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--mmlu", type=int, default=2000)
    parser.add_argument("--skip-latency", action="store_true")
    args = parser.parse_args()
    detectors = {
        "without": SensitivityDetector.build(cache_size=0, cueless=False),
        "with cueless": SensitivityDetector.build(cache_size=0),
    }
    quality(detectors, args.show)
    mmlu(detectors, args.mmlu, args.show)
    code_and_docs(detectors)
    if not args.skip_latency:
        latency(detectors)


if __name__ == "__main__":
    main()
