"""The extra hop's cost (issue 13): a request to an edge node directly, and the same request
through a central node that forwards it (`kind: meshroute`), both `meshroute serve` processes
in front of the stand-in upstream. Sequential (wrk -c1: latency) and concurrent (-c16:
requests/s); the difference is what one node-to-node forward adds.

    .venv/bin/python bench/hop.py [--duration 5]

Short runs on a 2-core machine shared with other work; everything on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gateways import meshroute_bin, start_upstream  # bench helpers live next to this script
from _loadgen import HOST, Server, ensure_wrk, free_port, run_wrk

EDGE = """
ledger: {{enabled: false}}
routing: {{ner: false}}
mesh: {{node: london, region: eu-london}}
targets:
  - {{name: model, kind: openai, base_url: "http://127.0.0.1:{upstream}/v1",
     upstream_model: standin-model, tier: edge, zone: private, models: {{assistant: v1}}}}
"""
CENTRAL = """
ledger: {{enabled: false}}
routing: {{ner: false}}
mesh: {{node: central}}
targets:
  - {{name: london, kind: meshroute, url: "http://127.0.0.1:{edge}"}}
"""
BODY = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 8}


def serve(workdir: Path, name: str, text: str) -> tuple[Server, int]:
    port = free_port()
    (workdir / f"{name}.yaml").write_text(text)
    cmd = [str(meshroute_bin()), "serve", "--config", str(workdir / f"{name}.yaml"),
           "--port", str(port), "--log-level", "warning"]  # fmt: skip
    server = Server(name, cmd, workdir / f"{name}.log")
    server.wait_http(f"http://{HOST}:{port}/readyz", timeout=180)
    return server, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=5)
    args = parser.parse_args()
    wrk = ensure_wrk(False)
    workdir = Path(tempfile.mkdtemp(prefix="mr-hop-"))
    upstream = start_upstream(workdir, None)
    upstream_port = int(upstream.url.split(":")[2].split("/")[0])
    servers: list[Server] = []
    try:
        edge, edge_port = serve(workdir, "edge", EDGE.format(upstream=upstream_port))
        servers.append(edge)
        central, central_port = serve(workdir, "central", CENTRAL.format(edge=edge_port))
        servers.append(central)
        print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
        print("| path | conns | p50 ms | p99 ms | req/s | errors |\n|---|---:|---:|---:|---:|---:|")
        paths = {
            "client -> edge node": edge_port,
            "client -> central -> edge node": central_port,
        }
        for conns in (1, 16):
            for name, port in paths.items():
                url = f"http://{HOST}:{port}/v1/chat/completions"
                run_wrk(wrk, url, BODY, conns, 1, None)  # warm up
                r = run_wrk(wrk, url, BODY, conns, args.duration, None)
                print(f"| {name} | {conns} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | {r.rps:.0f} "
                      f"| {r.errors} |", flush=True)  # fmt: skip
    finally:
        for server in servers:
            server.stop()
        upstream.server.stop()


if __name__ == "__main__":
    main()
