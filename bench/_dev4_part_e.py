# ruff: noqa: E501
"""Development set 4, writer E: entry module, 160 benign prompts (no sensitive rows).

Rows live in _dev4_part_e2 (English, German, Dutch), _dev4_part_e3 (French, Spanish, Italian, Portuguese,
Polish, Czech, Slovak, Hungarian) and _dev4_part_e4 (Romanian, Swedish, Norwegian, Danish, Finnish, Greek,
Turkish, Russian, Ukrainian, Bulgarian, Croatian). Every row has empty values. Seed 603318 (no value is
generated: benign prompts need no check-digit numbers or random secrets; every prompt is hand-written).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

import _dev4_part_e2
import _dev4_part_e3
import _dev4_part_e4

ROWS = [*_dev4_part_e2.ROWS, *_dev4_part_e3.ROWS, *_dev4_part_e4.ROWS]
