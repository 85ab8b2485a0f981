"""Dates of birth without a birth cue word (deep scan only): a full date, or a year after a
birth abbreviation, tied to a person.

A date counts when
* a birth abbreviation stands before it: "(*1985)", "(b. 1985)", "Smith, f. 1985",
  "r. ur. 1985", "nar. 12.03.1985", "szül. 1985", "d.o.b 12/03/85" (the one-letter ones only
  after a bracket or a comma, where a list item "b. 1985" cannot be);
* a name the gazetteer finds ends right before it ("Jan Kowalski, 12.03.1985",
  "Kowalski Jan (12/03/1985)"), with nothing but punctuation between, and not a notable
  person's ("Elvis Presley (8 January 1935)": the detector passes a NotableFilter);
* an age next to it agrees with its year ("12.03.1985 (40)", "aged 40, 12.03.1985").
The year must be a birth year: 1900 to this year. A date on its own ("on 20 July 1969 Apollo 11
landed", "invoice of 12.03.2024") is not a birth date. Every pattern runs on RE2; each date gets
bounded work (a window of ``_WINDOW`` characters).
"""

from __future__ import annotations

import bisect
import datetime
import re

import re2

from meshroute.privacy.hits import NameFinder, RawHit
from meshroute.privacy.notable import _is_notable, notable_names
from meshroute.privacy.patterns import FULL_DATE
from meshroute.privacy.validators import OLDEST_BIRTH_YEAR, VALIDATORS

__all__ = ["BirthDates"]

_SCORE = 0.92  # over PHONE_NUMBER (0.9): "(12/03/1985)" after a name is a birth date
_WINDOW = 80  # characters before a date searched for the person's name
_WINDOWED_DATES = 8  # above this many dates in a text, its names are found once for all
_GAP = frozenset(" \t,;:(|-/")  # what may separate a name from its date


def _options() -> re2.Options:
    options = re2.Options()
    options.max_mem = 64 << 20  # the month names of 22 languages make a large automaton
    return options


_YEAR = r"(?:19|20)[0-9]{2}"
_DATE_OR_YEAR = rf"(?:{FULL_DATE}|{_YEAR})"
# Written by hand (CLDR has no birth abbreviations): English "b.", "bday", "d.o.b", German
# "geb.", Polish "ur."/"r. ur.", Czech/Slovak "nar.", Scandinavian "f.", Spanish/Portuguese
# "n."/"nac."/"nasc.", French "naiss.", Finnish "s.", Hungarian "szül.", Russian "род.",
# Ukrainian "нар.", Greek "γενν.".
_ABBREVIATION = (
    r"r\.\s?ur\.|ur\.|nar\.|sz[üu]l\.|geb\.|nac\.|nasc\.|naiss\.|род\.|нар\.|γενν\.|"
    r"d\.o\.b\.?|dob|bday|b-day|born"
)
_PATTERNS = (
    rf"(?i)(?:^|[^\p{{L}}])(?:{_ABBREVIATION})\s*:?\s*({_DATE_OR_YEAR})",
    rf"(?i)[(,;]\s*(?:b|f|n|s)\.\s*({_DATE_OR_YEAR})",
    rf"(?:\(\s*\*\s*|\p{{L}}\s+\*|[,;]\s*\*\s?)({_DATE_OR_YEAR})",
)
_CUED_SET = tuple(re2.compile(p, _options()) for p in _PATTERNS)
_DATE = re2.compile(rf"(?i)(?:^|[^0-9\p{{L}}])({FULL_DATE})", _options())
_ANY_YEAR = re2.compile(r"(?:19|20)[0-9]{2}", _options())
_DASH = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*")  # Python's re: a few characters at most
_AGE_UNITS = (
    r"y/?o|yrs?|years?(?:\s+old)?|-year-old|jahre(?:\s+alt)?|j\.|ans|años|anni|lat|år|éves|"
    r"let|лет|років|jaar|vuotta"
)
_AGE_WORDS = r"age|aged|âge|alter|edad|età|wiek|idade|leeftijd|ikä|věk|возраст|вік"
_AGE_AFTER = re2.compile(
    rf"(?i)^\s*[,;(\-]?\s*(?:(?:{_AGE_WORDS})\s*:?\s*)?([0-9]{{1,3}})\s*(?:{_AGE_UNITS})?"
    r"\s*(?:[),;.]|$)",
    _options(),
)
_AGE_BEFORE = re2.compile(
    rf"(?i)(?:(?:{_AGE_WORDS})\s*:?\s*([0-9]{{1,3}})|([0-9]{{1,3}})\s*(?:{_AGE_UNITS}))"
    r"\s*[,;:(\-]*\s*$",
    _options(),
)


class BirthDates:
    def __init__(self, names: NameFinder | None) -> None:
        self._names = names

    def find(self, text: str) -> list[RawHit]:
        if _ANY_YEAR.search(text) is None:
            return []  # every rule needs a four-digit year: one cheap pass for most prose
        this_year = datetime.date.today().year
        hits: list[RawHit] = []
        taken: set[int] = set()
        for pattern in _CUED_SET:
            for match in pattern.finditer(text):
                start, end = match.span(1)
                if _birth_year(text[start:end], this_year) and not text[end : end + 1].isdigit():
                    taken.add(start)
                    # not a birthday party's date, not a notable person's (as after a cue word)
                    if VALIDATORS["birth_date"](text, start, end) is not None:
                        hits.append(("DATE_OF_BIRTH", start, end, _SCORE))
        dates = [m.span(1) for m in _DATE.finditer(text)]
        # Many dates (a register, a crafted input): the names of the whole text once, rather
        # than a window per date; few (most prose): a window each is cheaper.
        whole: list[int] | None = None
        if self._names is not None and len(dates) > _WINDOWED_DATES:
            whole = sorted(end for _, _, end, _ in self._names.find(text))
        for start, end in dates:
            if start in taken or text[end : end + 1].isdigit() or _lifespan(text, end, this_year):
                continue
            year = _birth_year(text[start:end], this_year)
            if year and (
                self._after_name(text, start, whole) or _age_agrees(text, start, end, year)
            ):
                hits.append(("DATE_OF_BIRTH", start, end, _SCORE))
        return hits

    def _after_name(self, text: str, start: int, whole: list[int] | None) -> bool:
        """A name the gazetteer finds ends right before the date, on the same line. ``whole``:
        where the names of the whole text end, when they were found at once."""
        if self._names is None:
            return False
        line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
        offset = max(line_start, start - _WINDOW)
        window = text[offset:start]
        gap = len(window) - len(window.rstrip("".join(_GAP)))
        if not 1 <= gap <= 4:
            return False
        window = window[: len(window) - gap]
        last = window.rsplit(None, 1)[-1:]
        if not last or not (last[0][:1].isupper() or "," in text[start - gap : start]):
            return False  # "date of birth 12/03/1985" is the cue patterns' (no name to look up)
        if whole is not None:
            lo, hi = bisect.bisect_right(whole, offset), bisect.bisect_right(whole, start)
            ends = [e - offset for e in whole[lo:hi]]
        else:
            ends = [end for _, _, end, _ in self._names.find(window)]
        if any(_ends_name(window, end) for end in ends):
            return True
        # surname first without a comma ("Eckbauer Dennis (13. Januar 1954)"): the two
        # capitalised words before the date, read the other way round
        last_two = window.rsplit(None, 2)[-2:]
        if len(last_two) == 2 and all(w[:1].isupper() and w.isalpha() for w in last_two):
            if _is_notable(" ".join(last_two), notable_names()):
                return False  # "Elvis Presley (8 January 1935)": public, read either way
            swapped = f"{last_two[1]} {last_two[0]}"
            return any(e - s == len(swapped) for _, s, e, _ in self._names.find(swapped))
        return False


def _lifespan(text: str, end: int, this_year: int) -> bool:
    """A death date follows ("12 March 1931 - 4 May 2001", en dash too): a life's span, and
    the dead are no one's personal data (as the birth_date validator's years before 1900)."""
    dash = _DASH.match(text, end, end + 8)
    if dash is None:
        return False
    after = _DATE.match(text[dash.end() - 1 : dash.end() + 40])
    return after is not None and after.start(1) <= 1 and bool(_birth_year(after[1], this_year))


def _ends_name(window: str, end: int) -> bool:
    """The name ends the window, or one or two more capitalised words do (a surname the
    gazetteer did not take: "Jose Francisco Donoso")."""
    rest = window[end:].split()
    return len(rest) <= 2 and all(w[:1].isupper() and w.isalpha() for w in rest)


def _birth_year(value: str, this_year: int) -> int:
    """The date's four-digit year when it is a plausible birth year, else 0. Numeric dates
    must have a real day and month ("12.03.1985", not "45.13.1985")."""
    runs = "".join(c if c in "0123456789" else " " for c in value).split()
    years = [int(run) for run in runs if len(run) == 4]
    if len(years) != 1 or not OLDEST_BIRTH_YEAR <= years[0] <= this_year:
        return 0
    small = [int(run) for run in runs if len(run) != 4]
    if len(small) == 2 and not (min(small) >= 1 and min(small) <= 12 and max(small) <= 31):
        return 0
    return years[0]


def _age_agrees(text: str, start: int, end: int, year: int) -> bool:
    """An age written next to the date matches the years since it: "12.03.1985 (40)"."""
    this_year = datetime.date.today().year
    ages: list[int] = []
    after = _AGE_AFTER.search(text[end : end + 40])
    if after is not None:
        ages.append(int(after.group(1)))
    before = _AGE_BEFORE.search(text[max(0, start - 40) : start])
    if before is not None:
        ages.append(int(before.group(1) or before.group(2)))
    return any(0 <= this_year - year - age <= 1 for age in ages)
