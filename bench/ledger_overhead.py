"""The ledger's cost at an offered 1,000 requests/s (issue 5: under 10% difference).

meshroute in front of the stand-in upstream (tests/standin_upstream.py, a real HTTP server, not
a model), with the ledger on (a SQLite file) and off. wrk keeps 16 connections, each pausing
10 ms before every request, which offers about 1,000 requests/s; the gateway has its own core.

    .venv/bin/python bench/ledger_overhead.py [--duration 15]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _gateways import start_meshroute, start_upstream
from _loadgen import cpus, ensure_wrk, run_wrk

BODY = {
    "model": "auto",
    "max_tokens": 16,
    "messages": [{"role": "user", "content": "Say hello to the benchmark, briefly."}],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=float, default=15)
    args = parser.parse_args()
    wrk = ensure_wrk(False)
    load_cpu, gateway_cpu = cpus()[:2]
    with tempfile.TemporaryDirectory() as folder:
        upstream = start_upstream(Path(folder), load_cpu)
        port = int(upstream.url.split(":")[2].split("/")[0])
        rows = []
        try:
            for ledger in (False, True):
                target = start_meshroute(Path(folder), port, gateway_cpu, ledger=ledger)
                try:
                    for stream in (False, True):
                        body = {**BODY, "stream": stream}
                        run_wrk(wrk, target.url, body, 16, 3, load_cpu, think_ms=10)  # warm-up
                        result = run_wrk(
                            wrk, target.url, body, 16, args.duration, load_cpu, think_ms=10
                        )
                        rows.append((ledger, stream, result))
                finally:
                    target.server.stop()
        finally:
            upstream.server.stop()
    print("| ledger | mode | req/s | p50 ms | p99 ms | errors |\n|---|---|---:|---:|---:|---:|")
    for ledger, stream, r in rows:
        print(
            f"| {'on' if ledger else 'off'} | {'stream' if stream else 'plain'} | "
            f"{r.rps:,.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | {r.errors} |"
        )
    for stream in (False, True):
        off, on = (r for _, s, r in rows if s == stream)
        print(
            f"{'stream' if stream else 'plain'}: throughput {on.rps / off.rps - 1:+.1%}, "
            f"p50 {on.p50_ms - off.p50_ms:+.2f} ms with the ledger on"
        )


if __name__ == "__main__":
    main()
