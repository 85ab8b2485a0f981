"""The one place the audit touches the routing recognisers (issue 10 may move them).

`build_scan` returns a function from a text to the (entity type, start offset) pairs found in
it: only types and offsets leave the detector, never the matched values.
"""

from __future__ import annotations

from collections.abc import Callable

ScanFn = Callable[[str], list[tuple[str, int]]]


def build_scan(*, ner: bool = False) -> ScanFn:
    """The routing detector: the fast scan (patterns and validators) unless `ner` asks for the
    deep scan (spaCy NER for names and places, much slower)."""
    from meshroute.config import default_config
    from meshroute.routing.components import build_detector

    config = default_config()
    config = config.model_copy(update={"routing": config.routing.model_copy(update={"ner": ner})})
    detector = build_detector(config)

    def scan(text: str) -> list[tuple[str, int]]:
        return [(entity.type, entity.start) for entity in detector.scan([text], deep=ner)]

    return scan
