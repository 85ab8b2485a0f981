"""Private context: the words near a name that make leaking it matter, whoever it names.

"Robert Kennedy" in a history question is public; "my neighbour Robert Kennedy owes 4,200 EUR"
is someone's personal data. ``notable.py`` keeps a name that a notable person shares, or that
only looks like a name ("Verdi", "le lundi"), as personal data when one of these stands within
_REACH characters: health, money, work or legal trouble, contact data, a greeting or sign-off,
a courtesy title, a first-person object or possessive, or a private relation. The writer's own
possessives and "I ..." are weak (``strong_near`` leaves them out): a public word in the name's
sentence outweighs them in ``notable.py``. Written by hand: no package lists such words; the
health terms are the deep scan's own (``patterns.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from meshroute.privacy.health_words import HEALTH_WORDS
from meshroute.privacy.patterns import HEALTH_TERMS
from meshroute.privacy.word_lists import WordList

__all__ = ["PrivateContext"]

_REACH = 150
_LONGEST = 40  # a match is shorter than this (a phone number is cut there)
# English, then the most frequent equivalents of the languages the name rules read
_WORDS = (
    r"hospital\w*|clinic|sick|symptoms?|treatment|therapy|appointments?|follow-up|check-?up|"
    r"blood tests?|test results|booked|"
    r"salary|salaries|wages|debts?|loans?|mortgage|bankrupt\w*|overdraft|owes|owed|arrears|"
    r"payroll|invoice|refund\w*|iban|caller|charged|overcharged|chargeback|complain\w{0,4}|"
    r"fired|hired|dismissed|resign\w*|appraisal|disciplinary|grievance|sick leave|"
    r"divorce\w*|arrested|lawsuit|custody|tenant|landlord|lease|tenancy|moved|apartment|flat|"
    r"e-?mail|phone|mobile|tel|whatsapp|login|password|username|postcode|zip code|home address|"
    r"dear|hi|hello|hey|thanks|thank you|regards|cheers|sincerely|attn|"
    r"mr|mrs|ms|dr|herr|frau|mme|mlle|monsieur|madame|señor|señora|signor|signora|"
    r"my|mine|our|neighbou?r|colleague|coworker|co-worker|boss|patient|client|customer|"
    r"mein\w{0,2}|liebe|lieber|hallo|mon|mes|chère|bonjour|"
    r"mis|mío|mía|hola|estimad[oa]|mio|miei|ciao|meu|minha|olá|"
    r"mijn|mitt|mina|hej|minun|"
    r"mój|moja|moje|mojego|mojej|cześć|můj|mého|ahoj|"
    r"мой|моя|мои|моего|моей|мій|привет|привіт|здравствуйте|"
    r"benim|merhaba|μου|γεια|szia|"
    # money, work and legal trouble in the other languages: "stipendio di giulia russo",
    # "schulden bei pieter van den berg", "marka wójcika zwolniono", "зарплату сергею иванову"
    r"gehalt\w*|lohn|schulden|schuldet|kredit|miete|gekündigt|kündigung|entlassen|abmahnung|"
    r"krankgeschrieben|krankmeldung|scheidung|anwalt|vermieter|mieter|"
    r"salaire|dettes?|prêt|loyer|facture|licencié\w?|licenciement|arrêt maladie|avocat|"
    r"locataire|salario|sueldo|deudas?|préstamo|alquiler|factura|despedid[oa]|despido|"
    r"baja médica|divorcio|abogad[oa]|inquilin[oa]|stipendio|debito|debiti|prestito|affitto|"
    r"fattura|licenziat[oa]|licenziamento|divorzio|avvocato|salário|dívidas?|empréstimo|"
    r"aluguel|aluguer|fatura|demitid[oa]|demissão|divórcio|advogad[oa]|salaris|loon|schuld|"
    r"lening|huur|factuur|ontslagen|ontslag|scheiding|advocaat|huurder|verhuurder|"
    r"pensj\w{1,2}|wynagrodzeni\w{0,2}|dług\w{0,3}|pożyczk\w{0,2}|czynsz\w{0,2}|"
    r"faktur\w{0,2}|zwolnion\w{0,2}|zwolnieni\w{0,2}|wypowiedzeni\w{0,2}|rozwod\w{0,3}|"
    r"rozwód|adwokat\w{0,2}|plat|mzd\w{0,2}|dluh\w{0,3}|půjčk\w{0,2}|nájem\w{0,2}|"
    r"propuštěn\w{0,2}|výpověď|rozvod\w{0,2}|dlh\w{0,3}|pôžičk\w{0,2}|prepusten\w{0,2}|"
    r"fizetés\w{0,4}|adósság\w{0,4}|tartozás\w{0,4}|hitel\w{0,4}|kirúg\w{0,5}|"
    r"felmond\w{0,5}|válás\w{0,4}|ügyvéd\w{0,4}|salariu\w{0,3}|datori\w{0,3}|"
    r"împrumut\w{0,3}|chiri\w{0,2}|concediat\w{0,2}|divorț\w{0,3}|"
    r"lön\w{0,2}|skuld\w{0,3}|lån\w{0,3}|hyra|uppsagd|sjukskriven|skilsmässa|løn\w{0,2}|"
    r"gæld|gjeld|husleie|husleje|opsagt|oppsagt|sykmeldt|sygemeldt|skilsmisse|"
    r"palk\w{1,4}|velka\w{0,3}|velan|velat|vuokra\w{0,3}|irtisano\w{0,5}|"
    r"sairauslom\w{1,3}|avioero\w{0,3}|"
    r"зарплат\w{0,2}|долг\w{0,3}|кредит\w{0,3}|аренд\w{0,2}|уволен\w{0,3}|уволил\w{0,2}|"
    r"больничн\w{0,3}|развод\w{0,2}|адвокат\w{0,2}|борг\w{0,3}|звільнен\w{0,3}|"  # noqa: RUF001
    r"лікарнян\w{0,3}|заплат\w{0,2}|дълг\w{0,3}|"
    r"μισθ\w{0,3}|χρέο\w{0,2}|χρέη|δάνει\w{0,2}|ενοίκι\w{0,2}|απολύθηκε|απόλυση|"
    r"διαζύγι\w{0,2}|δικηγόρ\w{0,2}|"
    r"maaş\w{0,4}|borç\w{0,4}|kira\w{0,4}|kovuldu|boşanma\w{0,3}|avukat\w{0,3}|"
    # neighbours, colleagues and bosses in the other languages ("naboen Trond Hauge")
    r"naboen|naboer|grann\w{1,2}|granne|naapuri\w{0,3}|sąsiad\w{0,4}|soused\w{0,3}|"
    r"sused\w{0,3}|szomszéd\w{0,4}|vecin\w{1,4}|nachbar\w{0,2}|voisin\w{0,2}|vecin[oa]s?|"
    r"vizinh[oa]s?|buurman|buurvrouw|сосед\w{0,3}|сусід\w{0,3}|съсед\w{0,3}|"
    r"γείτον\w{1,3}|komşu\w{0,4}|susjed\w{0,3}|kolleg\w{0,4}|collègue\w{0,1}|colega\w{0,1}|"
    r"collega|colleghi|kolega\w{0,3}|kolléga\w{0,4}|colegul|työkaveri\w{0,3}|"
    r"chef\w{0,2}|jefe|jefa|chefe|baas|sjef\w{0,2}|szef\w{0,3}|šéf\w{0,3}|főnök\w{0,4}|"
    r"şef\w{0,3}|коллег\w{0,2}|начальни\w{1,3}|колег\w{0,2}|συνάδελφ\w{1,2}|"
    r"προϊστάμεν\w{1,2}|müdür\w{0,4}|"
    # being sick, in the other languages (their hospitals, doctors and illnesses: health_words)
    r"bolnic\w{0,2}|болниц\w{0,2}|klinik\w{0,2}|krank\w{0,4}|malad\w{1,3}|enferm\w{1,4}|"
    r"malat\w{1,3}|ziek\w{0,3}|sjuk\w{0,3}|sairas\w{0,3}|beteg\w{0,4}|bolest\w{0,2}|"
    r"болен\w{0,2}|άρρωστ\w{0,2}"
)
_PRIVATE = WordList(f"{HEALTH_TERMS}|{HEALTH_WORDS}|{_WORDS}")
# First-person objects ("owes me", "hat mich angerufen", "mi ha scritto") tell what a person did
# to the writer only AFTER the name, in its sentence; before it they ask for help ("Tell me
# about Gordon Ramsay", "Mi spieghi ...", "Me indica ..."). Spanish "mi" is "my" too: it counts
# before the name when it is one or two words away ("mi jefe Juan Pérez").
_OBJECTS = re.compile(
    r"(?<![^\W\d_])(?:me|myself|mir|mich|moi|mi|mij|mig|meg|mnie|mně|мне|меня|мене|мені|"
    r"bana|beni|nekem|engem)(?![^\W\d_])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
# The writer's own possessives: private context for a name they qualify ("my boss Jan"), but
# also said of the writer's reading and watching ("my son loves Pippi Longstocking")
_OWN = (
    "my mine our mein meine meinem meinen meiner meines mon mes mis mío mía mio miei meu minha "
    "mijn mitt mina minun mój moja moje mojego mojej můj mého мой моя мои моего моей мій "
    "benim μου"
)
_WRITERS_OWN = frozenset(_OWN.split())
_WRITER_SAYS = re.compile(r"i(?:'m|'ve|'d|'ll)?\s+[a-z]")  # the "I spoke to" of _CONTACT
_MY_REACH = 20  # "mi" before the name: "mi jefe Juan", "mi hermana Lucía"
# A phone number, an e-mail address, or "I" telling what happened ("I spoke to"); not "I"
# asking ("How do I get to", "Can I visit": public questions), nor the Italian article ("I
# Promessi Sposi"). Other languages' first-person subjects are left out for the same reason
# ("Wie komme ich"); their objects and possessives count ("me", "mein", "moi").
_ASKING = "".join(
    rf"(?<!\b{verb} )" for verb in ("do", "can", "could", "should", "would", "shall", "will", "may")
)
_WORD = re.compile(r"[^\W\d_]+")
_CONTACT = re.compile(
    rf"@|\+?\d[\d ()\-]{{6,36}}\d|(?<![^\W\d_]){_ASKING}I(?:'m|'ve|'d|'ll)?\s+[a-z]"
)


# Turkish asks with the particle "mi" ("Clio mu yoksa i20 mi daha ekonomik?"), which Spanish
# and Italian write for "my": in a Turkish text (two Turkish-only function words) it is none
_TURKISH_VOTES = 2


def _turkish(text: str) -> bool:
    from meshroute.privacy.public_names import function_words

    table, turkish = function_words(), frozenset(("tr",))
    votes = 0
    for word in _WORD.findall(text):
        votes += table.get(word.casefold()) == turkish
        if votes >= _TURKISH_VOTES:
            return True
    return False


def _particle(word: str) -> bool:
    """ "mi" as the pattern matches it, also with a dotless or dotted capital i (the
    pattern ignores case, and Turkish's four i letters fold together)."""
    return len(word) == 2 and word[0] in "mM" and word[1] in "iI\u0131\u0130"


class PrivateContext:
    """Where one text's private context words are. Each question reads only a window around
    the name (a long document with one public name costs a few hundred characters, not a pass
    over all of it); once the windows have read as much as the whole text, one pass over the
    whole text answers the rest (a text full of names costs at most two passes)."""

    __slots__ = ("_ends", "_read", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._read = 0  # characters the windows have read so far
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def near(self, start: int, end: int) -> bool:
        """Whether private context lies within _REACH characters of [start, end)."""
        return any(True for _ in self._near_spans(start, end)) or self._object_near(start, end)

    def strong_near(self, start: int, end: int, ignored: tuple[int, int] = (0, 0)) -> bool:
        """Whether private context other than the writer's own possessives (_WRITERS_OWN) and
        "I ..." lies within _REACH characters of [start, end): "my son asked who plays Birgitte
        Nyborg" is about the writer; "Birgitte owes 400 EUR" about Birgitte. First-person
        objects ("owes me", "mi jefe") stay strong. ``ignored``: a span that does not count
        (an eponym's own illness word: "Krankheit" of "Pfeiffer-Krankheit")."""
        for a, b in self._near_spans(start, end):
            if a < ignored[1] and ignored[0] < b:
                continue
            said = self._text[a:b].lower()
            if said not in _WRITERS_OWN and not _WRITER_SAYS.fullmatch(said):
                return True
        return self._object_near(start, end)

    def _near_spans(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The private context spans within _REACH characters of [start, end)."""
        lo, hi = max(start - _REACH - _LONGEST, 0), min(end + _REACH + _LONGEST, len(self._text))
        if self._starts is None and self._read + (hi - lo) < len(self._text):
            self._read += hi - lo
            starts, ends = _spans(self._text, lo, hi)
        else:
            if self._starts is None:
                self._starts, self._ends = _spans(self._text, 0, len(self._text))
            starts, ends = self._starts, self._ends
        index = bisect.bisect_left(starts, start - _REACH - _LONGEST)
        while index < len(starts) and starts[index] <= end + _REACH:
            if ends[index] >= start - _REACH:
                yield starts[index], ends[index]
            index += 1

    def _object_near(self, start: int, end: int) -> bool:
        """A first-person object after the name in its sentence, or "mi" just before it."""
        text = self._text

        def turkish() -> bool:  # read only for "mi", the Turkish question particle
            return _turkish(text[max(start - _REACH, 0) : end + _REACH])

        stop = _SENTENCE_END.search(text, end, end + _REACH)
        after = _OBJECTS.search(text, end, stop.start() if stop else end + _REACH)
        if after is not None and not (_particle(after.group()) and turkish()):
            return True
        before = _OBJECTS.search(text, max(start - _MY_REACH, 0), start)
        return before is not None and _particle(before.group()) and not turkish()


def _spans(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends, sorted by start, of the private context in ``text[lo:hi]`` (the
    look-behinds see the text before ``lo``; a word cut at ``hi`` may count: the safe side)."""
    spans = _PRIVATE.spans(text, lo, hi)
    if any(_particle(text[a:b]) for a, b in spans) and _turkish(text[lo:hi]):
        spans = [(a, b) for a, b in spans if not _particle(text[a:b])]
    spans += [m.span() for m in _CONTACT.finditer(text, lo, hi)]
    spans.sort()
    return [s for s, _ in spans], [e for _, e in spans]
