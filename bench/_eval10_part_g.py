# ruff: noqa: E501
"""Evaluation 10, part G (writer G): 100 sensitive and 50 benign prompts, written one by one.

Languages: English of England, Scotland, Ireland, Australia, India, Pakistan, Ghana, Jamaica and
the US (with Hispanic and Asian-American names); Spanish of Mexico, Colombia, Chile and Venezuela;
Portuguese of Portugal and Mozambique; French of Switzerland, Senegal, Morocco and Canada; Italian
of Italy and Ticino; Catalan; Galician; Basque; and a few prompts mixing two languages (Urdu and
English, Spanish and English). Identifiers with check digits (python-stdnum), cards, IBANs and
random secrets come from ``_eval10_part_g2`` with seed ``random.Random(604117)``, always drawn in
the same order; everything else was typed by hand. Sensitive rows: ``_eval10_part_g3`` to
``_eval10_part_g6``; benign rows: ``_eval10_part_g7`` and ``_eval10_part_g8``.
Writer G's module; seed 604117. Each row: {"text": ..., "field": ..., "values": [[TYPE, value], ...]}, every value exactly once in its text.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval10_part_g3  # type: ignore[import-not-found]
import _eval10_part_g4  # type: ignore[import-not-found]
import _eval10_part_g5  # type: ignore[import-not-found]
import _eval10_part_g6  # type: ignore[import-not-found]
import _eval10_part_g7  # type: ignore[import-not-found]
import _eval10_part_g8  # type: ignore[import-not-found]

SENSITIVE = [
    *_eval10_part_g3.ROWS,
    *_eval10_part_g4.ROWS,
    *_eval10_part_g5.ROWS,
    *_eval10_part_g6.ROWS,
]
BENIGN = [*_eval10_part_g7.ROWS, *_eval10_part_g8.ROWS]

ROWS = [*SENSITIVE, *BENIGN]
