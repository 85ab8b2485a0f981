"""Evaluation corpus 7 (blind): prompts written one by one by two more new writers.

    .venv/bin/python bench/make_privacy_eval7.py  # writes bench/data/privacy_eval7.jsonl

Made like evaluations 4 to 6 (``bench/make_privacy_eval4.py``) by two writers who never opened
the recognisers, any other corpus or each other's part, with their own seeds (318877 and
902144). It was made after evaluation 6's aggregate had been read once, so that the rules
changed after that reading are measured on a corpus no rule was built with.
``bench/_eval7_part_a.py``: English of the US, UK, Canada, South Africa, Singapore, Kenya and New
Zealand, Spanish, Portuguese, French, Italian, German, Dutch, Romanian, Catalan, and prompts
that mix two of them. ``bench/_eval7_part_b.py``: Central and Eastern European, Baltic, Nordic,
Greek and Turkish, some mixed with English. Blind: ``bench/privacy.py --misses``
never prints its misses, and no rule may be changed after reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_privacy_eval4 import write_corpus

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval7.jsonl"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval7_part_a  # type: ignore[import-not-found]
    import _eval7_part_b  # type: ignore[import-not-found]

    write_corpus([*_eval7_part_a.ROWS, *_eval7_part_b.ROWS], OUT)


if __name__ == "__main__":
    main()
