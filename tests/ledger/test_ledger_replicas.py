"""Several replicas writing to one PostgreSQL ledger (issue 13): three real `meshroute serve`
processes start together on a fresh database (migrations once), take load, one gets SIGTERM in
the middle of it; afterwards every answered request has exactly one row, and no row lacks an
answer. The upstream is the stand-in (tests/standin_upstream.py), a real HTTP server."""

from __future__ import annotations

import json
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from standin_upstream import run_standin
from support import free_port, serve_process, wait_ready

CLIENTS = 4


def _config(tmp_path: Path, ledger_url: str, upstream: str) -> Path:
    # a flush every 5 s: at each SIGTERM seconds of rows are still queued in memory, and only
    # the graceful shutdown's final flush can bring them to the database
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        json.dumps(
            {
                "ledger": {"url": ledger_url, "flush_interval_s": 5},
                "routing": {"ner": False},
                "targets": [
                    {
                        "name": "box",
                        "kind": "openai",
                        "base_url": upstream,
                        "upstream_model": "box-model",
                        "tier": "local",
                        "zone": "private",
                        "models": {"assistant": "v1"},
                    }
                ],
            }
        )
    )
    return config


class Load:
    """CLIENTS threads sending chat requests round-robin to the replicas until stopped; every
    HTTP answer is kept (status, request id), connection failures are counted apart."""

    def __init__(self, roots: list[str]) -> None:
        self.roots = roots
        self.answers: list[tuple[int, str]] = []
        self.unanswered = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, args=(i,)) for i in range(CLIENTS)]

    def _run(self, offset: int) -> None:
        body = {"model": "assistant", "messages": [{"role": "user", "content": "hello there"}]}
        count = offset
        with httpx.Client(timeout=30) as client:
            while not self._stop.is_set():
                root = self.roots[count % len(self.roots)]
                count += 1
                try:
                    reply = client.post(f"{root}/v1/chat/completions", json=body)
                except httpx.TransportError:  # a replica that stopped listening
                    with self._lock:
                        self.unanswered += 1
                    continue
                with self._lock:
                    self.answers.append((reply.status_code, reply.headers["x-request-id"]))

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)


def _rows(url: str) -> list[tuple[str, str]]:
    from sqlalchemy import text

    from meshroute.ledger.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT request_id, status FROM requests"))
            return [(row[0], row[1]) for row in found]
    finally:
        engine.dispose()


def test_replicas_on_one_postgres_ledger_lose_and_duplicate_nothing_on_sigterm(
    tmp_path: Path, postgres_url: str
) -> None:
    with run_standin(model="box-model") as box:
        config = _config(tmp_path, postgres_url, box.base_url)
        ports = [free_port() for _ in range(3)]
        logs = [(tmp_path / f"replica-{i}.log").open("w") for i in range(3)]
        replicas = [
            serve_process(config, port, tmp_path, stdout=log, stderr=log)
            for port, log in zip(ports, logs, strict=True)
        ]
        try:
            roots = [f"http://127.0.0.1:{port}" for port in ports]
            for root in roots:
                wait_ready(root, timeout=120)  # all three migrated the fresh database together
            with Load(roots) as load:
                time.sleep(3)
                replicas[0].send_signal(signal.SIGTERM)  # under load
                assert replicas[0].wait(timeout=60) == 0
                before = len(load.answers)
                time.sleep(2)
            assert len(load.answers) > before  # the other two kept answering
            for replica in replicas[1:]:
                replica.send_signal(signal.SIGTERM)
            codes = [replica.wait(timeout=60) for replica in replicas]
        finally:
            for replica in replicas:
                if replica.poll() is None:
                    replica.kill()
            for log in logs:
                log.close()
    output = "".join((tmp_path / f"replica-{i}.log").read_text() for i in range(3))
    assert codes == [0, 0, 0], output
    assert "Traceback" not in output and "already exists" not in output
    rows = _rows(postgres_url)
    ids = Counter(request_id for request_id, _ in rows)
    assert [rid for rid, seen in ids.items() if seen > 1] == []  # no duplicate
    answered = {rid for status, rid in load.answers if status == 200}
    assert len(answered) == len(load.answers), Counter(s for s, _ in load.answers)
    assert {rid for rid, status in rows if status == "ok"} == answered  # none lost, none extra
    assert len(rows) == len(load.answers)
    assert len(answered) > 100
    print(f"answered {len(answered)}, rows {len(rows)}, unanswered (refused) {load.unanswered}")
