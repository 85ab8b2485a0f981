"""The deep scan of a cloud-bound request reuses the fast scan's pattern hits on the same text
(routing scans fast, then deep) instead of running the fast patterns a second time."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.patterns import DEEP_PATTERNS, FAST_PATTERNS
from meshroute.privacy.scanner import PatternScanner
from meshroute.privacy.validators import VALIDATORS

TEXT = (
    "Hi, this is about the invoice. Call +44 20 7946 0958 or mail jane@acme.io; "
    "my name is Agnieszka Kowalczyk and I was born on 4 May 1987."
)


class CountingScanner(PatternScanner):
    """The fast pattern table, counting the texts it reads."""

    reads = 0

    def scan(self, text: str) -> list[tuple[str, int, int, float]]:
        self.reads += 1
        return super().scan(text)


def counting_detector(cache_size: int = 64) -> tuple[SensitivityDetector, CountingScanner]:
    fast = CountingScanner(FAST_PATTERNS, VALIDATORS)
    detector = SensitivityDetector(
        fast, PatternScanner(DEEP_PATTERNS, VALIDATORS), cache_size=cache_size
    )
    return detector, fast


@pytest.fixture(scope="module")
def cold() -> SensitivityDetector:
    return SensitivityDetector.build(cache_size=0)


def test_the_deep_scan_after_a_fast_one_does_not_rerun_the_fast_patterns() -> None:
    detector, fast = counting_detector()
    assert detector.scan([TEXT])
    assert fast.reads == 1
    deep = detector.scan([TEXT], deep=True)
    assert fast.reads == 1
    assert {e.type for e in deep} >= {"PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}


def test_the_left_hits_are_taken_once_and_never_by_another_text() -> None:
    detector, fast = counting_detector()
    detector.scan([TEXT])
    detector.scan([TEXT + " "], deep=True)  # another text: scanned in full
    assert fast.reads == 2
    detector.scan([TEXT + "  "])
    detector.scan([TEXT + "  "], deep=True)
    detector._cache.clear()
    detector.scan([TEXT + "  "], deep=True)  # taken once: the second deep scan runs them
    assert fast.reads == 4


def test_without_a_cache_nothing_is_kept() -> None:
    detector, fast = counting_detector(cache_size=0)  # benchmarks measure cold scans
    detector.scan([TEXT])
    detector.scan([TEXT], deep=True)
    assert fast.reads == 2


def test_results_equal_a_cold_deep_scan(cold: SensitivityDetector) -> None:
    warm = SensitivityDetector.build()
    texts = [TEXT, TEXT.lower(), "jane dot doe at gmail dot com, 4111 1111 1111 1111 12/27"]
    for text in texts:
        warm.scan([text])
        assert warm.scan([text], deep=True) == cold.scan([text], deep=True)


def test_hint_and_plain_text_leave_separate_results(cold: SensitivityDetector) -> None:
    from meshroute.privacy.structured import FieldText

    warm = SensitivityDetector.build()
    hinted = FieldText("Anna Nowak", "customer_name")
    warm.scan(["Anna Nowak"])
    assert warm.scan([hinted], deep=True) == cold.scan([hinted], deep=True)


def test_what_is_kept_is_bounded() -> None:
    detector, fast = counting_detector()
    for n in range(1_000):
        detector.scan([f"ticket {n}: call +44 20 7946 {n:04d}"])
    assert len(detector._fast_hits) <= 256
    dense = " ".join(f"a{n}@acme.io" for n in range(400))  # more hits than are kept
    detector.scan([dense])
    reads = fast.reads
    detector.scan([dense], deep=True)
    assert fast.reads > reads  # scanned again rather than kept


def test_build_leaves_no_large_lazy_state_for_the_first_requests() -> None:
    from meshroute.privacy import notable

    notable.variants.cache_clear()
    SensitivityDetector.build(cache_size=0)
    assert notable.variants.cache_info().currsize == 1  # built before the server freezes
