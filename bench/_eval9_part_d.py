# ruff: noqa: E501
"""Evaluation 9, writer D: entry module exposing ROWS (100 sensitive, 50 benign prompts).

Languages: Polish, Czech, Slovak, Hungarian, Slovene, Croatian, Serbian (Latin and Cyrillic), Bulgarian, Romanian, Ukrainian,
Lithuanian, Latvian, Estonian, Finnish, Swedish, Norwegian, Danish, Icelandic, Greek, Turkish, and English written by their speakers.
Sensitive prompts: ``_eval9_part_d3.py`` and ``_eval9_part_d4.py``; benign prompts:
``_eval9_part_d5.py``; generated numbers and secrets: ``_eval9_part_d2.py`` (seed 482617).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval9_part_d3
import _eval9_part_d4
import _eval9_part_d5

ROWS = [*_eval9_part_d3.ROWS, *_eval9_part_d4.ROWS, *_eval9_part_d5.ROWS]
