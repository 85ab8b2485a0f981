"""Recall of the second round's cases (passphrases, PINs with words before the number,
lower-case addresses after a delivery verb, streets named with a number, secrets) and benign
near-misses flagged (a label before prose, bad-password examples, birthday events, notable
people's birth dates), with the deep scan, on bench/_recall_dev2_data.py.

    .venv/bin/python bench/_recall_dev2.py [--show] [--held-out-show]

The runner is bench/_recall_dev.py's (a value is caught when any entity overlaps it; a benign
prompt is flagged when anything is found), with SECRET among the types.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _recall_dev
from _recall_dev2_data import DEV, HELD_OUT
from meshroute.privacy.detector import SensitivityDetector


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print DEV misses and flags")
    parser.add_argument("--held-out-show", action="store_true", help="print HELD_OUT's too")
    args = parser.parse_args()
    _recall_dev.TYPES = (*_recall_dev.TYPES, "SECRET")  # evaluate() reads the module's TYPES
    detector = SensitivityDetector.build(cache_size=0)
    print("### DEV (tuned on)\n")
    _recall_dev.evaluate(detector, DEV, args.show)
    print("### HELD_OUT (never tuned on)\n")
    _recall_dev.evaluate(detector, HELD_OUT, args.held_out_show)


if __name__ == "__main__":
    main()
