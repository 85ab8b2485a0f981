"""bench/edge_model.py's results: the samples, the load other processes put on the machine while
they were taken, and the Markdown table. Split out of edge_model.py to keep each file short."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

ENDPOINTS = ("completions", "chat")
T = TypeVar("T")


@dataclass
class Sample:
    """One streamed request: llama.cpp's timings and what the client saw."""

    ttft_s: float
    client_tg_tps: float
    pp_tps: float
    tg_tps: float
    prompt_n: int
    cache_n: int
    predicted_n: int


@dataclass
class Row:
    threads: int
    endpoint: str
    engine: list[Sample]
    meshroute: list[Sample]
    others_engine: float = 0.0  # cores other processes used during the engine runs
    others_meshroute: float = 0.0


# --- other processes: measured, and waited out before each phase --------------------------------


def system_busy_s() -> float:
    """CPU seconds all processes have used since boot (every core, /proc/stat)."""
    with open("/proc/stat") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_cpu_s() -> float:
    """CPU seconds of this process and its waited-for children (engine worker, gateway)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def others_cores(phase: Callable[[], T]) -> tuple[T, float]:
    """Run `phase`; also return the cores other processes kept busy meanwhile, on average."""
    busy, own, start = system_busy_s(), own_cpu_s(), time.monotonic()
    result = phase()
    elapsed = max(time.monotonic() - start, 1e-6)
    others = (system_busy_s() - busy) - (own_cpu_s() - own)
    return result, max(others, 0.0) / elapsed


def wait_quiet(max_wait_s: float, threshold: float = 0.2) -> float:
    """Wait (at most max_wait_s) until other processes use under `threshold` cores over 3 s."""
    cores = 0.0
    for _ in range(max(1, int(max_wait_s / 3.0))):
        _, cores = others_cores(partial(time.sleep, 3.0))
        if cores < threshold:
            return cores
    print(f"machine still busy: others use {cores:.2f} cores; measuring anyway", file=sys.stderr)
    return cores


# --- report -------------------------------------------------------------------------------------


def median(samples: list[Sample], pick: Callable[[Sample], float]) -> float:
    return statistics.median(pick(s) for s in samples)


HEADER = (
    "| threads | endpoint | prompt tok | engine pp tok/s | engine tg tok/s | engine TTFT p50 "
    "| meshroute pp tok/s | meshroute tg tok/s (client) | meshroute tg tok/s (timings) "
    "| meshroute TTFT p50 | tg ratio meshroute/engine |\n"
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def table_line(row: Row) -> str:
    eng, mesh = row.engine, row.meshroute
    engine_tg = median(eng, lambda s: s.tg_tps)
    client_tg = median(mesh, lambda s: s.client_tg_tps)
    cells = [
        str(row.threads),
        row.endpoint,
        f"{median(mesh, lambda s: s.prompt_n):.0f}",
        f"{median(eng, lambda s: s.pp_tps):.0f}",
        f"{engine_tg:.1f}",
        f"{median(eng, lambda s: s.ttft_s) * 1000:.0f} ms",
        f"{median(mesh, lambda s: s.pp_tps):.0f}",
        f"{client_tg:.1f}",
        f"{median(mesh, lambda s: s.tg_tps):.1f}",
        f"{median(mesh, lambda s: s.ttft_s) * 1000:.0f} ms",
        f"{client_tg / engine_tg:.2f}",
    ]
    return "| " + " | ".join(cells) + " |"


def sanity_notes(rows: list[Row], max_tokens: int) -> list[str]:
    notes = []
    for row in rows:
        for side, samples in (("engine", row.engine), ("meshroute", row.meshroute)):
            generated = {s.predicted_n for s in samples}
            cached = max(s.cache_n for s in samples)
            if generated != {max_tokens}:
                notes.append(
                    f"{side} {row.threads}t {row.endpoint}: generated {generated} "
                    f"tokens, not {max_tokens} (ignore_eos unsupported?)"
                )
            if cached > 1:
                notes.append(
                    f"{side} {row.threads}t {row.endpoint}: up to {cached} prompt "
                    "tokens came from the cache"
                )
    return notes


def report(rows: list[Row], args: argparse.Namespace) -> str:
    lines = [HEADER, *(table_line(r) for r in rows), ""]
    lines.append(
        f"Medians of {args.runs} warm runs ({args.warmup} warm-up) per cell; max_tokens "
        f"{args.max_tokens}, ignore_eos, temperature 0; batch_threads "
        f"{args.batch_threads or '= threads'}; context {args.context}, parallel "
        f"{args.parallel}; OMP_WAIT_POLICY=PASSIVE; {os.cpu_count()} CPUs. Other processes may "
        "have been running; CPU they used during the runs, in cores:"
    )
    for row in rows[:: len(ENDPOINTS)]:
        lines.append(
            f"- threads {row.threads}: {row.others_engine:.2f} during the engine runs, "
            f"{row.others_meshroute:.2f} during the meshroute runs"
        )
    lines += [f"note: {n}" for n in sanity_notes(rows, args.max_tokens)]
    return "\n".join(lines)
