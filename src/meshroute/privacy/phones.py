"""Phone numbers with or without a cue word, in the formats of many countries: phonenumbers'
metadata decides whether a digit run is a valid number of some region."""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberType

from meshroute.privacy.number_shapes import not_a_phone

__all__ = ["REGIONS", "phone_span"]

# Regions tried for a number written without a country code, in this order (the users'
# countries first). A number with "+" or "00" needs no region.
REGIONS = (
    "GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "IN", "IE", "BE", "CH", "AT", "PT", "SE",
    "NO", "DK", "FI", "AU", "CA", "BR", "MX", "JP", "ZA", "NG", "SG", "NZ", "TR", "AR", "CN",
)  # fmt: skip


def _national_prefix(region: str) -> str:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata is not None else ""


# A national number starting with 0 can only be one of the regions whose numbers may start with
# 0 (trunk prefix 0, or Italy's leading 0); the others are tried for the rest: about half the
# phonenumbers parses per candidate.
_TRUNK_ZERO = tuple(r for r in REGIONS if _national_prefix(r) == "0" or r == "IT")
_NO_TRUNK_ZERO = tuple(r for r in REGIONS if _national_prefix(r) != "0")
_SEPARATORS = re.compile(r"[ .\-/]+")
_DOTTED_PHONE = re.compile(r"\d{2,4}\.\d{2,4}\.\d{2,4}(?:\.\d{2,4})?")
# The commonest formatted digit runs that are not phone numbers: dates, SSNs, times.
_NOT_PHONE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{3}-\d{2}-\d{4}"
    r"|\d{1,2}/\d{2,4}|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"
)

# "(1963\u20131969)": a term of office or a life, not "(196) 3-1969" (dashes are normalised to "-")
_YEAR_RANGE = re.compile(r"\(?\s*((?:1\d|20)\d\d)\s*-\s*((?:1\d|20)\d\d)\s*\)?")


_ISO_DATE = re.compile(r"\(\d{4}-\d{1,2}-\d{1,2}")  # bracketed: "0466-12-3456" is a number
# a log line's timestamp: "2025-03-14 02:11:07,481", "2025-03-10T09:00" (a date, then an hour)
_DATE_TIME = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[ T]\d\d)?$")


def _year_range(value: str) -> bool:
    years = _YEAR_RANGE.fullmatch(value.strip())
    return years is not None and int(years[1]) <= int(years[2])


def _formatted(value: str) -> bool:
    """Written the way phone numbers are: "+44 ...", "(201) ...", "0151 2345", "415-555-0142"."""
    if value.startswith(("+", "(")) or value.startswith("00"):
        return True
    if "." in value and not _DOTTED_PHONE.fullmatch(value):
        return False  # 2.10.3004: a version, not 415.555.0142
    groups = len(_SEPARATORS.findall(value))
    return groups >= 2 or (groups == 1 and value.startswith("0"))


def _international(value: str) -> str:
    """ "(+44) ...", "0044 ..." and "(351) 968 ..." (a country code without its plus) as "+..."."""
    value = value.replace("(+", "+", 1) if value.startswith("(+") else value
    return "+" + value[2:] if value.startswith("00") else value


def _match(value: str, possible: bool) -> phonenumbers.PhoneNumber | None:
    """The number as the first region parses it where it is valid; or, with ``possible``, of a
    possible length for it (a number written the way phone numbers are is one, whether or not
    the range is allocated)."""
    value = _international(value)
    number = _first_number(value, possible)
    if value.startswith("(") and number is None:
        # "(351) 968 656 873": a country code in brackets, without the plus
        return _match("+" + value[1:].replace(")", "", 1), possible)
    return number


def _service(value: str) -> bool:
    """A freephone, premium-rate, shared-cost or universal access number in most of the regions
    where it is valid ("0800 330 1000" is freephone in eleven of them, a landline in Italy)."""
    value = _international(value)
    regions: tuple[str | None, ...] = (None,)
    if not value.startswith("+"):
        regions = _TRUNK_ZERO if value.startswith("0") else _NO_TRUNK_ZERO
    kinds: list[bool] = []
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            kinds.append(phonenumbers.number_type(number) in _SERVICE_TYPES)
            if not kinds[0]:
                return False  # a person's number where it is first valid: the common case
    return bool(kinds) and 3 * sum(kinds) >= 2 * len(kinds)


# An organisation's line, not a person's: freephone, premium-rate, shared-cost and universal
# access numbers ("0800 330 1000"), as phonenumbers' metadata types them.
_SERVICE_TYPES = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)


def _first_number(value: str, possible: bool) -> phonenumbers.PhoneNumber | None:
    regions: tuple[str | None, ...] = (None,)
    if not value.startswith("+"):
        regions = _TRUNK_ZERO if value.lstrip("(").startswith("0") else _NO_TRUNK_ZERO
    check = phonenumbers.is_possible_number if possible else phonenumbers.is_valid_number
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if check(number):
            return number
    return None


def _typed_service(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(number) in _SERVICE_TYPES  # UNKNOWN when not valid


def _glued_to_letters(text: str, start: int, end: int) -> bool:
    """A digit run that a letter touches on either side is a piece of a hex id or a code."""
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 4].lower()
    extension = after.startswith(("x", "ext")) and any(c.isdigit() for c in after)
    return before.isalpha() or (after[:1].isalpha() and not extension)


_DOTTED_REACH = 24  # an IPv4 address or a version string is at most this long around a match


def _dotted_quad(text: str, start: int, end: int) -> bool:
    """Part of "192.168.10.24" or "10.0.0.15": an IPv4 address, not a phone."""
    lo, hi = start, end
    while lo > max(start - _DOTTED_REACH, 0) and (text[lo - 1].isdigit() or text[lo - 1] == "."):
        lo -= 1
    while hi < min(end + _DOTTED_REACH, len(text)) and (text[hi].isdigit() or text[hi] == "."):
        hi += 1
    parts = text[lo:hi].strip(".").split(".")
    return len(parts) == 4 and all(1 <= len(part) <= 3 and part.isdigit() for part in parts)


def _timestamp(text: str, start: int, candidate: str) -> bool:
    after = text[start + len(candidate) : start + len(candidate) + 1]
    return bool(_DATE_TIME.match(candidate)) and after in (":", ",", "Z")


def phone_span(text: str, start: int, end: int, cued: Callable[[], bool]) -> tuple[int, int] | None:
    """The phone number in ``text[start:end]`` (trailing groups dropped until one is valid)."""
    if _glued_to_letters(text, start, end) or _dotted_quad(text, start, end):
        return None  # part of an identifier ("request_id=05087487a00c") or an IP, not a phone
    value = text[start:end].rstrip(" .-/()")
    groups = [sum(c.isdigit() for c in g) for g in _SEPARATORS.split(value)]
    if sum(c.isdigit() for c in value) > 17 or (len(groups) >= 3 and set(groups) == {4}):
        return None  # a card-like or longer run: "1234 5678 9012 3456" is not a phone
    bracket = value.find(" (")
    if bracket > 0 and sum(c.isdigit() for c in value[:bracket]) >= 6:
        value = value[:bracket]  # "8 336 817 (2022)": a bracket after a number starts a note
    cuts = [len(value)]
    last = list(_SEPARATORS.finditer(value))[-1:]
    if last and len(value) - last[0].end() <= 4:
        cuts.append(last[0].start())  # "07911 123456 2024": a short trailing group is not part
    for cut in cuts:
        candidate = value[:cut].rstrip(" .-/(")
        digits = sum(c.isdigit() for c in candidate)
        if not 7 <= digits <= 15 or _NOT_PHONE.fullmatch(candidate):
            continue
        if not_a_phone(text, candidate, start, start + len(candidate)):
            continue
        if (_year_range(candidate) or _ISO_DATE.search(value)) and not cued():
            continue  # "ISO 8601 (2025-01-02)"; "call me on 1963-1969" is a number
        if _timestamp(text, start, candidate) and not cued():
            continue  # "2025-03-14 02:11:07"
        # A bare digit run (order or invoice number) counts only with a trunk "0", or a cue.
        formatted = _formatted(candidate)
        cue = not formatted and cued()
        if not (formatted or cue or candidate.startswith("0")):
            continue
        number = _match(candidate, possible=formatted or cue)
        if number is not None:
            # a freephone or premium line is an organisation's, whole or cut ("0800 123"); the
            # regions are polled only when the first one types it so
            service = _typed_service(number) and _service(value)
            return None if service else (start, start + len(candidate))
    return None
