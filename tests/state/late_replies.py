"""A TCP proxy in front of a real Redis that can hold a reply: the command reaches Redis at
once (Redis runs it), only its answer comes late, as on a loaded box or a slow network. That
is the case a retry must survive; SIGSTOP stops Redis before it runs anything, and cannot
pick which command of a pipeline (redis-py sends SCRIPT EXISTS first) is the late one."""

from __future__ import annotations

import asyncio
import contextlib
import time

from support import free_port


class LateReplies:
    def __init__(self, redis_port: int) -> None:
        self.redis_port = redis_port
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._server: asyncio.Server | None = None
        self._late = 0
        self._hold_s = 0.0
        self._marker = b""
        self.held = 0  # replies held so far

    def hold(self, count: int, seconds: float, marker: bytes = b"EVALSHA") -> None:
        """Hold the reply to each of the next `count` sends holding `marker` for `seconds`."""
        self._late, self._hold_s, self._marker = count, seconds, marker

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        redis_r, redis_w = await asyncio.open_connection("127.0.0.1", self.redis_port)
        late_until = [0.0]  # replies on this connection wait until then

        async def requests() -> None:
            while chunk := await client_r.read(65536):
                if self._late > 0 and self._marker in chunk:
                    self._late -= 1
                    self.held += 1
                    late_until[0] = time.monotonic() + self._hold_s
                redis_w.write(chunk)
                await redis_w.drain()

        async def replies() -> None:
            while chunk := await redis_r.read(65536):
                await asyncio.sleep(max(0.0, late_until[0] - time.monotonic()))
                client_w.write(chunk)
                await client_w.drain()

        tasks = [asyncio.create_task(requests()), asyncio.create_task(replies())]
        with contextlib.suppress(Exception):
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for writer in (client_w, redis_w):
            writer.close()
