"""Evaluation corpus 9 (blind): prompts written one by one by two more new writers.

    .venv/bin/python bench/make_privacy_eval9.py  # writes bench/data/privacy_eval9.jsonl

Made like evaluations 4 to 8 (``bench/make_privacy_eval4.py``) by two more writers who never
opened the recognisers, any other corpus or each other's part, with their own seeds (731905 and
482617), at the start of the fifth session of 2026-12-01, before that session's rules. Their
reports to the engineers gave file names and row counts only. ``bench/_eval9_part_c.py``: English
of the US, Canada, New Zealand, South Africa, Nigeria, Kenya, the Philippines, Singapore and
Wales; French of France, Belgium and Quebec; German; Spanish of Spain, Argentina, Peru and Cuba;
Portuguese of Brazil and Angola; Italian; Dutch; a few in Irish, Luxembourgish and Afrikaans.
``bench/_eval9_part_d.py``: Polish, Czech, Slovak, Hungarian, Slovene, Croatian, Serbian,
Bulgarian, Romanian, Ukrainian, Baltic, Nordic, Greek and Turkish, and English written by their
speakers. Blind: ``bench/privacy.py --misses`` never prints its misses, and no rule may be
changed after reading it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_privacy_eval4 import write_corpus

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval9.jsonl"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval9_part_c  # type: ignore[import-not-found]
    import _eval9_part_d  # type: ignore[import-not-found]

    write_corpus([*_eval9_part_c.ROWS, *_eval9_part_d.ROWS], OUT)


if __name__ == "__main__":
    main()
