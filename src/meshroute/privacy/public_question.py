# ruff: noqa: RUF001
"""A knowledge question: a short prompt that only asks about the world ("Why does Frodo Baggins
carry the ring?", "Com'è morto Giulio Cesare?", "Streść Pana Tadeusza."), or an exam's
multiple-choice question.

The people such questions name are the world's (characters, athletes, historical figures), and
most are in no list of notable people. A name in one is personal data only when the prompt
also says something private, so ``notable.py`` drops a name found by the name rules alone when
the whole prompt is a knowledge question:

* short (at most _MAX_CHARS), every sentence a question (a question mark; an interrogative
  word first in it or after a comma; an auxiliary first) or a request to explain, summarise
  or describe;
* no first-person word anywhere ("my son", "mun poika", "ma fille", "mám"): then the prompt
  is about the writer's own life;
* no health term anywhere, and no private context (``private_context.py``) near the name.

Written by hand, in the languages of the name rules: no package lists question words. Lists
err towards keeping a name: a word missing here only leaves a name flagged, as before.
"""

from __future__ import annotations

import functools
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
_AUXILIARIES = _set(
    "is are was were do does did can could would will should has have had "
    "ist sind war waren hat hatte gibt kann stimmt "
    "est-ce "
    "es son fue era "
    "è sono era "
    "é são foi era "
    "zijn "
    "czy "
    "je jsou byl byla bol bola "
    "este "
    "är er "
    "onko oliko voiko "
    "είναι ήταν "
    "ли"
)
_INTERROGATIVES = _set(
    "who whom whose what when where why how which "
    "wer wen wem was wann wo woher wohin wie warum wieso weshalb welche welcher welches "
    "qui quoi quand où comment pourquoi quel quelle quels quelles combien qu'est-ce "
    "quién quiénes qué cuándo dónde cómo cuál cuáles cuánto cuánta cuántos cuántas "
    "chi cosa quando dove come perché quale quali quanto quanti com'è cos'è "
    "quem quando onde como porque quais quantos quantas "
    "wie wat wanneer waar waarom hoe welke "
    "kto co kiedy gdzie jak dlaczego czemu który która które ile "
    "kdo kdy kde proč který která které kolik čo kedy prečo ktorý ktorá koľko ako "
    "ki mi mit mikor hol hogyan miért melyik hány mennyi "
    "cine când unde cum care cât câte câți "
    "vem vad när hur varför vilken vilket vilka hvem hva hvad når hvornår hvor hvordan "
    "hvorfor hvilken hvilket "
    "kuka mikä mitä milloin missä mistä miten miksi kuinka "
    "ποιος ποια ποιο ποιοι τι πότε πού πώς γιατί "
    "kim nerede neden niye nasıl hangi kaç "
    "кто что когда где как почему зачем какой какая какие "
    "хто що коли де як чому який яка які "
    "кой коя кое какво кога къде защо колко"
)
# Requests for knowledge, not for an action on someone ("write to", "schedule with")
_ASKING = _set(
    "explain summarise summarize describe compare define list "
    "erkläre erklär erklären beschreibe vergleiche "
    "explique décris résume compare "
    "explica describe resume compara explícame explicame resúmeme resumeme descríbeme "
    "spiega descrivi riassumi confronta spiegami descrivimi riassumimi "
    "descreva resuma "
    "beschrijf vergelijk "
    "wyjaśnij objaśnij opisz streść porównaj "
    "vysvětli popiš shrň porovnej vysvetli opíš zhrň porovnaj "
    "magyarázd "
    "explică descrie rezumă compară "
    "förklara beskriv sammanfatta jämför forklar oppsummer sammenlign opsummer "
    "selitä kuvaile tiivistä vertaa "
    "εξήγησε περίγραψε σύγκρινε "
    "açıkla anlat özetle karşılaştır "
    "объясни опиши перескажи сравни поясни поясніть опишіть обясни"
)
# "Can you ...?", "Kannst du ...?": a request to act (draft, send, remind) phrased as a
# question; a knowledge question only when an asking verb follows ("can you explain ...")
_MODALS = _set("can could would will kannst können könnten kan kunne kunde kun kunt")
_YOU = _set("you u du sie je ni")
_CAN_YOU = _set(  # second-person forms: the pronoun is in the verb
    "kannst könntest peux pouvez pourriez puedes podrías puoi potresti podes możesz mógłbyś "
    "mogłabyś můžeš môžeš tudnál tudsz poți puteți voitko voisitko voisit μπορείς μπορείτε "
    "можешь можете можеш"
)
_ASKING_REACH = 4  # words after "can you" where the asking verb stands
# Where someone works or studies, and whether they came: "Walter from accounting", "Anna vom
# Empfang", "Pourquoi Jean Dupont est-il absent ?"
_WORKPLACE = _set(
    "accounting accounts payroll hr reception warehouse department dept office shift "
    "buchhaltung personalabteilung empfang lager abteilung schicht comptabilité compta "
    "contabilidad contabilità recepción reception ufficio oficina escritório kantoor "
    "księgowość księgowości kadr kadry biuro účtárna kancelář "
    "absent absence absences absentee sick vacation "
    "abwesend urlaub krank krankgeschrieben absente absents congé ausente ausencia "
    "vacaciones assente assenza ferie malattia ausência férias afwezig verlof ziek "
    "nieobecny nieobecna nieobecność urlop wolne chory chora nepřítomen nepřítomna "
    "dovolená nemocný nemocná chýba práceneschopný távol szabadság beteg absentă concediu "
    "frånvarande ledig sjuk fraværende syg syk poissa lomalla sairas отпуск больничный "
    "отсутствует відпустка лікарняний απών άδεια izinli hasta"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_SENTENCE = re.compile(r"[^.!?;;\n]*[.!?;;\n]*")
# After a comma only the words that are never conjunctions ("..., que", "..., jak" are)
_CLAUSE_INTERROGATIVES = _set(
    "who whom whose what why which warum wer pourquoi qui quién qué perché chi cosa quem "
    "waarom dlaczego kto kdo proč prečo miért cine varför hvorfor hvem vem kuka miksi ποιος "
    "ποια γιατί кто почему хто чому кой защо neden niye"
)
# French "je" and "ma" are "is" and "has" in Czech, Slovak, Polish: first person only beside
# French words
_FRENCH_FIRST_PERSON = _set("je ma")
_FRENCH = _set(
    "le la les des du est et pas une pour avec dans sur mais ce cette que qui il elle suis"
)
_CLAUSE_START = re.compile(r"(?:^|,)\s*([^\W\d_]+(?:['’][^\W\d_]+)?)")
_QUESTION_MARKS = frozenset("?？;;")


def _is_question(sentence: str) -> bool:
    first = _WORD.search(sentence)
    if first is None:
        return True  # a line of punctuation or numbers
    lead = _lower(first.group())
    after = [_lower(w) for w in _WORD.findall(sentence, first.end(), first.end() + 80)]
    if lead in _CAN_YOU or (lead in _MODALS and after[:1] and after[0] in _YOU):
        return any(word in _ASKING for word in after[:_ASKING_REACH])
    if sentence.rstrip(" \t\"'»”)")[-1:] in _QUESTION_MARKS or sentence.lstrip()[:1] == "¿":
        return True
    if lead in _AUXILIARIES or lead in _ASKING:
        return True
    # first in the sentence or in a clause: "In Grey's Anatomy, what illness does ... have"
    # (not anywhere: "que", "jak", "что" are conjunctions too)
    if lead in _INTERROGATIVES:
        return True
    starts = (_lower(m.group(1)) for m in _CLAUSE_START.finditer(sentence))
    return any(word in _CLAUSE_INTERROGATIVES for word in starts)


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
    if _first_person(words) or not words.isdisjoint(_WORKPLACE):
        return False
    if HEALTH.spans(body, 0, len(body)) or WORK.spans(body, 0, len(body)):
        return False  # "why is tomasz always late to standup?"
    sentences = (s for s in _SENTENCE.findall(body) if s.strip())
    return all(_is_question(sentence) for sentence in sentences)


# An exam's options, one a line: "A. Richard Nixon", "(b) illegal but ethical"
_OPTION = re.compile(r"(?m)^[ \t]*\(?([A-Ea-e])[.)][ \t]+\S")
_OPTIONS_READ = 20_000  # characters: an exam question is short; a pasted book is not one


@functools.lru_cache(maxsize=8)  # asked once per health term of the same text
def multiple_choice(text: str) -> bool:
    """Whether ``text`` is a multiple-choice question (options A, B and C on lines of their
    own): the people in an exam's scenarios and options are made up or public."""
    letters = "".join(m.group(1).upper() for m in _OPTION.finditer(text, 0, _OPTIONS_READ))
    return "ABC" in letters
