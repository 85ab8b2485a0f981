"""The router model file: a logistic model over standardised features, plus its provenance.

An `.npz` (loaded with allow_pickle=False: the file is data, never code) holding
`coef`, `intercept`, `mean`, `scale` (standardisation), `stretch` (centre, scale of the logit
for the [0, 1] complexity) and `meta` (JSON: features version, feature names, the token table
digest, fingerprint, what it was trained from, its held-out evaluation).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from meshroute.errors import MeshrouteError
from meshroute.routing.scorer.features import FEATURE_NAMES, FEATURES_VERSION
from meshroute.routing.scorer.tokens import FloatArray

MODEL_FORMAT = 3
MAX_MODEL_BYTES = 16 * 1024 * 1024  # a router model is kilobytes; refuse to parse a huge file


class ModelFileError(MeshrouteError):
    """A router model file that cannot be used (names the file and the reason)."""


@dataclass(frozen=True)
class RouterModel:
    coef: FloatArray
    intercept: float
    mean: FloatArray
    scale: FloatArray
    stretch: tuple[float, float]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def standardise(self, x: FloatArray) -> FloatArray:
        return np.asarray((x - self.mean) / self.scale, dtype=np.float64)

    def with_weights(self, coef: FloatArray, intercept: float, **meta: Any) -> RouterModel:
        return replace(self, coef=coef, intercept=intercept, meta={**self.meta, **meta})

    def fingerprint(self) -> str:
        """Digest of the weights and standardisation: two files that score alike share it."""
        digest = hashlib.sha256()
        for array in (self.coef, self.mean, self.scale, np.array(self.stretch)):
            digest.update(np.asarray(array, dtype=np.float64).tobytes())
        digest.update(np.float64(self.intercept).tobytes())
        return digest.hexdigest()

    def to_bytes(self) -> bytes:
        meta = {
            **self.meta,
            "format": MODEL_FORMAT,
            "features_version": FEATURES_VERSION,
            "feature_names": list(FEATURE_NAMES),
            "fingerprint": self.fingerprint(),
        }
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            coef=self.coef.astype(np.float64),
            intercept=np.array([self.intercept]),
            mean=self.mean.astype(np.float64),
            scale=self.scale.astype(np.float64),
            stretch=np.array(self.stretch, dtype=np.float64),
            meta=np.array(json.dumps(meta, sort_keys=True)),
        )
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        """Write atomically: a reload never sees half a file."""
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(self.to_bytes())
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | Path) -> RouterModel:
        path = Path(path)
        try:
            if path.stat().st_size > MAX_MODEL_BYTES:
                raise ModelFileError(f"larger than {MAX_MODEL_BYTES} bytes")
            with zipfile.ZipFile(path) as archive:  # no zip bomb: check what it unpacks to
                if sum(info.file_size for info in archive.infolist()) > MAX_MODEL_BYTES:
                    raise ModelFileError(f"unpacks to more than {MAX_MODEL_BYTES} bytes")
            with np.load(path, allow_pickle=False) as npz:
                arrays = {key: npz[key] for key in npz.files}
            return cls._from_arrays(arrays)
        except ModelFileError as exc:
            raise ModelFileError(f"{path}: {exc}") from None
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelFileError(f"{path}: not a meshroute router model ({exc})") from exc

    @classmethod
    def _from_arrays(cls, arrays: Mapping[str, Any]) -> RouterModel:
        meta = json.loads(str(arrays["meta"]))
        if not isinstance(meta, dict):
            raise ModelFileError("meta is not an object")
        if meta.get("features_version") != FEATURES_VERSION:
            raise ModelFileError(
                f"built for features v{meta.get('features_version')}, this meshroute has "
                f"v{FEATURES_VERSION}: retrain it"
            )
        width = len(FEATURE_NAMES)
        coef, mean, scale = (
            np.asarray(arrays[k], dtype=np.float64) for k in ("coef", "mean", "scale")
        )
        stretch = np.asarray(arrays["stretch"], dtype=np.float64)
        if coef.shape != (width,) or mean.shape != (width,) or scale.shape != (width,):
            raise ModelFileError(f"expected {width} features")
        if stretch.shape != (2,) or not np.all(np.isfinite(np.r_[coef, mean, scale, stretch])):
            raise ModelFileError("weights are not finite numbers of the right shape")
        if np.any(scale <= 0) or stretch[1] <= 0:
            raise ModelFileError("scales must be positive")
        intercept = float(np.asarray(arrays["intercept"], dtype=np.float64).reshape(-1)[0])
        return cls(coef, intercept, mean, scale, (float(stretch[0]), float(stretch[1])), meta)
