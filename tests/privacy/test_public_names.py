# ruff: noqa: RUF001
"""Function words of other languages start no name (public_names.py): "Pourquoi Molière",
"Dlaczego Lewandowski", "Les Misérables" are not people; private names that are also function
words somewhere ("Bo Larsson", "Ali Pruschke", "Nagy Nóra") still are."""

from __future__ import annotations

import time

import pytest

from meshroute.privacy.detector import SensitivityDetector
from scan_support import persons


@pytest.mark.parametrize(
    "text",
    [
        "Pourquoi Molière est-il si important dans le théâtre français ?",
        "Dlaczego Lewandowski odszedł z Bayernu?",
        "Milloin Sibelius sävelsi Finlandian?",
        "Почему Достоевский написал «Преступление и наказание»?",
        "Qui a lu Les Misérables en entier ?",
        "Explique la pensée de Descartes : je pense, donc je suis.",
        "Cosa ha scoperto Galileo con il suo telescopio?",
        "Hvordan kommer jeg fra Oslo S til Vigelandsparken?",
    ],
)
def test_function_word_starts_no_name(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I spoke to Bo Larsson about the migration plan yesterday.", "Bo Larsson"),
        ("Reminder: Ali Pruschke still owes 4,200 EUR on the loan.", "Ali Pruschke"),
        ("Nagy Nóra was diagnosed with type 2 diabetes last month.", "Nagy Nóra"),
        ("Czy Anna Nowak ma jutro wolne?", "Anna Nowak"),
        ("Pourquoi Jean Dupont est-il absent ?", "Jean Dupont"),
        ("hey can u ask les gerritsen to send me the deck before friday", "les gerritsen"),
    ],
)
def test_names_that_are_function_words_elsewhere(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in span for span in persons(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich habe gestern mit markus flantz über das Projekt gesprochen.", "markus flantz"),
        ("Ayer hablé con jacinto barrio y está de acuerdo con el plan.", "jacinto barrio"),
    ],
)
def test_a_function_word_before_a_lower_case_given_name_is_not_skipped(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    # the pair the rules read starts at the function word ("mit markus"): skipping it would
    # leave "markus flantz", which the lower-case rules alone do not take
    start = text.index(name)
    found = detector.scan([text], deep=True)
    assert any(e.type == "PERSON" and e.start < start + len(name) and e.end > start for e in found)


def test_function_words_half_a_megabyte_is_bounded(detector: SensitivityDetector) -> None:
    # function words that are also names, in English words that never vote: each reads its
    # whole window of neighbours; the budget holds (what it cannot read is marked UNSCANNED)
    text = "Les Bo Ali Nagy Le Kim the house of " * 15_000
    started = time.perf_counter()
    found = detector.scan([text], deep=True)
    assert time.perf_counter() - started < detector.limits.budget_s + 2.0
    assert all(0 <= entity.start < entity.end <= len(text) for entity in found)


@pytest.mark.parametrize(
    ("text", "name", "notable"),
    [
        ("Orhan Pamuk'un en iyi romanı hangisi?", "Orhan Pamuk'un", True),
        ("Albert Einstein'ın görelilik kuramı nedir?", "Albert Einstein'ın", True),
        ("Mehmet Yılmaz'ın kanser tedavisi başladı.", "Mehmet Yılmaz'ın", False),
        ("I met Sean O'Brien yesterday.", "Sean O'Brien", False),
    ],
)
def test_a_turkish_case_ending_hides_no_notable_name(
    detector: SensitivityDetector, text: str, name: str, notable: bool
) -> None:
    # notable.py: "Pamuk'un" is Orhan Pamuk with a genitive ending, not a private person
    start = text.index(name)
    found = detector.scan([text], deep=True)
    flagged = any(
        e.type == "PERSON" and e.start < start + len(name) and e.end > start for e in found
    )
    assert flagged is not notable
