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


def test_private_context_is_read_around_each_name(detector: SensitivityDetector) -> None:
    """The context is read in a window around the name: a salary 5,000 characters away does
    not make a public name private, one in the same sentence does; many names in one long
    text are all answered (the windows give way to one pass over the text)."""
    filler = "The archive lists speeches and letters from that decade. " * 90
    far = f"Robert Kennedy spoke in Indiana. {filler} My salary is late."
    assert not [e for e in detector.scan([far], deep=True) if e.type == "PERSON"]
    near = f"{filler} Robert Kennedy says my salary is late."
    assert [e for e in detector.scan([near], deep=True) if e.type == "PERSON"]
    many = "Robert Kennedy spoke. " * 400 + "Robert Kennedy owes me my salary."
    found = [e.start for e in detector.scan([many], deep=True) if e.type == "PERSON"]
    assert many.rindex("Robert Kennedy") in found  # the one who owes
    assert min(found) > len(many) - 300  # and only those within reach of the words
