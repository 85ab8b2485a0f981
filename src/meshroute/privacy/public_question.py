# ruff: noqa: RUF001
"""A knowledge question: a short prompt that only asks about the world ("Why does Frodo Baggins
carry the ring?", "Com'è morto Giulio Cesare?"), or an exam's multiple-choice question.

The people such questions name are the world's (characters, athletes, historical figures), and
most are in no list of notable people. ``notable.py`` drops a name found by the name rules
alone, with no private context near it, when the whole prompt is a knowledge question:

* short (at most _MAX_CHARS), every sentence ending in a question mark, none a request to act
  ("Can you draft a note to ...?");
* no first-person word anywhere ("my son", "mun poika", "ma fille", "mám"): then the prompt
  is about the writer's own life;
* no health, work or absence word, and no word of what is asked about a private person
  (pay, religion, papers, police, love life, birth, whereabouts, contact: ``_PERSONAL``).

What is left to pass is a bare question about someone ("Why does Walter Whitfield park there
every night?"): it gives a name and nothing private about it, the cost accepted for the
characters and public figures such questions mostly name. Under ``redact`` a name found private
in another turn is replaced here too (``routing/redaction.py``).

Written by hand, in the languages of the name rules: no package lists such words. Lists err
towards keeping a name: a word missing here only leaves a name flagged, as before.
"""

from __future__ import annotations

import re

from meshroute.privacy.health_words import HEALTH
from meshroute.privacy.work_words import WORK

__all__ = ["first_person", "knowledge_question", "multiple_choice"]

_MAX_CHARS = 400


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# I, me, my, we, us, our in every language the name rules read (and "mám", "mun")
_FIRST_PERSON = _set(
    "i me my mine myself we us our ours i'm i've i'd i'll im ive "
    "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren "
    "moi mon mes nous notre nos "
    "yo mi mis mío mía nosotros nosotras nuestro nuestra nuestros nuestras "
    "io mio mia miei mie noi nostro nostra nostri nostre "
    "eu meu minha meus minhas nós nosso nossa nossos nossas "
    "ik mij mijn wij ons onze "
    "ja mnie mną mój moja moje mojego mojej mojemu moich nas nasz nasza nasze naszego naszej "
    "já mě mně můj mého mém mým moji môj mňa mne mám mam "
    "én engem nekem enyém nekünk minket "
    "mie mea mei nostru noastră "
    "jag mig min mitt mina vi oss vår vårt våra jeg meg mine vores "
    "minä minun mun minua minulle meidän meitä meille "
    "εγώ μου μας εμένα "
    "ben benim bana beni biz bizim bize "
    "я меня мне мой моя моё мои моего моей мы нас нам наш наша наше наши мій моє мої "
    "мені ми наші менi мене"
)
# "Can you ...?", "Kannst du ...?": a request to act (draft, send, remind) phrased as a question
_MODALS = _set("can could would will kannst können könnten kan kunne kunde kun kunt")
_YOU = _set("you u du sie je ni")
_CAN_YOU = _set(  # second-person forms: the pronoun is in the verb
    "kannst könntest peux pouvez pourriez puedes podrías puoi potresti podes możesz mógłbyś "
    "mogłabyś můžeš môžeš tudnál tudsz poți puteți voitko voisitko voisit μπορείς μπορείτε "
    "можешь можете можеш"
)
# Where someone works or studies, and whether they came: "Walter from accounting", "Anna vom
# Empfang", "Pourquoi Jean Dupont est-il absent ?" (the work words of work_words.py count too)
_WORKPLACE = _set(
    "accounting accounts payroll reception warehouse department dept office "
    "empfang lager abteilung schicht comptabilité compta "
    "contabilidad contabilità recepción ufficio oficina escritório kantoor "
    "kadr kadry biuro účtárna kancelář "
    "absent absence absences absentee sick vacation "
    "abwesend urlaub krank krankgeschrieben absente absents congé ausente ausencia "
    "vacaciones assente assenza ferie malattia ausência férias afwezig verlof ziek "
    "nieobecny nieobecna nieobecność urlop wolne chory chora nepřítomen nepřítomna "
    "dovolená nemocný nemocná chýba práceneschopný távol szabadság beteg absentă concediu "
    "frånvarande ledig sjuk fraværende syg syk poissa lomalla sairas отпуск больничный "
    "отсутствует відпустка лікарняний απών άδεια izinli hasta"
)
# What is asked about a private person, not about a public one: pay, religion, papers, the
# police, love life, birth, whereabouts, contact ("How much does Walter Whitfield earn?")
_PERSONAL = re.compile(
    r"(?i)(?<![^\W\d_])(?:earn\w*|salar\w*|income|paid|owe\w*|debt\w*|church|mosque|"
    r"synagogue|relig\w*|immigra\w*|illegal|visa|deport\w*|asylum|criminal|police|arrest\w*|"
    r"prison|jail|court|convict\w*|record|sleep\w*|affair|dating|girlfriend|boyfriend|"
    r"pregnan\w*|born|birth\w*|age|address|live|lives|living|stay\w*|tonight|phone|number|"
    r"e-?mail|contact|report\w*|sue|lawsuit|divorc\w*|fired|polic\w{1,3}|polizei|"
    r"politie|policj\w{1,2}|polici\w{1,2}|полици\w{1,2}|поліці\w{1,2}|denunc\w{1,6}|"
    r"anzeige|zgłos\w{1,5}|gehalt|salaire|sueldo|stipendio|wynagrodzeni\w|zarplat\w|"
    r"geboren|né|née|nació|nato|nata|nasceu|urodzi\w{1,4}|narodil\w{0,2}|wohnt|habite|"
    r"vive|abita|mora|mieszka|bydlí|живет|живёт|живе|polizi\w{1,2})(?![^\W\d_])"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_SENTENCE = re.compile(r"[^.!?;\n]*[.!?;\n]*")
_GREEK = re.compile(r"[\u0370-\u03ff]")
# French "je" and "ma" are "is" and "has" in Czech, Slovak, Polish: first person only beside
# French words
_FRENCH_FIRST_PERSON = _set("je ma")
_FRENCH = _set(
    "le la les des du est et pas une pour avec dans sur mais ce cette que qui il elle suis "
    "pourquoi comment quand fille fils mère père femme mari"
)


def _is_question(sentence: str) -> bool:
    """A sentence ending in a question mark (";" only in Greek, whose question mark NFKC
    makes a semicolon), not "Can you ...?"."""
    first = _WORD.search(sentence)
    if first is None:
        return True  # a line of punctuation or numbers
    lead = _lower(first.group())
    after = [_lower(w) for w in _WORD.findall(sentence, first.end(), first.end() + 40)]
    if lead in _CAN_YOU or (lead in _MODALS and after[:1] and after[0] in _YOU):
        return False
    end = sentence.rstrip(" \t\n\"'»”)")[-1:]
    return end in "?？" or (end == ";" and _GREEK.search(sentence) is not None)


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


def _first_person(words: set[str]) -> bool:
    if not words.isdisjoint(_FIRST_PERSON) or any(w[:2] in ("j'", "m'") for w in words):
        return True  # "j'ai", "m'appelle" too
    return not words.isdisjoint(_FRENCH_FIRST_PERSON) and not words.isdisjoint(_FRENCH)


def first_person(text: str) -> bool:
    """Whether the writer speaks of themselves in ``text`` (I, my, we, our in any language)."""
    return _first_person({_lower(w) for w in _WORD.findall(text)})


def knowledge_question(text: str) -> bool:
    """Whether ``text`` only asks about the world (see the module's docstring)."""
    body = text.strip()
    if not body or len(body) > _MAX_CHARS:
        return False
    words = {_lower(w) for w in _WORD.findall(body)}
    if _first_person(words) or not words.isdisjoint(_WORKPLACE) or _PERSONAL.search(body):
        return False
    if HEALTH.spans(body, 0, len(body)) or WORK.spans(body, 0, len(body)):
        return False  # "why is tomasz always late to standup?"
    sentences = [s for s in _SENTENCE.findall(body) if s.strip()]
    return all(_is_question(s) for s in sentences)


# An exam's options, one a line: "A. Richard Nixon" ... "D. Robert Kennedy"
_OPTION = re.compile(r"(?m)^[ \t]*\(?([A-E])[.)][ \t]+(\S[^\n]{0,160})$")
_EXAM_CHARS = 4_000  # an exam question is short; a pasted document is not one


def multiple_choice(text: str) -> bool:
    """Whether ``text`` is a multiple-choice question: at most _EXAM_CHARS, a question mark or
    "Answer:" in it, and options A, B, C and D, short, on lines of their own (not the A/B/C
    sections of a discharge summary or minutes)."""
    if len(text) > _EXAM_CHARS or not ("?" in text or "answer:" in text.lower()):
        return False
    letters = "".join(m.group(1) for m in _OPTION.finditer(text))
    return "ABCD" in letters
