# ruff: noqa: RUF001
"""Common words rarely names, brands and fictional characters (``public_words.py``) are only
likely public: dropped when no private context is near, flagged when it is."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.public_words import _table
from scan_support import persons


@pytest.mark.parametrize(
    "text",
    [
        "Welche Rolle spielt die Inflation heute?",  # a common noun alone
        "Vergleiche die Preise von Albert Heijn und Lidl.",  # a brand of two words
        "Ist der Renault Clio sparsamer als ein Opel Corsa?",  # a brand first
        "Er Lego billigere i Tyskland?",  # a function word first, then a brand
        "Hvorfor er Luke Skywalker så populær?",  # a fictional character
        "Dün akşam kaç gol attılar?",  # lower case, a common word first
        "Escribe un resumen de soledad y olvido en la novela.",  # a function word, one word
        "Что продают в ГУМе на Красной площади?",  # one inflected word no list holds as a name
    ],
)
def test_public_words_without_private_context(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My colleague Luke Skywalker owes me 300 EUR since March.", "Luke Skywalker"),
        ("Dear Albert Heijn, your blood test results are ready.", "Albert Heijn"),
        ("Mein Nachbar Renault Clio hat Diabetes, ruf mich an.", "Renault Clio"),
    ],
)
def test_a_private_namesake_near_private_context_is_flagged(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in found or found in name for found in persons(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich habe gestern mit markus flantz über das Projekt gesprochen.", "markus flantz"),
        ("Ayer hablé con jacinto barrio y está de acuerdo con el plan.", "jacinto barrio"),
        ("The review was written by Casey Carroll and approved on Monday.", "Casey Carroll"),
    ],
)
def test_private_names_that_only_share_a_first_word_are_flagged(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    start = text.index(name)
    found = detector.scan([text], deep=True)
    assert any(e.type == "PERSON" and e.start < start + len(name) and e.end > start for e in found)


def test_the_table_holds_no_frequent_names() -> None:
    table = _table()
    assert "w" in table["rolle"] and "b" in table["renault"] and table["frodo baggins"] == "k"
    for name in ("anna", "pena", "soledad", "thomas", "maria", "jan", "mercedes"):
        assert "w" not in table.get(name, "") and "b" not in table.get(name, ""), name


@pytest.mark.parametrize(
    "text",
    [
        "Quelles inventions a dessinées Léonard de Vinci ?",  # another given name and particle
        "Чим прославився Богдан Хмельницький?",  # Ukrainian transliteration
        "Какие романы написал Лев Толстой?",  # Russian, a notable's Cyrillic form
    ],
)
def test_other_languages_forms_of_notable_names(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


def test_a_variant_needs_the_given_names_first_letters() -> None:
    from meshroute.privacy.name_variants import VariantIndex, loose

    index = VariantIndex(["bohdan khmelnytsky", "leonardo da vinci"])
    plain = str  # the words are ASCII already
    assert loose("khmelnitskogo") == "hmelnitskoho"
    assert index.matches(["bogdana", "khmelnitskogo"], plain)
    assert index.matches(["leonard", "de", "vinci"], plain)
    assert not index.matches(["romina", "vinci"], plain)  # another given name
    assert not index.matches(["bohdan"], plain)


def test_a_given_name_before_a_regnal_number_or_a_notable_surname() -> None:
    from meshroute.privacy.notable import _part_of_notable

    text = "Kdy vládl Václav IV. a kdo byl Marie Curie?"
    assert _part_of_notable(text, text.index(" IV"), ["vaclav"])
    assert _part_of_notable(text, text.index(" Curie"), ["marie"])
    assert not _part_of_notable("Ask Karel IVANOV to call.", 9, ["karel"])
    assert not _part_of_notable(text, text.index(" Curie"), ["marie", "x"])
