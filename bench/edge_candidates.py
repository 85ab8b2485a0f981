"""Edge-model candidates: does the model answer simple questions, and how fast, on this machine.

For each candidate GGUF and chat-template setting, loads llama.cpp in-process (xllamacpp, the
embedded target's engine; 1 thread, context 2048, one slot, OMP_WAIT_POLICY=PASSIVE), asks 10
simple factual questions `--repeats` times each with the engine's default sampling (what a
client that sends no temperature gets) and the embedded target's default output cap (256), and
prints one table row per candidate: share of answers containing the expected word, median and
worst latency, median answer length, answers cut by the cap, and llama.cpp's own generation
speed. Prints the 1-minute load average too: numbers from a busy machine are not comparable.

    .venv/bin/python bench/edge_candidates.py                 # the candidates below, 3 repeats
    .venv/bin/python bench/edge_candidates.py --model my.gguf --template chatml
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

QUESTIONS: list[tuple[str, str]] = [
    ("What is the capital of France?", r"paris"),
    ("What is the capital of Germany?", r"berlin"),
    ("What is the capital of Japan?", r"tokyo"),
    ("How many days are in a week?", r"\b(7|seven)\b"),
    ("What color is the sky on a clear day?", r"blue"),
    ("What is 2 + 2?", r"\b(4|four)\b"),
    ("Translate 'thank you' into French.", r"merci"),
    ("Who wrote Romeo and Juliet?", r"shakespeare"),
    ("What is the largest planet in our solar system?", r"jupiter"),
    ("At what temperature in Celsius does water boil at sea level?", r"\b100\b"),
]
CAP = 256


@dataclass(frozen=True)
class Candidate:
    name: str
    path: Path
    template: str | None  # a llama.cpp built-in template name; None: the GGUF's own
    jinja: bool


def candidates() -> list[Candidate]:
    from meshroute.targets.default_model import gemma_path, instruct_model_path

    smol = instruct_model_path()
    return [
        Candidate(
            "SmolLM2-135M-Instruct Q4_1, GGUF template (built-in matcher)", smol, None, False
        ),
        Candidate("SmolLM2-135M-Instruct Q4_1, GGUF template (Jinja)", smol, None, True),
        Candidate("Gemma 3 270M base Q4_K_M, gemma turn format", gemma_path(), "gemma", False),
    ]


def load(candidate: Candidate) -> Any:
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(candidate.path)
    params.n_ctx = 2048
    params.n_parallel = 1
    params.cpuparams.n_threads = 1
    params.cpuparams_batch.n_threads = 1
    params.verbosity = -1
    params.use_jinja = candidate.jinja
    if candidate.template:
        params.chat_template = candidate.template
    return xllamacpp.Server(params)


def ask(server: Any, question: str, temperature: float | None) -> tuple[float, dict[str, Any]]:
    body: dict[str, Any] = {"messages": [{"role": "user", "content": question}], "max_tokens": CAP}
    if temperature is not None:
        body["temperature"] = temperature
    parts: list[Any] = []
    started = time.perf_counter()
    server.handle_chat_completions(orjson.dumps(body), lambda data: parts.append(data) or False)
    elapsed = time.perf_counter() - started
    raw = b"".join(p if isinstance(p, bytes) else p.encode() for p in parts)
    return elapsed, orjson.loads(raw)


def run(candidate: Candidate, repeats: int, temperature: float | None) -> dict[str, Any]:
    server = load(candidate)
    correct, latencies, lengths, capped, speeds = 0, [], [], 0, []
    try:
        ask(server, "Hello", temperature)  # warm-up
        for _ in range(repeats):
            for question, expected in QUESTIONS:
                elapsed, reply = ask(server, question, temperature)
                choice = reply["choices"][0]
                text = choice["message"].get("content") or ""
                correct += bool(re.search(expected, text, re.IGNORECASE))
                latencies.append(elapsed)
                lengths.append(reply["usage"]["completion_tokens"])
                capped += choice.get("finish_reason") == "length"
                speed = (reply.get("timings") or {}).get("predicted_per_second")
                if isinstance(speed, int | float):
                    speeds.append(speed)
    finally:
        del server
        gc.collect()
    asked = repeats * len(QUESTIONS)
    return {
        "candidate": candidate.name,
        "size_mb": candidate.path.stat().st_size / 1e6,
        "correct": f"{correct}/{asked}",
        "p50_s": statistics.median(latencies),
        "max_s": max(latencies),
        "tokens_p50": statistics.median(lengths),
        "capped": capped,
        "gen_tok_s": statistics.median(speeds) if speeds else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--model", type=Path, help="one GGUF instead of the built-in candidates")
    parser.add_argument("--template", default=None, help="a llama.cpp built-in template name")
    parser.add_argument("--jinja", action="store_true")
    parser.add_argument("--only", help="run the built-in candidates whose name contains this")
    parser.add_argument("--temperature", type=float, default=None, help="default: the engine's")
    args = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    chosen = (
        [Candidate(args.model.name, args.model, args.template, args.jinja)]
        if args.model
        else [c for c in candidates() if not args.only or args.only in c.name]
    )
    print(
        f"load average (1 min) before: {os.getloadavg()[0]:.2f}; 2 cores; 1 engine thread; "
        f"temperature {args.temperature if args.temperature is not None else 'engine default'}"
    )
    print(
        "| candidate | MB | answers right | p50 s | worst s | tokens p50 | cut at 256 | gen tok/s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for candidate in chosen:
        r = run(candidate, args.repeats, args.temperature)
        print(
            f"| {r['candidate']} | {r['size_mb']:.0f} | {r['correct']} | {r['p50_s']:.2f} | "
            f"{r['max_s']:.2f} | {r['tokens_p50']:.0f} | {r['capped']} | {r['gen_tok_s']:.1f} |",
            flush=True,
        )
    print(f"load average (1 min) after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
