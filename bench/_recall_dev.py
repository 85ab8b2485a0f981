"""Recall of dates of birth, passwords and street addresses on hand-written multilingual chat
prompts (bench/_recall_dev_data.py), and benign near-misses flagged, with the deep scan.

    .venv/bin/python bench/_recall_dev.py [--show] [--held-out-show] [--cost]

A labelled value is caught when an entity of any type overlaps it (what routing needs, as in
bench/privacy.py); a benign prompt is flagged when anything at all is found. Prints both halves:
DEV (tuned on: ``--show`` lists its misses and flags) and HELD_OUT (never tuned on: its texts are
printed only with ``--held-out-show``, for the final report).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _recall_dev_data import DEV, HELD_OUT, Row
from meshroute.api.schemas import texts_of
from meshroute.privacy.detector import Entity, SensitivityDetector

TYPES = ("DATE_OF_BIRTH", "PASSWORD", "STREET_ADDRESS")


def _scan(detector: SensitivityDetector, text: str) -> tuple[Entity, ...]:
    body = {"model": "auto", "messages": [{"role": "user", "content": text}]}
    return detector.scan(texts_of("chat", body), deep=True)


def evaluate(detector: SensitivityDetector, rows: tuple[Row, ...], show: bool) -> None:
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # caught, n
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    flagged = benign = 0
    for lang, text, labels in rows:
        found = _scan(detector, text)
        if not labels:
            benign += 1
            flagged += bool(found)
            if show and found:
                spans = [(e.type, text[e.start : e.end]) for e in found]
                print(f"  flagged [{lang}] {text!r} {spans}")
            continue
        for kind, value in labels:
            start = text.index(value)
            end = start + len(value)
            caught = any(e.start < end and start < e.end for e in found)
            for stats in (by_type[kind], by_lang[lang]):
                stats[0] += caught
                stats[1] += 1
            if show and not caught:
                print(f"  miss [{lang}] {kind} {value!r} in {text!r}")
    print("| type | caught |\n|---|---:|")
    for kind in TYPES:
        caught, n = by_type[kind]
        print(f"| {kind} | {caught}/{n} ({caught / n:.0%}) |")
    total = [sum(s[i] for s in by_type.values()) for i in (0, 1)]
    print(f"| all | {total[0]}/{total[1]} ({total[0] / total[1]:.0%}) |")
    print(f"benign near-misses flagged: {flagged}/{benign}")
    langs = ", ".join(f"{lang} {c}/{n}" for lang, (c, n) in sorted(by_lang.items()))
    print(f"per language: {langs}\n")


def cost(detector: SensitivityDetector) -> None:
    """Deep-scan milliseconds per 1,000 characters on the prompts themselves (p50 of 5 runs)."""
    texts = [text for _, text, _ in DEV + HELD_OUT]
    chars = sum(len(t) for t in texts)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for text in texts:
            detector.scan([text], deep=True)
        runs.append(time.perf_counter() - start)
    print(f"deep scan: {sorted(runs)[2] * 1000 / chars * 1000:.3f} ms per 1,000 characters")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print DEV misses and flags")
    parser.add_argument("--held-out-show", action="store_true", help="print HELD_OUT's too")
    parser.add_argument("--cost", action="store_true")
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    print("### DEV (tuned on)\n")
    evaluate(detector, DEV, args.show)
    print("### HELD_OUT (never tuned on)\n")
    evaluate(detector, HELD_OUT, args.held_out_show)
    if args.cost:
        cost(detector)


if __name__ == "__main__":
    main()
