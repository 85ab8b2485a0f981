# ruff: noqa: E501
"""Evaluation 10, writer H: entry module, ``ROWS`` = 100 sensitive and 50 benign prompts.

Writer H's part. Languages: German of Germany, Austria and Switzerland; Dutch and Flemish; Danish, Norwegian, Swedish, Icelandic, Finnish, Estonian, Latvian, Lithuanian; Polish, Czech, Slovak, Hungarian, Romanian;
Russian and Ukrainian (Cyrillic and transliterated); Greek; Turkish; Hebrew and Arabic;
Vietnamese and Indonesian; and English written by speakers of these languages. Every prompt was written by hand, one by one; only identifiers with check
digits (python-stdnum), IBANs, cards and random secrets were made by code, with the seed
``random.Random(918263)`` drawn always in the same order (``_eval10_part_h2``).
Modules: ``_eval10_part_h3`` to ``_eval10_part_h6`` hold the sensitive rows,
``_eval10_part_h7`` and ``_eval10_part_h8`` the benign rows.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval10_part_h3
import _eval10_part_h4
import _eval10_part_h5
import _eval10_part_h6
import _eval10_part_h7
import _eval10_part_h8

ROWS = [
    *_eval10_part_h3.ROWS,
    *_eval10_part_h4.ROWS,
    *_eval10_part_h5.ROWS,
    *_eval10_part_h6.ROWS,
    *_eval10_part_h7.ROWS,
    *_eval10_part_h8.ROWS,
]
