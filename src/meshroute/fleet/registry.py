"""An OCI distribution registry, spoken in plain HTTP (the OCI distribution spec) with httpx.

Why not oras-py: a node must resume an interrupted pull from the bytes it already has, and
ORAS's pull restarts a blob from zero. The spec's own calls are few (upload a blob in one PUT,
put a manifest, HEAD a tag, GET a blob with `Range`), so they are spelled out here.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from meshroute.fleet.artifact import (
    EMPTY_CONFIG,
    MANIFEST_MEDIA_TYPE,
    MAX_MANIFEST_BYTES,
    ArtifactError,
    ModelArtifact,
    build_manifest,
    check_digest,
    digest_of,
    parse_manifest,
    repository,
)

CHUNK = 1 << 20
TIMEOUT = httpx.Timeout(10.0, read=60.0, write=60.0)
Progress = Callable[[int], None]  # bytes just moved


class RegistryError(Exception):
    """The registry could not be reached, or did not answer as an OCI registry should."""


@dataclass(frozen=True, slots=True)
class Pushed:
    name: str
    version: str
    digest: str  # of the manifest: the version's address
    size: int
    seconds: float


def check_registry(url: str) -> str:
    if not url.startswith(("http://", "https://")) or len(url) > 2048:
        raise RegistryError("--registry must be an http:// or https:// URL")
    return url.rstrip("/")


def _url(registry: str, path: str) -> str:
    return f"{check_registry(registry)}/v2/{path}"


def _fail(registry: str, what: str, exc: Exception) -> RegistryError:
    return RegistryError(f"registry {registry} unreachable while {what}: {type(exc).__name__}")


def _answer(response: httpx.Response, what: str) -> httpx.Response:
    if response.status_code in (401, 403):
        raise RegistryError(f"the registry refused {what} ({response.status_code}): no access")
    if response.status_code == 404:
        raise RegistryError(f"the registry has no {what}")
    if response.status_code >= 400:
        raise RegistryError(f"the registry answered {response.status_code} to {what}")
    return response


def file_sha256(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            if progress:
                progress(len(chunk))
    return digest.hexdigest()


def _chunks(path: Path, progress: Progress | None) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            if progress:
                progress(len(chunk))
            yield chunk


def resolve(client: httpx.Client, registry: str, name: str, version: str) -> str | None:
    """The digest tagged `version` in the model's repository, or None if there is none."""
    url = _url(registry, f"{repository(name)}/manifests/{version}")
    try:
        response = client.head(url, headers={"accept": MANIFEST_MEDIA_TYPE})
    except httpx.HTTPError as exc:
        raise _fail(registry, f"resolving {name}@{version}", exc) from exc
    if response.status_code == 404:
        return None
    digest = _answer(response, f"{name}@{version}").headers.get("docker-content-digest", "")
    try:
        return check_digest(digest)
    except ArtifactError as exc:
        raise RegistryError(f"the registry gave no usable digest for {name}@{version}") from exc


def _upload_blob(
    client: httpx.Client,
    registry: str,
    repo: str,
    digest: str,
    body: bytes | Path,
    progress: Progress | None = None,
) -> None:
    """A blob in one monolithic PUT (POST then PUT, the spec's simplest upload)."""
    if client.head(_url(registry, f"{repo}/blobs/{digest}")).status_code == 200:
        return  # already there: registries deduplicate by digest
    started = _answer(client.post(_url(registry, f"{repo}/blobs/uploads/")), "an upload")
    location = started.headers.get("location")
    if not location:
        raise RegistryError("the registry started an upload without a Location")
    target = httpx.URL(check_registry(registry) + "/").join(location)
    target = target.copy_merge_params({"digest": digest})
    size = body.stat().st_size if isinstance(body, Path) else len(body)
    content = _chunks(body, progress) if isinstance(body, Path) else body
    headers = {"content-type": "application/octet-stream", "content-length": str(size)}
    _answer(client.put(target, content=content, headers=headers), "the blob upload")


def push_file(
    registry: str,
    path: Path,
    name: str,
    version: str,
    *,
    fmt: str = "gguf",
    progress: Progress | None = None,
    hashed: Progress | None = None,
    auth: httpx.Auth | None = None,
) -> Pushed:
    """Push `path` as NAME@VERSION; a version is immutable (same bytes again: a no-op)."""
    started = time.perf_counter()
    size = path.stat().st_size
    artifact = ModelArtifact(name, version, fmt, size, file_sha256(path, hashed))
    manifest = build_manifest(artifact)
    digest = digest_of(manifest)
    repo = repository(name)
    with httpx.Client(timeout=TIMEOUT, auth=auth) as client:
        try:
            existing = resolve(client, registry, name, version)
            if existing is not None and existing != digest:
                raise RegistryError(
                    f"{name}@{version} already exists with another digest ({existing}); "
                    "versions are immutable: push a new version"
                )
            if existing is None:
                _upload_blob(client, registry, repo, artifact.layer_digest, path, progress)
                _upload_blob(client, registry, repo, digest_of(EMPTY_CONFIG), EMPTY_CONFIG)
                put = client.put(
                    _url(registry, f"{repo}/manifests/{version}"),
                    content=manifest,
                    headers={"content-type": MANIFEST_MEDIA_TYPE},
                )
                _answer(put, "the manifest")
        except httpx.HTTPError as exc:
            raise _fail(registry, f"pushing {name}@{version}", exc) from exc
    return Pushed(name, version, digest, size, time.perf_counter() - started)


async def fetch_manifest(
    client: httpx.AsyncClient, registry: str, name: str, digest: str
) -> ModelArtifact:
    """The manifest at `digest`, checked to hash to it, and what it says."""
    url = _url(registry, f"{repository(name)}/manifests/{check_digest(digest)}")
    try:
        async with client.stream("GET", url, headers={"accept": MANIFEST_MEDIA_TYPE}) as response:
            _answer(response, f"manifest {digest} for {name}")
            raw = b""
            async for chunk in response.aiter_bytes():
                raw += chunk
                if len(raw) > MAX_MANIFEST_BYTES:
                    raise RegistryError("the manifest is larger than any model manifest")
    except httpx.HTTPError as exc:
        raise _fail(registry, "fetching the manifest", exc) from exc
    if digest_of(raw) != digest:
        raise RegistryError(f"the manifest the registry sent does not hash to {digest}")
    try:
        return parse_manifest(raw)
    except ArtifactError as exc:
        raise RegistryError(str(exc)) from exc


async def pull_blob(
    client: httpx.AsyncClient,
    registry: str,
    artifact: ModelArtifact,
    part: Path,
    progress: Progress,
    max_bytes_per_s: float | None = None,
) -> int:
    """Append the layer to `part` from where it stops (HTTP Range); returns the resumed offset.

    The caller verifies the whole file afterwards; a registry that ignores Range (200) makes
    the pull start over rather than append the wrong bytes."""
    have = part.stat().st_size if part.exists() else 0
    if have > artifact.size:
        part.unlink()
        have = 0
    url = _url(registry, f"{repository(artifact.name)}/blobs/{artifact.layer_digest}")
    headers = {"range": f"bytes={have}-"} if have else {}
    try:
        async with client.stream("GET", url, headers=headers, follow_redirects=True) as response:
            if have and response.status_code == 200:
                have = 0  # no Range support: start over
            elif have and response.status_code == 416:
                return have  # nothing left to fetch
            _answer(response, f"blob {artifact.layer_digest}")
            await _write(response, part, (have, artifact.size), progress, max_bytes_per_s)
    except httpx.HTTPError as exc:
        raise _fail(registry, "pulling the model file", exc) from exc
    return have


async def _write(
    response: httpx.Response,
    part: Path,
    span: tuple[int, int],
    progress: Progress,
    max_bytes_per_s: float | None,
) -> None:
    """Write the body from `offset` on; more bytes than the manifest's size is refused at once
    (a hostile or broken registry must not fill the disk)."""
    (offset, size), started, moved = span, time.monotonic(), 0
    with part.open("r+b" if offset else "wb") as sink:
        sink.seek(offset)
        sink.truncate()
        async for chunk in response.aiter_bytes(CHUNK):
            if offset + moved + len(chunk) > size:
                raise RegistryError("the registry sent more bytes than the manifest's size")
            # write off the loop: a slow disk must not stall the requests this node serves
            await asyncio.to_thread(sink.write, chunk)
            moved += len(chunk)
            progress(len(chunk))
            if max_bytes_per_s:
                ahead = moved / max_bytes_per_s - (time.monotonic() - started)
                if ahead > 0:
                    await asyncio.sleep(ahead)
        await asyncio.to_thread(sink.flush)
