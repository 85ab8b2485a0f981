"""Deploy and rollback orders on a fleet node, one at a time.

A deploy: check the order, fetch the manifest by digest (it must hash to it and name the
ordered NAME@VERSION), check disk space, pull the file into `partial/` (resuming what a killed
pull left), verify size and sha256, move it into the store, load it and swap the target, then
record the version as active. Any failure on the way leaves the running version active.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from meshroute.config import FleetConfig
from meshroute.errors import APIError
from meshroute.fleet.artifact import ArtifactError, ModelArtifact
from meshroute.fleet.auth import registry_auth
from meshroute.fleet.overlay import NoTargetForModel, serving_target, with_model
from meshroute.fleet.registry import TIMEOUT, RegistryError, check_registry, fetch_manifest
from meshroute.fleet.registry import pull_blob as pull_layer
from meshroute.fleet.store import ModelRecord, ModelStore, StoreError, StoreState, VersionRecord
from meshroute.fleet.swap import SwapFailed, swap_target

log = logging.getLogger("meshroute.fleet")


class FleetError(APIError):
    """A deploy or rollback refused, with the HTTP status that says why."""

    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message, code=code)
        self.status = status
        self.type = "invalid_request_error" if status < 500 else "server_error"


@dataclass(frozen=True, slots=True)
class Order:
    name: str
    version: str
    digest: str
    registry: str


@dataclass(slots=True)
class Pull:
    name: str
    version: str
    total: int
    received: int = 0
    resumed_from: int = 0


class FleetNode:
    def __init__(self, config: FleetConfig, state: Any, store: ModelStore | None = None) -> None:
        self.config = config
        self.state = state  # the app's state: gateway, retiring tasks
        self.store = store or ModelStore(config)
        self.lock = asyncio.Lock()
        self.busy: str | None = None  # what the running order is doing, for a 409
        self._lock_fd: int | None = None
        self.pull: Pull | None = None

    def claim(self, what: str) -> None:
        """Refuse a second order while one runs: a clear 409, never two half-done swaps."""
        if self.busy is not None:  # checked and set with no await between: one order wins
            raise FleetError(409, f"{self.busy} is in progress on this node", "busy")
        try:
            fd = self.store.try_lock()  # and one order across the node's worker processes
        except OSError as exc:
            message = f"the fleet store is not writable: {exc.strerror}"
            raise FleetError(500, message, "store") from exc
        if fd is None:
            raise FleetError(409, "another worker of this node is running an order", "busy")
        self._lock_fd, self.busy = fd, what

    def _release(self) -> None:
        fd, self._lock_fd, self.busy, self.pull = self._lock_fd, None, None, None
        if fd is not None:
            os.close(fd)  # releases the store lock

    async def deploy(self, order: Order) -> dict[str, Any]:
        async with self.lock:
            try:
                return await self._deploy(order)
            finally:
                self._release()

    async def _deploy(self, order: Order) -> dict[str, Any]:
        self._check_registry(order.registry)
        target = self._target(order.name)
        state = self.store.load()
        record = state.models.get(order.name)
        known = record.versions.get(order.version) if record else None
        if known is not None and known.digest != order.digest:
            raise FleetError(
                409, f"{order.name}@{order.version} is here with another digest", "digest_mismatch"
            )
        if known is not None and record is not None and record.active == order.version:
            return {**_answer(order), "resumed_from": 0, "seconds": 0.0, "unchanged": True}
        started = time.perf_counter()
        artifact, resumed = await self._fetch(order)
        pulled = time.perf_counter()
        fresh = self.store.final_path(artifact)
        if resumed is None:  # pulled and verified earlier: verify again before use
            await self._verify(fresh, artifact)
        version = VersionRecord(
            digest=order.digest,
            sha256=artifact.sha256,
            size=artifact.size,
            file=str(fresh.relative_to(self.store.root)),
        )
        await self._activate(state, order.name, order.version, version, target)
        done = time.perf_counter()
        return {
            **_answer(order),
            "resumed_from": resumed or 0,
            "seconds": round(done - started, 3),
            "pull_seconds": round(pulled - started, 3),  # manifest, pull, sha256, install
            "swap_seconds": round(done - pulled, 3),  # load, warm-up, switch
        }

    async def rollback(self, name: str) -> dict[str, Any]:
        async with self.lock:
            try:
                target = self._target(name)
                state = self.store.load()
                record = state.models.get(name)
                if record is None or len(record.history) < 2:
                    raise FleetError(409, f"no previous version of {name} to roll back to", "none")
                current = record.history.pop()
                previous = record.history[-1]
                kept = record.versions[previous]
                if kept.file is not None and not kept.baseline and kept.sha256 and kept.size:
                    artifact = ModelArtifact(name, previous, "gguf", kept.size, kept.sha256)
                    await self._verify(self.store.final_path(artifact), artifact)
                await self._swap(name, previous, self.store.resolve(kept), target)
                self.store.save(state)
                log.info("fleet rollback", extra={"model": name, "from": current, "to": previous})
                return {"name": name, "version": previous, "digest": kept.digest, "active": True}
            finally:
                self._release()

    def _check_registry(self, registry: str) -> None:
        try:
            check_registry(registry)
        except RegistryError as exc:
            raise FleetError(400, str(exc), "bad_registry") from exc
        allowed = self.config.registries
        if allowed is not None and not any(registry.startswith(p) for p in allowed):
            raise FleetError(403, "this node does not pull from that registry", "registry_denied")

    def _target(self, name: str) -> str:
        try:
            return serving_target(self.state.gateway.config, name).name
        except NoTargetForModel as exc:
            raise FleetError(
                404, f"no embedded target on this node serves '{name}'", "no_target"
            ) from exc

    async def _fetch(self, order: Order) -> tuple[ModelArtifact, int | None]:
        """The version's artifact, with its file in the store; the offset a pull resumed at
        (None: no pull was needed)."""
        auth = registry_auth(self.config.registry_username, self.config.registry_password)
        async with httpx.AsyncClient(timeout=TIMEOUT, auth=auth) as client:
            try:
                artifact = await fetch_manifest(client, order.registry, order.name, order.digest)
            except RegistryError as exc:
                code = "not_found" if "has no" in str(exc) else "registry"
                raise FleetError(404 if code == "not_found" else 502, str(exc), code) from exc
            except ArtifactError as exc:
                raise FleetError(400, str(exc), "bad_order") from exc
            if (artifact.name, artifact.version) != (order.name, order.version):
                raise FleetError(
                    400,
                    f"digest {order.digest} is {artifact.name}@{artifact.version}, "
                    f"not {order.name}@{order.version}",
                    "digest_mismatch",
                )
            if self.store.final_path(artifact).is_file():
                # in the store already (a redeploy after a rollback, or a node killed between
                # the install and the switch): no pull; the caller verifies it again
                return artifact, None
            return artifact, await self._pull(client, order.registry, artifact)

    async def _pull(self, client: httpx.AsyncClient, registry: str, artifact: ModelArtifact) -> int:
        try:
            self.store.check_space(artifact)
        except StoreError as exc:
            raise FleetError(507, str(exc), "disk_full") from exc
        part = self.store.part_path(artifact)
        pull = Pull(artifact.name, artifact.version, artifact.size)
        pull.received = pull.resumed_from = part.stat().st_size if part.exists() else 0
        self.pull = pull

        def moved(count: int) -> None:
            pull.received += count

        limit = self.config.max_pull_mbps
        try:
            pull.resumed_from = await pull_layer(
                client, registry, artifact, part, moved, limit * 1e6 if limit else None
            )
        except RegistryError as exc:
            raise FleetError(502, f"{exc}; the partial file is kept to resume", "registry") from exc
        except OSError as exc:  # ENOSPC or another disk failure mid-write
            raise FleetError(507, f"writing the model file failed: {exc.strerror}", "disk") from exc
        await self._verify(part, artifact)
        self.store.install(part, artifact)
        if pull.resumed_from:
            log.info("fleet pull resumed", extra={"model": artifact.name, "at": pull.resumed_from})
        return pull.resumed_from

    async def _verify(self, path: Path, artifact: ModelArtifact) -> None:
        try:
            await self.store.verify(path, artifact)
        except StoreError as exc:
            raise FleetError(502, str(exc), "corrupt") from exc

    async def _activate(
        self, state: StoreState, name: str, version: str, record: VersionRecord, target: str
    ) -> None:
        model = state.models.setdefault(name, ModelRecord())
        if not model.history:  # the first deploy: remember what the config served, to roll back
            config = self.state.gateway.config.target(target)
            baseline = config.models.get(name, "baseline")
            if baseline != version:
                model.versions[baseline] = VersionRecord(
                    file=getattr(config, "model_path", None), baseline=True
                )
                model.history.append(baseline)
        await self._swap(name, version, self.store.resolve(record), target)
        model.versions[version] = record
        model.history.append(version)
        self.store.prune(state, name)
        self.store.save(state)
        log.info("fleet deploy active", extra={"model": name, "version": version})

    async def _swap(self, name: str, version: str, path: str | None, target: str) -> None:
        config = with_model(self.state.gateway.config, name, version, path)
        try:
            await swap_target(self.state, config, target)
        except SwapFailed as exc:
            raise FleetError(500, f"{exc}; the previous version still serves", "load") from exc


def _answer(order: Order) -> dict[str, Any]:
    return {"name": order.name, "version": order.version, "digest": order.digest, "active": True}
