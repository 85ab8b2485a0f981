"""Evaluation 8, part b: hand-written blind privacy prompts (writer B, seed 276381).

Written by hand, one prompt at a time, for evaluation 8, part b. Languages: Polish, Czech,
Slovak, Hungarian, Slovenian, Croatian, Serbian (Latin and Cyrillic), Bosnian, Montenegrin,
Bulgarian, Macedonian, Russian, Ukrainian, Belarusian, Lithuanian, Latvian, Estonian, Finnish,
Swedish, Norwegian, Danish, Icelandic, Greek, Turkish, Albanian and Maltese, with names
inflected as each language inflects them (vocatives, datives, possessives, family name first).

Styles: lower-case chat, voice dictation with spoken punctuation and spelled-out dates, SMS,
forwarded e-mails with signatures, CSV, pipe-separated lines, JSON, YAML, .env files, SQL
inserts and queries, shell commands, log lines, a stack trace, meeting minutes, HR and medical
notes, an insurance claim, rental listings, school messages, support requests, payment and CRM
tool-call arguments, metadata values, participant names, user ids, system prompts and tool
descriptions. 100 sensitive rows and 50 benign rows (public people, characters, places, works,
code, configs with placeholders, maths, recipes, travel, order numbers).

Check-digit values (cards, IBANs, PESEL, NINO, INSEE, DNI, NIE, BSN, codice fiscale, Aadhaar)
and secrets (GitHub, GitLab, Stripe, Slack, AWS, OpenAI, Anthropic, Google, SendGrid, Twilio,
Telegram, Hugging Face, npm, JWT, PEM keys) come from the generator section in
``_eval8_part_b2.py`` with python-stdnum and ``random.Random(276381)``.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval8_part_b2 import ROWS_B2, SEED
    from bench._eval8_part_b3 import ROWS_B3, ROWS_B3_MORE
    from bench._eval8_part_b4 import ROWS_B4
    from bench._eval8_part_b5 import ROWS_B5
except ImportError:
    from _eval8_part_b2 import ROWS_B2, SEED  # type: ignore[no-redef]
    from _eval8_part_b3 import ROWS_B3, ROWS_B3_MORE  # type: ignore[no-redef]
    from _eval8_part_b4 import ROWS_B4  # type: ignore[no-redef]
    from _eval8_part_b5 import ROWS_B5  # type: ignore[no-redef]

ROWS: list[dict[str, object]] = [*ROWS_B2, *ROWS_B3, *ROWS_B3_MORE, *ROWS_B4, *ROWS_B5]

__all__ = ["ROWS", "SEED"]
