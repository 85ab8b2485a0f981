# ruff: noqa: RUF001
"""Work words in the languages of the name rules: meetings, managers, HR, the office.

A lone first name in a question about work is a colleague's ("why is tomasz always late to
standup?", "czemu kaśka z księgowości wychodzi o 14?", "почему серёжа опаздывает на
планёрку?"): next to these words, as next to a health word, a lone or lower-case given name
counts as a name (``gazetteer._ContextWords``, and the Worker's exported context pattern).
Written by hand, as the other cue lists: no package lists such words across these languages.
"""

from __future__ import annotations

from meshroute.privacy.health_words import HEALTH
from meshroute.privacy.word_lists import WordList

__all__ = ["WORK_WORDS", "context_spans"]

WORK_WORDS = (
    r"standups?|stand-ups?|meetings?|manager|managers|boss|hr|shift|coworkers?|colleagues?|"
    r"besprechung\w{0,2}|vorgesetzt\w{1,2}|chef|chefin|teammeeting|buchhaltung|"
    r"personalabteilung|réunions?|collègues?|harass\w{0,5}|assedi\w{1,4}|assédio|acoso|"
    r"harcèlement|belästig\w{1,4}|mobbing|molestie|"
    r"reuni[oó]n\w{0,2}|reuniões|jefe|jefa|riunion\w{1}|capo|responsabile|chefe|gerente|"
    r"vergadering\w{0,2}|leidinggevende|spotkani\w{1,2}|zebrani\w{1,2}|kierowni\w{1,5}|"
    r"szef\w{0,3}|księgowoś\w{1,2}|porad\w{1,3}|schůz\w{1,2}|vedouc\w{1,3}|šéf\w{0,3}|"
    r"megbeszélés\w{0,4}|értekezlet\w{0,4}|főnök\w{0,4}|ședinț\w{1,3}|șef\w{0,3}|möte\w{0,3}|"
    r"møte\w{0,3}|møde\w{0,3}|avdelingsleder\w{0,2}|afdelingsleder\w{0,2}|palaveri\w{0,3}|"
    r"kokous\w{0,4}|esihenkilö\w{0,3}|σύσκεψη|συνάντηση|προϊστάμεν\w{1,2}|toplantı\w{0,4}|"
    r"yönetici\w{0,4}|müdür\w{0,4}|планёрк\w{1,2}|планерк\w{1,2}|совещани\w{1,2}|"
    r"начальни\w{1,3}|нарад\w{1,2}|керівни\w{1,3}|среща\w{0,2}|шеф\w{0,2}|sastan\w{1,2}|šef\w{0,3}"
)
WORK = WordList(WORK_WORDS)


def context_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s health and work words are."""
    return HEALTH.spans(text, 0, len(text)) + WORK.spans(text, 0, len(text))
