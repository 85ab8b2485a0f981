"""The one place the audit touches the routing recognisers (issue 10 may move them).

`build_scan` returns a function from a text to the (entity type, start, end) triples found in
it: only types and offsets leave the detector, never the matched values. The detector bounds
its own time: text it did not reach comes back as one UNSCANNED span (fail closed).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["UNSCANNED", "ScanFn", "build_scan"]

ScanFn = Callable[[str], list[tuple[str, int, int]]]

try:  # the detector's fail-closed marker (issue 10); the same string if it moves
    from meshroute.privacy.detector import UNSCANNED
except ImportError:  # pragma: no cover
    UNSCANNED = "UNSCANNED"


def build_scan(*, ner: bool = False) -> ScanFn:
    """The routing detector: the fast scan (patterns and validators) unless `ner` asks for the
    deep scan (spaCy NER for names and places, much slower)."""
    from meshroute.config import default_config
    from meshroute.routing.components import build_detector

    config = default_config()
    config = config.model_copy(update={"routing": config.routing.model_copy(update={"ner": ner})})
    detector = build_detector(config)

    def scan(text: str) -> list[tuple[str, int, int]]:
        return [(e.type, e.start, e.end) for e in detector.scan([text], deep=ner)]

    return scan
