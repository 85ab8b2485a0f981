"""Fast patterns that begin with a repeated class (a name, an e-mail's local part, a URL's
scheme) have a boundary before them: without one V8 tries them at every capital or letter of a
long token and runs each try to its end (quadratic; RE2 in the gateway is linear). Here: the
boundaries change no verdict. The time is measured, not asserted: bench/worker_patterns.py
prints each pattern's time in node (60 KB: 1.1 to 5.6 s before the boundaries, about 10 ms
after)."""

from __future__ import annotations

from pathlib import Path

from edge_support import require_node, worker_scan

_TOKENS = ("A" * 20_000, "Aa-" * 20_000, "a1." * 20_000, "a'A" * 20_000)
# values each of the guarded patterns finds, after a long token and a space
_VALUES = (
    "anna.kowalska@firma.pl",
    "Hauptstraße 12a",
    "Váci utca 5",
    "Am Stadtpark 7, 80331 München",
    "Largo dell'Ospedale 3, 00100 Roma",
    "login: jan@firma.pl / Bluebird#12",
    "postgres://admin:s3cretPw@db.internal/app",
)


def test_long_tokens_are_clean_and_values_after_them_are_found(
    tmp_path: Path,
) -> None:
    node = require_node()
    from meshroute.privacy.detector import SensitivityDetector

    detector = SensitivityDetector.build(cache_size=0)
    crafted = [f"Note: {token}" for token in _TOKENS]
    found = [f"Note: {_TOKENS[1][:3000]} {value}" for value in _VALUES]
    texts = crafted + found
    python = [bool(detector.scan([text])) for text in texts]
    worker = worker_scan(node, tmp_path, texts)
    assert python == [False] * len(crafted) + [True] * len(found)
    assert [verdict for verdict, _ in worker] == python
