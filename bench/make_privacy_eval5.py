"""Evaluation corpus 5 (blind): prompts written one by one by two new writers.

    .venv/bin/python bench/make_privacy_eval5.py  # writes bench/data/privacy_eval5.jsonl

Made like evaluation 4 (``bench/make_privacy_eval4.py``) but by two other writers, who never
opened the recognisers, any other corpus, evaluation 4's parts or each other's part, with their
own seeds (913407 and 266183) for the numbers that carry check digits. It was made after
evaluation 4's benign PERSON flags had been read in aggregate, so that one corpus stays untouched
by every rule change of that work. ``bench/_eval5_part_a.py``: English written all over the
world, Romance and Western European languages, Irish. ``bench/_eval5_part_b.py``: Central and
Eastern European, Baltic, Nordic, Greek, Cyrillic and Turkish. The benign half is ordinary
traffic, about half of it naming public people, characters, places, brands and works. Blind:
``bench/privacy.py --misses`` never prints its misses, and no rule may be changed after reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_privacy_eval4 import write_corpus

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval5.jsonl"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval5_part_a  # type: ignore[import-not-found]
    import _eval5_part_b  # type: ignore[import-not-found]

    write_corpus([*_eval5_part_a.ROWS, *_eval5_part_b.ROWS], OUT)


if __name__ == "__main__":
    main()
