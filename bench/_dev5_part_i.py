# ruff: noqa: E501
"""Writer I's part of development set 5 (entry module): ``ROWS`` gathers the writer's other modules, sensitive rows first.

Sensitive rows: ``_dev5_part_i3`` (English content), ``_dev5_part_i4`` (other languages),
``_dev5_part_i5`` (system, tool arguments, tool descriptions, name, metadata, user).
Benign rows: ``_dev5_part_i6`` and ``_dev5_part_i7`` (English), ``_dev5_part_i8`` and
``_dev5_part_i9`` (other languages), ``_dev5_part_i10`` (the other request fields).
Generated identifiers, cards, IBANs and secrets: ``_dev5_part_i2``, seed 275319 (python-stdnum).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _dev5_part_i3
import _dev5_part_i4
import _dev5_part_i5
import _dev5_part_i6
import _dev5_part_i7
import _dev5_part_i8
import _dev5_part_i9
import _dev5_part_i10

SENSITIVE = [*_dev5_part_i3.ROWS, *_dev5_part_i4.ROWS, *_dev5_part_i5.ROWS]
BENIGN = [
    *_dev5_part_i6.ROWS,
    *_dev5_part_i7.ROWS,
    *_dev5_part_i8.ROWS,
    *_dev5_part_i9.ROWS,
    *_dev5_part_i10.ROWS,
]
ROWS = [*SENSITIVE, *BENIGN]
