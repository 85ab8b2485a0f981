"""Digit runs that phonenumbers accepts but that are written as something else are not phones;
real numbers written next to the same shapes still are."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

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


@pytest.mark.parametrize("run", ["12 " * 80_000, "Note: " + "12-34-" * 5_000])
def test_a_long_run_of_numbers_costs_linear_time(detector: SensitivityDetector, run: str) -> None:
    """Each phone candidate in a run of numbers looks at a bounded part of it (the groups
    around it, the ISBN it may be part of): the runs are scanned to the end, not cut off by the
    deadline (which fails closed with an UNSCANNED entity; the second took 10.7 s before)."""
    found = detector.scan([run], deep=True)
    assert "UNSCANNED" not in [e.type for e in found]


@pytest.mark.parametrize("region", ["GB", "DE", "FR", "ES", "IT", "PL", "NL", "SE", "US", "IN"])
def test_example_mobiles_in_every_written_form(detector: SensitivityDetector, region: str) -> None:
    number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    assert number is not None
    for fmt in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL):
        text = f"Tel.: {phonenumbers.format_number(number, fmt)}"
        assert detector.scan([text], deep=False), text
