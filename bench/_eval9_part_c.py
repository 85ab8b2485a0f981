# ruff: noqa: E501
"""Evaluation 9, writer C: the entry module; ``ROWS`` holds all of part C (seed 731905).

100 sensitive prompts (``_eval9_part_c3``, ``_eval9_part_c4``) and 50 benign prompts (``_eval9_part_c5``), all written by hand;
generated numbers and secrets come from ``_eval9_part_c2`` with python-stdnum and ``random.Random(731905)``.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval9_part_c3
import _eval9_part_c4
import _eval9_part_c5

ROWS = [*_eval9_part_c3.ROWS, *_eval9_part_c4.ROWS, *_eval9_part_c5.ROWS]
