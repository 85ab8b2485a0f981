"""The stream relay's own guarantees, at the ASGI seam: a client that stops reading is dropped
after write_timeout_s, and the upstream stream is closed either way."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, MutableMapping
from typing import Any

from meshroute.api.relay import RelayResponse, StreamOutcome, StreamRelay


async def test_a_stalled_client_is_dropped_and_the_upstream_closed() -> None:
    closed = asyncio.Event()
    outcomes: list[StreamOutcome] = []

    async def upstream() -> AsyncGenerator[list[bytes], None]:
        try:
            for index in range(1000):
                yield [b'{"choices": [{"index": 0, "delta": {"content": "%d"}}]}' % index]
        finally:
            closed.set()

    batches = upstream()
    first = await anext(batches)
    relay = StreamRelay(
        target="box",
        first=first,
        batches=batches,
        redaction=None,
        deadline=time.perf_counter() + 3600,
        on_done=outcomes.append,
    )
    sent: list[MutableMapping[str, Any]] = []

    async def stalled_send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)
        if message["type"] == "http.response.body" and len(sent) > 3:
            await asyncio.sleep(3600)  # the client's window is full and it reads nothing

    response = RelayResponse(relay, {}, write_timeout_s=0.2)
    await asyncio.wait_for(response.stream_response(stalled_send), 5)
    assert closed.is_set()
    assert outcomes and outcomes[0].status == "client_gone"
    assert len(sent) == 4
