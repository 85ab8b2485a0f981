# ruff: noqa: RUF001
"""Third round of recall rules: SMS and other phone cues in more languages, Telegram bot
tokens, a capitalised street word after the street's name, hospitals and doctors as private
context in the other languages, and an unlisted surname by its shape in the public-name rules."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.notable import _flags
from meshroute.privacy.private_context import PrivateContext


def _found(detector: SensitivityDetector, text: str, deep: bool = True) -> set[tuple[str, str]]:
    return {(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=deep)}


@pytest.mark.parametrize("deep", [False, True])
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Στείλε SMS στο 6945123378 για το ραντεβού", "PHONE_NUMBER", "6945123378"),
        ("send an sms to 7911123456 tonight", "PHONE_NUMBER", "7911123456"),
        ('TeleBot("7661772388:AAkk-BeOBV632xDx0p2JgPa30BlnAl0fdbq")', "API_TOKEN",
         "7661772388:AAkk-BeOBV632xDx0p2JgPa30BlnAl0fdbq"),
        ("bor på Södra Vägen 38, lgh 1102", "STREET_ADDRESS", "Södra Vägen 38"),
        ("wohnt in der Frankfurter Straße 5 in Berlin", "STREET_ADDRESS", "Frankfurter Straße 5"),
        ("passordet hun har skrevet ned er Fjellet99 men", "PASSWORD", "Fjellet99"),
        ("adresas yra Gedimino pr. 9-14, LT-01103 Vilnius", "STREET_ADDRESS", "Gedimino pr. 9-14"),
        ("elukoht Tartu mnt 14-3, 10117 Tallinn", "STREET_ADDRESS", "Tartu mnt 14-3"),
        ("dzīvo Brīvības iela 55, Rīga", "STREET_ADDRESS", "Brīvības iela 55"),
        ("unohdin wlan-salasanan, se oli jotain kuten Mustikka_74.", "PASSWORD", "Mustikka_74"),
    ],
)  # fmt: skip
def test_caught(
    detector: SensitivityDetector, text: str, kind: str, value: str, deep: bool
) -> None:
    assert (kind, value) in _found(detector, text, deep)


@pytest.mark.parametrize(
    "text",
    [
        "order 6945123378 shipped yesterday",  # a bare number without a cue
        "Die Berliner Mauer fiel 1989.",
        "Unter den Linden is a boulevard.",
        "reset the password for server web01 please",
        "see table 3, al. 5 and fig. 2",
    ],
)
def test_left_alone(detector: SensitivityDetector, text: str) -> None:
    assert _found(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Łukasz Wiśniewski jest w szpitalu od wtorku", "Łukasz Wiśniewski"),
        ("Ivan Petrov liegt im Krankenhaus", "Ivan Petrov"),
        ("byl jsem s Janem Novákem u lékaře", "Janem Novákem"),
        ("Μαρία Παπαδοπούλου είναι στο νοσοκομείο", "Μαρία Παπαδοπούλου"),
    ],
)
def test_hospitals_and_doctors_are_private_context(text: str, name: str) -> None:
    start = text.index(name)
    assert PrivateContext(text).near(start, start + len(name))


def test_an_unlisted_surname_counts_by_its_shape() -> None:
    assert "l" in _flags("wiśniewskiego")
    assert _flags("kontrolna") == ""


def test_an_inflected_given_name_and_surname_stay_a_name(detector: SensitivityDetector) -> None:
    text = "zadzwoń do Łukasza Wiśniewskiego jutro rano"
    assert ("PERSON", "Łukasza Wiśniewskiego") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"hey brandon!! so sorry about last night, i owe you big time"', "brandon"),
        ("i have a huge crush on danny from accounting, help me", "danny"),
        ("thanks mark for the help yesterday", "mark"),
    ],
)
def test_a_lower_case_given_name_after_a_greeting_or_before_a_team(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert ("PERSON", name) in _found(detector, text)


@pytest.mark.parametrize(
    "text", ["hi will you come tomorrow", "a rose from the garden", "hello world in python"]
)
def test_ordinary_words_after_a_greeting_stay_words(
    detector: SensitivityDetector, text: str
) -> None:
    assert _found(detector, text) == set()
