"""Development set 4, written by hand by two more writers at the start of the fifth session of
2026-12-01, in the style of the hand-written evaluation corpora, without looking at the scanner:
``_dev4_part_e.py``, 160 benign prompts as hard as real chat (first-person talk about books,
shows, sport and politics, national classics, public addresses, placeholder credentials);
``_dev4_part_f.py``, 150 sensitive prompts (first names in their cases next to health, money,
work and family; national dates and addresses; passwords in prose) and 30 benign ones. A
development set: read row by row and tuned on. Rows go through the request perimeter
(``texts_of``) at their field and the deep scan, as in bench/privacy.py.

    .venv/bin/python bench/_dev4.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _dev4_part_e
import _dev4_part_f
from _recall_dev3 import _report
from make_privacy_eval4 import labelled
from meshroute.privacy.detector import SensitivityDetector
from privacy import evaluate


def report(parts: dict[str, list[dict[str, Any]]]) -> None:
    """Each part's misses and flags through the deep scan (``--show`` prints them)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print misses and flags")
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    for name, rows in parts.items():
        _report(name, evaluate(detector, [labelled(r) for r in rows], True, args.show))


def main() -> None:
    report({"e (benign)": _dev4_part_e.ROWS, "f (sensitive and benign)": _dev4_part_f.ROWS})


if __name__ == "__main__":
    main()
