"""Names only likely public (a notable name a private person may share, a notable surname
alone or inflected, words that only look like names) are dropped unless private context is
near; a private person who shares such a name is still flagged when it is."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.notable import NotableFilter, public_forms
from meshroute.privacy.private_context import PrivateContext
from scan_support import persons


@pytest.mark.parametrize(
    "text",
    [
        "Why did Andrew Jackson oppose the Second Bank of the United States?",
        "Why did Robert Kennedy run for president in 1968?",
        "When did Marco Polo reach the court of Kublai Khan?",
        "Was hat Thomas Mann nach den Buddenbrooks geschrieben?",
        "Quali opere ha composto Verdi oltre all'Aida?",  # a surname alone
        "Какие стихи Пушкина учат в школе?",  # inflected, Cyrillic
        "Kiedy urodził się Fryderyk Chopin?",  # another language's given name
        "Liszt Ferenc melyik műve a leghíresebb?",  # surname first
        "Was Cleopatra Greek or Egyptian?",  # a people
        "Le musée d'Orsay est-il ouvert le lundi ?",  # a day
        "Fasse Goethes Faust in drei Sätzen zusammen.",  # an imperative first
    ],
)
def test_likely_public_names_without_private_context(
    detector: SensitivityDetector, text: str
) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My neighbour Robert Kennedy owes me 4,200 EUR since March.", "Robert Kennedy"),
        ("Dear Andrew Jackson, your blood test results are ready.", "Andrew Jackson"),
        ("Can you ask Marco Polo about his mortgage arrears?", "Marco Polo"),
        ("Mein Kollege Thomas Mann hat Diabetes, bitte ruf mich an.", "Thomas Mann"),
        ("Patient Verdi was diagnosed with depression.", "Verdi"),
        ("Moja koleżanka Anna Chopin ma raka, pomóż mi.", "Anna Chopin"),
        ("Hi, my landlord Frodo Baggins raised the rent again.", "Frodo Baggins"),  # a character
        ("Mein Kollege Albert Heijn hat Diabetes.", "Albert Heijn"),  # a brand
        ("caller Anthony Russo says he was double charged", "Anthony Russo"),  # a complaint
    ],
)
def test_a_private_namesake_near_private_context_is_flagged(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in found or found in name for found in persons(detector, text))


def test_a_private_name_of_a_notable_surname_with_another_initial_is_flagged(
    detector: SensitivityDetector,
) -> None:
    # Giacomo Puccini is notable; Romina Puccini is nobody the list knows
    text = "The review was written by Romina Puccini and approved on Monday."
    assert persons(detector, text) == ["Romina Puccini"]


def test_surnames_hold_no_frequent_names() -> None:
    forms = public_forms()
    assert {"verdi", "pushkin", "chopin"} <= forms.surnames.keys()
    assert not {"muller", "smith", "thomas", "white"} & forms.surnames.keys()
    assert {"andrew jackson", "thomas muller"} <= forms.common


def test_private_context_reach_and_words() -> None:
    text = "x " * 200 + "Robert Kennedy" + " y" * 200
    start = text.index("Robert")
    assert not PrivateContext(text).near(start, start + 14)
    for cue in ("my", "Dear", "owes", "diabetes", "+44 20 7946 0958", "a@b.org", "I spoke"):
        text = f"{cue} and then Robert Kennedy"
        start = text.index("Robert")
        assert PrivateContext(text).near(start, start + 14), cue
    assert not PrivateContext("How do I get to Kings Cross?").near(16, 27)
    assert not PrivateContext("I Promessi Sposi by Manzoni").near(20, 27)


class _Finder:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def find(self, text: str) -> list[tuple[str, int, int, float]]:
        return [("PERSON", start, end, 0.85) for start, end in self.spans]


def test_likely_rules_can_be_turned_off_and_long_spans_are_kept() -> None:
    text = "Who was Andrew Jackson?"
    span = [(8, 22)]
    assert NotableFilter(_Finder(span)).find(text) == []
    assert len(NotableFilter(_Finder(span), likely=False).find(text)) == 1
    long_text = "Verdi " * 50_000
    assert len(NotableFilter(_Finder([(0, len(long_text))])).find(long_text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ile kosztuje bilet do Muzeum Chopina?",
        "¿Cómo llego de la Puerta del Sol al Museo del Prado?",
        "Wie komme ich vom Alexanderplatz zum Brandenburger Tor?",
    ],
)
def test_landmark_names_without_private_context(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


def test_a_name_near_a_landmark_and_private_context_is_flagged(
    detector: SensitivityDetector,
) -> None:
    text = "My tenant Anna Kowalska lives at the Palace Hotel and owes me rent."
    assert "Anna Kowalska" in persons(detector, text)


def test_the_turkish_question_particle_is_no_private_context() -> None:
    turkish = "Opel Astra m\u0131 yoksa Renault Clio mi daha ekonomik?"
    start = turkish.index("Renault")
    assert not PrivateContext(turkish).near(start, start + 12)
    spanish = "Ayer mi vecino Renault Clio pidió dinero."
    start = spanish.index("Renault")
    assert PrivateContext(spanish).near(start, start + 12)
