"""A lower-case given name after a greeting or before "from accounting" (names.chat_name,
templates/names.js chatName): the Worker flags what the gateway flags."""

from __future__ import annotations

from pathlib import Path

from edge_support import require_node, worker_scan

from meshroute.privacy.detector import SensitivityDetector

TEXTS = (
    '"hey brandon!! so sorry about last night"',
    "i have a huge crush on danny from accounting",
    "thanks mark for the help yesterday",
    "cześć kasia, jutro o 9?",
    "hi will you come tomorrow",  # no name
    "a rose from the garden",  # no name
)


def test_the_worker_flags_chat_names_as_the_gateway_does(tmp_path: Path) -> None:
    node = require_node()
    detector = SensitivityDetector.build(cache_size=0)
    gateway = [bool(detector.scan([t], deep=True)) for t in TEXTS]
    assert gateway == [True, True, True, True, False, False]
    worker = [sensitive for sensitive, _ in worker_scan(node, tmp_path, list(TEXTS))]
    assert worker == gateway
