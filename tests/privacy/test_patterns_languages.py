"""The fast scan's date-of-birth, password and street-address patterns in European languages
(patterns.py, cue_words.py): inflected cue words, words between a cue and its value, local
date and address forms; and near-misses that must stay clean."""

from __future__ import annotations

import pytest

from meshroute.privacy.patterns import FAST_PATTERNS
from meshroute.privacy.scanner import PatternScanner
from meshroute.privacy.validators import VALIDATORS

_SCANNER = PatternScanner(FAST_PATTERNS, VALIDATORS)


def _found(text: str) -> set[tuple[str, str]]:
    return {(kind, text[start:end]) for kind, start, end, _ in _SCANNER.scan(text)}


def _covered(text: str, kind: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(k == kind and s < end and start < e for k, s, e, _ in _SCANNER.scan(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she was born on the 2nd of March 1961 in York", "2nd of March 1961"),
        ("urodziłem się 14 kwietnia 1979 w Poznaniu", "14 kwietnia 1979"),
        ("narodil se 2. 11. 1964 v Olomouci", "2. 11. 1964"),
        ("szül. idő: 1971.08.09.", "1971.08.09."),
        ("m-am născut pe 3 martie 1991", "3 martie 1991"),
        ("Petrov Ivan, 03.04.1966 г.р.", "03.04.1966"),  # noqa: RUF001
        ("sono nata a Pisa il 9 maggio 1990", "9 maggio 1990"),
        ("min søn er født den 4. juni 2014", "4. juni 2014"),
        ("Er ist am 12.02.1970 geboren.", "12.02.1970"),
        ("rođena 14. listopada 1988. u Osijeku", "14. listopada 1988"),
        ("Mehmet Kaya 1983 doğumlu", "1983"),
    ],
)
def test_birth_dates_with_inflected_cues(text: str, value: str) -> None:
    assert _covered(text, "DATE_OF_BIRTH", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my netflix pw is tulip2024 lol", "tulip2024"),
        ("das Passwort für das WLAN lautet: Kuchen!77", "Kuchen!77"),
        ("a senha do banco é Sol2021x", "Sol2021x"),
        ("jelszavam: Nyar2022", "Nyar2022"),
        ("lösenordet är Hemligt99", "Hemligt99"),
        ("η κωδικός της είναι Thalassa7", "Thalassa7"),
        ("wifi şifresi kadikoy2020", "kadikoy2020"),
        ("my card PIN is 5093", "5093"),
        ("login: jan.kowal@poczta.pl / Mazury!88", "Mazury!88"),
    ],
)
def test_passwords_after_their_word_in_many_languages(text: str, value: str) -> None:
    assert _covered(text, "PASSWORD", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vivo en c/ del Pez, 14, Madrid", "c/ del Pez, 14"),
        ("abito in via Verdi 8 a Parma", "via Verdi 8"),
        ("Rua dos Anjos, 12, Lisboa", "Rua dos Anjos, 12"),
        ("Str. Lipscani nr. 4, București", "Str. Lipscani nr. 4"),
        ("ул. Пушкина, д. 10, кв. 3", "ул. Пушкина, д. 10"),
        ("Bağlar Sok. No 9, Ankara", "Bağlar Sok. No 9"),
        ("Petőfi Sándor u. 21.", "Petőfi Sándor u. 21"),
        ("Nádražní 1208/3, 602 00 Brno", "Nádražní 1208/3"),
        ("we live at 14 ash grove road, come round", "14 ash grove road"),
    ],
)
def test_street_addresses_in_local_forms(text: str, value: str) -> None:
    assert _covered(text, "STREET_ADDRESS", value)


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.12 was released on 2 October 2023.",
        "my birthday is on the 3rd of May, bring cake",
        "Goethe wurde am 28. August 1749 geboren.",
        "Das Passwort muss mindestens 12 Zeichen haben.",
        "hasło musi mieć co najmniej 8 znaków",
        "try:\n    run()\nexcept Error:\n    pass\n    time.sleep(0.2)",
        "connect via Windows 10 and restart",
        "the Treaty of Paris, March 25, 1824\nThe treaty says",
        "Chapter 3, 1545 pages later",
        "set the password in the settings dialog",
    ],
)
def test_near_misses_stay_clean(text: str) -> None:
    kinds = {"DATE_OF_BIRTH", "PASSWORD", "STREET_ADDRESS"}
    assert not {hit for hit in _found(text) if hit[0] in kinds}
