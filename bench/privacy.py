"""Privacy benchmark: on the tuning corpus AND the separate evaluation corpus, prompt-level
misses and benign prompts flagged, recall per entity type and per request field, and scan
latency fast/deep at 100/1,000/5,000 characters.

    .venv/bin/python bench/privacy.py [--misses] [--no-latency] [--dev-only]

Each row is placed in a request body at its field (message content by default; the evaluation
corpus also uses a system message, a tool call's JSON arguments, a tool description, a message
name, metadata and the user field), and the whole body goes through the gateway's own path:
``texts_of`` (the privacy perimeter), then the detector. A labelled value counts as found when
an entity of any type overlaps it in its field ("caught": what routing needs), and as typed
when the type matches. A sensitive prompt is MISSED when nothing at all is found in its body; a
benign prompt is FLAGGED when anything is. Tuning corpus: bench/data/privacy_corpus.jsonl
(bench/make_privacy_corpus.py); evaluation corpus: bench/data/privacy_eval.jsonl
(bench/make_privacy_eval.py, Faker; rules were changed after seeing its misses, so it is
contaminated); evaluation 3: bench/data/privacy_eval3.jsonl (bench/make_privacy_eval3.py,
mimesis in 19 locales, made without reading the recognisers; blind: --misses skips it);
evaluation 4: bench/data/privacy_eval4.jsonl (bench/make_privacy_eval4.py, prompts written one by
one in about 25 languages by writers who never read the recognisers; blind until session 23,
which read its misses and flags and made it a development set); evaluation 5:
bench/data/privacy_eval5.jsonl (bench/make_privacy_eval5.py, two more such writers; blind, and
made after evaluation 4's benign flags were read in aggregate); evaluation 6:
bench/data/privacy_eval6.jsonl (bench/make_privacy_eval6.py, two more writers; blind, made when
evaluation 4 became a development set); evaluation 7: bench/data/privacy_eval7.jsonl
(bench/make_privacy_eval7.py, two more writers; blind, made after evaluation 6's aggregate was
read); evaluation 8: bench/data/privacy_eval8.jsonl (bench/make_privacy_eval8.py, two more
writers; blind, made after evaluation 7's aggregate was read); evaluation 9:
bench/data/privacy_eval9.jsonl (bench/make_privacy_eval9.py, two more writers; blind, made at
the start of the fifth session of 2026-12-01); evaluation 10: bench/data/privacy_eval10.jsonl
(bench/make_privacy_eval10.py, two more writers; blind, made at the start of the sixth).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from meshroute.api.schemas import texts_of
from meshroute.privacy.detector import SensitivityDetector

DATA = Path(__file__).parent / "data"
CORPORA = (
    ("tuning", DATA / "privacy_corpus.jsonl"),
    ("evaluation", DATA / "privacy_eval.jsonl"),
    ("evaluation 3 (mimesis, blind)", DATA / "privacy_eval3.jsonl"),
    ("evaluation 4 (hand-written, development since session 23)", DATA / "privacy_eval4.jsonl"),
    ("evaluation 5 (hand-written, blind)", DATA / "privacy_eval5.jsonl"),
    ("evaluation 6 (hand-written, blind)", DATA / "privacy_eval6.jsonl"),
    ("evaluation 7 (hand-written, blind)", DATA / "privacy_eval7.jsonl"),
    ("evaluation 8 (hand-written, blind)", DATA / "privacy_eval8.jsonl"),
    ("evaluation 9 (hand-written, blind)", DATA / "privacy_eval9.jsonl"),
    ("evaluation 10 (hand-written, blind)", DATA / "privacy_eval10.jsonl"),
)
SIZES = (100, 1000, 5000)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def body_for(text: str, field: str) -> tuple[dict[str, Any], str]:
    """A chat body with `text` at `field`, and the string as it sits in that field."""
    user = {"role": "user", "content": "Please help with this."}
    if field == "system":
        return {"messages": [{"role": "system", "content": text}, user]}, text
    if field == "tool_arguments":
        arguments = json.dumps({"note": text})
        call = {"id": "c1", "type": "function", "function": {"name": "do", "arguments": arguments}}
        assistant = {"role": "assistant", "content": None, "tool_calls": [call]}
        return {"messages": [user, assistant]}, arguments
    if field == "tool_description":
        tool = {"type": "function", "function": {"name": "f", "description": text}}
        return {"messages": [user], "tools": [tool]}, text
    if field == "name":
        return {"messages": [{"role": "user", "name": text, "content": "hi"}]}, text
    if field == "metadata":
        return {"messages": [user], "metadata": {"note": text}}, text
    if field == "user":
        return {"messages": [user], "user": text}, text
    return {"messages": [{"role": "user", "content": text}]}, text


def evaluate(
    detector: SensitivityDetector, rows: list[dict[str, Any]], deep: bool, show: bool
) -> dict[str, Any]:
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # caught, typed, n
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # caught, n
    false_types: dict[str, int] = defaultdict(int)  # benign prompts flagged with each type
    flagged = missed = 0
    for row in rows:
        field = row.get("field", "content")
        body, holder = body_for(row["text"], field)
        texts = texts_of("chat", {"model": "auto", **body})
        found = detector.scan(texts, deep=deep)
        if not row["sensitive"]:
            flagged += bool(found)
            for kind in {e.type for e in found}:
                false_types[kind] += 1
            if show and found:
                print(f"  flagged[{'deep' if deep else 'fast'}] {row['text'][:80]!r}")
            continue
        missed += not found
        index = texts.index(holder)
        for label in row["entities"]:
            value = row["text"][label["start"] : label["end"]]
            embedded = json.dumps(value)[1:-1] if field == "tool_arguments" else value
            start = holder.find(embedded)
            end = start + len(embedded)
            hits = [e for e in found if e.message == index and e.start < end and start < e.end]
            caught = start >= 0 and bool(hits)
            stats = by_type[label["type"]]
            stats[0] += caught
            stats[1] += caught and any(e.type == label["type"] for e in hits)
            stats[2] += 1
            by_field[field][0] += caught
            by_field[field][1] += 1
            if show and not caught:
                depth = "deep" if deep else "fast"
                print(f"  miss[{depth}] {label['type']} {value[:60]!r} in {field}")
    benign = sum(1 for r in rows if not r["sensitive"])
    return {
        "types": dict(by_type),
        "fields": dict(by_field),
        "false_types": dict(false_types),
        "flagged": flagged,
        "benign": benign,
        "missed": missed,
        "sensitive": len(rows) - benign,
    }


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else "-"


def print_quality(name: str, fast: dict[str, Any], deep: dict[str, Any]) -> None:
    print(f"### {name} corpus\n")
    print("| prompt level | fast scan | deep scan |")
    print("|---|---:|---:|")
    print(
        f"| sensitive prompts missed (target 0) | {_pct(fast['missed'], fast['sensitive'])} | "
        f"{_pct(deep['missed'], deep['sensitive'])} |"
    )
    print(
        f"| benign prompts flagged (target < 5%) | {_pct(fast['flagged'], fast['benign'])} | "
        f"{_pct(deep['flagged'], deep['benign'])} |"
    )
    print()
    print("| entity type | n | caught fast | caught deep | right type deep |")
    print("|---|---:|---:|---:|---:|")
    for kind in sorted(deep["types"]):
        f_caught = fast["types"].get(kind, [0, 0, 0])[0]
        d_caught, d_typed, n = deep["types"][kind]
        print(f"| {kind} | {n} | {f_caught / n:.0%} | {d_caught / n:.0%} | {d_typed / n:.0%} |")
    print()
    print("| field | n | caught fast | caught deep |")
    print("|---|---:|---:|---:|")
    for field in sorted(deep["fields"]):
        d_caught, n = deep["fields"][field]
        f_caught = fast["fields"].get(field, [0, 0])[0]
        print(f"| {field} | {n} | {f_caught / n:.0%} | {d_caught / n:.0%} |")
    print()
    # Counts only, never texts: safe for a blind corpus, and where its false positives come from
    print("| entity type found in benign prompts | prompts, fast | prompts, deep |")
    print("|---|---:|---:|")
    for kind in sorted(deep["false_types"], key=lambda k: -deep["false_types"][k]):
        print(f"| {kind} | {fast['false_types'].get(kind, 0)} | {deep['false_types'][kind]} |")
    print()


def make_prompts(rows: list[dict[str, Any]], size: int, n: int, seed: int) -> list[str]:
    """Prompts of exactly ``size`` characters, concatenated from random corpus rows."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = ""
        while len(text) < size:
            text += rng.choice(rows)["text"] + " "
        out.append(text[:size])
    return out


def latency(detector: SensitivityDetector, prompts: list[str], deep: bool) -> tuple[float, float]:
    times = []
    for prompt in prompts:
        t0 = time.perf_counter()
        detector.scan([prompt], deep=deep)
        times.append((time.perf_counter() - t0) * 1e6)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def print_latency(detector: SensitivityDetector, rows: list[dict[str, Any]]) -> None:
    benign = [r for r in rows if not r["sensitive"]]
    for title, source in (("typical (benign rows)", benign), ("PII-dense (all rows)", rows)):
        print(f"Scan latency, one message, no cache, {title}\n")
        print("| prompt chars | fast p50 µs | fast p99 µs | deep p50 µs | deep p99 µs |")
        print("|---:|---:|---:|---:|---:|")
        for size in SIZES:
            count = 300 if size < 5000 else 60
            fp50, fp99 = latency(detector, make_prompts(source, size, count, size), False)
            dp50, dp99 = latency(detector, make_prompts(source, size, count, size + 1), True)
            print(f"| {size:,} | {fp50:,.0f} | {fp99:,.0f} | {dp50:,.0f} | {dp99:,.0f} |")
        print()


CRAFTED = {
    # "note " first: a run of base64 characters at the head would be taken for a binary
    # payload (UNSCANNED at once), and the point here is the scanner's own worst case
    "note a- * n + @ (e-mail backtracking)": lambda n: "note " + "a-" * (n // 2) + "@",
    "note + digits": lambda n: "note " + "1" * n,
    "spaced digits": lambda n: "1 " * (n // 2),
    "nested quotes": lambda n: '"' * n,
    "password: cues": lambda n: "password: " * (n // 10),
    "names and phones": lambda n: "Jane Smith 07911 123456 " * (n // 24),
    "typical prose": lambda n: ("The quarterly report covers revenue and hiring. " * n)[:n],
}


def print_crafted(detector: SensitivityDetector) -> None:
    """Worst cases: one scan of each crafted input (deep scan, the slower one)."""
    sizes = (1_000, 40_000, 400_000, 1_000_000)
    print(f"Deep scan of crafted inputs, ms (budget {detector.limits.budget_s:.0f} s per request;")
    print("U: the budget or the 1,000,000-character cap ran out, the rest counts as sensitive)")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| input | " + " | ".join(f"{n:,} chars" for n in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for name, make in CRAFTED.items():
        cells = []
        for n in sizes:
            text = make(n)
            t0 = time.perf_counter()
            found = detector.scan([text], deep=True)
            ms = (time.perf_counter() - t0) * 1000
            cut = any(e.type == "UNSCANNED" for e in found)
            cells.append(f"{ms:,.0f}{' U' if cut else ''}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print misses and flagged prompts")
    parser.add_argument("--no-latency", action="store_true")
    parser.add_argument(
        "--dev-only", action="store_true", help="skip the blind corpora entirely (for rule work)"
    )
    args = parser.parse_args()
    t0 = time.perf_counter()
    detector = SensitivityDetector.build(cache_size=0)  # cold scans: the cache would hide cost
    print(f"detector built in {time.perf_counter() - t0:.2f} s\n")
    chosen = [(n, p) for n, p in CORPORA if not (args.dev_only and "blind" in n)]
    corpora = {name: load(path) for name, path in chosen}
    for name, rows in corpora.items():
        show = args.misses and "blind" not in name  # a blind corpus never shows its misses
        fast = evaluate(detector, rows, False, show)
        deep = evaluate(detector, rows, True, show)
        print_quality(f"{name} ({len(rows)} prompts)", fast, deep)
    if not args.no_latency:
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        print_latency(detector, corpora["tuning"])
        print_crafted(detector)


if __name__ == "__main__":
    main()
