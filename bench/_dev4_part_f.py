"""Development set 4, writer F (seed 915532): 150 sensitive and 30 benign prompts, as ``ROWS``.

``_dev4_part_f2.py`` makes the check-digit numbers and random secrets; ``_dev4_part_f3.py``,
``_dev4_part_f4.py`` and ``_dev4_part_f5.py`` hold 50 sensitive prompts each, and
``_dev4_part_f6.py`` the 30 benign ones. Each prompt written by hand.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _dev4_part_f3
import _dev4_part_f4
import _dev4_part_f5
import _dev4_part_f6

ROWS = [*_dev4_part_f3.ROWS, *_dev4_part_f4.ROWS, *_dev4_part_f5.ROWS, *_dev4_part_f6.ROWS]
