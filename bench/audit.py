"""Throughput and peak memory of `meshroute audit` on a generated log and a generated CSV.

    .venv/bin/python bench/audit.py                 # 100 MB log, 1 GB CSV (slow on 2 cores)
    .venv/bin/python bench/audit.py --log-mb 20 --csv-mb 50 --workers 2

The files are generated on the fly into /tmp (1 line in 1000 carries an e-mail address, the
rest is ordinary telemetry) and deleted afterwards. Each audit runs in a fresh child process so
that its peak RSS is its own: the parent's (reading, parsing, aggregating) and the largest
scanning worker's are reported separately.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

_LEVELS = ("INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR")
_ROUTES = ("/v1/items", "/v1/orders", "/healthz", "/v1/users/profile", "/metrics")


def write_log(path: Path, megabytes: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    target = megabytes * 1_000_000
    written = lines = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            moment = (start + timedelta(milliseconds=lines * 50)).isoformat(timespec="milliseconds")
            extra = f" notify=user{lines}@example.com" if lines % 1000 == 0 else ""
            line = (
                f"{moment} {rng.choice(_LEVELS)} api request_id={rng.getrandbits(48):012x} "
                f"route={rng.choice(_ROUTES)} status={rng.choice((200, 200, 201, 404, 500))} "
                f"latency_ms={rng.randint(1, 900)} bytes={rng.randint(100, 90000)}{extra}\n"
            )
            handle.write(line)
            written += len(line)
            lines += 1
    return lines


def write_csv(path: Path, megabytes: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    target = megabytes * 1_000_000
    written = rows = 0
    with path.open("w", encoding="utf-8") as handle:
        header = "id,time,sensor,region,reading,unit,status,contact\n"
        handle.write(header)
        written = len(header)
        while written < target:
            moment = (start + timedelta(seconds=rows)).isoformat().replace("+00:00", "Z")
            contact = f"ops{rows}@example.com" if rows % 1000 == 0 else ""
            line = (
                f"{rows},{moment},s-{rng.randint(1, 500)},{rng.choice(('eu', 'us', 'ap'))},"
                f"{rng.uniform(-40, 60):.3f},C,{rng.choice(('ok', 'ok', 'warn'))},{contact}\n"
            )
            handle.write(line)
            written += len(line)
            rows += 1
    return rows


def child(path: str, workers: int) -> None:
    """Audit one file here and print the figures as JSON (run in a fresh process)."""
    from meshroute.audit.engine import run_audit

    started = time.perf_counter()
    result = run_audit([Path(path)], workers=workers)
    seconds = time.perf_counter() - started
    audit = result.files[0]
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers_usage.ru_utime + workers_usage.ru_stime
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_s": cpu,
                "bytes": audit.bytes,
                "rows": audit.rows,
                "placement": audit.placement,
                "entities": audit.entity_rows,
                "error": audit.error,
                "unscanned": audit.unscanned,
                "parent_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def measure(path: Path, workers: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path), "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log-mb", type=int, default=100)
    parser.add_argument("--csv-mb", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.workers)
        return
    print(f"workers={args.workers}, cpus={os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(
        f"{'file':<6}{'MB':>8}{'rows':>11}{'s':>9}{'MB/s':>8}{'rows/s':>9}{'CPU s':>8}"
        f"{'MB/CPU-s':>10}{'parent MiB':>12}{'worker MiB':>12}  unscanned  placement",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="meshroute-audit-bench-") as folder:
        for kind, size, writer in (
            ("log", args.log_mb, write_log),
            ("csv", args.csv_mb, write_csv),
        ):
            if size <= 0:
                continue
            path = Path(folder) / f"bench.{kind}"
            writer(path, size)
            figures = measure(path, args.workers)
            path.unlink()
            _print_row(kind, figures)


def _print_row(kind: str, f: dict[str, Any]) -> None:
    mb = float(f["bytes"]) / 1e6
    seconds = float(f["seconds"])
    cpu = float(f["cpu_s"])
    print(
        f"{kind:<6}{mb:>8.1f}{f['rows']:>11}{seconds:>9.1f}{mb / seconds:>8.2f}"
        f"{float(f['rows']) / seconds:>9.0f}{cpu:>8.0f}{mb / cpu:>10.2f}"
        f"{float(f['parent_rss_mib']):>12.0f}{float(f['worker_rss_mib']):>12.0f}"
        f"{f.get('unscanned', '?'):>11}  {f['placement']} {f['entities']}",
        flush=True,
    )


if __name__ == "__main__":
    main()
