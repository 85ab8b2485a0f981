"""A model version as an OCI artifact: one layer (the file) and its facts as annotations.

The manifest is a plain OCI image manifest (`application/vnd.oci.image.manifest.v1+json`) with
an `artifactType`, the empty config blob, and one layer, as ORAS and the OCI 1.1 guidance for
artifacts write it: any OCI distribution registry (Harbor, GHCR, ECR, distribution) stores it.
Everything read back from a registry is untrusted: `parse_manifest` checks every field it uses.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import orjson

MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json"
ARTIFACT_TYPE = "application/vnd.meshroute.model.v1"
EMPTY_MEDIA_TYPE = "application/vnd.oci.empty.v1+json"
EMPTY_CONFIG = b"{}"
LAYER_MEDIA_TYPE = "application/vnd.meshroute.model.layer.v1.{format}"
MAX_MANIFEST_BYTES = 64 * 1024  # ours are under 2 KB; a huge answer is not one of ours

_PREFIX = "dev.meshroute.model."
NAME_PATTERN = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")  # an OCI repository component
VERSION_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$")  # an OCI tag
DIGEST_PATTERN = re.compile(r"^sha256:[0-9a-f]{64}$")
FORMATS = frozenset({"gguf"})


class ArtifactError(ValueError):
    """A name, version, digest or manifest that is not a meshroute model version."""


@dataclass(frozen=True, slots=True)
class ModelArtifact:
    """What a manifest says about the model file it points at."""

    name: str
    version: str
    format: str
    size: int
    sha256: str  # hex, of the file: the layer's digest without its "sha256:" prefix

    @property
    def layer_digest(self) -> str:
        return f"sha256:{self.sha256}"


def check_name(name: str) -> str:
    if len(name) > 128 or not NAME_PATTERN.fullmatch(name):
        raise ArtifactError(
            "a model name is lowercase letters and digits, separated by single . _ or - "
            "(at most 128 characters)"
        )
    return name


def check_version(version: str) -> str:
    if not VERSION_PATTERN.fullmatch(version):
        raise ArtifactError(
            "a version is letters, digits, . _ - (at most 128 characters, not starting with . -)"
        )
    return version


def check_digest(digest: str) -> str:
    if not DIGEST_PATTERN.fullmatch(digest):
        raise ArtifactError("a digest is sha256: and 64 lowercase hex digits")
    return digest


def split_reference(reference: str) -> tuple[str, str]:
    """`NAME@VERSION` -> (name, version), both checked."""
    name, sep, version = reference.partition("@")
    if not sep:
        raise ArtifactError(f"{reference[:80]!r}: expected NAME@VERSION")
    return check_name(name), check_version(version)


def repository(name: str) -> str:
    """The registry repository of a model's versions (each version is a tag)."""
    return f"meshroute/models/{check_name(name)}"


def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def build_manifest(artifact: ModelArtifact) -> bytes:
    """The manifest bytes; their sha256 is the version's address."""
    annotations = {
        "org.opencontainers.image.title": f"{artifact.name}-{artifact.version}.{artifact.format}",
        f"{_PREFIX}name": artifact.name,
        f"{_PREFIX}version": artifact.version,
        f"{_PREFIX}format": artifact.format,
        f"{_PREFIX}size": str(artifact.size),
        f"{_PREFIX}sha256": artifact.sha256,
    }
    manifest = {
        "schemaVersion": 2,
        "mediaType": MANIFEST_MEDIA_TYPE,
        "artifactType": ARTIFACT_TYPE,
        "config": {
            "mediaType": EMPTY_MEDIA_TYPE,
            "digest": digest_of(EMPTY_CONFIG),
            "size": len(EMPTY_CONFIG),
        },
        "layers": [
            {
                "mediaType": LAYER_MEDIA_TYPE.format(format=artifact.format),
                "digest": artifact.layer_digest,
                "size": artifact.size,
                "annotations": {
                    "org.opencontainers.image.title": annotations["org.opencontainers.image.title"]
                },
            }
        ],
        "annotations": annotations,
    }
    return orjson.dumps(manifest)


def parse_manifest(raw: bytes) -> ModelArtifact:
    """The model version a manifest describes; ArtifactError if it is not a consistent one."""
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ArtifactError("the manifest is larger than any model manifest")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ArtifactError("the manifest is not JSON") from exc
    if not isinstance(body, dict) or body.get("artifactType") != ARTIFACT_TYPE:
        raise ArtifactError("the manifest is not a meshroute model version")
    notes = body.get("annotations")
    layers = body.get("layers")
    if not isinstance(notes, dict) or not isinstance(layers, list) or len(layers) != 1:
        raise ArtifactError("a model manifest has annotations and exactly one layer")
    layer = layers[0] if isinstance(layers[0], dict) else {}
    artifact = _from_annotations(notes)
    if layer.get("digest") != artifact.layer_digest or layer.get("size") != artifact.size:
        raise ArtifactError("the manifest's layer does not match its sha256/size annotations")
    return artifact


def _from_annotations(notes: dict[str, Any]) -> ModelArtifact:
    def field(key: str) -> str:
        value = notes.get(_PREFIX + key)
        if not isinstance(value, str):
            raise ArtifactError(f"the manifest has no {_PREFIX}{key} annotation")
        return value

    size_text, sha = field("size"), field("sha256")
    if not size_text.isdigit() or len(size_text) > 15:
        raise ArtifactError("the manifest's size annotation is not a byte count")
    check_digest(f"sha256:{sha}")
    fmt = field("format")
    if fmt not in FORMATS:
        raise ArtifactError(f"model format must be one of: {', '.join(sorted(FORMATS))}")
    return ModelArtifact(
        name=check_name(field("name")),
        version=check_version(field("version")),
        format=fmt,
        size=int(size_text),
        sha256=sha,
    )
