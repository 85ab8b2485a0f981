"""The Worker reads "\\uXXXX" escapes as the gateway does (normalise._unescaped): what the
gateway finds in ensure_ascii JSON, the Worker finds too."""

from __future__ import annotations

import json
from pathlib import Path

from edge_support import require_node, worker_scan

from meshroute.privacy.detector import SensitivityDetector

TEXTS = (
    "Στείλε SMS στο 6945123378: το ραντεβού σας επιβεβαιώθηκε",
    "Позвоните Ольге Смирновой: +7 912 345-67-89",
    "Müller, Jürgen; Geburtsdatum 12.03.1985",
    "contraseña del wifi: Ñandú_2024",
)


def test_the_worker_finds_what_the_gateway_finds_in_escaped_text(tmp_path: Path) -> None:
    node = require_node()
    detector = SensitivityDetector.build(cache_size=0)
    texts = [json.dumps({"note": text}) for text in TEXTS]
    gateway = [bool(detector.scan([t], deep=False)) for t in texts]
    assert all(gateway)
    worker = [sensitive for sensitive, _ in worker_scan(node, tmp_path, texts)]
    assert worker == gateway


def test_the_worker_reads_json_inside_a_json_string(tmp_path: Path) -> None:
    node = require_node()
    nested = json.dumps({"note": json.dumps({"wifi_password": "tortellini-73-nonna"})})
    plain = json.dumps({"note": json.dumps({"colour": "blue"})})
    verdicts = [sensitive for sensitive, _ in worker_scan(node, tmp_path, [nested, plain])]
    assert verdicts == [True, False]
