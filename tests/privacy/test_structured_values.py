"""Values under labels (privacy/structured_values.py): the span of an unquoted secret, and
ordinary words under a person or password label that are no name and no password. Real
detector and finder."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.structured_values import plausible


def _found(detector: SensitivityDetector, text: str) -> set[tuple[str, str]]:
    return {(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)}


@pytest.mark.parametrize(
    ("text", "sep", "value"),
    [
        ("password=Sommer2024!&user=x", "=", "Sommer2024!"),  # a query string stops at "&"
        ("password: Sommer&Winter9", ":", "Sommer&Winter9"),  # elsewhere "&" is a symbol
        ("password: Xk9#mQ2.,;)", ":", "Xk9#mQ2"),  # trailing punctuation is the sentence's
        ("password: Xk9#mQ2\u00a0next", ":", "Xk9#mQ2"),  # Unicode white space ends it
        ("password: Xk9#mQ2'", ":", "Xk9#mQ2"),
        ("password: " + "a1B" * 200, ":", ("a1B" * 200)[:256]),  # at most 256 characters
    ],
)
def test_an_unquoted_secret_ends_where_the_value_ends(text: str, sep: str, value: str) -> None:
    start = text.index(sep) + 1 + (sep == ":")
    span = plausible("PASSWORD", text, start, len(text), sep, quoted=False)
    assert span is not None and text[span[0] : span[1]] == value


@pytest.mark.parametrize(
    "text",
    [
        "Patient: stable",
        "Patient: Critical\nWard: 4B",
        "patient name: fair",
        "passwd: files",
        "passwd:         files systemd\ngroup:          files systemd\nshadow:         files\n"
        "hosts:          files mdns4_minimal [NOTFOUND=return] dns",
        "password: sufficient pam_unix.so",
    ],
)
def test_a_state_or_a_setting_under_a_label_is_not_flagged(
    detector: SensitivityDetector, text: str
) -> None:
    assert not {kind for kind, _ in _found(detector, text)} & {"PERSON", "PASSWORD"}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Patient: nowak anna", "PERSON", "nowak anna"),
        ("patient: frank", "PERSON", "frank"),  # a frequent given name, though a word
        ("Patient: Rose", "PERSON", "Rose"),
        ("my password: hunter2", "PASSWORD", "hunter2"),
        ("password: sunshine", "PASSWORD", "sunshine"),
        ("password: files2024", "PASSWORD", "files2024"),
        ("password: files and more", "PASSWORD", "files"),  # prose after it: not a config line
    ],
)
def test_names_and_passwords_under_labels_are_still_found(
    detector: SensitivityDetector, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in _found(detector, text)
