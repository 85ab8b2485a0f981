"""What the privacy tests ask of a scan, shared by tests/privacy/test_public_*.py and
test_review_fixes_b.py (tests/ is on pytest's path)."""

from __future__ import annotations

from meshroute.privacy.detector import SensitivityDetector


def persons(detector: SensitivityDetector, text: str) -> list[str]:
    """The PERSON spans the deep scan finds in ``text``."""
    found = detector.scan([text], deep=True)
    return [text[e.start : e.end] for e in found if e.type == "PERSON"]
