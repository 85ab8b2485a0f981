"""Recall round 3: a development set written by hand by two more writers in the style of the
hand-written evaluation corpora (cue-less single values, first names, inflected names, national
date and address forms, passwords in prose, values in every request field), with a held-out
half. Rows go through the request perimeter (``texts_of``) at their field and the deep scan,
as in bench/privacy.py.

    .venv/bin/python bench/_recall_dev3.py [--show]

DEV may be read while rules are written (``--show`` prints its misses and flags); HELD_OUT is
only measured, never printed, never tuned on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _recall_dev3_a
import _recall_dev3_b
from make_privacy_eval4 import labelled
from meshroute.privacy.detector import SensitivityDetector
from privacy import evaluate


def _report(name: str, result: dict[str, Any]) -> None:
    print(f"### {name}")
    print(f"sensitive prompts missed: {result['missed']}/{result['sensitive']}")
    print(f"benign prompts flagged: {result['flagged']}/{result['benign']}")
    for kind, (caught, _, n) in sorted(result["types"].items()):
        print(f"  {kind}: {caught}/{n}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print DEV's misses and flags")
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    halves = {
        "DEV (tuned on)": [*_recall_dev3_a.DEV, *_recall_dev3_b.DEV],
        "HELD_OUT (never tuned on)": [*_recall_dev3_a.HELD_OUT, *_recall_dev3_b.HELD_OUT],
    }
    for name, rows in halves.items():
        show = args.show and name.startswith("DEV")
        _report(name, evaluate(detector, [labelled(r) for r in rows], True, show))


if __name__ == "__main__":
    main()
