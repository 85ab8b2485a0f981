"""Notable people's names (Pantheon 1.0) are not flagged as personal data by the name rules;
private namesakes of common names, and any value under a person key, still are."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.notable import NotableFilter, key_of, notable_names


@pytest.fixture(scope="module")
def detector() -> SensitivityDetector:
    return SensitivityDetector.build(cache_size=0)


def _types(detector: SensitivityDetector, text: str) -> set[str]:
    return {entity.type for entity in detector.scan([text], deep=True)}


@pytest.mark.parametrize(
    "text",
    [
        "Marie Curie discovered polonium and radium.",
        "Who composed more mazurkas, Frédéric Chopin or Frederic Chopin's pupils?",
        "Summarise the theory of relativity as Albert Einstein explained it.",
        "Why did Queen Victoria appoint Lord Melbourne as her adviser?",
        "Compare Leo Tolstoy and Fyodor Dostoyevsky as novelists.",
        "Was Nelson Mandela released in 1990?",
    ],
)
def test_notable_people_are_not_personal_data(detector: SensitivityDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "My neighbour Thomas Müller has diabetes and needs a lift.",  # a common German name
        "Please book a follow-up for David Lee about his blood test.",
        "Anna Kowalska discovered a lump and booked an appointment.",
    ],
)
def test_private_namesakes_and_others_stay_personal(
    detector: SensitivityDetector, text: str
) -> None:
    assert "PERSON" in _types(detector, text)


def test_a_notable_name_under_a_person_key_is_still_personal(
    detector: SensitivityDetector,
) -> None:
    assert _types(detector, '{"customer_name": "Albert Einstein", "plan": "gold"}')


def test_the_list_leaves_out_common_namesakes() -> None:
    names = notable_names()
    assert {"marie curie", "albert einstein", "martin luther king"} <= names
    assert not {"david lee", "thomas muller", "john smith"} & names
    assert len(names) > 9000


def test_key_folds_case_accents_punctuation_and_possessives() -> None:
    assert key_of("Frédéric  CHOPIN's") == "frederic chopin"
    assert key_of("Jean-Paul Sartre") == "jean paul sartre"


class _Finder:
    def __init__(self, spans: list[tuple[str, int, int]]) -> None:
        self.spans = spans

    def find(self, text: str) -> list[tuple[str, int, int, float]]:
        return [(kind, start, end, 0.85) for kind, start, end in self.spans]


def test_filter_keeps_other_types_and_reads_surname_first() -> None:
    text = "Curie, Marie; Queen Victoria; Jan Nowak; Marie Curie"
    spans = [("PERSON", 0, 12), ("PERSON", 14, 28), ("PERSON", 30, 39), ("LOCATION", 41, 52)]
    kept = NotableFilter(_Finder(spans), frozenset({"marie curie"})).find(text)
    assert [(kind, text[s:e]) for kind, s, e, _ in kept] == [
        ("PERSON", "Jan Nowak"),
        ("LOCATION", "Marie Curie"),
    ]


def test_a_crafted_long_span_is_bounded() -> None:
    text = "Marie " * 100_000 + "Curie"
    kept = NotableFilter(_Finder([("PERSON", 0, len(text))]), frozenset({"marie curie"}))
    assert len(kept.find(text)) == 1  # a 600 KB span: folded once, not found, kept
