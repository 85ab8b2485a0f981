"""Review findings (b): common surnames are no landmark nouns when they end a name."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.places import LANDMARKS
from scan_support import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please ask Jisoo Park to review the contract.", "Jisoo Park"),
        ("Please ask Sarah Cross to review the contract.", "Sarah Cross"),
        ("Please ask Thomas Haus to review the contract.", "Thomas Haus"),
        ("Can you forward the report to Grace Park before Friday?", "Grace Park"),
    ],
)
def test_a_surname_that_is_a_landmark_noun_ends_a_name(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert name in persons(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wie komme ich vom Alexanderplatz zum Brandenburger Tor?",
        "Ile kosztuje bilet do Muzeum Chopina?",
        "Spacer po Stare Miasto w Krakowie.",
        "How do I get from Hyde Park to Kings Cross?",
        "Walk down George Street to the Rocks.",
        "Is Victoria Station far from Regent Park?",
    ],
)
def test_landmarks_are_still_no_names(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


def test_the_landmark_nouns_hold_no_word_mostly_something_else() -> None:
    assert LANDMARKS.isdisjoint({"most", "stare", "ter", "dom"})
