"""The cloud path's cost: what routing a request to a PUBLIC target adds (the deep privacy scan
runs before any public target), with unique 1,000-character prompts so no cache can help.

    .venv/bin/python bench/cloud_path.py [--seconds 5] [--chars 1000] [--install-wrk]

Starts the stand-in upstream (tests/standin_upstream.py) and `meshroute serve` (one worker) with
two targets in front of it: `gpu` (private) and `cloud` (public). wrk sends chat requests whose
prompt differs on every request (a Lua table of distinct corpus-made prompts plus a counter),
pinned with `model: gpu/standin-model` or `model: cloud/standin-model`. Prints p50/p99 and
requests/s at concurrency 1 and 32, the added latency (meshroute minus direct), and where the
time goes in-process (fast scan, deep scan, per prompt).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _gateways import ROOT, start_upstream
from _loadgen import HOST, Server, ensure_wrk, free_port

CORPUS = ROOT / "bench" / "data" / "privacy_corpus.jsonl"
CONFIG = """\
server: {{host: 127.0.0.1, port: {port}}}
ledger: {{enabled: false}}
targets:
  - {{name: gpu, kind: openai, base_url: "http://127.0.0.1:{upstream}/v1", api_key: sk-standin,
     upstream_model: standin-model, tier: local, zone: private, models: {{assistant: v1}}}}
  - {{name: cloud, kind: openai, base_url: "http://127.0.0.1:{upstream}/v1", api_key: sk-standin,
     upstream_model: standin-model, tier: cloud, zone: public, models: {{assistant: v1}}}}
routing: {{sensitive: keep_private}}
"""
LUA = """
bodies = {%(bodies)s}
counter = 0
request = function()
  counter = counter + 1
  local body = string.gsub(bodies[(counter %% #bodies) + 1], "@@N@@", tostring(counter))
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%%d,"duration_us":%%d,"p50_us":%%d,"p99_us":%%d,"errors":%%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""

_RUNS = itertools.count(1)


def prompts(chars: int, count: int, seed: int) -> list[str]:
    """Distinct prompts of `chars` characters made of benign corpus rows in random order."""
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    benign = [r["text"] for r in rows if not r["sensitive"]]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = ""
        while len(text) < chars:
            text += rng.choice(benign) + " "
        out.append(text[: chars - 12])
    return out


def clean(texts: list[str]) -> list[str]:
    from meshroute.privacy.detector import SensitivityDetector

    detector = SensitivityDetector.build()
    return [t for t in texts if not detector.scan([t], deep=True)]


def run_wrk(wrk: str, url: str, model: str, texts: list[str], conns: int, seconds: int) -> dict:
    bodies, run = [], next(_RUNS)
    for text in texts:
        body = json.dumps({"model": model, "messages": [{"role": "user", "content": text}]})
        # the counter makes every request unique even when the table wraps around, and the
        # run's number keeps one run's prompts out of the scan cache another run filled
        tagged = f'"content": "#{run}-@@N@@ '
        bodies.append("[==[" + body.replace('"content": "', tagged, 1) + "]==]")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(LUA % {"bodies": ",\n".join(bodies)})
    try:
        cmd = [wrk, "-t1", f"-c{conns}", f"-d{seconds}s", "--timeout", "10s", "-s", lua.name, url]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=False)
    finally:
        os.unlink(lua.name)
    line = next(x for x in out.stdout.splitlines() if x.startswith("WRKJSON "))
    data = json.loads(line[len("WRKJSON ") :])
    return {
        "p50": data["p50_us"] / 1000,
        "p99": data["p99_us"] / 1000,
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "errors": data["errors"],
    }


def in_process(texts: list[str]) -> dict[str, float]:
    """Median scan cost per prompt in this process (the same detector the server builds)."""
    from meshroute.privacy.detector import SensitivityDetector

    detector = SensitivityDetector.build(cache_size=0)
    out = {}
    for label, deep in (("fast scan", False), ("deep scan (patterns + names)", True)):
        times = []
        for text in texts[:400]:
            t0 = time.perf_counter()
            detector.scan([text], deep=deep)
            times.append((time.perf_counter() - t0) * 1000)
        out[label] = statistics.median(times)
    return out


def print_in_process(texts: list[str]) -> None:
    print("| in-process, per prompt | median ms |")
    print("|---|---:|")
    for label, ms in in_process(texts).items():
        print(f"| {label} | {ms:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--chars", type=int, default=1000)
    parser.add_argument("--install-wrk", action="store_true")
    args = parser.parse_args()
    wrk = ensure_wrk(args.install_wrk)
    made = prompts(args.chars, 2400, seed=7)
    texts = clean(made)[:2000]
    print(
        f"{len(made) - len(clean(made))}/{len(made)} made prompts flagged by the deep scan "
        "(benign rows such as 'Albert Einstein' or 'user@example.com'): left out, so that "
        "every request below really goes to the public target\n"
    )
    work = Path(tempfile.mkdtemp(prefix="meshroute-cloudpath-"))
    upstream = start_upstream(work, None)
    port = free_port()
    config = work / "meshroute.yaml"
    up_port = upstream.url.split(":")[2].split("/")[0]
    config.write_text(CONFIG.format(port=port, upstream=up_port))
    cmd = [str(Path(sys.executable).parent / "meshroute"), "serve", "--config", str(config)]
    server = Server("meshroute", [*cmd, "--port", str(port)], work / "meshroute.log")
    try:
        server.wait_http(f"http://{HOST}:{port}/readyz", timeout=180)
        gateway = f"http://{HOST}:{port}/v1/chat/completions"
        cases = [
            ("direct to the stand-in", upstream.url, "standin-model"),
            ("meshroute -> private target", gateway, "gpu/standin-model"),
            ("meshroute -> public target (deep scan)", gateway, "cloud/standin-model"),
        ]
        run_wrk(wrk, gateway, "cloud/standin-model", texts[:50], 4, 2)  # warm-up
        print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores shared)\n")
        print(
            f"Unique {args.chars:,}-character prompts, one meshroute worker, "
            f"{args.seconds} s each\n"
        )
        print("| path | c=1 p50 ms | c=1 p99 ms | c=32 p50 ms | c=32 req/s | errors |")
        print("|---|---:|---:|---:|---:|---:|")
        results = {}
        for name, url, model in cases:
            one = run_wrk(wrk, url, model, texts, 1, args.seconds)
            many = run_wrk(wrk, url, model, texts, 32, args.seconds)
            results[name] = (one, many)
            print(
                f"| {name} | {one['p50']:.2f} | {one['p99']:.2f} | {many['p50']:.1f} | "
                f"{many['rps']:,.0f} | {one['errors'] + many['errors']} |"
            )
        direct = results[cases[0][0]][0]["p50"]
        cloud = results[cases[2][0]][0]["p50"]
        private = results[cases[1][0]][0]["p50"]
        print(
            f"\nadded p50 at c=1: public {cloud - direct:.2f} ms, private {private - direct:.2f} ms"
        )
        print(f"load average after: {os.getloadavg()[0]:.1f}\n")
        print_in_process(texts)
    finally:
        server.stop()
        upstream.server.stop()


if __name__ == "__main__":
    main()
