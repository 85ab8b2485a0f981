"""Time of the edge Worker's whole privacy scan on each crafted half-megabyte input
(``tests/edge/edge_support.crafted_inputs``), in node: V8 backtracks where the gateway's RE2
does not, so a pattern that goes quadratic shows here as seconds. The test
(tests/edge/test_cueless_differential.py) checks the verdicts only; the times are read here.

Usage: .venv/bin/python bench/worker_crafted.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "edge"))

from edge_support import crafted_inputs, require_node, worker_scan


def main() -> None:
    node = require_node()
    crafted = crafted_inputs()
    with tempfile.TemporaryDirectory() as tmp:
        verdicts = worker_scan(node, Path(tmp), list(crafted.values()))
    print("| crafted input | characters | sensitive | Worker scan ms |")
    print("|---|---:|---|---:|")
    for (name, text), (sensitive, ms) in zip(crafted.items(), verdicts, strict=True):
        print(f"| {name} | {len(text):,} | {sensitive} | {ms:,.0f} |")


if __name__ == "__main__":
    main()
