# ruff: noqa: RUF001
"""A birthday word of any of the cue languages is a birth-date cue when the date has its year
and names no occasion; a cue may take an ending ("doğum tarihim") and four short words may
stand between it and the date."""

from __future__ import annotations

import datetime

import pytest

from meshroute.privacy.detector import SensitivityDetector

NEXT_YEAR = datetime.date.today().year + 1


def _dates(detector: SensitivityDetector, text: str, deep: bool) -> list[str]:
    found = detector.scan([text], deep=deep)
    return [text[e.start : e.end] for e in found if e.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("deep", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("рожденият ден на Иван е на 05.09.1984, напомни ми", "05.09.1984"),
        ("doğum tarihim 07.11.1989, cep numaram aşağıda", "07.11.1989"),
        ("dátum narodenia overený: 4. 9. 1990, reklamácia práčky", "4. 9. 1990"),
        ("mi cumpleaños es el 3 de mayo de 1990", "3 de mayo de 1990"),
        ("il compleanno di Marta è il 12/03/1987", "12/03/1987"),
        ("Pawła urodziny: 21.06.1979", "21.06.1979"),
        ("hans fødselsdag er 02.02.1966", "02.02.1966"),
    ],
)
def test_a_birthday_with_its_year_is_a_birth_date(
    detector: SensitivityDetector, text: str, value: str, deep: bool
) -> None:
    assert _dates(detector, text, deep) == [value]


@pytest.mark.parametrize(
    "text",
    [
        f"la fiesta de cumpleaños es el 14/06/{NEXT_YEAR}",  # an occasion, to come
        "Geburtstagsfeier am 12.05.2019 im Garten",  # a party
        f"urodziny firmy 10.10.{NEXT_YEAR}, impreza w biurze",
        "the 1929 crash began on 24.10.1929",  # no cue at all
    ],
)
def test_a_birthday_occasion_is_no_birth_date(detector: SensitivityDetector, text: str) -> None:
    assert _dates(detector, text, deep=True) == []
