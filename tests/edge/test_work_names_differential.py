"""A lone lower-case given name next to a work word ("why is tomasz always late to standup?",
work_words.py): the Worker's exported context pattern holds the work words, so it flags what
the gateway flags."""

from __future__ import annotations

from pathlib import Path

from edge_support import require_node, worker_scan

from meshroute.privacy.detector import SensitivityDetector

TEXTS = (
    "why is tomasz always late to standup? should i tell my manager",
    "почему серёжа всегда опаздывает на планёрку?",  # a question, but about work
    "hvorfor er sindre alltid syk på mandager? skal jeg si det til avdelingslederen",
    "why is the standup always late?",  # no name
)


def test_the_gateway_reads_a_lone_name_next_to_work_words() -> None:
    detector = SensitivityDetector.build(cache_size=0)
    found = [[t[e.start : e.end] for e in detector.scan([t], deep=True)] for t in TEXTS]
    assert found == [["tomasz"], ["серёжа"], ["sindre"], []]


def test_the_worker_flags_work_names_as_the_gateway_does(tmp_path: Path) -> None:
    node = require_node()
    detector = SensitivityDetector.build(cache_size=0)
    gateway = [bool(detector.scan([t], deep=True)) for t in TEXTS]
    worker = [sensitive for sensitive, _ in worker_scan(node, tmp_path, list(TEXTS))]
    assert worker == gateway
