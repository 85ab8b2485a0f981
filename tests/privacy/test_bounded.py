"""Issue 9 point 1: every scan ends in bounded time whatever the input, and what it could not
read in time counts as sensitive (fail closed). Crafted inputs, real detector."""

from __future__ import annotations

import time

import pytest

from meshroute.privacy.detector import UNSCANNED, ScanLimits, SensitivityDetector

KB = 1024
CRAFTED = {
    "email-backtrack-16k": "a-" * 8000 + "@",
    "email-backtrack-40k": "a-" * 20 * KB + "@",
    "email-backtrack-400k": "a-" * 200 * KB + "@",
    "digits-400k": "1" * 400 * KB,
    "spaced-digits-400k": "1 " * 200 * KB,
    "whitespace-400k": " \t\n\u00a0" * 100 * KB,
    "nested-quotes-100k": '"' * 50 * KB + "'" * 50 * KB,
    "dotted-labels-200k": "a." * 100 * KB + "@",
    "password-cues-200k": "password: " * 20 * KB,
    "names-and-phones-100k": "Jane Smith 07911 123456 " * 4 * KB,
    "zero-width-200k": "4\u200b" * 100 * KB,
    "spelled-at-dot-200k": "x dot " * 30 * KB + "at y dot com",
    "cue-runs-200k": "born " * 40 * KB,
    "non-ascii-digits-400k": "é1 " * 130 * KB,
    # a base64-looking head is taken for a binary payload; these make the scanner read it all
    "prefixed-email-backtrack-400k": "note " + "a-" * 200 * KB + "@",
    "prefixed-digits-400k": "note " + "1" * 400 * KB,
    "prefixed-card-groups-400k": "pay " + "4111 " * 80 * KB,
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_input_is_bounded(detector: SensitivityDetector, name: str) -> None:
    text = CRAFTED[name]
    started = time.perf_counter()
    found = detector.scan([text], deep=True)
    elapsed = time.perf_counter() - started
    # The budget is 1 s per request; the slack covers one chunk in flight and a loaded CI box.
    assert elapsed < detector.limits.budget_s + 2.0, f"{name}: {elapsed:.1f} s"
    assert all(0 <= e.start < e.end <= len(text) for e in found)


def test_a_lone_surrogate_is_scanned_around(detector: SensitivityDetector) -> None:
    """A lone surrogate (Python's json module lets one through; it has no UTF-8 form) used to
    make the scan raise UnicodeEncodeError; now it is a replacement character to the matchers,
    and offsets still point into the original text."""
    text = "my name is Anna \ud800 Kowalska, call 07911 123456"
    for deep in (False, True):
        spans = {text[e.start : e.end] for e in detector.scan([text], deep=deep)}
        assert "07911 123456" in spans


def test_a_cut_short_scan_fails_closed() -> None:
    tight = SensitivityDetector.build(limits=ScanLimits(chunk=4096, budget_s=0.0), cache_size=0)
    text = "hello " * 10_000
    found = tight.scan([text], deep=True)
    assert [(e.type, e.start, e.end) for e in found] == [(UNSCANNED, 0, len(text))]


def test_text_past_the_character_cap_counts_as_sensitive() -> None:
    capped = SensitivityDetector.build(limits=ScanLimits(max_chars=1000), cache_size=0)
    text = "plain words " * 200  # 2,400 characters, nothing sensitive in them
    found = capped.scan([text])
    assert [(e.type, e.start, e.end) for e in found] == [(UNSCANNED, 1000, len(text))]


def test_400k_document_is_scanned_whole_or_marked(detector: SensitivityDetector) -> None:
    filler = "The quarterly report covers revenue, churn and hiring plans. " * 7000
    text = filler + "Reach the author at jane.doe@acme.io."
    found = detector.scan([text], deep=True)
    kinds = {e.type for e in found}
    assert "EMAIL_ADDRESS" in kinds or UNSCANNED in kinds


def test_many_large_messages_share_one_budget() -> None:
    detector = SensitivityDetector.build(limits=ScanLimits(budget_s=0.2), cache_size=0)
    texts = ["Jane Smith 07911 123456 " * 4 * KB for _ in range(20)]
    started = time.perf_counter()
    found = detector.scan(texts, deep=True)
    assert time.perf_counter() - started < 3.0
    assert UNSCANNED in {e.type for e in found}


def test_unscanned_text_stays_private_even_under_redact() -> None:
    from meshroute.config import RoutingConfig
    from meshroute.privacy.detector import Entity
    from meshroute.routing.features import Features, TargetState, parse_model
    from meshroute.routing.policy import decide

    def state(name: str, zone: str) -> TargetState:
        return TargetState(
            name=name,
            tier="local" if zone == "private" else "cloud",
            zone=zone,
            region=None,
            models={"assistant": "v1"},
            served_model=name,
            operations=frozenset({"chat"}),
            may_see_sensitive=zone == "private",
        )

    fleet = [state("gpu", "private"), state("cloud", "public")]
    policy = RoutingConfig(sensitive="redact")
    for kind, public_allowed in (("EMAIL_ADDRESS", True), (UNSCANNED, False)):
        features = Features(
            operation="chat",
            requested=parse_model("auto", frozenset({"gpu", "cloud"}), frozenset()),
            entities=(Entity(kind, 0, 5, 0),),
            complexity=0.99,
        )
        decision = decide(features, fleet, policy)
        assert ("cloud" in decision.candidates) is public_allowed, kind
