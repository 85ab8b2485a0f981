"""Evaluation 8, part a: a blind privacy evaluation corpus, hand-written by writer A.

Seed 145903 (``random.Random(145903)`` in ``_eval8_part_a2.py``, the generator section: IBANs,
cards and national identifiers with python-stdnum's check digits; tokens, passwords, keys).
Every prompt was written by hand, one at a time, as users of a chat API write them.

Languages: English (Ireland, Scotland, Australia, India, the US South and Midwest, Ghana),
Spanish (Mexico, Chile, Colombia), Portuguese (Portugal, Brazil, Mozambique), French
(Switzerland, Canada, Morocco), Italian, German (Austria, Switzerland), Dutch (Belgium),
Romanian, Catalan, Galician, Basque.

Styles: lower-case chat, voice dictation, SMS and WhatsApp, forwarded e-mails with signatures,
CSV, JSON tool arguments, YAML, .env and AWS credential files, SQL inserts, log lines, stack
traces, curl and HTTP requests, meeting minutes, HR, school and medical notes, referral
letters, insurance claims, rental ads, support chats, CRM metadata, system prompts, tool
descriptions, participant names and user ids. Names are inflected as their language inflects
them; dates of birth are written in many ways.

Files: ``_eval8_part_a3.py`` and ``_eval8_part_a4.py`` (100 sensitive prompts),
``_eval8_part_a5.py`` (50 benign prompts).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval8_part_a3 import ROWS_A3
    from bench._eval8_part_a4 import ROWS_A4
    from bench._eval8_part_a5 import ROWS_A5
except ImportError:
    from _eval8_part_a3 import ROWS_A3  # type: ignore[no-redef]
    from _eval8_part_a4 import ROWS_A4  # type: ignore[no-redef]
    from _eval8_part_a5 import ROWS_A5  # type: ignore[no-redef]

SEED = 145903

ROWS: list[dict[str, object]] = [*ROWS_A3, *ROWS_A4, *ROWS_A5]
