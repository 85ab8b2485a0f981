"""The second round of recall rules (passphrases, PINs with words before the number, streets
named with a number, lower-case addresses after a delivery verb) and their near-misses (a label
before prose, bad-password examples, birthday events, notable people's birth dates), through
the real detector's deep scan."""

from __future__ import annotations

import datetime

import pytest

from meshroute.privacy.detector import SensitivityDetector

NEXT_YEAR = datetime.date.today().year + 1


def _found(detector: SensitivityDetector, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("wifi password: two blue ducks swimming", "PASSWORD", "two blue ducks swimming"),
        ("mot de passe du wifi : chat rouge mange pomme", "PASSWORD", "chat rouge mange pomme"),
        ("the pin for my debit card is 7712, ok?", "PASSWORD", "7712"),
        ("die PIN von meiner EC-Karte ist 3382", "PASSWORD", "3382"),
        ("пин-код от моей карты 5819", "PASSWORD", "5819"),
        ("my garage door code is 4490 if you need it", "PASSWORD", "4490"),
        ("send the invoice to 310 west 55th street", "STREET_ADDRESS", "310 west 55th street"),
        ("Our office: 310 West 55th Street, New York", "STREET_ADDRESS", "310 West 55th Street"),
        ("we are at 5th Avenue 12, New York", "STREET_ADDRESS", "5th Avenue 12"),
        ("mieszkam przy ul. 3 Maja 14 w Krakowie", "STREET_ADDRESS", "ul. 3 Maja 14"),
        ("bydlím v ulici 28. října 15, Ostrava", "STREET_ADDRESS", "ulici 28. října 15"),
        ("j'habite Rue du 4 Septembre 8, Paris", "STREET_ADDRESS", "Rue du 4 Septembre 8"),
        ("my birthday is 3 May 1990, any ideas?", "DATE_OF_BIRTH", "3 May 1990"),
        ("Jan Kowalski, born 3 May 1985, lives here", "DATE_OF_BIRTH", "3 May 1985"),
    ],
)  # fmt: skip
def test_caught(detector: SensitivityDetector, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "jelszó: kattintson az elfelejtett jelszó linkre",
        "Password: must contain 8 characters and one digit",
        "Mot de passe : cliquez sur le lien pour le réinitialiser",
        "is password123 a bad password?",
        "never use qwerty123 as a password",
        "birthday party on 3 May 2025 at the park",
        f"my birthday dinner is on 12 March {NEXT_YEAR - 1}",
        "Geburtstagsfeier am 14. Juni 2025 im Garten",
        "Marie Curie was born on 7 November 1867 in Warsaw.",
        "John F. Kennedy was born on 29 May 1917 in Brookline.",
        "Nelson Mandela (born 18 July 1918) was a leader.",
        "The pin on the board is 3.3V, not 5V.",
        "pin the post from 2024 to your profile",
        "Take 5th Avenue 2 blocks north to the park.",
        "os. 12 lat 5 dni temu",
    ],
)
def test_left_alone(detector: SensitivityDetector, text: str) -> None:
    kinds = {"PASSWORD", "DATE_OF_BIRTH", "STREET_ADDRESS"}
    assert [f for f in _found(detector, text) if f[0] in kinds] == []


def test_a_private_person_of_a_notable_name_with_private_context_keeps_the_date(
    detector: SensitivityDetector,
) -> None:
    # "Helmut Schmidt" is a name a private person may share: private context keeps the date
    text = "my neighbour Helmut Schmidt was born on 3 May 1950, he owes me 400 EUR"
    assert ("DATE_OF_BIRTH", "3 May 1950") in _found(detector, text)
