"""Evaluation corpus 10 (blind): prompts written one by one by two more new writers.

    .venv/bin/python bench/make_privacy_eval10.py  # writes bench/data/privacy_eval10.jsonl

Made like evaluations 4 to 9 (``bench/make_privacy_eval4.py``) by two more writers who never
opened the recognisers, any other corpus or each other's part, with their own seeds, at the
start of the sixth session of 2026-12-01, before that session's rules. Their reports to the
engineers gave file names and row counts only. ``bench/_eval10_part_g.py`` and
``bench/_eval10_part_h.py``: each module's docstring names its languages. Blind:
``bench/privacy.py --misses`` never prints its misses, and no rule may be changed after
reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_privacy_eval4 import write_corpus

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval10.jsonl"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval10_part_g  # type: ignore[import-not-found]
    import _eval10_part_h  # type: ignore[import-not-found]

    write_corpus([*_eval10_part_g.ROWS, *_eval10_part_h.ROWS], OUT)


if __name__ == "__main__":
    main()
