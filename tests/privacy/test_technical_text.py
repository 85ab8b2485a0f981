"""Ordinary technical and historical text is not personal data: IPv4 addresses are not phone
numbers, and a birth date before 1900 is history, not a living person's date of birth."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector


@pytest.fixture(scope="module")
def detector() -> SensitivityDetector:
    return SensitivityDetector.build(cache_size=0)


@pytest.mark.parametrize(
    "text",
    [
        "server 192.168.10.24 is down, restart nginx on 10.0.0.15",
        "ip: 172.16.254.1, gateway 172.16.0.1, dns 8.8.8.8",
        "Frédéric Chopin was born 1 March 1810.",
        "Ada Lovelace, born 10 December 1815, wrote the first program.",
    ],
)
def test_benign_technical_and_historical_text(detector: SensitivityDetector, text: str) -> None:
    found = detector.scan([text], deep=True)
    assert not [e for e in found if e.type in {"PHONE_NUMBER", "DATE_OF_BIRTH"}]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("call me on 020.7946.0958 tonight", "PHONE_NUMBER"),
        ("tel 06.12.34.56.78", "PHONE_NUMBER"),
        ("my son was born 12/03/2015", "DATE_OF_BIRTH"),
        ("date of birth 1925-05-05", "DATE_OF_BIRTH"),
    ],
)
def test_dotted_phones_and_living_birth_dates_still_found(
    detector: SensitivityDetector, text: str, kind: str
) -> None:
    assert kind in {e.type for e in detector.scan([text], deep=True)}


def test_long_dotted_runs_are_bounded(detector: SensitivityDetector) -> None:
    text = "1.2.3.4." * 60_000 + " call 020 7946 0958"  # 480 KB of dotted digits
    found = detector.scan([text], deep=False)
    assert found  # scanned to the end (or reported unscanned): never clean, never stuck
