"""The node's store of model versions: `fleet: {store: DIR}`.

Layout: `DIR/fleet.json` (which versions are here and the activation history, written
atomically), `DIR/partial/SHA.part` (a pull in progress: a restarted node resumes it),
`DIR/models/NAME/VERSION/NAME-VERSION.FORMAT` (verified files only). A file reaches `models/`
only after its size and sha256 match the manifest, so nothing half-pulled can become active.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from meshroute.config import FleetConfig
from meshroute.fleet.artifact import ModelArtifact

log = logging.getLogger("meshroute.fleet")
FreeBytes = Callable[[Path], int]
_MB = 1024 * 1024


class StoreError(Exception):
    """The store cannot take or give this version (disk full, corrupt file, bad state)."""

    def __init__(self, message: str, *, full: bool = False) -> None:
        super().__init__(message)
        self.full = full


class VersionRecord(BaseModel):
    """One version this node knows: pulled (digest, file in the store) or the baseline the
    config named before the first deploy (digest None; file None: the packaged model)."""

    digest: str | None = None
    sha256: str | None = None
    size: int | None = None
    file: str | None = None
    baseline: bool = False


class ModelRecord(BaseModel):
    history: list[str] = Field(default_factory=list)  # activation order; the last is active
    versions: dict[str, VersionRecord] = Field(default_factory=dict)

    @property
    def active(self) -> str | None:
        return self.history[-1] if self.history else None


class StoreState(BaseModel):
    models: dict[str, ModelRecord] = Field(default_factory=dict)


def disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free


class ModelStore:
    def __init__(self, config: FleetConfig, free_bytes: FreeBytes | None = None) -> None:
        self.config = config
        self.root = Path(config.store)
        self.free_bytes = free_bytes or disk_free
        self._state_file = self.root / "fleet.json"

    def ensure(self) -> None:
        (self.root / "partial").mkdir(parents=True, exist_ok=True)
        (self.root / "models").mkdir(parents=True, exist_ok=True)

    def load(self) -> StoreState:
        try:
            return StoreState.model_validate_json(self._state_file.read_bytes())
        except FileNotFoundError:
            return StoreState()
        except (OSError, ValidationError, ValueError) as exc:
            raise StoreError(f"{self._state_file}: unreadable fleet state ({exc})"[:300]) from exc

    def save(self, state: StoreState) -> None:
        self.ensure()
        scratch = self._state_file.with_suffix(".json.tmp")
        with scratch.open("wb") as sink:
            sink.write(state.model_dump_json(indent=1).encode())
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(scratch, self._state_file)  # atomic: a kill leaves the old or the new state

    def state_mtime(self) -> int:
        return self._state_file.stat().st_mtime_ns

    def try_lock(self) -> int | None:
        """An exclusive lock on the store across worker processes: its fd, or None if held."""
        self.ensure()
        fd = os.open(self.root / ".orders.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        return fd

    def part_path(self, artifact: ModelArtifact) -> Path:
        return self.root / "partial" / f"{artifact.sha256}.part"

    def final_path(self, artifact: ModelArtifact) -> Path:
        name, version = artifact.name, artifact.version
        return self.root / "models" / name / version / f"{name}-{version}.{artifact.format}"

    def resolve(self, record: VersionRecord) -> str | None:
        """The path a version's file is loaded from (None: the packaged default model)."""
        if record.file is None or record.baseline:
            return record.file
        return str(self.root / record.file)

    def check_space(self, artifact: ModelArtifact) -> None:
        """Refuse a pull the disk cannot hold, leaving `reserve_mb` free, before any byte."""
        self.ensure()
        part = self.part_path(artifact)
        need = artifact.size - (part.stat().st_size if part.exists() else 0)
        free = self.free_bytes(self.root)
        reserve = self.config.reserve_mb * _MB
        if free - need < reserve:
            raise StoreError(
                f"not enough disk space in the fleet store for {artifact.name}@"
                f"{artifact.version}: needs {need / _MB:.1f} MB more, {free / _MB:.1f} MB "
                f"free, {self.config.reserve_mb} MB kept in reserve",
                full=True,
            )

    async def verify(self, path: Path, artifact: ModelArtifact) -> None:
        """Size and sha256 must match the manifest; a bad part file is deleted."""
        size = path.stat().st_size if path.exists() else -1
        if size != artifact.size:
            self._discard(path)
            raise StoreError(
                f"{artifact.name}@{artifact.version}: the file is {max(size, 0)} bytes, the "
                f"manifest says {artifact.size}: refused (truncated or corrupt)"
            )
        found = await asyncio.to_thread(_sha256, path)
        if found != artifact.sha256:
            self._discard(path)
            raise StoreError(
                f"{artifact.name}@{artifact.version}: sha256 {found[:12]}... does not match the "
                f"manifest's {artifact.sha256[:12]}...: refused (corrupt)"
            )

    def _discard(self, path: Path) -> None:
        """Delete a bad file of the store (never a file outside it): the next deploy pulls it
        again instead of meeting the same corrupt copy."""
        if path.is_relative_to(self.root):
            path.unlink(missing_ok=True)

    def install(self, part: Path, artifact: ModelArtifact) -> VersionRecord:
        """Move a verified part file to its final place (atomic rename on one disk)."""
        final = self.final_path(artifact)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, final)
        return VersionRecord(
            sha256=artifact.sha256,
            size=artifact.size,
            file=str(final.relative_to(self.root)),
        )

    def prune(self, state: StoreState, name: str) -> None:
        """Keep the last `keep_versions` distinct versions of the history; delete the rest."""
        record = state.models[name]
        kept: list[str] = []
        for version in reversed(record.history):
            if version not in kept:
                kept.append(version)
        kept = kept[: self.config.keep_versions]
        record.history = [v for v in record.history if v in kept]
        for version in list(record.versions):
            if version in kept:
                continue
            gone = record.versions.pop(version)
            if gone.file is not None and not gone.baseline:
                shutil.rmtree((self.root / gone.file).parent, ignore_errors=True)
                log.info("fleet version pruned", extra={"model": name, "version": version})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(_MB):
            digest.update(chunk)
    return digest.hexdigest()
