"""Evaluation 7, part a: hand-written blind prompts by writer A (seed 318877).

Written one by one, as users of a chat API write them, by writer A of evaluation 7. Blind:
composed without looking at the scanner, its tests or any other evaluation set.

Languages: English as written in the US, the UK, Canada, South Africa, Singapore, Kenya and New
Zealand; Spanish (Spain, Argentina, Peru); Portuguese (Brazil, Angola); French (France, Belgium,
Québec, Senegal); Italian; German; Dutch; Romanian; Catalan; and bilingual prompts (Spanglish,
Québec franglais, portuñol, Dutch/English, German/English, Catalan/Spanish, Italian/English).

Styles: lower-case chat, voice dictation (numbers spoken as words), SMS and WhatsApp messages,
forwarded e-mails with signatures, CSV and TSV exports, JSON tool-call arguments, YAML, .env
files, SQL inserts, log lines, stack traces, meeting minutes, HR and medical notes, handover
reports, insurance claims, rental and sale listings, school messages, customer-support
transcripts, CRM exports, invoices, payroll and tax questions, system prompts, tool
descriptions, metadata values, user ids and participant names.

Files: ``_eval7_part_a2.py`` is the generator section (python-stdnum check digits and random
secrets from ``random.Random(318877)``); ``_eval7_part_a3.py`` English; ``_eval7_part_a4.py``
Spanish, Portuguese, French; ``_eval7_part_a5.py`` Italian, German, Dutch, Romanian, Catalan and
most prompts outside the message content; ``_eval7_part_a6.py`` the 50 benign prompts.
Rows: 100 sensitive, 50 benign.
"""

from __future__ import annotations

try:
    from bench._eval7_part_a2 import SEED
    from bench._eval7_part_a3 import ROWS_EN
    from bench._eval7_part_a4 import ROWS_ROMANCE
    from bench._eval7_part_a5 import ROWS_MORE
    from bench._eval7_part_a6 import ROWS_BENIGN
except ImportError:
    from _eval7_part_a2 import SEED  # type: ignore[no-redef]
    from _eval7_part_a3 import ROWS_EN  # type: ignore[no-redef]
    from _eval7_part_a4 import ROWS_ROMANCE  # type: ignore[no-redef]
    from _eval7_part_a5 import ROWS_MORE  # type: ignore[no-redef]
    from _eval7_part_a6 import ROWS_BENIGN  # type: ignore[no-redef]

__all__ = ["ROWS", "SEED"]

ROWS: list[dict[str, object]] = [*ROWS_EN, *ROWS_ROMANCE, *ROWS_MORE, *ROWS_BENIGN]
