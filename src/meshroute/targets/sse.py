"""Incremental Server-Sent Events splitting for relayed streams.

Hand-written: the relay needs every event that arrived in one network read as one batch (one
write to the client instead of one per event: the write syscalls dominated the streaming
profile), and the SSE clients on PyPI hide that boundary behind a per-event iterator.
"""

from __future__ import annotations


class SSESplitter:
    """Feed raw bytes as they arrive; get back the data of each complete event."""

    __slots__ = ("_buffer", "_data", "done")

    def __init__(self) -> None:
        self._buffer = b""
        self._data: list[bytes] = []
        self.done = False  # [DONE] was seen

    def feed(self, raw: bytes) -> list[bytes]:
        self._buffer += raw
        *lines, self._buffer = self._buffer.split(b"\n")
        events: list[bytes] = []
        for line in lines:
            line = line.removesuffix(b"\r")
            if line:
                if line.startswith(b"data:"):
                    self._data.append(line[5:].removeprefix(b" "))
                continue  # comments (": ping"), event:, id: and retry: carry nothing we relay
            if not self._data:
                continue
            payload = b"\n".join(self._data)
            self._data = []
            if payload == b"[DONE]":
                self.done = True
                return events
            events.append(payload)
        return events
