"""Evaluation corpus 6 (blind): prompts written one by one by two more new writers.

    .venv/bin/python bench/make_privacy_eval6.py  # writes bench/data/privacy_eval6.jsonl

Made like evaluations 4 and 5 (``bench/make_privacy_eval4.py``) by two writers who never opened
the recognisers, any other corpus or each other's part, with their own seeds (604219 and
771503) for the numbers that carry check digits. It was made when evaluation 4 became a
development set (its misses and flags were read to find the causes of false flags), so that a
blind hand-written corpus of the same kind measures the rules changed after that reading.
``bench/_eval6_part_a.py``: English written all over the world, Romance and Western European
languages, Maltese, Luxembourgish, Basque. ``bench/_eval6_part_b.py``: Central and Eastern
European, Baltic, Nordic, Greek, Turkish and Albanian. Blind: ``bench/privacy.py --misses``
never prints its misses, and no rule may be changed after reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_privacy_eval4 import write_corpus

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval6.jsonl"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval6_part_a  # type: ignore[import-not-found]
    import _eval6_part_b  # type: ignore[import-not-found]

    write_corpus([*_eval6_part_a.ROWS, *_eval6_part_b.ROWS], OUT)


if __name__ == "__main__":
    main()
