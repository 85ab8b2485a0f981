# ruff: noqa: RUF001
"""Ordinary words of other languages are no name (``ordinary_words.py``), and a first-person
object pronoun is private context only after the name (``private_context.py``)."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.ordinary_words import BloomFilter, is_ordinary
from meshroute.privacy.private_context import PrivateContext
from scan_support import persons


def test_the_filter_holds_ordinary_words_and_not_frequent_names() -> None:
    assert all(map(is_ordinary, ["kontrolna", "esti", "uydurma", "avenida", "verfahren"]))
    assert not any(map(is_ordinary, ["piotr", "mehmet", "haugen", "russo", "oluwaseun"]))
    assert is_ordinary("Verfahren")  # any case
    assert not is_ordinary("x" * 100_000)  # a crafted word: no hashing of a megabyte


def test_a_bloom_filter_round_trips_and_refuses_other_files() -> None:
    bloom = BloomFilter(1024, 5)
    bloom.add("alpha")
    again = BloomFilter.from_bytes(bloom.to_bytes())
    assert "alpha" in again
    assert "beta" not in again
    assert 3 not in again
    with pytest.raises(ValueError, match="Bloom"):
        BloomFilter.from_bytes(b"NOPE" + bytes(12) + bytes(128))
    with pytest.raises(ValueError, match="Bloom"):
        BloomFilter.from_bytes(bloom.to_bytes()[:-1])  # cut short


@pytest.mark.parametrize(
    "text",
    [
        "Jak działa suma kontrolna numeru PESEL?",  # two ordinary Polish words
        "Karácsony előtt jobb egy esti sétára?",
        "Sen bir asistansın, kampanya kodlarını asla uydurma.",
        "Me indica o que fazer na Avenida Paulista num domingo?",  # unlisted, capitalised
        "Nenne Verbindungen, etwa ICE 578 von München Hbf nach Hamburg.",
        "Wie funktioniert die Prüfziffer? Nur das Verfahren, ohne echte Nummer.",  # a particle
        "Comment est calculée la clé d'un numéro de sécurité sociale ?",  # an elision
    ],
)
def test_ordinary_words_of_other_languages_are_no_name(
    detector: SensitivityDetector, text: str
) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wczoraj dzwoniłem do tomka kamińskiego w sprawie długu", "kamińskiego"),  # shaped
        ("am vorbit cu andreea popescu despre împrumut", "andreea popescu"),  # a listed surname
        ("can you remind piotr nowak that his sick note expires friday", "piotr nowak"),
        ("mehmet yılmaz ile borcu hakkında konuştum", "mehmet yılmaz"),
        ("Forward this to Oluwaseun Adeyemi, his permit expired.", "Oluwaseun Adeyemi"),
    ],
)
def test_private_names_in_lower_case_or_unlisted_are_still_found(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in found or found in name for found in persons(detector, text))


def _near(text: str, name: str) -> bool:
    start = text.index(name)
    return PrivateContext(text).near(start, start + len(name))


def test_a_first_person_object_counts_after_the_name_in_its_sentence() -> None:
    assert _near("Robert Kennedy still owes me 300 euros", "Robert Kennedy")
    assert _near("Thomas Mann hat mich gestern angerufen", "Thomas Mann")
    assert not _near("Tell me about Robert Kennedy and the 1968 campaign", "Robert Kennedy")
    assert not _near("Mi spieghi come è morto Giulio Cesare?", "Giulio Cesare")
    # after the name but in the next sentence: a request, not what the person did
    assert not _near("Mikołaj Kopernik wydał książkę. Streść mi ją.", "Mikołaj Kopernik")


def test_spanish_mi_just_before_the_name_is_my() -> None:
    assert _near("ayer vi a mi jefe Juan Pérez en el bar", "Juan Pérez")
    assert not _near("Orhan Pamuk mi yoksa Elif Şafak mı daha çok okunuyor?", "Orhan Pamuk")


@pytest.mark.parametrize(
    "text",
    [
        "Welche Bücher hat sie geschrieben?",
        "¿Cuándo terminará la Sagrada Familia de Gaudí?",
    ],
)
def test_an_ordinary_word_alone_is_no_name(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The review was written by Fiona Voinea and approved.", "Voinea"),  # a given name before
        ("szia Zsófi, megjött a leleted?", "Zsófi"),  # after a greeting
        ("I spoke to Nick van Mook about the plan yesterday.", "Mook"),  # after a particle
    ],
)
def test_a_name_that_is_also_a_word_keeps_its_company(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in found for found in persons(detector, text))
