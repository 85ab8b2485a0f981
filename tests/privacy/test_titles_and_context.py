# ruff: noqa: RUF001
"""Courtesy titles in their inflected forms cue a name, and money, work and legal words in the
users' languages are private context: a name that only looks public stays personal data there."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector

TITLED = [
    ("Ich habe mit Herrn Schneider gesprochen.", "Schneider"),
    ("Dobrý den, pane Procházko, posílám smlouvu.", "Procházko"),
    ("Rozmawiałem z panem Kowalskim o umowie.", "Kowalskim"),
    ("Встреча с господином Ивановым завтра.", "Ивановым"),
    ("Ο κ. Παπαδάκης τηλεφώνησε.", "Παπαδάκης"),
    ("mevrouw De Vries belde over de offerte", "De Vries"),
]
# Each name is one the likely-public rules drop on its own (a common notable name, a notable
# surname): the context word next to it keeps it.
PRIVATE_NEAR = [
    ("giulia russo non ha ricevuto lo stipendio di marzo", "giulia russo"),
    ("Ich habe Schulden bei Pieter van den Berg", "Pieter van den Berg"),
    ("выплатите зарплату сергею иванову", "сергею иванову"),
    ("Ο Γιώργο Παπαδάκη έχει χρέος 300 ευρώ", "Γιώργο Παπαδάκη"),
    ("Robert Kennedy wurde gestern entlassen", "Robert Kennedy"),
]
PUBLIC = ["Andrew Jackson was the seventh president.", "Wer war Robert Kennedy?"]


@pytest.mark.parametrize(("text", "name"), TITLED + PRIVATE_NEAR)
def test_names_found(detector: SensitivityDetector, text: str, name: str) -> None:
    spans = {text[e.start : e.end] for e in detector.scan([text], deep=True) if e.type == "PERSON"}
    assert name in spans


@pytest.mark.parametrize("text", PUBLIC)
def test_public_names_without_private_context(detector: SensitivityDetector, text: str) -> None:
    assert not detector.scan([text], deep=True)
