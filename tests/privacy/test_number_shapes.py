"""Digit runs that phonenumbers accepts but that are written as something else are not phones;
real numbers written next to the same shapes still are."""

from __future__ import annotations

from typing import SupportsIndex

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from meshroute.privacy import number_shapes
from meshroute.privacy.detector import SensitivityDetector

NOT_PHONES = [
    "Poland has a population of 38 000 000 people.",
    "population: 8 336 817 (2022)",
    "Le prix est de 1 250 000 € TTC.",
    "€23 456 789 in the budget",  # a currency sign first: the text's first character
    "The deal was worth 612 345 678 EUR in the end.",
    "ISBN 978-0-13-468599-1 is the book I mean.",
    "Cite ISBN 0-306-40615-2 in APA style.",
    "The lottery numbers were 4 8 15 16 23 42",
    "Order no. 2024-118-3345 has not arrived",
    "Rechnung Nr. 2024 0815 4711 ist falsch",
    "phone mask (999) 999-9999 in the form",
    "use 123-456-7890 as the sample value",
    "Kundenservice: 0800 330 1000 (kostenlos)",
    "Tracking: 1Z 999 AA1 01 2345 6784",
    "Compare Presidents Lyndon Johnson (1963\u20131969) and Richard Nixon (1969\u20131974).",
    "Bismarck 1871-1890 was chancellor",
    "Kick-off dates are ISO 8601 (2025-01-02).",
]
PHONES = [
    ("Jane Smith - 07911 123456", "07911 123456"),
    ("Kontakt: 612 345 678, Ana", "612 345 678"),  # a Spanish mobile in thousands-like groups
    ("Call me on +1 (646) 555-0147 tomorrow", "+1 (646) 555-0147"),
    ("Tel.: +33 (0)4 65 18 75 50", "+33 (0)4 65 18 75 50"),
    ("mobile 0151 23456789 (private)", "0151 23456789"),
    ("my order arrived, call 07700 900123", "07700 900123"),
    ("Hans 0905 123 4567 (Manila office, his own line)", "0905 123 4567"),
    ("Tel. 030 1234 5678, Ticket 4481 closed", "030 1234 5678"),
    ("call (1963-1969 after six", "(1963-1969"),  # years in shape, but after a phone cue
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_number_shapes_that_are_not_phones(detector: SensitivityDetector, text: str) -> None:
    found = [e for e in detector.scan([text], deep=True) if e.type == "PHONE_NUMBER"]
    assert not found, [text[e.start : e.end] for e in found]


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_phones_next_to_those_shapes_are_found(
    detector: SensitivityDetector, text: str, value: str
) -> None:
    spans = {text[e.start : e.end] for e in detector.scan([text], deep=False)}
    assert value in spans


def test_a_run_of_numbers_with_trunk_zeros_is_phones_not_a_list(
    detector: SensitivityDetector,
) -> None:
    text = "numbers 06 12 34 56 78 07 98 76 54 32 for both"
    found = [e for e in detector.scan([text], deep=False) if e.type == "PHONE_NUMBER"]
    assert found and found[0].start == text.index("06")


class _CountedText(str):
    """A text that counts how often the checks index or slice it."""

    reads = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        _CountedText.reads += 1
        return str.__getitem__(self, key)


@pytest.mark.parametrize(("run", "group"), [("12 ", "12 12 12"), ("12-34-", "12-34-12")])
def test_the_shape_checks_read_a_bounded_part_of_a_long_run(run: str, group: str) -> None:
    """A phone candidate in the middle of 240,000 characters of numbers: the look-arounds (the
    groups around it, the ISBN it may be part of) read a bounded part of the run, not all of it
    (which made every candidate cost the whole run: 10.7 s for 30 KB of "12-34-")."""
    text = _CountedText("Note: " + run * (240_000 // len(run)))
    start = 6 + len(run) * (240_000 // len(run) // 2)
    end = start + len(group)
    assert text[start:end] == group
    _CountedText.reads = 0
    number_shapes.not_a_phone(text, group, start, end)
    assert _CountedText.reads < 300


@pytest.mark.parametrize("region", ["GB", "DE", "FR", "ES", "IT", "PL", "NL", "SE", "US", "IN"])
def test_example_mobiles_in_every_written_form(detector: SensitivityDetector, region: str) -> None:
    number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    assert number is not None
    for fmt in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL):
        text = f"Tel.: {phonenumbers.format_number(number, fmt)}"
        assert detector.scan([text], deep=False), text
