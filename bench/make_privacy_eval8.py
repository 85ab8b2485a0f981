"""Evaluation corpus 8 (blind): prompts written one by one by two more new writers.

    .venv/bin/python bench/make_privacy_eval8.py  # writes bench/data/privacy_eval8.jsonl

Made like evaluations 4 to 7 (``bench/make_privacy_eval4.py``) by two more writers who never
opened the recognisers, any other corpus or each other's part, with their own seeds (145903 and
276381), after the aggregates of evaluations 6 and 7 had been read and the rules changed again
(the last rules of the fourth session of 2026-12-01 were built on development sets only). Their
reports to the engineers gave file names and row counts only, no examples of the data.
``bench/_eval8_part_a.py``: English of Ireland, Scotland, Australia, India, the US and Ghana,
Spanish, Portuguese, French, Italian, German, Dutch, Romanian, Catalan, Galician, Basque.
``bench/_eval8_part_b.py``: Central and Eastern European, Baltic, Nordic, Greek, Turkish,
Albanian and Maltese. Blind: ``bench/privacy.py --misses``
never prints its misses, and no rule may be changed after reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_privacy_eval4 import write_corpus

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval8.jsonl"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval8_part_a  # type: ignore[import-not-found]
    import _eval8_part_b  # type: ignore[import-not-found]

    write_corpus([*_eval8_part_a.ROWS, *_eval8_part_b.ROWS], OUT)


if __name__ == "__main__":
    main()
