"""Places and months the name rules once took for people (privacy/gazetteer.py): a city that
is also a given name, a place with a particle, a run of month names in capitals; and the
names next to them that are still found. Real detector. names.js is not held to these (the
Worker may flag more), so they stay out of test_names_wider.NOT_NAMES."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector


def _people(detector: SensitivityDetector, text: str) -> list[str]:
    found = detector.scan([text], deep=True)
    return [text[e.start : e.end] for e in found if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Austin has a housing shortage; rents rose in every apartment and street downtown.",
        "Sydney has a housing shortage: the average apartment costs more every year.",
        "I walked to Santiago de Compostela last summer.",
        "We drove on to San Juan de Luz the next day.",
        "Fort Worth and San Francisco are both on the list.",
        "JUNE JULY AUGUST",
        "Sales for JUNE JULY were flat.",
    ],
)
def test_places_and_months_are_not_people(detector: SensitivityDetector, text: str) -> None:
    assert _people(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Austin has been off sick with depression since March.", "Austin"),
        ("Sofia has been off sick with depression.", "Sofia"),
        ("Santiago de la Fuente signed the lease.", "Santiago de la Fuente"),
        ("We met Juan de la Cruz there.", "Juan de la Cruz"),
        ("JUNE SMITH called twice.", "JUNE SMITH"),
        ("Contact April Jones about the invoice.", "April Jones"),
    ],
)
def test_people_named_like_places_and_months_are_found(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert name in _people(detector, text)
