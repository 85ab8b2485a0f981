"""Validators of the deep scan's person-tied patterns: a name after a cue word, and health
terms in a sentence about a particular person."""

from __future__ import annotations

import re

__all__ = ["cued_name", "personal_health", "place"]

_NOT_NAMES = frozenset(
    (
        "Sir", "Madam", "Team", "All", "Customer", "Customers", "User", "Users", "Hiring",
        "Manager",
        "Colleagues", "Friends", "Everyone", "Valued", "Members", "Students", "Parents", "Reader",
        "Candidate", "Applicant", "Support", "The", "A", "An", "I", "We", "Who", "What", "How",
        "Please", "Seuss", "Sirs", "Committee", "Editor", "Admissions", "Recruiter", "This", "That",
        "It", "My", "Our", "Your",
    )
)  # fmt: skip
_PERSONAL_REFERENCE = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'd|i am|my|me|mine|myself|he|she|his|her|him|son|daughter|wife|"
    r"husband|mother|father|mum|mom|dad|brother|sister|friend|colleague|boss|grandma|grandpa|"
    r"grandmother|grandfather|baby|patient|employee|client|je|j'ai|mon|ma|mes|ich|mein|meine|"
    r"yo|mi|tengo|estoy)(?!\w)"
)
_SENTENCE_END = ".!?\n"
_SENTENCE_REACH = 300  # bounded look-around: a "sentence" longer than this is cut


def cued_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = text[start:end].split()
    if not words or words[0] in _NOT_NAMES:
        return None
    return start, end


def personal_health(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "what is diabetes?" is a medical question; "my father has diabetes" is health data."""
    lo = max(start - _SENTENCE_REACH, 0)
    lo = max([text.rfind(c, lo, start) for c in _SENTENCE_END] + [lo - 1]) + 1
    hi = min(end + _SENTENCE_REACH, len(text))
    stops = [i for i in (text.find(c, end, hi) for c in _SENTENCE_END) if i >= 0]
    hi = min(stops) if stops else hi
    sentence = (text[lo:start] + " " + text[end:hi]).lower()
    return (start, end) if _PERSONAL_REFERENCE.search(sentence) else None


_WEEK_AND_YEAR = "monday tuesday wednesday thursday friday saturday sunday january february march"
_NOT_PLACES = frozenset(
    f"{_WEEK_AND_YEAR} april may june july august september october november december today "
    "tomorrow next the a an my our their".split(" ")
)


def place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "moved to Thursday" is a date, "lives in Leeds" a place."""
    first = text[start:end].split()[0].lower()
    return None if first in _NOT_PLACES else (start, end)
