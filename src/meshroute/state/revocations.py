"""Revocations seen by every replica within a second, even where key files differ.

Keys live in the key file (hashed); replicas on one host or on a shared volume see a change
through it within a second (auth/store.py). Replicas on hosts with their own copy of the file
would not: so each replica publishes the ids its own file marks revoked to a Redis set, and
refuses every id in that set. Redis can only take access away this way, never grant it: a
new key still has to reach each replica's file (docs/mesh.md).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from meshroute.auth.keyfile import KeyFileError, read_keys
from meshroute.auth.store import KeyStore
from meshroute.state.connection import DOWN, SharedConnection

log = logging.getLogger("meshroute.state")


class Revocations:
    def __init__(self, connection: SharedConnection) -> None:
        self._redis = connection
        self._signature: tuple[int, int, int] | None = None
        self._unpublished: set[str] = set()
        self.denied: frozenset[str] = frozenset()

    async def sync(self, store: KeyStore | None) -> None:
        """Publish this file's revocations (when it changed), adopt everyone's."""
        if store is None:
            return
        self._read_local(store)
        key = self._redis.key("revoked")
        publish = sorted(self._unpublished)

        async def exchange(client: Any) -> Any:
            pipe = client.pipeline(transaction=False)
            if publish:
                pipe.sadd(key, *publish)
            pipe.smembers(key)
            return await pipe.execute()

        result = await self._redis.call(exchange)
        if result is not DOWN:
            self._unpublished.clear()
            members = result[-1]  # type: ignore[index]
            self.denied = frozenset(m.decode() if isinstance(m, bytes) else m for m in members)
        store.denied = self.denied  # a reload builds a new store: set it on every tick

    def _read_local(self, store: KeyStore) -> None:
        try:
            st = os.stat(store.path)
        except OSError:
            return
        signature = (st.st_ino, st.st_size, st.st_mtime_ns)
        if signature == self._signature:
            return
        self._signature = signature
        try:
            records = read_keys(store.path)
        except KeyFileError:
            return  # the store logs a broken file; nothing to publish from it
        self._unpublished |= {r.key.id for r in records if r.key.revoked is not None}
