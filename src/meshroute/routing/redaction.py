"""Replace sensitive entities by placeholders before a request leaves for a public target, and
put the original values back into the answer, streamed or not.

Hand-written on purpose: Presidio's ``AnonymizerEngine``/``DeanonymizeEngine`` restore values by
offsets in the anonymised text, but the text to restore is the model's answer, where placeholders
appear anywhere, any number of times, possibly altered, and split across SSE chunks.

Placeholders look like ``<EMAIL_ADDRESS_1>``. Restoration accepts the forms models commonly
produce when they echo one: any letter case, and the placeholder name wrapped in ``<...>``,
``[...]``, ``&lt;...&gt;`` (HTML-escaped) or bare (``EMAIL_ADDRESS_1`` as a whole word). Not
handled: spaces or other text inserted inside the name (``EMAIL ADDRESS 1``), renumbering, or a
model paraphrasing the placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from meshroute.routing.features import EntityLike as SpanLike

__all__ = ["PlaceholderMap", "Redactor", "StreamRestorer"]

_WORD = "A-Za-z0-9_"
# (opening, closing) wrappers accepted around a placeholder name; "" is the bare form.
_WRAPPERS = (("<", ">"), ("[", "]"), ("&lt;", "&gt;"), ("", ""))


class PlaceholderMap:
    """Placeholder name -> original value for one request."""

    def __init__(self, values: dict[str, str]) -> None:
        # Keys are placeholder names without brackets, e.g. "EMAIL_ADDRESS_1".
        self._values = dict(values)
        self._by_lower = {name.lower(): value for name, value in values.items()}
        names = sorted(self._by_lower, key=len, reverse=True)
        self._pattern: re.Pattern[str] | None = None
        if names:
            alt = "|".join(re.escape(n) for n in names)
            wrapped = "|".join(
                rf"{re.escape(o)}(?P<w{i}>{alt}){re.escape(c)}"
                for i, (o, c) in enumerate(_WRAPPERS[:-1])
            )
            bare = rf"(?<![{_WORD}])(?P<bare>{alt})(?![{_WORD}])"
            self._pattern = re.compile(f"{wrapped}|{bare}", re.IGNORECASE)
        self._bracket_prefixes = frozenset(
            form[:k]
            for name in self._by_lower
            for o, c in _WRAPPERS[:-1]
            for form in (f"{o}{name}{c}",)
            for k in range(1, len(form))  # proper prefixes: a complete form is resolved
        )
        # A bare name may still grow ("..._1" -> "..._12"), so complete names count too.
        self._bare_prefixes = frozenset(
            name[:k] for name in self._by_lower for k in range(1, len(name) + 1)
        )
        self.max_form = max((len(p) for p in self._bracket_prefixes), default=0) + 1

    @property
    def values(self) -> dict[str, str]:
        return dict(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def restore(self, text: str) -> str:
        """The answer with every recognised placeholder replaced by its original value."""
        return self.restore_range(text, 0, len(text))

    def restore_range(self, text: str, start: int, end: int) -> str:
        """Restore ``text[start:end]``, reading the characters around it for word boundaries."""
        if self._pattern is None:
            return text[start:end]
        out: list[str] = []
        pos = start
        for m in self._pattern.finditer(text, start):
            if m.end() > end:
                break
            name = next(g for g in m.groups() if g is not None)
            out.append(text[pos : m.start()])
            out.append(self._by_lower[name.lower()])
            pos = m.end()
        out.append(text[pos:end])
        return "".join(out)

    def pending_length(self, buffer: str, before: str) -> int:
        """Length of the longest suffix of ``buffer`` that may still become a placeholder.

        ``before`` is the character emitted just before ``buffer`` ("" at the start).
        """
        lower = buffer[-self.max_form :].lower()
        for k in range(len(lower), 0, -1):
            suffix = lower[-k:]
            if suffix in self._bracket_prefixes:
                return k
            if suffix in self._bare_prefixes:
                prev = buffer[-k - 1] if k < len(buffer) else before
                if not prev or not _is_word(prev):
                    return k
        return 0

    def stream(self) -> StreamRestorer:
        return StreamRestorer(self)


def _is_word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char == "_")


class StreamRestorer:
    """Restores placeholders in a streamed answer, one delta at a time.

    It holds back only a suffix that could still turn into a placeholder (at most the longest
    placeholder form), so the output is the same as ``PlaceholderMap.restore`` of the whole
    answer, whatever the chunking.
    """

    def __init__(self, mapping: PlaceholderMap) -> None:
        self._map = mapping
        self._pending = ""
        self._last = ""  # last character emitted, for the bare form's word boundary

    def feed(self, delta: str) -> str:
        if not delta:
            return ""
        if not len(self._map):
            return delta
        buffer = self._pending + delta
        hold = self._map.pending_length(buffer, self._last)
        cut = len(buffer) - hold
        # Restore on last-emitted char + buffer so boundaries see both neighbours.
        context = self._last + buffer
        emitted = self._map.restore_range(context, len(self._last), len(self._last) + cut)
        if cut:
            self._last = buffer[cut - 1]
        self._pending = buffer[cut:]
        return emitted

    def flush(self) -> str:
        context = self._last + self._pending
        emitted = self._map.restore_range(context, len(self._last), len(context))
        if self._pending:
            self._last = self._pending[-1]
        self._pending = ""
        return emitted


class Redactor:
    """Builds placeholders for the entities of one request (stateless; share one instance)."""

    def redact(
        self, texts: Sequence[str], entities: Iterable[SpanLike]
    ) -> tuple[list[str], PlaceholderMap]:
        """Texts with each entity replaced by ``<TYPE_N>``; equal values share a placeholder."""
        found = list(entities)
        by_message: dict[int, list[SpanLike]] = {}
        for entity in sorted(
            [*found, *_echoes(texts, found)], key=lambda e: (e.message, e.start, -e.end)
        ):
            by_message.setdefault(entity.message, []).append(entity)
        taken = "\n".join(texts).lower()  # never reuse a name already present in the request
        names: dict[tuple[str, str], str] = {}
        counters: dict[str, int] = {}
        out = list(texts)
        for index, spans in by_message.items():
            text = texts[index]
            pieces: list[str] = []
            pos = 0
            for entity in spans:
                if entity.start < pos or entity.end > len(text) or entity.start >= entity.end:
                    continue  # overlapping or out-of-range span: the first one wins
                value = text[entity.start : entity.end]
                key = (entity.type, value)
                if key not in names:
                    names[key] = _next_name(entity.type, counters, taken)
                pieces.append(text[pos : entity.start])
                pieces.append(f"<{names[key]}>")
                pos = entity.end
            pieces.append(text[pos:])
            out[index] = "".join(pieces)
        return out, PlaceholderMap({name: value for (_, value), name in names.items()})


@dataclass(frozen=True, slots=True)
class _Echo:
    type: str
    start: int
    end: int
    message: int


_ECHO_MIN = 3  # characters: shorter values ("Al") would match inside ordinary words
_ECHO_VALUES = 256  # distinct values searched again; the rest keep their found spans only


def _echoes(texts: Sequence[str], found: Sequence[SpanLike]) -> list[_Echo]:
    """Every other whole-word occurrence of a found value, in any message: a name the scan
    judged private in one turn ("my neighbour Walter Whitfield") is redacted where another
    turn names it without context ("Why does Walter Whitfield park there?")."""
    values: dict[str, str] = {}
    for entity in found:
        if 0 <= entity.message < len(texts) and len(values) < _ECHO_VALUES:
            value = texts[entity.message][entity.start : entity.end]
            if len(value.strip()) >= _ECHO_MIN:
                values.setdefault(value, entity.type)
    echoes: list[_Echo] = []
    for value, kind in values.items():
        for index, text in enumerate(texts):
            start = text.find(value)
            while start >= 0:
                end = start + len(value)
                whole = not (start and _in_word(text[start - 1])) and not (
                    end < len(text) and _in_word(text[end])
                )
                if whole:
                    echoes.append(_Echo(kind, start, end, index))
                start = text.find(value, end)
    return echoes


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # any script: "Łukasz" inside "Łukaszowi" is no echo


def _next_name(kind: str, counters: dict[str, int], taken: str) -> str:
    base = re.sub(r"[^A-Z0-9_]", "_", kind.upper())
    while True:
        counters[base] = counters.get(base, 0) + 1
        name = f"{base}_{counters[base]}"
        if name.lower() not in taken:
            return name
