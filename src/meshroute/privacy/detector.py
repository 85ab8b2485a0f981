"""The sensitivity detector: finds personal data and secrets in the strings a request would
forward, in bounded time whatever the input.

* Every message is normalised (``normalise``), then scanned by RE2 pattern tables
  (``patterns``) whose candidates are validated (``validators``); spans are mapped back to the
  original text for redaction.
* Time is bounded twice: each pattern runs in linear time (RE2), and a message is scanned in
  chunks with a character cap and a time budget. Whatever is left unscanned is reported as one
  ``UNSCANNED`` entity: the request is then treated as sensitive (fail closed), and the policy
  keeps it on private targets even where it would redact.
* ``deep=True`` (run only before a public target) adds the person-tied patterns and the name
  finder (``gazetteer``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from meshroute.privacy.hits import UNSCANNED, NameFinder, RawHit
from meshroute.privacy.normalise import normalise
from meshroute.privacy.scanner import PatternScanner
from meshroute.privacy.structured import StructuredFinder

__all__ = ["UNSCANNED", "Entity", "NameFinder", "ScanLimits", "SensitivityDetector"]


@dataclass(frozen=True, slots=True)
class Entity:
    """One sensitive span: ``texts[message][start:end]`` of the scanned request."""

    type: str
    start: int
    end: int
    message: int
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class ScanLimits:
    """Bounds of one message's scan. What lies beyond them counts as sensitive."""

    max_chars: int = 1_000_000  # characters scanned per message
    chunk: int = 32_768  # scanned in chunks; the time budget is checked between them
    overlap: int = 512  # an entity across a chunk boundary is still seen whole
    budget_s: float = 1.0  # time per request before the rest is given up (fail closed)


class SensitivityDetector:
    """Finds sensitive entities in a request's strings. Build once with :meth:`build`."""

    def __init__(
        self,
        fast: PatternScanner,
        deep: PatternScanner | None = None,
        names: Sequence[NameFinder] = (),
        *,
        limits: ScanLimits | None = None,
        cache_size: int = 4096,
        cueless: NameFinder | None = None,
        structured: StructuredFinder | None = None,
    ) -> None:
        self._fast = fast
        self._deep = deep
        self._names = tuple(names)
        self._cueless = cueless  # passwords, secrets, birth dates without a cue (deep only)
        self._structured = structured  # values whose key, header or field names them (deep)
        self.limits = limits or ScanLimits()
        # Chat requests resend the whole conversation, so most messages were scanned on an
        # earlier turn. Keys are digests: no message text is kept.
        self._cache: OrderedDict[bytes, tuple[RawHit, ...]] = OrderedDict()
        self._cache_size = cache_size
        # A cloud-bound request is scanned fast (to route), then deep: the deep scan takes
        # the fast patterns' raw hits from here instead of running them again (a third of
        # its time). Taken once, by the fast scan's key; bounded in entries and hits.
        self._fast_hits: OrderedDict[bytes, tuple[RawHit, ...]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def ner_available(self) -> bool:
        return bool(self._names)

    @classmethod
    def build(
        cls,
        *,
        names: bool = True,
        spacy_model: str | None = None,
        limits: ScanLimits | None = None,
        cache_size: int = 4096,
        cueless: bool = True,
        structured: bool = True,
    ) -> SensitivityDetector:
        """Compile the pattern tables and load the name finders (well under a second)."""
        from meshroute.privacy.notable import NotableFilter
        from meshroute.privacy.patterns import DEEP_PATTERNS, FAST_PATTERNS
        from meshroute.privacy.validators import VALIDATORS

        finders: list[NameFinder] = []
        if names:
            from meshroute.privacy.gazetteer import GazetteerNames

            finders.append(GazetteerNames.load())
        if spacy_model:
            from meshroute.privacy.spacy_names import load_spacy_names

            spacy_names = load_spacy_names(spacy_model)
            if spacy_names is not None:
                finders.append(spacy_names)
        cueless_finder = None
        if cueless:
            from meshroute.privacy.cueless import CuelessFinder

            # a date after a notable person's name is public ("Elvis Presley (8 January 1935)")
            # (full names only: the window before a date holds no private context to read)
            cueless_finder = CuelessFinder(
                NotableFilter(finders[0], likely=False) if finders else None
            )
        detector = cls(
            PatternScanner(FAST_PATTERNS, VALIDATORS),
            PatternScanner(DEEP_PATTERNS, VALIDATORS),
            [NotableFilter(finder) for finder in finders],  # "Marie Curie" is no one's data
            limits=limits,
            cache_size=cache_size,
            cueless=cueless_finder,
            structured=_structured_finder(finders) if structured else None,
        )
        detector.scan(list(_WARM_UP), deep=True)  # lazy state (phone metadata, suffix list)
        if names:
            from meshroute.privacy.notable import variants

            # 17,000 objects built on first use otherwise: after the server's gc.freeze, every
            # full collection walked them (the cloud path's c=1 p99: 8 ms -> 4 ms when built here)
            variants()
        return detector

    def scan(self, texts: Sequence[str], *, deep: bool = False) -> tuple[Entity, ...]:
        """Entities of every message, in message then offset order."""
        found: list[Entity] = []
        # One budget for the whole request: many large messages cannot add up past it.
        deadline = time.perf_counter() + self.limits.budget_s
        for index, text in enumerate(texts):
            if text:
                # structured.FieldText: what the text's field says it is (texts_of sets it)
                hint = str(getattr(text, "hint", ""))
                found.extend(
                    Entity(kind, start, end, index, score)
                    for kind, start, end, score in self._scan_message(text, deep, deadline, hint)
                )
        return tuple(found)

    def _scan_message(
        self, text: str, deep: bool, deadline: float, hint: str = ""
    ) -> tuple[RawHit, ...]:
        key = fast_key = b""
        if self._cache_size:
            key = _cache_key(text, hint, deep)
            fast_key = _cache_key(text, hint, False) if deep else key
            with self._lock:
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    return cached
        result = tuple(self._uncached(text, deep, deadline, hint, fast_key))
        # A verdict cut short by the clock depends on the machine's load: not kept.
        if self._cache_size and not (result and result[-1][0] == UNSCANNED):
            with self._lock:
                self._cache[key] = result
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return result

    def _uncached(
        self, text: str, deep: bool, deadline: float, hint: str = "", fast_key: bytes = b""
    ) -> list[RawHit]:
        if _opaque(text):
            return [(UNSCANNED, 0, len(text), 1.0)]
        limits = self.limits
        head = text[: limits.max_chars]
        normal = normalise(head)
        hits, reached = self._fast_raw(normal.text, deep, deadline, fast_key)
        if deep:
            finders: list[PatternScanner | NameFinder] = (
                [self._deep] if self._deep is not None else []
            )
            finders.extend(self._names)
            finders.extend([self._cueless] if self._cueless is not None else [])
            more, got = _chunked(normal.text[:reached], finders, limits, deadline)
            hits.extend(more)
            reached = min(reached, got)
        if deep and self._structured is not None:
            # whole text, not chunks: a table's header names the columns of every later row
            more, got = self._structured.find(normal.text[:reached], deadline)
            hits.extend(more)
            reached = min(reached, got)
            if hint:
                hits.extend(self._structured.find_field(normal.text, hint))
        mapped = [(k, *normal.original_span(s, e), sc) for k, s, e, sc in hits]
        kept = resolve_overlaps(mapped)
        unscanned_from = (
            normal.original_span(reached, reached + 1)[0]
            if reached < len(normal.text)
            else len(head)
        )
        if unscanned_from < len(text):
            kept = [h for h in kept if h[2] <= unscanned_from]
            kept.append((UNSCANNED, unscanned_from, len(text), 1.0))
        return kept

    def _fast_raw(
        self, text: str, deep: bool, deadline: float, fast_key: bytes
    ) -> tuple[list[RawHit], int]:
        """The fast patterns' raw hits (normalised offsets) and how far they reached: left by
        the fast scan of the same text when there was one, else found now."""
        if deep and fast_key:
            with self._lock:
                left = self._fast_hits.pop(fast_key, None)
            if left is not None:
                return list(left), len(text)
        hits, reached = _chunked(text, [self._fast], self.limits, deadline)
        # only whole-text results, few hits: a PII-dense megabyte is not kept twice
        if not deep and fast_key and reached == len(text) and len(hits) <= _KEPT_HITS:
            with self._lock:
                self._fast_hits[fast_key] = tuple(hits)
                if len(self._fast_hits) > _KEPT_TEXTS:
                    self._fast_hits.popitem(last=False)
        return hits, reached


_KEPT_TEXTS = 256  # fast results waiting for a deep scan (routing takes it within milliseconds)
_KEPT_HITS = 256


def _cache_key(text: str, hint: str, deep: bool) -> bytes:
    """A digest of the text (and its field hint) per scan depth: no message text is kept.
    A hinted text's key lies in a domain of its own, the hint's length first: no plain text
    ("customer_name\x00Anna") and no other hint/text split shares it."""
    return hashlib.blake2b(
        (f"{len(hint)}:{hint}{text}" if hint else text).encode("utf-8", "surrogatepass"),
        digest_size=16,
        person=(b"deep" if deep else b"fast") + (b"/hinted" if hint else b""),
    ).digest()


def _structured_finder(finders: Sequence[NameFinder]) -> StructuredFinder:
    """The structure-aware pass, judging person values with the gazetteer's flags."""
    from meshroute.privacy.gazetteer import GazetteerNames

    names = next((f for f in finders if isinstance(f, GazetteerNames)), None)
    return StructuredFinder(names._flags if names is not None else lambda word: "")


_BASE64_HEAD = re.compile(r"[A-Za-z0-9+/_\-]{512}")


def _opaque(text: str) -> bool:
    """A binary payload (a data: URL, base64 file or audio data): what it encodes cannot be
    scanned (a PDF, an image of a passport), so it counts as sensitive (fail closed)."""
    if text.startswith("data:") and ";base64," in text[:256]:
        return True
    return len(text) >= 512 and _BASE64_HEAD.match(text) is not None


def _chunked(
    text: str,
    finders: Sequence[PatternScanner | NameFinder],
    limits: ScanLimits,
    deadline: float,
) -> tuple[list[RawHit], int]:
    """Hits of every scanner, and how far the text was scanned before the budget ran out."""
    hits: list[RawHit] = []
    pos = 0
    while pos < len(text):
        if time.perf_counter() > deadline:
            return hits, pos
        stop = min(len(text), pos + limits.chunk + limits.overlap)
        piece = text[pos:stop]
        for finder in finders:
            found = finder.scan(piece) if isinstance(finder, PatternScanner) else finder.find(piece)
            hits.extend((k, s + pos, e + pos, sc) for k, s, e, sc in found)
        pos += limits.chunk
    return hits, len(text)


def resolve_overlaps(hits: Iterable[RawHit]) -> list[RawHit]:
    """Keep the strongest of overlapping spans (then the longest), e.g. an e-mail address over
    the URL-like piece inside it, or a connection string over the password within it."""
    ranked = sorted(set(hits), key=lambda h: (-h[3], -(h[2] - h[1]), h[1], h[0]))  # h[0]: stable
    starts: list[int] = []  # kept spans never overlap, so sorted by start they are sorted by end
    kept: list[RawHit] = []
    for hit in ranked:
        i = bisect.bisect_right(starts, hit[1])
        if i and kept[i - 1][2] > hit[1]:
            continue
        if i < len(kept) and kept[i][1] < hit[2]:
            continue
        starts.insert(i, hit[1])
        kept.insert(i, hit)
    return kept


_WARM_UP = (
    "Mail a@b.co, call +44 20 7946 0958 or (201) 555-0123, card 4111 1111 1111 1111.",
    "Born 1990-01-02, phone 07400 123456, 01 23 45 67 89, 030 123456, +91 81234 56789.",
    "IBAN GB82 WEST 1234 5698 7654 32, SSN 536-22-8745, 12 Main Street, password: x9!Tq2zz",
    "My name is Jane Doe; my mother has diabetes and lives in Leeds.",
)
