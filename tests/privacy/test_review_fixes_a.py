"""Fixes from a code review of the privacy scanner: a passphrase's full span, birthday-event
words as whole words, Turkish dotted capitals in cue words, a short word in the name cases."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.structured_values import plausible
from meshroute.privacy.validators import VALIDATORS


def _found(detector: SensitivityDetector, text: str, *, deep: bool) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=deep)]


# The last word of the passphrase also sits inside an earlier one ("chat" in "chatte").
_PASSPHRASES = [
    ("mot de passe : chatte rouge mange chat", "chatte rouge mange chat"),
    ("wifi password: cattle blue ducks cat", "cattle blue ducks cat"),
]


@pytest.mark.parametrize(("text", "phrase"), _PASSPHRASES)
def test_passphrase_validator_spans_every_word(text: str, phrase: str) -> None:
    start = text.index(phrase)
    first_end = text.index(" ", start)
    span = VALIDATORS["password"](text, start, first_end)
    assert span is not None and text[span[0] : span[1]] == phrase


@pytest.mark.parametrize(("text", "phrase"), _PASSPHRASES)
def test_passphrase_label_value_spans_every_word(text: str, phrase: str) -> None:
    start = text.index(phrase)
    span = plausible("PASSWORD", text, start, len(text), ":", quoted=False)
    assert span is not None and text[span[0] : span[1]] == phrase


@pytest.mark.parametrize(("text", "phrase"), _PASSPHRASES)
@pytest.mark.parametrize("deep", [False, True])
def test_passphrase_redacted_whole(
    detector: SensitivityDetector, text: str, phrase: str, deep: bool
) -> None:
    assert ("PASSWORD", phrase) in _found(detector, text, deep=deep)
