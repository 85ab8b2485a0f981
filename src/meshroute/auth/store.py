"""The running server's view of the key file, kept current without a restart.

On the request path the store looks at the file at most once per `check_interval` seconds (one
`os.stat`, about a microsecond); a change of inode, size or mtime reloads it. `meshroute keys`
replaces the file by an atomic rename, so the inode always changes and a revoked key stops
working within one interval.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from meshroute.auth.keyfile import ApiKey, KeyFileError, KeyRecord, parse_token, read_keys

log = logging.getLogger("meshroute.auth")
_Signature = tuple[int, int, int, int] | None


class KeyStore:
    def __init__(
        self,
        path: Path,
        *,
        check_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Load `path`; KeyFileError (naming the file) if it is missing or malformed, so a
        server configured for keys never starts open by accident."""
        self.path = Path(path)
        self.check_interval = check_interval
        self._clock = clock
        self._signature = _stat(self.path)
        if self._signature is None:
            raise KeyFileError(
                f"{self.path}: the key file does not exist; create a key with "
                "`meshroute keys create --config FILE --name NAME`"
            )
        self._index = _index(read_keys(self.path))
        self._next_check = clock() + check_interval
        # key ids revoked on another replica's key file (shared state, state/revocations.py)
        self.denied: frozenset[str] = frozenset()

    @property
    def keys(self) -> list[ApiKey]:
        """The active keys (attributes only: no secret, no hash)."""
        return [record.key for record in self._index.values()]

    def authenticate(self, authorization: str | None) -> ApiKey | None:
        """The active key an `Authorization: Bearer mr-...` header carries, or None."""
        if not authorization:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer":
            return None
        parsed = parse_token(token.strip())
        if parsed is None:
            return None
        self.refresh()
        # The id is public (it is not the secret), so an unknown id may return early: the
        # timing only reveals whether an id exists, never anything about a secret.
        record = self._index.get(parsed[0])
        if record is None or record.key.id in self.denied or not record.matches(parsed[1]):
            return None
        return record.key

    def refresh(self, *, force: bool = False) -> bool:
        """Reload if the file changed (checked at most once per interval); True if reloaded."""
        now = self._clock()
        if not force and now < self._next_check:
            return False
        self._next_check = now + self.check_interval
        signature = _stat(self.path)
        if signature == self._signature and not force:
            return False
        return self._reload(signature)

    def _reload(self, signature: _Signature) -> bool:
        if signature is None:
            # Deleted: fail closed. Atomic renames never leave the path missing, so this is a
            # deliberate removal, and no key stays valid after its file is gone.
            log.warning("key file removed, refusing every key", extra={"path": str(self.path)})
            self._index = {}
            self._signature = None
            return True
        try:
            records = read_keys(self.path)
        except KeyFileError as exc:
            # A broken edit keeps the last good keys (like a bad config reload); the message
            # names the file and entry but never holds a key (the file has none).
            log.error("key file rejected, keeping the previous keys: %s", exc)
            self._signature = signature  # do not re-parse the same broken file every second
            return False
        self._index = _index(records)
        self._signature = signature
        log.info("key file reloaded", extra={"path": str(self.path), "keys": len(self._index)})
        return True


def _index(records: list[KeyRecord]) -> dict[str, KeyRecord]:
    return {r.key.id: r for r in records if r.key.revoked is None}


def _stat(path: Path) -> _Signature:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
