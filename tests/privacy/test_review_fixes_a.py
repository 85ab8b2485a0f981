# ruff: noqa: RUF001  (Turkish test texts)
"""Fixes from a code review of the privacy scanner: a passphrase's full span, birthday-event
words as whole words, Turkish dotted capitals in cue words, a short word in the name cases."""

from __future__ import annotations

import datetime
import importlib
import sys
from pathlib import Path

import pytest

from meshroute.privacy import validators
from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.names import _nominatives
from meshroute.privacy.structured_values import plausible
from meshroute.privacy.validators import VALIDATORS

_EDGE_TESTS = Path(__file__).resolve().parents[1] / "edge"


def _found(detector: SensitivityDetector, text: str, *, deep: bool) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=deep)]


# The last word of the passphrase also sits inside an earlier one ("chat" in "chatte").
_PASSPHRASES = [
    ("mot de passe : chatte rouge mange chat", "chatte rouge mange chat"),
    ("wifi password: cattle blue ducks cat", "cattle blue ducks cat"),
]


@pytest.mark.parametrize(("text", "phrase"), _PASSPHRASES)
def test_passphrase_validator_spans_every_word(text: str, phrase: str) -> None:
    start = text.index(phrase)
    first_end = text.index(" ", start)
    span = VALIDATORS["password"](text, start, first_end)
    assert span is not None and text[span[0] : span[1]] == phrase


@pytest.mark.parametrize(("text", "phrase"), _PASSPHRASES)
def test_passphrase_label_value_spans_every_word(text: str, phrase: str) -> None:
    start = text.index(phrase)
    span = plausible("PASSWORD", text, start, len(text), ":", quoted=False)
    assert span is not None and text[span[0] : span[1]] == phrase


@pytest.mark.parametrize(("text", "phrase"), _PASSPHRASES)
@pytest.mark.parametrize("deep", [False, True])
def test_passphrase_redacted_whole(
    detector: SensitivityDetector, text: str, phrase: str, deep: bool
) -> None:
    assert ("PASSWORD", phrase) in _found(detector, text, deep=deep)


# A word that begins like an event word is no event: these stay birth dates.
@pytest.mark.parametrize(
    "text",
    [
        "Birthday of the participant: 14.02.1988",
        "My birthday, in particular, is 14.02.1988",
        "Geburtstag laut Impressum: 14.02.1988",
        "birthday (see festival list) 14.02.1988",
    ],
)
def test_event_stem_inside_a_word_is_no_event(text: str) -> None:
    start = text.index("14.02")
    assert VALIDATORS["birth_date"](text, start, len(text)) == (start, len(text))


def test_event_stem_inside_a_name_is_no_event(detector: SensitivityDetector) -> None:
    text = "birthday of Bashir: 14.02.1988"  # "bash" begins the name
    assert ("DATE_OF_BIRTH", "14.02.1988") in _found(detector, text, deep=False)


@pytest.mark.parametrize(
    "text",
    ["birthday party on 14.02.1988", "Geburtstagsfeier am 14.02.1988", "b-day drinks 14.02.1988"],
)
def test_birthday_event_words_still_count(text: str) -> None:
    start = text.index("14.02")
    assert VALIDATORS["birth_date"](text, start, len(text)) is None


def test_birth_date_earlier_this_year_is_kept() -> None:
    # a newborn's: today is not after today, so it is a birth date, not an event to come
    value = datetime.date.today().strftime("%d.%m.%Y")
    text = f"her birthday: {value}"
    assert VALIDATORS["birth_date"](text, 14, len(text)) == (14, len(text))


def test_birthday_after_today_is_an_event() -> None:
    today = datetime.date.today()
    later = today + datetime.timedelta(days=1)
    if later.year != today.year:
        pytest.skip("no later day this year")
    text = f"her birthday: {later:%Y-%m-%d}"
    assert VALIDATORS["birth_date"](text, 14, len(text)) is None


# Neither RE2 nor JavaScript folds the Turkish dotted capital İ to i under (?i); lower-casing
# turns it into i plus a combining dot.
_TURKISH_CAPITALS = [
    ("ŞİFRE: Ankara2023", "PASSWORD", "Ankara2023"),
    ("DOĞUM TARİHİ: 12.05.1978", "DATE_OF_BIRTH", "12.05.1978"),
]


@pytest.mark.parametrize(("text", "kind", "value"), _TURKISH_CAPITALS)
def test_turkish_capital_cue_words(
    detector: SensitivityDetector, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in _found(detector, text, deep=False)


def test_turkish_capital_labels(detector: SensitivityDetector) -> None:
    text = "DOĞUM TARİHİ | ADI SOYADI\n12.05.1978 | Mehmet Yılmaz"
    assert ("DATE_OF_BIRTH", "12.05.1978") in _found(detector, text, deep=True)


def test_turkish_capitals_in_the_worker(tmp_path: Path) -> None:
    if str(_EDGE_TESTS) not in sys.path:
        sys.path.insert(0, str(_EDGE_TESTS))  # the edge tests' helpers (not a package)
    edge_support = importlib.import_module("edge_support")
    node = edge_support.require_node()
    texts = [text for text, _, _ in _TURKISH_CAPITALS]
    assert [found for found, _ in edge_support.worker_scan(node, tmp_path, texts)] == [True, True]


@pytest.mark.parametrize("word", ["el", "al", "lel", "a", ""])
def test_short_words_have_no_doubled_consonant_ending(word: str) -> None:
    assert _nominatives(word, True) == []


def test_doubled_consonant_ending_still_read() -> None:
    assert "peter" in _nominatives("peterrel", True)


def test_instruction_words_are_kept_apart_from_function_words() -> None:
    instruction: frozenset[str] = getattr(validators, "_INSTRUCTION_WORDS", frozenset())
    assert {"please", "click", "enter", "use", "contain"} <= instruction
    assert not instruction & validators._ENGLISH_FUNCTION


@pytest.mark.parametrize(
    ("words", "passphrase"),
    [(["please", "use", "capitals"], False), (["chat", "rouge", "mange", "pomme"], True)],
)
def test_instruction_words_still_make_prose(words: list[str], passphrase: bool) -> None:
    assert validators._passphrase(words) is passphrase
