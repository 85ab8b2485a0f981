"""Time of each fast-scan pattern in node (V8 backtracks; RE2 in the gateway does not) on
crafted long tokens, to find patterns that start a match at every letter and run to the
token's end (quadratic). Prints the patterns above --min-ms on each input.

Usage: .venv/bin/python bench/worker_patterns.py [--size 20000] [--min-ms 20]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from meshroute.edge.export_privacy import _patterns

# Runs every pattern as privacy.js does (flags + "gd", exec until no match) and times it.
_SCRIPT = """
const fs = await import('node:fs');
const [patterns, texts] = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const rows = patterns.map((p) => texts.map((t) => {
  const re = new RegExp(p.source, p.flags + 'gd');
  const t0 = performance.now();
  let m;
  while ((m = re.exec(t)) !== null) { if (m[0].length === 0) re.lastIndex += 1; }
  return performance.now() - t0;
}));
console.log(JSON.stringify(rows));
"""


def crafted(size: int) -> dict[str, str]:
    """Long tokens of capitals, letters and hyphens, and e-mail-like characters."""
    return {
        "A*n": "Note: " + "A" * size,
        "Aa-*n": "Note: " + "Aa-" * (size // 3),
        "a1.*n": "Note: " + "a1." * (size // 3),
        "a*n": "note: " + "a" * size,
        "a'A*n": "Note: " + "a'A" * (size // 3),
    }


def times(texts: list[str]) -> list[list[float]]:
    """Milliseconds of each fast pattern (rows) on each text (columns)."""
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        files = [Path(tmp) / "p.json", Path(tmp) / "t.json"]
        files[0].write_text(json.dumps(_patterns()), encoding="utf-8")
        files[1].write_text(json.dumps(texts), encoding="utf-8")
        command = [node, "--input-type=module", "-e", _SCRIPT, *map(str, files)]
        result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    rows: list[list[float]] = json.loads(result.stdout)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--min-ms", type=float, default=20.0)
    args = parser.parse_args()
    inputs = crafted(args.size)
    rows = times(list(inputs.values()))
    print("pattern " + " ".join(f"{name:>9}" for name in inputs))
    for index, row in enumerate(rows):
        if max(row) >= args.min_ms:
            print(f"{index:7d} " + " ".join(f"{ms:9.1f}" for ms in row))
    print("total   " + " ".join(f"{sum(col):9.1f}" for col in zip(*rows, strict=True)))


if __name__ == "__main__":
    main()
