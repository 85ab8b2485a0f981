# ruff: noqa: RUF001
"""A name in a sentence about songs, films, titles, offices or wars, with no private context
near, is a public figure's (``public_context.py``); private context keeps it personal data."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.public_context import public_context_near
from scan_support import persons


@pytest.mark.parametrize(
    "text",
    [
        "Jakie piosenki śpiewał Czesław Niemen?",
        "Câte titluri de Grand Slam a câștigat Simona Halep?",
        "Welche Lieder von Herbert Grönemeyer sind am bekanntesten?",
        "Hány olimpiai aranyat nyert Egerszegi Krisztina?",
        "Які пісні співає Святослав Вакарчук?",
        "Aké filmy natočil Juraj Jakubisko?",
        "Quem foi Machado de Assis e por que Capitu é tão discutida?",  # "who was"
        "Кой е Христо Ботев и защо на 2 юни вият сирените?",
        "Почему «Анна Каренина» начинается фразой про семьи?",  # a title in its quotation marks
        "Защо Бай Ганьо е толкова известен герой?",  # a hero
        "Varför är Karlsson på taket så populär bland barn?",  # popular
        "Що збудував Ярослав Мудрий у Києві?",  # an epithet
        "Τι έκανε ο Μέγας Αλέξανδρος στην Αίγυπτο;",
    ],
)
def test_names_in_public_context_without_private_context_are_dropped(
    detector: SensitivityDetector, text: str
) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My colleague Anna Kowalska won the office quiz, send her a card", "Anna Kowalska"),
        ("Dear Simona Halep, your invoice for the tournament is attached", "Simona Halep"),
        ("Piotr Zieliński jest w szpitalu, jego piosenki leżą u mnie", "Piotr Zieliński"),
        ("Schreib an „Jan Kowalski“ wegen der Miete", "Jan Kowalski"),
    ],
)
def test_private_context_keeps_the_name(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in found or found in name for found in persons(detector, text))


def test_the_public_word_must_stand_in_the_names_sentence() -> None:
    text = "She won the cup. Call Jan Novak tomorrow."
    start = text.index("Jan")
    assert not public_context_near(text, start, start + 8)
    text = "Jan Novak won the cup in 2019."
    assert public_context_near(text, 0, 8)
    assert not public_context_near("x" * 500 + " Jan Novak " + "y" * 500, 501, 510)
