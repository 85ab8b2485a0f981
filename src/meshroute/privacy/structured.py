"""Structure-aware detection: a value whose key, column header or form label names its kind.

Real prompts carry structure that says what a value is: ``"dob": "1985-03-12"``,
``passwd=x9!Tq2``, ``Patient: nowak anna``, a CSV whose header says ``birth_date``, a request's
``metadata`` key ``customer_name``, the ``name`` of a chat participant (``maria_gonzalez``).
Here the label decides the kind and the value only has to be plausible for it (a date under a
birth-date label, name-like words under a person label, a non-placeholder under a password
label), so bare text the cue patterns cannot judge is caught.

* Labels come from ``data/labels.txt`` (18 languages); a key is split into words whatever its
  case style (``customer_name``, ``customerName``, ``Customer-Name``), and a label must be the
  key's last words, with none of its kind's denied qualifiers before it (``ip address``).
* In a text: key-value pairs (JSON, YAML, ``.env``/INI, logfmt, query strings, "Label: value"
  lines; RE2, linear) and tables (CSV/TSV, markdown, HTML; one pass over the lines).
* Per field: ``FieldText`` is a forwarded string that carries its field's hint (the last key of
  its path, or "participant" for a message's ``name``), set by ``texts_of`` from the perimeter,
  so routing, redaction and explain all see the same entities without a new argument anywhere.

Bounded: RE2 patterns, one loop over lines and cells, label look-ups cached, the deadline
checked every few hundred lines (what is left counts as unscanned).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import re2

from meshroute.privacy.hits import RawHit
from meshroute.privacy.patterns import _DATE
from meshroute.privacy.perimeter import _KNOWN_KEYS, Field
from meshroute.privacy.structured_sql import insert_values
from meshroute.privacy.structured_values import Flags, participant, person_value, plausible

__all__ = ["PARTICIPANT", "FieldText", "Label", "StructuredFinder", "hinted", "label_of"]


def _score(kind: str) -> float:
    """As the patterns score (scanner._SCORES): the generic SECRET a little lower, so a
    specific type of the same span wins (an API_TOKEN under an OPENAI_API_KEY= label)."""
    return 0.95 if kind == "SECRET" else 1.0


PARTICIPANT = "participant"  # the hint of a chat participant's name (messages[].name, user)
Label = tuple[str, bool]  # (entity type, strong); weak: a person's "name", which others share


class FieldText(str):
    """A forwarded string that knows what its field says about it (``hint``): a ``str``, so
    every list of texts (routing, redaction, the complexity scorer) carries it unchanged."""

    hint: str

    def __new__(cls, text: str, hint: str) -> FieldText:
        made = super().__new__(cls, text)
        made.hint = hint
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return FieldText, (str(self), self.hint)


def field_hint(field: Field) -> str:
    """What a field's path says about its value: a participant's name, or the last key of an
    extra field or ``metadata`` entry (``customer_name``); "" when the path says nothing."""
    path = field.path
    if field.key or not path:
        return ""
    if path == ("user",) or (len(path) == 3 and path[0] == "messages" and path[2] == "name"):
        return PARTICIPANT
    keys = [p for p in path if isinstance(p, str)]
    last = keys[-1] if keys else ""
    return last if last and last not in _KNOWN_KEYS else ""


def hinted(fields: Iterable[Field]) -> list[str]:
    """The fields' texts, each with its hint when the path gives one."""
    out: list[str] = []
    for field in fields:
        hint = field_hint(field)
        out.append(FieldText(field.text, hint) if hint else field.text)
    return out


def _sections() -> dict[str, frozenset[str]]:
    text = importlib.resources.files("meshroute.privacy").joinpath("data/labels.txt")
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for raw in text.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        else:
            current.add(" ".join(_words(line)))
    return {name: frozenset(words) for name, words in sections.items()}


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[\s_.\-/:*\x22'`()#\[\]$@]+")
# Words after the label that say nothing of the kind: "phone number", "dob value", "address 1"
_TRAILING = frozenset(
    (
        "number", "no", "nr", "num", "nummer", "numero", "número", "numéro", "numer", "номер",
        "value", "val", "text", "str", "field", "1", "2", "3", "line1", "line2", "input"
    )
)  # fmt: skip
_MAX_LABEL = 48  # characters: longer keys are sentences, not labels
_MAX_VALUE = 256


def _words(key: str) -> list[str]:
    """ "customerName", "CUSTOMER_NAME", "Customer-Name" -> ["customer", "name"]. Python's re
    on at most _MAX_LABEL characters: bounded."""
    return [w for w in _SPLIT.split(_CAMEL.sub(" ", key[:_MAX_LABEL]).lower()) if w]


@functools.cache
def _tables() -> tuple[dict[str, Label], dict[str, frozenset[str]], frozenset[str]]:
    sections = _sections()
    phrases: dict[str, Label] = {}
    for kind in ("PERSON", "DATE_OF_BIRTH", "PASSWORD", "STREET_ADDRESS", "PHONE_NUMBER"):
        phrases.update(dict.fromkeys(sections[kind], (kind, True)))
    phrases.update(dict.fromkeys(sections["SECRET"], ("SECRET", True)))
    phrases.update(dict.fromkeys(sections["PERSON_WEAK"], ("PERSON", False)))
    phrases.update(dict.fromkeys(sections["PERSON_ROLE"], ("PERSON", True)))
    # written as one word ("dateofbirth", "fechadenacimiento"): multi-word labels of 8+ letters
    squashed = {p.replace(" ", ""): k for p, k in phrases.items() if " " in p and len(p) >= 9}
    phrases.update({p: k for p, k in squashed.items() if p not in phrases})
    deny = {k[5:]: v for k, v in sections.items() if k.startswith("DENY_")}
    return phrases, deny, sections["PERSON_ROLE"]


@functools.lru_cache(maxsize=4096)
def label_of(key: str) -> Label | None:
    """The kind a key or header names, and whether strongly: None for most keys."""
    if len(key) > _MAX_LABEL or not key[:1].isalpha():
        return None
    words = _words(key)
    while words and words[-1] in _TRAILING:
        words.pop()
    if not words or len(words) > 6:
        return None
    phrases, deny, roles = _tables()
    for size in (4, 3, 2, 1):
        if size > len(words):
            continue
        found = phrases.get(" ".join(words[-size:]))
        if found is None:
            continue
        qualifiers = words[:-size]
        if len(qualifiers) > 3 or any(q in deny.get(found[0], ()) for q in qualifiers):
            return None
        if not found[1] and any(q in roles for q in qualifiers):  # "customer name"
            return found[0], True
        return found
    return None


# Key-value pairs: JSON, YAML, .env/INI, logfmt, query strings, "Label: value" lines. Each ":"
# or "=" is a candidate; the key is read backwards from it (at most _MAX_LABEL characters) and
# the value forwards (at most _MAX_VALUE): bounded Python work per separator, so linear. Chosen
# over one RE2 pattern with the key and value as groups: extracting the groups of each of the
# many "word: value" pairs of ordinary text cost 25-150 us a match, these steps a few.
_KEY_CHARS = frozenset("_-.' \u2019")
_KEY_QUOTES = " \t\x22'`*"
_DELIMITERS_BEFORE = frozenset("\n\r{,;&?|([")
_MAX_SEPARATORS = 200_000  # per text: past that, a text is not key-value data
_STOPS = re2.compile(r"[\n\r\x22&;,|{}\[\]<>]")  # where an unquoted value ends
_ADDRESS_STOPS = re2.compile(r"[\n\r\x22&;|{}\[\]<>]")  # an address runs on past commas


def _separators(text: str) -> list[int]:
    """Positions of ":" and "=" in order (str.find runs at C speed)."""
    found: list[int] = []
    for char in ":=":
        pos = text.find(char)
        while pos >= 0 and len(found) < _MAX_SEPARATORS:
            found.append(pos)
            pos = text.find(char, pos + 1)
    found.sort()
    return found


def _keys_before(text: str, sep: int) -> tuple[str, str]:
    """The keys that end before the separator at ``sep``: the whole run of key characters
    when a line start or a delimiter precedes it (it may hold spaces: "Date of birth"), else
    "", and the run's last word ("... dob=...")."""
    end = sep
    while end > sep - 4 and end > 0 and text[end - 1] in _KEY_QUOTES:
        end -= 1
    start = end
    floor = max(0, end - _MAX_LABEL)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in _KEY_CHARS):
        start -= 1
    while start < end and not text[start].isalpha():
        start += 1
    key = text[start:end]
    last = key.rsplit(None, 1)[-1] if key else ""
    before = text[max(0, start - 8) : start].rstrip(" \t\x22'`*#>\u2022-")
    whole = (start > floor or start == 0) and (not before or before[-1] in _DELIMITERS_BEFORE)
    return (key if whole and key != last else ""), last


def _value_at(text: str, pos: int, kind: str = "") -> tuple[int, int, bool] | None:
    """The value that starts at ``pos`` (after a key and its separator): a quoted string or
    the run up to the next delimiter, at most _MAX_VALUE characters; (start, end, quoted).
    Read here rather than captured by the pattern: RE2 would extract every long value."""
    if pos >= len(text):
        return None
    first = text[pos]
    if first in "\x22'":
        end = pos + 1
        limit = min(len(text), pos + 1 + _MAX_VALUE)
        while end < limit and text[end] != first and text[end] != "\n":
            end += 2 if text[end] == "\\" else 1
        return (
            (pos + 1, end, True) if end < limit and text[end] == first and end > pos + 1 else None
        )
    if first.isspace() or first in "&;,|{}[]<>":
        return None
    window = text[pos : pos + _MAX_VALUE]
    stop = (_ADDRESS_STOPS if kind == "STREET_ADDRESS" else _STOPS).search(window)
    return pos, pos + (stop.start() if stop else len(window)), False


_CELL_CHARS = 64  # a header cell longer than this is prose, not a column name
_CHECK_EVERY = 256  # lines between two looks at the clock
_DELIMITERS = ("\t", "|", ";", ",")
_DATE_VALUE = re2.compile(rf"(?i)^({_DATE}|(?:19|20)[0-9]{{6}})(?:[T ][0-9:.]+Z?)?$")


# The numeric forms of _DATE, for Python's re (a call into the RE2 wrapper costs more than the
# match on a value of at most 40 characters); written-out months go to RE2.
_NUMERIC_DATE = re.compile(
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})"
    r"|(?:19|20)[0-9]{6})(?:[T ][0-9:.]+Z?)?"
)


def _is_date(value: str) -> bool:
    if not 6 <= len(value) <= 40 or not any(map(str.isdigit, value)):
        return False
    if _NUMERIC_DATE.fullmatch(value):
        return True
    return any(map(str.isalpha, value)) and _DATE_VALUE.match(value) is not None


class StructuredFinder:
    """Finds values whose label names their kind, in a text and in a hinted field."""

    def __init__(self, flags: Callable[[str], str]) -> None:
        self._flags: Flags = flags

    def find(self, text: str, deadline: float = float("inf")) -> tuple[list[RawHit], int]:
        """Hits in ``text`` and how far it was read before ``deadline`` (the end if all)."""
        hits, reached = self._pairs(text, deadline)
        table_hits, tables_reached = self._tables(text[:reached], deadline)
        hits.extend(table_hits)
        reached = min(reached, tables_reached)
        html_hits, html_reached = self._html(text[:reached], deadline)
        hits.extend(html_hits)
        hits.extend(self._inserts(text[: min(reached, html_reached)]))
        return hits, min(reached, html_reached)

    def _inserts(self, text: str) -> list[RawHit]:
        """The values of SQL inserts whose column names their kind ("dob", "full_name")."""
        hits: list[RawHit] = []
        for column, start, end in insert_values(text):
            label = label_of(column)
            span = self._value_span(label, text, start, end, "=") if label else None
            if label is not None and span is not None:
                hits.append((label[0], span[0], span[1], _score(label[0])))
        return hits

    def find_field(self, text: str, hint: str) -> list[RawHit]:
        """The whole field is one value when its hint names a kind and it is plausible."""
        value = text.strip()
        start = text.find(value) if value else -1
        if start < 0 or len(value) > 256:
            return []
        if hint == PARTICIPANT:
            kind: str | None = "PERSON" if participant(value, self._flags) else None
        else:
            label = label_of(hint)
            span = self._value_span(label, value, 0, len(value), "=") if label else None
            kind = label[0] if label and span else None
            if span is not None:
                return [(kind or "PERSON", start + span[0], start + span[1], _score(kind or ""))]
        return [(kind, start, start + len(value), _score(kind))] if kind else []

    def _pairs(self, text: str, deadline: float) -> tuple[list[RawHit], int]:
        hits: list[RawHit] = []
        for number, sep in enumerate(_separators(text)):
            if number % _CHECK_EVERY == 0 and time.perf_counter() > deadline:
                return hits, sep
            if text.startswith("//", sep + 1):
                continue  # a URL's scheme
            pos = sep + 1 + (text[sep + 1 : sep + 2] == ">")  # "=>"
            while pos < len(text) and text[pos] in " \t*":
                pos += 1
            whole, last = _keys_before(text, sep)
            label = (label_of(whole) if whole else None) or (label_of(last) if last else None)
            value = _value_at(text, pos, label[0]) if label is not None else None
            if label is None or value is None:
                continue
            start, end, quoted = value
            span = self._value_span(label, text, start, end, text[sep], quoted=quoted)
            if span is not None:
                hits.append((label[0], span[0], span[1], _score(label[0])))
        return hits, len(text)

    def _value_span(
        self, label: Label, text: str, start: int, end: int, sep: str, *, quoted: bool = True
    ) -> tuple[int, int] | None:
        kind, strong = label
        if kind in ("PASSWORD", "SECRET"):
            return plausible(kind, text, start, end, sep, quoted=quoted)
        value = text[start:end].rstrip(" \t.")
        if kind == "PERSON":
            size = person_value(value, strong, self._flags)
            return (start, start + size) if size else None
        if kind == "DATE_OF_BIRTH":
            return (start, start + len(value)) if _is_date(value.strip()) else None
        return plausible(kind, text, start, start + len(value), sep, quoted=quoted)

    def _tables(self, text: str, deadline: float) -> tuple[list[RawHit], int]:
        """CSV/TSV/markdown tables: a header row that names its columns' kinds, then the
        values in those columns of each following row (until a row of another width)."""
        hits: list[RawHit] = []
        header: tuple[str, int, dict[int, Label]] | None = None  # delimiter, width, columns
        pos = 0
        for number, line in enumerate(text.split("\n")):
            if number % _CHECK_EVERY == 0 and time.perf_counter() > deadline:
                return hits, pos
            if header is not None and line.strip(" \t\r|:-"):  # not a markdown rule
                cells = _cells(line, header[0])
                if len(cells) == header[1]:
                    hits.extend(self._row(line, pos, cells, header[2]))
                else:
                    header = None
            if header is None and line.strip():
                header = self._header(line)
            pos += len(line) + 1
        return hits, len(text)

    def _header(self, line: str) -> tuple[str, int, dict[int, Label]] | None:
        for delimiter in _DELIMITERS:
            if delimiter not in line:
                continue
            cells = _cells(line, delimiter)
            least = 1 if delimiter == "|" and line.lstrip().startswith("|") else 2  # "| dob |"
            if len(cells) < least or any(e - s > _CELL_CHARS for s, e in cells[:64]):
                continue
            columns: dict[int, Label] = {}
            for index, (s, e) in enumerate(cells):
                name = line[s:e].strip(" \t\x22'*`")
                # a column name, not a list item or a sentence ("A. Authentication")
                label = label_of(name) if ". " not in name and len(name.split()) <= 4 else None
                if label is not None:
                    columns[index] = label
            if columns:
                return delimiter, len(cells), columns
        return None

    def _row(
        self, line: str, pos: int, cells: Sequence[tuple[int, int]], columns: dict[int, Label]
    ) -> list[RawHit]:
        hits: list[RawHit] = []
        for index, label in columns.items():
            start, end = cells[index]
            while start < end and line[start] in " \t\x22":
                start += 1
            while end > start and line[end - 1] in " \t\x22\r":
                end -= 1
            span = self._value_span(label, line, start, end, "=") if end > start else None
            if span is not None:
                hits.append((label[0], pos + span[0], pos + span[1], _score(label[0])))
        return hits

    def _html(self, text: str, deadline: float) -> tuple[list[RawHit], int]:
        """HTML tables: ``<th>`` cells (or the first row) name the columns of later rows.
        Tags are found with str.find (one step per "<"), not an RE2 match per cell."""
        hits: list[RawHit] = []
        columns: dict[int, Label] = {}
        row: list[tuple[str, int, int]] = []
        pos = text.find("<t") if "<t" in text or "<T" in text else -1
        steps = 0
        while pos >= 0:
            steps += 1
            if steps % _CHECK_EVERY == 0 and time.perf_counter() > deadline:
                return hits, pos
            tag = text[pos + 1 : pos + 4].lower()
            if tag[:2] == "tr" and tag[2:3] in (">", " ", "\t", "\n"):
                hits.extend(self._html_row(text, row, columns))
                row = []
            elif tag[:2] in ("th", "td") and tag[2:3] in (">", " ", "\t", "\n"):
                cell = _html_cell(text, pos)
                if cell is not None:
                    row.append((tag[:2], *cell))
            pos = text.find("<", pos + 1)
        hits.extend(self._html_row(text, row, columns))
        return hits, len(text)

    def _html_row(
        self, text: str, row: list[tuple[str, int, int]], columns: dict[int, Label]
    ) -> list[RawHit]:
        if not row:
            return []
        if all(tag == "th" for tag, _, _ in row) or not columns:
            labels = {i: label_of(text[s:e].strip()) for i, (_, s, e) in enumerate(row)}
            found = {i: label for i, label in labels.items() if label is not None}
            if found:
                columns.clear()
                columns.update(found)
                return []
        cells = [(s, e) for _, s, e in row]
        return self._row(text, 0, cells, {i: c for i, c in columns.items() if i < len(cells)})


def _html_cell(text: str, pos: int) -> tuple[int, int] | None:
    """The text span of the ``<td>``/``<th>`` cell whose tag starts at ``pos``, when it holds
    plain text (at most _MAX_VALUE characters) closed by ``</t...``."""
    close = text.find(">", pos, pos + 256)
    if close < 0:
        return None
    end = text.find("<", close + 1, close + 2 + _MAX_VALUE)
    if end < 0 or text[end + 1 : end + 3].lower() not in ("/t",):
        return None
    return close + 1, end


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The cells' spans in one line; quoted cells may hold the delimiter. A markdown row's
    outer pipes make no cells. Linear in the line."""
    spans: list[tuple[int, int]] = []
    start = 0
    if '"' not in line:  # the common case, at C speed
        for piece in line.split(delimiter):
            spans.append((start, start + len(piece)))
            start += len(piece) + 1
    else:
        quoted = False
        for index, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == delimiter and not quoted:
                spans.append((start, index))
                start = index + 1
        spans.append((start, len(line)))
    if delimiter == "|" and len(spans) > 1 and not line[: spans[0][1]].strip():
        spans = spans[1:]  # "| a | b |": the outer pipes, and a last row may lack the right one
        if len(spans) > 1 and not line[spans[-1][0] :].strip():
            spans = spans[:-1]
    return spans
