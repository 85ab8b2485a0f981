"""Dates of birth and passwords in the languages of the countries whose identifiers the scan
knows: month names from the CLDR (data/months.txt), cue words written by hand."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector

FOUND = [
    ("data urodzenia: 3 marca 1985", "DATE_OF_BIRTH", "3 marca 1985"),
    ("syntynyt 3. maaliskuuta 1985", "DATE_OF_BIRTH", "3. maaliskuuta 1985"),
    ("született: 1985. március 12.", "DATE_OF_BIRTH", "1985. március 12."),
    ("дата народження 12 березня 1985", "DATE_OF_BIRTH", "12 березня 1985"),
    ("ημερομηνία γέννησης 12 Μαρτίου 1985", "DATE_OF_BIRTH", "12 Μαρτίου 1985"),
    ("geboortedatum 12 maart 1985", "DATE_OF_BIRTH", "12 maart 1985"),
    ("data de nascimento: 12 de março de 1985", "DATE_OF_BIRTH", "12 de março de 1985"),
    ("doğum tarihi 12.03.1985", "DATE_OF_BIRTH", "12.03.1985"),
    ("födelsedatum 1985-03-12", "DATE_OF_BIRTH", "1985-03-12"),
    ("lösenord: Hemligt123", "PASSWORD", "Hemligt123"),
    ("salasana: Kissa2024", "PASSWORD", "Kissa2024"),
    ("пароль: qwerty123", "PASSWORD", "qwerty123"),
    ("şifre = Gizli2024!", "PASSWORD", "Gizli2024!"),
]

NOT_FOUND = [
    "we meet on 3 march 2025 in Kraków",  # a date without a birth cue
    "Release mar 3 2020; see the changelog",
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_found(detector: SensitivityDetector, text: str, kind: str, value: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)]
    assert (kind, value) in found, found


@pytest.mark.parametrize("text", NOT_FOUND)
def test_dates_without_a_birth_cue(detector: SensitivityDetector, text: str) -> None:
    assert "DATE_OF_BIRTH" not in [e.type for e in detector.scan([text], deep=True)]
