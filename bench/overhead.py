"""Gateway overhead: the stand-in upstream directly, then meshroute and LiteLLM in front of it.

One run, one load generator (wrk, one thread, closed loop), the same request for all three:
p50/p99 latency and requests per second at each concurrency, plain and streamed chat
completions, and the overhead (gateway minus direct). Prints a markdown table and writes it into
docs/overhead.md between the result markers.

    .venv/bin/python bench/overhead.py [--duration 10] [--only direct,meshroute,litellm]

On 2 cores: wrk and the stand-in upstream share the first CPU, the gateway under test gets the
second one to itself (taskset); each gateway runs alone, one worker, while it is measured.
Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gateways import (  # bench helpers live next to this script
    ROOT,
    Target,
    litellm_version,
    start_litellm,
    start_meshroute,
    start_upstream,
)
from _loadgen import Result, cpus, ensure_wrk, post_json, run_wrk, wrk_version

TARGETS = ("direct", "meshroute", "meshroute-noledger", "litellm")
MODES = ("plain", "stream")
DOC = ROOT / "docs" / "overhead.md"
BEGIN, END = "<!-- overhead:results:begin -->", "<!-- overhead:results:end -->"
Points = dict[tuple[str, int], Result]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--duration", type=float, default=10.0, help="seconds per point (default 10)")
    p.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up per target")
    p.add_argument("--only", default=",".join(TARGETS), help="subset of " + ",".join(TARGETS))
    p.add_argument("--concurrency", default="1,32", help="comma-separated (default 1,32)")
    p.add_argument("--date", default="2026-11-28", help="date written into the results")
    p.add_argument("--no-write", action="store_true", help="print only, leave docs/ alone")
    p.add_argument("--install-wrk", action="store_true", help="apt-get install wrk if missing")
    args = p.parse_args(argv)
    args.only = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = set(args.only) - set(TARGETS)
    if unknown:
        p.error(f"--only: unknown {sorted(unknown)}; choose from {', '.join(TARGETS)}")
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    return args


def chat_body(model: str, stream: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": model,
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "Say hello to the benchmark, briefly."}],
    }
    if stream:
        body["stream"] = True
    return body


def preflight(target: Target) -> None:
    """One plain and one streamed request must come back right before we measure anything."""
    for stream in (False, True):
        status, text = post_json(target.url, chat_body(target.model, stream))
        if status != 200 or "stand-in" not in text or (stream and "[DONE]" not in text):
            raise RuntimeError(
                f"{target.name} preflight (stream={stream}) failed: {status} {text[:300]}"
            )


def measure(wrk: str, target: Target, args: argparse.Namespace, cpu: int | None) -> Points:
    preflight(target)
    if args.warmup > 0:
        run_wrk(wrk, target.url, chat_body(target.model, False), 8, args.warmup, cpu)
    points: Points = {}
    for mode in MODES:
        for conc in args.concurrency:
            res = run_wrk(
                wrk, target.url, chat_body(target.model, mode == "stream"), conc, args.duration, cpu
            )
            points[(mode, conc)] = res
            print(
                f"  {target.name:9} {mode:6} c={conc:<3} p50 {res.p50_ms:8.2f} ms  "
                f"p99 {res.p99_ms:8.2f} ms  {res.rps:9.1f} req/s  errors {res.errors}",
                flush=True,
            )
    return points


def run_all(
    args: argparse.Namespace, wrk: str, workdir: Path
) -> tuple[dict[str, Points], dict[str, str]]:
    """Measure each selected target in turn; a gateway that fails is reported, not fatal."""
    cores = cpus()
    load_cpu, gw_cpu = (cores[0], cores[1]) if len(cores) >= 2 else (None, None)
    upstream = start_upstream(workdir, load_cpu)
    up_port = int(upstream.url.split(":")[2].split("/")[0])
    results: dict[str, Points] = {}
    notes: dict[str, str] = {}
    starters = {
        "meshroute": start_meshroute,
        "litellm": start_litellm,
        "meshroute-noledger": partial(start_meshroute, ledger=False),
    }
    try:
        for name in [t for t in TARGETS if t in args.only]:
            print(f"measuring {name} ...", flush=True)
            target = upstream
            try:
                if name != "direct":
                    target = starters[name](workdir, up_port, gw_cpu)
                results[name] = measure(wrk, target, args, load_cpu)
                if name != "direct":
                    notes[name] = f"RSS after the run: {target.server.rss_mb():.0f} MB"
            except (RuntimeError, OSError) as exc:
                notes[name] = f"not measured: {str(exc).splitlines()[0][:300]}"
                print(f"  {name}: {exc}", file=sys.stderr, flush=True)
            finally:
                if target is not upstream:
                    target.server.stop()
    finally:
        upstream.server.stop()
    return results, notes


def _fmt(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def table(results: dict[str, Points], concurrency: list[int]) -> str:
    head = (
        "| target | mode | conc. | p50 ms | p99 ms | req/s | errors | added p50 ms "
        "| added p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    rows = [head]
    for mode in MODES:
        for conc in concurrency:
            base = results.get("direct", {}).get((mode, conc))
            for name in TARGETS:
                res = results.get(name, {}).get((mode, conc))
                if res is None:
                    continue
                gw = name != "direct" and base is not None
                add50 = res.p50_ms - base.p50_ms if gw and base else None
                add99 = res.p99_ms - base.p99_ms if gw and base else None
                rows.append(
                    f"| {name} | {mode} | {conc} | {_fmt(res.p50_ms)} | "
                    f"{_fmt(res.p99_ms)} | {_fmt(res.rps, 0)} | {res.errors} | "
                    f"{'—' if name == 'direct' else _fmt(add50)} | "
                    f"{'—' if name == 'direct' else _fmt(add99)} |"
                )
    return "\n".join(rows)


def verdict(results: dict[str, Points], concurrency: list[int]) -> list[str]:
    """meshroute's targets: added p50 < 1 ms at concurrency 1, >= 1,000 req/s at 32."""
    mesh, direct = results.get("meshroute"), results.get("direct")
    if not mesh:
        return ["- meshroute targets: not measured in this run."]
    lines = []
    for mode in MODES:
        if 1 in concurrency and direct and (mode, 1) in mesh:
            added = mesh[(mode, 1)].p50_ms - direct[(mode, 1)].p50_ms
            ok = "met" if added < 1.0 else "NOT met"
            lines.append(
                f"- meshroute {mode}: added p50 at concurrency 1 = {added:.2f} ms "
                f"(target < 1 ms): **{ok}**"
            )
        if 32 in concurrency and (mode, 32) in mesh:
            rps = mesh[(mode, 32)].rps
            ok = "met" if rps >= 1000 else "NOT met"
            lines.append(
                f"- meshroute {mode}: {rps:,.0f} req/s at concurrency 32 "
                f"(target >= 1,000): **{ok}**"
            )
    return lines


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def report(
    args: argparse.Namespace, wrk: str, results: dict[str, Points], notes: dict[str, str]
) -> str:
    cores = cpus()
    pin = (
        "wrk (1 thread) and the stand-in upstream pinned to CPU "
        f"{cores[0]}, the gateway under test to CPU {cores[1]}"
        if len(cores) >= 2
        else "no pinning (fewer than 2 CPUs)"
    )
    cpu_model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "?",
    )
    lines = [
        f"Measured {args.date} with `bench/overhead.py --duration {args.duration:g}` "
        f"(targets: {', '.join(args.only)}).",
        "",
        f"- Machine: {len(cores)} cores ({cpu_model}); load generator, upstream and gateway "
        f"share them: {pin}. One worker per gateway; each gateway runs alone. Load "
        f"average (1 min) before / after the run: {args.load_before} / "
        f"{os.getloadavg()[0]:.2f} (other work on the machine shows in the p99 column).",
        f"- Load: {wrk_version(wrk)}, one thread, closed loop, {args.duration:g} s per "
        "point, after a warm-up; the same chat completion request (max_tokens 16) for all; "
        "streamed latency is the time to the end of the stream.",
        f"- Versions: Python {platform.python_version()}, meshroute "
        f"{_version('meshroute')}, LiteLLM "
        f"{litellm_version() if 'litellm' in args.only else 'n/a'}.",
        "",
        table(results, args.concurrency),
        "",
        *verdict(results, args.concurrency),
    ]
    lines += [f"- {name}: {note}" for name, note in notes.items()]
    return "\n".join(lines)


def write_doc(section: str) -> None:
    """Replace the text between the result markers of docs/overhead.md (create it if needed)."""
    text = DOC.read_text() if DOC.exists() else f"# Gateway overhead\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip() + f"\n\n## Results\n\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    DOC.write_text(f"{head}{BEGIN}\n{section}\n{END}{rest.split(END, 1)[1]}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wrk = ensure_wrk(args.install_wrk)
    started, args.load_before = time.monotonic(), f"{os.getloadavg()[0]:.2f}"
    workdir = ROOT / "bench" / "results" / "overhead"  # configs and server logs (gitignored)
    workdir.mkdir(parents=True, exist_ok=True)
    results, notes = run_all(args, wrk, workdir)
    section = report(args, wrk, results, notes)
    print("\n" + section)
    raw = {
        name: {f"{m}@{c}": vars(r) for (m, c), r in pts.items()} for name, pts in results.items()
    }
    (workdir / "overhead.json").write_text(json.dumps(raw, indent=2))
    if not args.no_write:
        write_doc(section)
        print(f"\nwritten to {DOC.relative_to(ROOT)} ({time.monotonic() - started:.0f} s)")
    return 0 if results else 1


if __name__ == "__main__":
    raise SystemExit(main())
