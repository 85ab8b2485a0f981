"""Development set 5, written by hand by one more writer at the start of the sixth session of
2026-12-01, in the style of the hand-written evaluation corpora, without looking at the scanner:
``_dev5_part_i.py``, 200 benign prompts (public people, characters, places named after people,
health and legal questions with no one in them, placeholder credentials) and 60 sensitive ones,
about half in English and the rest in 17 European languages. A development set: read row by row
and tuned on. Rows go through the request perimeter (``texts_of``) at their field and the deep
scan, as in bench/privacy.py.

    .venv/bin/python bench/_dev5.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _dev5_part_i
from _dev4 import report


def main() -> None:
    report({"i (sensitive and benign)": _dev5_part_i.ROWS})


if __name__ == "__main__":
    main()
