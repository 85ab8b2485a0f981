"""Digit runs that phonenumbers would accept but that the text shows to be something else: an
amount with spaced thousands, a list of numbers, an ISBN, an order or ticket number, a piece of
an alphanumeric code, or a form's placeholder mask. Each check reads only a few characters
around the run, so the phone check stays linear."""

from __future__ import annotations

import unicodedata

import regex
from stdnum import isbn

__all__ = [
    "AMOUNT",
    "CURRENCY_AFTER",
    "LOOKBACK",
    "OTHER_ID_LABEL",
    "SEQUENCE_GROUPS",
    "not_a_phone",
]

# The patterns are plain data (the edge Worker runs them too: edge/export_privacy.py), written
# with inline flags and \p{L} so they mean the same in JavaScript.
AMOUNT = regex.compile(r"[1-9][0-9]{0,2}(?: [0-9]{3})+")
# Written currency words that are not Unicode currency symbols, and ISO codes; a hand-written
# list because the runtime has no currency data (babel is only a build-time extra here).
CURRENCY_AFTER = regex.compile(
    r"(?i)[ ]?(?:zł|kč|ft|kr|lei|лв|руб|грн|tl|chf|eur|usd|gbp|pln|czk|huf|sek|nok|dkk|ron|"  # noqa: RUF001
    r"bgn|rub|uah|try|inr|jpy|cny|brl|mxn|aud|cad|euros?|dollars?|pounds?|francs?|złotych|"
    r"korun|forint)(?!\p{L})"
)
# Labels of identifiers that are not phone numbers, in the users' languages, written by hand:
# no package lists them. The label must end right before the run ("Order no. 2024-118-3345").
OTHER_ID_LABEL = regex.compile(
    r"(?i)(?<!\p{L})(?:order|invoice|ticket|case|ref|reference|tracking|serial|sku|part|batch|"
    r"lot|isbn|issn|ean|upc|model|item|article|build|version|bestell\p{L}*|rechnung\p{L}*|"
    r"auftrag\p{L}*|artikel\p{L}*|commande|facture|référence|pedido|factura|referencia|"
    r"ordine|fattura|riferimento|bestelling|factuur|zamówieni\p{L}*|faktur\p{L}*|"
    r"objednávk\p{L}*|заказ\p{L}*|сч[её]т\p{L}*|рахун\p{L}*|sipariş\p{L}*|tilaus\p{L}*|"
    r"lasku\p{L}*|ordre|order\p{L}*)"
    r"[.]?[ ]*(?:no[.]?|nr[.]?|nº|n°|number|num[.]?|id|#)?[ ]*[:#]?[ ]*$"
)
LOOKBACK = 32  # the longest label above with its "number" word and punctuation
_GROUP_DIGITS = 16  # a longer digit run is no phone number's group
SEQUENCE_GROUPS = 6  # "4 8 15 16 23 42": no national format has six bare groups


def _groups_around(text: str, start: int, end: int) -> list[str]:
    """The bare digit groups, separated by single spaces, of the run that holds the match; at
    most SEQUENCE_GROUPS on each side and _GROUP_DIGITS digits a group, so that a long run of
    numbers costs each candidate in it bounded work (it is a sequence either way)."""
    lo, hi = start, end
    for _ in range(SEQUENCE_GROUPS):
        if not (lo >= 2 and text[lo - 1] == " " and text[lo - 2].isdigit()):
            break
        lo -= 2
        floor = max(lo - _GROUP_DIGITS, 0)
        while lo > floor and text[lo - 1].isdigit():
            lo -= 1
    for _ in range(SEQUENCE_GROUPS):
        if not (hi + 1 < len(text) and text[hi] == " " and text[hi + 1].isdigit()):
            break
        hi += 2
        ceiling = min(hi + _GROUP_DIGITS, len(text))
        while hi < ceiling and text[hi].isdigit():
            hi += 1
    return text[lo:hi].split(" ")


def _sequence(groups: list[str]) -> bool:
    """Six or more numbers in a row, none with a leading 0: a list ("4 8 15 16 23 42"), where
    spaced phone numbers ("06 12 34 56 78 07 98 76 54 32") carry their trunk 0."""
    return len(groups) >= SEQUENCE_GROUPS and not any(g.startswith("0") for g in groups)


def _amount(text: str, start: int, end: int) -> bool:
    """Spaced thousands: a one-digit lead ("8 336 817"), a "000" group, or a currency next."""
    groups = _groups_around(text, start, end)  # with a one-digit lead the phone match skips
    if not AMOUNT.fullmatch(" ".join(groups)):
        return False
    if len(groups[0]) == 1 or "000" in groups[1:]:
        return True
    before = text[max(start - 2, 0) : start].strip()
    if before and unicodedata.category(before[-1]) == "Sc":
        return True
    after = text[end : end + 2].strip()
    return bool(after and unicodedata.category(after[0]) == "Sc") or bool(
        CURRENCY_AFTER.match(text, end)
    )


def _code_piece(text: str, start: int) -> bool:
    """The word just before is alphanumeric ("AA1 01 2345 6784"): a tracking or serial code."""
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = start - 1
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    word = text[word_start : start - 1]
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


_ISBN_REACH = 17  # "978-0-13-468599-1": an ISBN written with hyphens is at most this long


def _isbn(text: str, start: int, end: int) -> bool:
    """A valid ISBN-13 (978/979), or any valid ISBN after the word: nine or ten digits alone
    pass an ISBN-10 check one time in eleven, so a phone number may too. The run of digits and
    hyphens is read at most _ISBN_REACH characters each way: a longer one is no ISBN, and a long
    run costs each phone candidate in it bounded work."""
    lo, hi = start, end
    floor, ceiling = max(start - _ISBN_REACH, 0), min(end + _ISBN_REACH, len(text))
    while lo > floor and (text[lo - 1].isdigit() or text[lo - 1] == "-"):
        lo -= 1
    while hi < ceiling and (text[hi].isdigit() or text[hi] in "-Xx"):
        hi += 1
    if (lo == floor and lo > 0 and (text[lo - 1].isdigit() or text[lo - 1] == "-")) or (
        hi == ceiling and hi < len(text) and (text[hi].isdigit() or text[hi] in "-Xx")
    ):
        return False  # the run goes on past the reach
    value = text[lo:hi].strip("-")
    if len(value) > _ISBN_REACH or not isbn.is_valid(value):
        return False
    value = isbn.compact(value)
    cued = "isbn" in text[max(lo - 12, 0) : lo].lower()
    return cued or (len(value) == 13 and value.startswith(("978", "979")))


def _mask(value: str) -> bool:
    """A form's placeholder: "(999) 999-9999", "000-000-0000", "123-456-7890"."""
    digits = "".join(c for c in value if c.isdigit())
    return len(set(digits)) <= 1 or "1234567890".startswith(digits[:10])


def not_a_phone(text: str, value: str, start: int, end: int) -> bool:
    """``value`` (``text[start:end]``) is written as something other than a phone number."""
    if value.startswith(("+", "00", "(")):
        return _mask(value)  # an international or bracketed number: only a mask is ruled out
    return (
        _sequence(_groups_around(text, start, end))
        or _amount(text, start, end)
        or _mask(value)
        or _code_piece(text, start)
        or bool(OTHER_ID_LABEL.search(text[max(start - LOOKBACK, 0) : start]))
        or _isbn(text, start, end)
    )
