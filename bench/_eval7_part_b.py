"""Evaluation 7, part B: hand-written blind privacy prompts (writer B, seed 902144).

Written by hand, one prompt at a time, as users of a chat API write them. Blind: composed
without looking at the scanner, its tests or any other evaluation set.

Languages: Polish, Czech, Slovak, Hungarian, Croatian, Serbian (Cyrillic and Latin), Slovenian,
Bulgarian, Macedonian, Russian, Ukrainian, Lithuanian, Latvian, Estonian, Finnish, Swedish,
Norwegian, Danish, Greek and Turkish, plus prompts that mix the local language with English as
people at international companies write. Names come from the whole population of those
countries (including Vietnamese-Czech, Somali-Finnish, Syrian-Swedish, Pakistani-Norwegian,
Russian-speaking Baltic and Ukrainian-in-Poland users) and are inflected as the language
inflects them; dates of birth are written in each language's own ways, also spelt out in
dictation.

Styles: lower-case chat, voice dictation, SMS and messenger texts, forwarded e-mails with
signatures, CSV/TSV, JSON tool-call arguments, YAML, .env files, SQL inserts, log lines, stack
traces, meeting minutes, HR and medical notes, insurance claims, rental listings, school
messages, customer-support chats, CRM exports, invoices, system prompts, tool descriptions,
metadata values, participant names and user ids.

Files: ``_eval7_part_b2.py`` is the generator section (``random.Random(902144)`` with
python-stdnum for every check digit: cards, IBANs, PESEL, BSN, NIE, codice fiscale; random
GitHub, Stripe, Slack, AWS, OpenAI, GitLab, Google, SendGrid, Telegram tokens, JWTs, PEM keys);
``_eval7_part_b3.py`` and ``_eval7_part_b4.py`` hold the 100 sensitive prompts,
``_eval7_part_b5.py`` the 50 benign ones.
"""

from __future__ import annotations

try:
    from bench._eval7_part_b3 import ROWS_CENTRAL
    from bench._eval7_part_b4 import ROWS_NORTH
    from bench._eval7_part_b5 import ROWS_BENIGN
except ImportError:
    from _eval7_part_b3 import ROWS_CENTRAL  # type: ignore[no-redef]
    from _eval7_part_b4 import ROWS_NORTH  # type: ignore[no-redef]
    from _eval7_part_b5 import ROWS_BENIGN  # type: ignore[no-redef]

ROWS: list[dict[str, object]] = [*ROWS_CENTRAL, *ROWS_NORTH, *ROWS_BENIGN]
