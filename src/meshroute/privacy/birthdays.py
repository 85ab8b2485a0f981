# ruff: noqa: RUF001  (the event words are Cyrillic, Greek and Turkish)
"""A birthday as an occasion, not a birth date: "birthday party on 3 May 2025", "her
birthday is on 24 December" written before that day; validators._birth_date drops such dates."""

from __future__ import annotations

import calendar
import datetime
import re

__all__ = ["after", "birthday_event"]

# Written by hand (CLDR has no such words): a birthday as an occasion, in the languages of the
# birth cues (cue_words.DOB_CUES), and what is held on it. "Birthday party on 3 May 2025" or a
# birthday after today is an event; "my birthday is 3 May 1990" (or a newborn's, on or before
# today) stays a birth date.
_BIRTHDAY = re.compile(
    r"birthday|b-?day|geburtstag|anniversaire|cumplea[ñn]os|compleanno|anivers[áa]rio|"
    r"verjaardag|urodzin|narozenin|narodenin|sz[üu]let[ée]snap|f[öo]delsedag|f[øo]dselsdag|"
    r"bursdag|syntym[äa]p[äa]iv|ziua\s+de\s+na[șşs]tere|do[ğg]um\s+g[üu]n|γενέθλι|"
    r"день\s+рождения|день\s+народження|рожден\w*\s+ден|ro[đd]endan|rojstn\w*\s+dan"
)
_EVENT = re.compile(
    r"part(?:y|ies)|dinner|lunch|brunch|celebrat|cake|bash|drinks|picnic|feier|fest|f[êe]te|"
    r"soir[ée]e|fiesta|festa|cena|przyj[ęe]ci|impre[zs]|oslav|buli|zabav|праздн|вечерин|"
    r"parti|kutlama|γιορτ|πάρτι|kalas|juhl"
)
# The same words standing alone, each with its inflections and a right word boundary (a
# stem alone matched "participant", "impressum", "festival", "bulimia")
_EVENT_WORD = re.compile(
    r"(?<![^\W\d_])(?:part(?:y|ies)|dinners?|lunch(?:es)?|brunch(?:es)?|cakes?|bash(?:es)?|"
    r"celebrat(?:e|es|ed|ing|ions?)|drinks|picnics?|feier(?:n|t|te|ten|lichkeit(?:en)?)?|"
    r"fest(?:e|es|en|a|as)?|f[êe]tes?|soir[ée]es?|fiestas?|cen(?:a|as|e)|"
    r"przyj[ęe]ci(?:e|a|u|em|ach)|imprez(?:a|y|ę|ie|ą|ka|kę|ki|ce)?|"
    r"oslav(?:a|y|u|ě|e|ou|ách|ami)?|buli(?:t|n|ra|ba|ja|k|ban)?|zabav(?:a|e|u|i|o|om|ama)?|"
    r"праздник(?:а|у|ом|е|и|ов|ами)?|празднова[а-я]*|празднуе[а-я]*|вечеринк[а-я]*|"
    r"parti(?:ye|yi|si|sine|de|den|ler|leri|et|er|erna)?|kutlama(?:sı|sına|ya|da|lar|yı)?|"
    r"γιορτ(?:ή|ής|ές|ών|άζ[α-ωά-ώ]*|άσ[α-ωά-ώ]*)|πάρτι|kalas(?:et)?|"
    r"juhl(?:a|at|an|aan|ia|issa|iin|ien|ille|illa|assa|ista))(?![^\W\d_])"
)


def birthday_event(clause: str, upcoming: bool) -> bool:
    """The clause before a date names a birthday as an occasion, or the date is one to come."""
    lowered = clause.lower()
    found = max(_BIRTHDAY.finditer(lowered), key=lambda m: m.start(), default=None)
    if found is None:  # (the last one, nearest the date)
        return False
    # an event word after it, or one compounded with it ("Geburtstagsfeier", "birthday-party";
    # after a space the whole word must match: "birthday participant" is no event)
    glued = [skip for skip in (0, 1) if not lowered[found.end() : found.end() + skip].isspace()]
    compound = any(_EVENT.match(lowered, found.end() + skip) for skip in glued)
    alone = _EVENT_WORD.search(lowered, found.end()) is not None
    return upcoming or compound or alone


_ENGLISH_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_ENGLISH_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}


def after(value: str, today: datetime.date) -> bool:
    """Whether a date of this year may be after today: every reading of its day and month
    (day first or month first; year first is year-month-day) is. A month name other than an
    English one is not read (months.txt has no month numbers), so such a date stays an event,
    as every date of this year was before."""
    numbers = [int(n) for n in re.findall(r"[0-9]+", value) if len(n) <= 2]
    if len(numbers) == 2 and re.match(r"[0-9]{4}", value):
        readings = [(numbers[0], numbers[1])]
    elif len(numbers) == 2:
        readings = [(numbers[1], numbers[0]), (numbers[0], numbers[1])]
    else:
        words = re.findall(r"[^\W\d_]+", value.lower())
        months = [_ENGLISH_MONTHS[w] for w in words if w in _ENGLISH_MONTHS]
        readings = [(months[0], numbers[0])] if len(numbers) == 1 and months else []
    dates = []
    for month, day in readings:
        try:
            dates.append(datetime.date(today.year, month, day))
        except ValueError:
            continue  # not a real day and month in this reading
    return all(date > today for date in dates)
