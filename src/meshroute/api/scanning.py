"""Where routing's scans run: inline for small requests, on worker threads otherwise.

The fast scan of a short prompt costs tens of microseconds, less than a thread hop; the scan
of a large request, and the deep (name) scan at any size, can take milliseconds to seconds, and
on the event loop that time would stall every other request and /healthz. Those run on a small
pool of worker threads instead. Threads rather than processes: the detector is large (pattern
tables, a gazetteer) and is shared, not copied. A thread holds the GIL while a regex runs in C,
so each recogniser must also be bounded in time (the privacy package caps it); the pool keeps
the loop's share of the interpreter between those slices.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# Below this many characters of text the scan is cheaper than the hop to a thread (measured by
# bench/hostile.py: about 0.1 ms per KB for the fast scan, 50-100 us for a thread round trip).
INLINE_CHARS = 8 * 1024


class Scanning:
    def __init__(self, workers: int = 2, inline_chars: int = INLINE_CHARS) -> None:
        self.inline_chars = inline_chars
        # MESHROUTE_SCAN_INLINE=1 runs every scan on the event loop, as before this module:
        # only so bench/hostile.py can show the difference.
        self.all_inline = os.environ.get("MESHROUTE_SCAN_INLINE") == "1"
        self._workers = workers
        self._executor: ThreadPoolExecutor | None = None

    async def run(self, work: Callable[[], T], *, size: int, deep: bool) -> T:
        """`work()`, on a worker thread when it may be slow (`deep`, or `size` characters
        above the inline limit)."""
        if self.all_inline or (not deep and size < self.inline_chars):
            return work()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="meshroute-scan")
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
