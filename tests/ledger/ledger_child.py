"""A writer in its own process, for the kill -9 and SIGTERM tests and the bench.

usage: ledger_child.py URL FLUSH_INTERVAL_S RATE_PER_S
Prints `ready`, then `<index> <unix time>` after recording each entry; on SIGTERM it closes the
ledger (flushing everything) and prints `closed <recorded>`.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import time

from meshroute.ledger import Ledger, LedgerEntry


async def main(url: str, interval: float, rate: float) -> None:
    ledger = Ledger(url, flush_interval_s=interval)
    await ledger.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    index = 0
    start = time.monotonic()
    while not stop.is_set():
        ledger.record(
            LedgerEntry(
                request_id=str(index),
                model="assistant",
                target="box",
                tier="local",
                zone="private",
                input_tokens=10,
                output_tokens=5,
                latency_ms=12.5,
                cost_usd=0.0001,
            )
        )
        print(index, time.time(), flush=True)
        index += 1
        await asyncio.sleep(max(0.0, start + index / rate - time.monotonic()))
    await ledger.close()
    print("closed", index, flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], float(sys.argv[2]), float(sys.argv[3])))
