"""A development set for recall round 3, written by hand by writer b (seed 662318).

DEV may be read while rules are written; HELD_OUT is only measured, never tuned on.

Each list has 60 sensitive and 20 benign rows, written side by side in the same style so the
two halves are comparable. Focus: dates of birth as each language writes them (numeric orders,
spelled-out months, Roman-numeral months, locative and ordinal forms), street addresses in each
national order (with and without a street word, flats, entrances, postcodes), passwords in
prose and configs, and phone numbers in national formats without a "+" or a cue. Names appear
as first names only, in lower case and in their grammatical cases. Languages: English, Spanish,
Portuguese, French, Italian, German, Dutch, Polish, Czech, Slovak, Hungarian, Romanian,
Bulgarian, Russian, Ukrainian, Greek, Turkish, Lithuanian, Latvian, Estonian, Finnish, Swedish,
Norwegian, Danish. Identifiers, cards and IBANs are made in ``_recall_dev3_b2.py`` with
python-stdnum's check digits from ``random.Random(662318)``; rows are in ``_recall_dev3_b3.py``
to ``_recall_dev3_b7.py``. Row format: ``bench/make_privacy_eval4.py``'s ``labelled``.
"""

from __future__ import annotations

try:
    from bench._recall_dev3_b3 import ROWS as _DEV_A
    from bench._recall_dev3_b4 import ROWS as _DEV_B
    from bench._recall_dev3_b5 import ROWS as _HELD_A
    from bench._recall_dev3_b6 import ROWS as _HELD_B
    from bench._recall_dev3_b7 import DEV_BENIGN, HELD_OUT_BENIGN
except ImportError:
    from _recall_dev3_b3 import ROWS as _DEV_A
    from _recall_dev3_b4 import ROWS as _DEV_B
    from _recall_dev3_b5 import ROWS as _HELD_A
    from _recall_dev3_b6 import ROWS as _HELD_B
    from _recall_dev3_b7 import DEV_BENIGN, HELD_OUT_BENIGN

SEED = 662318

DEV = [*_DEV_A, *_DEV_B, *DEV_BENIGN]
HELD_OUT = [*_HELD_A, *_HELD_B, *HELD_OUT_BENIGN]
