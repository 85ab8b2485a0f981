"""Timestamps in rows and log lines, for the arrival rate (only the span is reported)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
    r"\s?(Z|[+-]\d{2}:?\d{2})?"
)
_SYSLOG = re.compile(r"([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2})")
_CLF = re.compile(r"\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
# Epoch numbers count only under a time-like name, and only in a plausible range.
TIME_NAMES = re.compile(r"(?i)(^|[_.@\- ])(time|timestamp|ts|date|datetime|created|at|when)$|time")
_EPOCH_S = (946_684_800, 4_102_444_800)  # 2000-01-01 .. 2100-01-01
_HEAD = 64  # a log line's timestamp is near its start


def _offset(zone: str | None) -> int:
    if not zone or zone == "Z":
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * (int(digits[:2]) * 3600 + int(digits[2:4]) * 60)


def parse_iso(text: str, *, anywhere: bool = False) -> float | None:
    """Seconds since the epoch of an ISO-8601 date-time at the start of `text` (or anywhere in
    its head), None if there is none or it is not a real date."""
    match = _ISO.search(text, 0, _HEAD) if anywhere else _ISO.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    fraction = float("0." + match.group(7)) if match.group(7) else 0.0
    return moment.timestamp() + fraction - _offset(match.group(8))


def is_timestamp(text: str) -> bool:
    """The whole value is one ISO-8601 date-time: structure, not something a recogniser can
    read (a birth date needs context words a lone value lacks), so it is not scanned; this
    also spares the phone recogniser's slowest case (about 1 ms per date-time)."""
    if not 19 <= len(text) <= 40 or text[4:5] != "-":  # cheap reject before the regex
        return False
    return _ISO.fullmatch(text.strip()) is not None


def mask_log_timestamp(line: str) -> tuple[str, float | None]:
    """A log line with its leading ISO-8601 timestamp blanked (same length, so nothing else
    moves), and that timestamp; other formats are parsed but left in place."""
    match = _ISO.search(line, 0, _HEAD)
    if match is not None:
        found = parse_iso(match.group())
        if found is not None:
            start, end = match.span()
            return line[:start] + " " * (end - start) + line[end:], found
    return line, parse_log_line(line)


def parse_log_line(line: str) -> float | None:
    """The timestamp of a log line: ISO-8601, syslog (`Dec  1 05:13:17`, year unknown: the span
    is what matters) or Common Log Format (`[01/Dec/2026:05:13:17 +0000]`)."""
    found = parse_iso(line, anywhere=True)
    if found is not None:
        return found
    match = _CLF.search(line, 0, _HEAD + 32)
    if match is not None:
        day, mon, year, hour, minute, second, zone = match.groups()
        return _moment(int(year), _MONTHS.get(mon), int(day), hour, minute, second, zone)
    match = _SYSLOG.match(line)
    if match is not None:
        mon, day, hour, minute, second = match.groups()
        return _moment(2000, _MONTHS.get(mon), int(day), hour, minute, second, None)
    return None


def _moment(
    year: int, month: int | None, day: int, hour: str, minute: str, second: str, zone: str | None
) -> float | None:
    if month is None:
        return None
    try:
        moment = datetime(year, month, day, int(hour), int(minute), int(second), tzinfo=UTC)
    except ValueError:
        return None
    return moment.timestamp() - _offset(zone)


def parse_value(name: str | None, value: object) -> float | None:
    """A field's timestamp: an ISO string, or epoch seconds/milliseconds under a time-like
    name."""
    if isinstance(value, str):
        if len(value) < 16 or not value[:4].isdigit():
            return None
        return parse_iso(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.timestamp()
    if isinstance(value, int | float) and not isinstance(value, bool) and name is not None:
        if not TIME_NAMES.search(name):
            return None
        seconds = float(value)
        if seconds > _EPOCH_S[1] * 100:  # milliseconds or finer
            seconds /= 1000.0
        if _EPOCH_S[0] <= seconds <= _EPOCH_S[1]:
            return seconds
    return None
