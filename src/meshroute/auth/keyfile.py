"""The key file: API keys as salted hashes, never the keys themselves.

Format (JSON, mode 0600)::

    {"version": 1, "keys": [{"name": "ci", "id": "3f9a0c1b7d2e", "salt": "<hex>",
      "hash": "<hex>", "hash_alg": "hmac-sha256", "admin": false, "models": ["assistant"],
      "zones": ["private"], "rpm": 60, "tpm": 100000, "created": "2026-11-28T10:00:00Z",
      "revoked": null}]}

A key reads `mr-<id>-<secret>`: the id is public (it finds the entry in O(1) and may appear in
logs); only the secret is hashed and compared.

Why HMAC-SHA256 and not scrypt/PBKDF2: slow hashes exist to make guessing *low-entropy* passwords
expensive after a file leaks. Our secrets are 256 random bits from `secrets`, so a leaked hash
cannot be brute-forced whatever the hash costs, and a slow hash would only add milliseconds to
every request (verification runs on each one; the budget is < 50 us). A per-key random salt
still makes equal secrets hash differently and rules out precomputed tables.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from meshroute.config import Config
from meshroute.errors import ConfigError

FORMAT_VERSION = 1
HASH_ALG = "hmac-sha256"
PREFIX = "mr"
ZONES = frozenset({"private", "public"})
_ID_BYTES = 6  # 12 hex characters: enough to keep ids unique in any realistic key file
_SECRET_BYTES = 32
_SALT_BYTES = 16
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_ID = re.compile(r"[0-9a-f]{12}")


class KeyFileError(ConfigError):
    """The key file is missing, unreadable or malformed; the message names the file."""


@dataclass(frozen=True, slots=True)
class ApiKey:
    """What a request may do once its key is known. Holds no secret and no hash."""

    name: str
    id: str
    admin: bool = False
    models: frozenset[str] | None = None  # logical model names (or target-qualified names)
    zones: frozenset[str] | None = None  # None: every zone
    rpm: int | None = None
    tpm: int | None = None
    created: str = ""
    revoked: str | None = None  # when it was revoked (ISO 8601, UTC), or None while active


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """One entry of the key file: the key's attributes with its salt and hash."""

    key: ApiKey
    salt: bytes
    digest: bytes

    def matches(self, secret: bytes) -> bool:
        # compare_digest: the time taken must not tell an attacker how many bytes matched.
        return hmac.compare_digest(hash_secret(self.salt, secret), self.digest)


def hash_secret(salt: bytes, secret: bytes) -> bytes:
    return hmac.digest(salt, secret, hashlib.sha256)


def parse_token(token: str) -> tuple[str, bytes] | None:
    """`mr-<id>-<secret>` -> (id, secret), or None when it cannot be one of ours."""
    prefix, _, rest = token.partition("-")
    key_id, _, secret = rest.partition("-")
    if prefix != PREFIX or not secret or len(secret) > 128 or not _ID.fullmatch(key_id):
        return None
    return key_id, secret.encode("utf-8", "surrogateescape")


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_key(
    name: str,
    *,
    existing: list[KeyRecord],
    admin: bool = False,
    models: frozenset[str] | None = None,
    zones: frozenset[str] | None = None,
    rpm: int | None = None,
    tpm: int | None = None,
) -> tuple[str, KeyRecord]:
    """A fresh key: the token (shown once, never stored) and the record to store."""
    _check_attributes(name, models, zones, rpm, tpm, where=f"key '{name}'")
    if any(r.key.name == name and r.key.revoked is None for r in existing):
        raise ValueError(f"an active key named '{name}' already exists; revoke it first")
    taken = {r.key.id for r in existing}
    key_id = secrets.token_hex(_ID_BYTES)
    while key_id in taken:
        key_id = secrets.token_hex(_ID_BYTES)
    secret = secrets.token_urlsafe(_SECRET_BYTES)
    salt = secrets.token_bytes(_SALT_BYTES)
    key = ApiKey(name, key_id, admin, models, zones, rpm, tpm, now_iso(), None)
    record = KeyRecord(key, salt, hash_secret(salt, secret.encode()))
    return f"{PREFIX}-{key_id}-{secret}", record


def revoke(records: list[KeyRecord], name: str) -> list[KeyRecord]:
    """The records with the active key called `name` marked revoked (kept for the audit trail)."""
    found = False
    result = []
    for record in records:
        if record.key.name == name and record.key.revoked is None:
            record = replace(record, key=replace(record.key, revoked=now_iso()))
            found = True
        result.append(record)
    if not found:
        raise LookupError(f"no active key named '{name}'")
    return result


def key_file_path(config: Config) -> Path | None:
    """`server.key_file`, relative to the config file's directory (not the working directory,
    so `serve` and `keys` agree wherever they are started from)."""
    if config.server.key_file is None:
        return None
    path = Path(config.server.key_file).expanduser()
    source = Path(config.source)
    if not path.is_absolute() and source.is_file():
        path = source.parent / path
    return path


def read_keys(path: Path) -> list[KeyRecord]:
    """Every record in the file; KeyFileError (naming the file and entry) if anything is off."""
    try:
        check_permissions(path)
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the key file: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileError(f"{path}: the key file is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("version") != FORMAT_VERSION:
        raise KeyFileError(f'{path}: expected an object with "version": {FORMAT_VERSION}')
    entries = raw.get("keys")
    if not isinstance(entries, list):
        raise KeyFileError(f'{path}: "keys" must be a list')
    records: list[KeyRecord] = []
    for index, entry in enumerate(entries):
        try:
            records.append(_record(entry))
        except (ValueError, TypeError, KeyError) as exc:
            raise KeyFileError(f"{path}: keys[{index}]: {exc}") from exc
    _check_unique(path, records)
    return records


def check_permissions(path: Path) -> None:
    """Refuse a key file that group or others may write, as ssh refuses such a key: anyone who
    can write it can add an admin key of their own."""
    mode = os.stat(path).st_mode
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise KeyFileError(
            f"{path}: the key file is writable by group or others (mode "
            f"{stat.S_IMODE(mode):04o}); refusing it: run `chmod 600 {path}`"
        )


def write_keys(path: Path, records: list[KeyRecord]) -> None:
    """Replace the file atomically: a reader sees the old file or the new one, never half."""
    text = json.dumps({"version": FORMAT_VERSION, "keys": [_entry(r) for r in records]}, indent=2)
    # mkstemp creates the file 0600, so the hashes are never readable by others, even briefly.
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Serialise read-modify-write between concurrent `meshroute keys` runs (else one of two
    simultaneous creates would be lost). Readers need no lock: writes are atomic renames."""
    import fcntl  # POSIX only; imported here so reading keys works anywhere

    lock = path.with_name(f".{path.name}.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _record(entry: Any) -> KeyRecord:
    if not isinstance(entry, dict):
        raise TypeError("each key must be an object")
    if entry.get("hash_alg", HASH_ALG) != HASH_ALG:
        raise ValueError(f"unknown hash_alg {entry.get('hash_alg')!r}")
    name, key_id = entry["name"], entry["id"]
    if not isinstance(name, str) or not isinstance(key_id, str) or not _ID.fullmatch(key_id):
        raise ValueError("name must be a string and id 12 lowercase hex characters")
    models = _names(entry.get("models"), "models")
    zones = _names(entry.get("zones"), "zones")
    rpm, tpm = _limit(entry.get("rpm"), "rpm"), _limit(entry.get("tpm"), "tpm")
    admin = entry.get("admin", False)
    if not isinstance(admin, bool):
        raise TypeError("admin must be true or false")
    _check_attributes(name, models, zones, rpm, tpm, where=f"key '{name}'")
    created, revoked = entry.get("created", ""), entry.get("revoked")
    if not isinstance(created, str) or not (revoked is None or isinstance(revoked, str)):
        raise TypeError("created must be a string and revoked a string or null")
    salt, digest = bytes.fromhex(entry["salt"]), bytes.fromhex(entry["hash"])
    if len(salt) < 8 or len(digest) != hashlib.sha256().digest_size:
        raise ValueError("salt or hash has the wrong length")
    key = ApiKey(name, key_id, admin, models, zones, rpm, tpm, created, revoked)
    return KeyRecord(key, salt, digest)


def _entry(record: KeyRecord) -> dict[str, Any]:
    key = record.key
    return {
        "name": key.name,
        "id": key.id,
        "salt": record.salt.hex(),
        "hash": record.digest.hex(),
        "hash_alg": HASH_ALG,
        "admin": key.admin,
        "models": sorted(key.models) if key.models is not None else None,
        "zones": sorted(key.zones) if key.zones is not None else None,
        "rpm": key.rpm,
        "tpm": key.tpm,
        "created": key.created,
        "revoked": key.revoked,
    }


def _names(value: Any, field: str) -> frozenset[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TypeError(f"{field} must be null or a list of non-empty strings")
    return frozenset(value)


def _limit(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be null or an integer")
    return value


def _check_attributes(
    name: str,
    models: frozenset[str] | None,
    zones: frozenset[str] | None,
    rpm: int | None,
    tpm: int | None,
    *,
    where: str,
) -> None:
    if not _NAME.fullmatch(name):
        raise ValueError(
            f"{where}: a name is 1-64 characters of letters, digits, '.', '_', '@', '-'"
        )
    if models is not None and not models:
        raise ValueError(f"{where}: models, when given, must name at least one model")
    if zones is not None and (not zones or not zones <= ZONES):
        raise ValueError(f"{where}: zones must be a non-empty subset of private, public")
    for field, limit in (("rpm", rpm), ("tpm", tpm)):
        if limit is not None and limit <= 0:
            raise ValueError(f"{where}: {field} must be a positive integer")


def _check_unique(path: Path, records: list[KeyRecord]) -> None:
    ids: set[str] = set()
    active: set[str] = set()
    for record in records:
        key = record.key
        if key.id in ids:
            raise KeyFileError(f"{path}: two keys have the id {key.id}")
        ids.add(key.id)
        if key.revoked is None:
            if key.name in active:
                raise KeyFileError(f"{path}: two active keys are named '{key.name}'")
            active.add(key.name)
