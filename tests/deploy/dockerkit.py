"""dockerd, a base image made without a registry, and the meshroute image: for tests and bench.

This machine reaches no image registry, so the base is made from Debian's mirror with
`debootstrap` and `docker import` (about 100 s once; the root filesystem and the image are kept in
$MESHROUTE_CI_CACHE, default /var/cache/meshroute-ci, so later runs reuse them). The build uses the
host's own pip index and CA bundle (the registry connection may go through a local CA), passed to
BuildKit as a secret so they never land in a layer.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("MESHROUTE_CI_CACHE", "/var/cache/meshroute-ci"))
BASE_IMAGE = "meshroute-ci/debian-python:bookworm"
IMAGE = "meshroute:ci"
DEBIAN_MIRROR = os.environ.get("MESHROUTE_DEBIAN_MIRROR", "http://deb.debian.org/debian")
BASE_PACKAGES = "python3,python3-venv,ca-certificates"


@dataclass(frozen=True)
class BuiltImage:
    tag: str
    base_seconds: float  # making the base image (0: it was cached)
    build_seconds: float


class DockerUnavailable(RuntimeError):
    """No docker daemon and no way to start one here (not root, or docker.io not installed)."""


def docker_cli() -> str:
    # Debian's docker.io client matches its daemon (20.10); a newer static client elsewhere on
    # PATH would want buildx for BuildKit builds.
    for candidate in ("/usr/bin/docker", shutil.which("docker")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise DockerUnavailable("no docker client: apt-get install -y docker.io")


def docker(
    *args: str, timeout: float = 120, check: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOCKER_BUILDKIT": "1"}
    done = subprocess.run(
        [docker_cli(), *args], capture_output=True, text=True, timeout=timeout, env=env
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"docker {' '.join(args[:3])} failed: {done.stderr.strip()[-2000:]}")
    return done


def daemon_up() -> bool:
    try:
        return (
            docker("info", "--format", "{{.ServerVersion}}", timeout=20, check=False).returncode
            == 0
        )
    except (DockerUnavailable, subprocess.TimeoutExpired):
        return False


def ensure_daemon(timeout: float = 60) -> None:
    """Use the running dockerd, or start one in the background (left running for later runs)."""
    if daemon_up():
        return
    dockerd = shutil.which("dockerd")
    if dockerd is None or os.geteuid() != 0:
        raise DockerUnavailable("dockerd is not running and cannot be started here")
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / "dockerd.log").open("ab") as log:
        subprocess.Popen(
            [dockerd], stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True
        )
    deadline = time.monotonic() + timeout
    while not daemon_up():
        if time.monotonic() > deadline:
            raise DockerUnavailable(f"dockerd did not come up; see {CACHE / 'dockerd.log'}")
        time.sleep(0.5)


def image_exists(name: str) -> bool:
    return docker("image", "inspect", name, check=False, timeout=30).returncode == 0


def ensure_base_image() -> float:
    """A Debian bookworm + python3 base image; returns the seconds spent making it (0: cached)."""
    if image_exists(BASE_IMAGE):
        return 0.0
    started = time.monotonic()
    rootfs = CACHE / "rootfs-bookworm"
    if not (rootfs / "usr" / "bin" / "python3").is_file():
        _debootstrap(rootfs)
    with subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE) as tar:
        imported = subprocess.run(
            [docker_cli(), "import", "-", BASE_IMAGE],
            stdin=tar.stdout, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    if imported.returncode != 0:
        raise RuntimeError(f"docker import failed: {imported.stderr[-2000:]}")
    return time.monotonic() - started


def _debootstrap(rootfs: Path) -> None:
    if shutil.which("debootstrap") is None:
        raise DockerUnavailable("no debootstrap: apt-get install -y debootstrap")
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="rootfs-", dir=CACHE))
    command = [
        "debootstrap", "--variant=minbase", f"--include={BASE_PACKAGES}",
        "bookworm", str(scratch), DEBIAN_MIRROR,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=1200)
    if done.returncode != 0:
        shutil.rmtree(scratch, ignore_errors=True)
        raise RuntimeError(f"debootstrap failed: {done.stdout[-1500:]}{done.stderr[-1500:]}")
    # Downloaded packages and index files: 95 MB the image does not need.
    for leftover in ("var/cache/apt/archives", "var/lib/apt/lists"):
        for path in (scratch / leftover).glob("*"):
            if path.is_file():
                path.unlink()
    shutil.rmtree(rootfs, ignore_errors=True)
    scratch.rename(rootfs)  # whole or absent: an interrupted run starts again


def pip_settings() -> tuple[str | None, Path | None]:
    """The host's package index (http/https only) and CA bundle, as the host's pip uses them."""
    index = os.environ.get("PIP_INDEX_URL") or _pip_config("global.index-url")
    if index is not None and not index.startswith(("http://", "https://")):
        index = None  # a file:// index on the host cannot be reached from inside a build
    cert = os.environ.get("PIP_CERT") or _pip_config("global.cert")
    candidates = [cert, "/etc/ssl/certs/ca-certificates.crt", _certifi_bundle()]
    bundle = next((Path(c) for c in candidates if c and Path(c).is_file()), None)
    return index, bundle


def _pip_config(key: str) -> str | None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", key],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    value = done.stdout.strip()
    return value if done.returncode == 0 and value else None


def _certifi_bundle() -> str | None:
    try:
        import certifi
    except ImportError:
        return None
    return str(certifi.where())


def build_context() -> Path:
    """What is committed (HEAD), as CI's clean clone sees it; MESHROUTE_DOCKER_CONTEXT=worktree
    builds the working tree instead (uncommitted edits, others' included)."""
    if os.environ.get("MESHROUTE_DOCKER_CONTEXT") == "worktree" or not (ROOT / ".git").exists():
        return ROOT
    target = Path(tempfile.mkdtemp(prefix="meshroute-context-"))
    # git's own archive of HEAD, unpacked by tar (Python's tarfile filters need 3.11.4+)
    with subprocess.Popen(
        ["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD"], stdout=subprocess.PIPE
    ) as archive:
        subprocess.run(
            ["tar", "-x", "-C", str(target)], stdin=archive.stdout, check=True, timeout=300
        )
    if archive.returncode != 0:
        raise RuntimeError("git archive HEAD failed")
    return target


def build_image(tag: str = IMAGE, context: Path | None = None) -> float:
    """Build the root Dockerfile on the local base; returns the build's seconds."""
    context = context or build_context()
    index, bundle = pip_settings()
    args = ["build", "--network", "host", "--build-arg", f"BASE_IMAGE={BASE_IMAGE}", "-t", tag]
    if index:
        args += ["--build-arg", f"PIP_INDEX_URL={index}"]
    if bundle:
        args += ["--secret", f"id=pip_ca,src={bundle}"]
    previous = _image_id(tag)
    started = time.monotonic()
    docker(*args, str(context), timeout=1800)
    elapsed = time.monotonic() - started
    if previous and previous != _image_id(tag) and not _tags(previous):
        # The image this tag named before, now untagged: 900 MB per build would fill a CI disk.
        docker("rmi", previous, check=False, timeout=120)
    if context != ROOT:
        shutil.rmtree(context, ignore_errors=True)
    return elapsed


def _image_id(tag: str) -> str | None:
    found = docker("image", "inspect", "--format", "{{.Id}}", tag, check=False, timeout=30)
    return found.stdout.strip() if found.returncode == 0 else None


def _tags(image_id: str) -> list[str]:
    found = docker("image", "inspect", "--format", "{{json .RepoTags}}", image_id, check=False)
    return list(json.loads(found.stdout)) if found.returncode == 0 else []


def image_size(tag: str = IMAGE) -> int:
    return int(docker("image", "inspect", tag, "--format", "{{.Size}}").stdout.strip())


def wait_http(url: str, timeout: float, *, status: int = 200) -> float:
    """Poll until `url` answers `status`; returns the seconds waited."""
    started = time.monotonic()
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                if reply.status == status:
                    return time.monotonic() - started
        except OSError:
            pass
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"{url} did not answer {status} within {timeout:.0f} s")
        time.sleep(0.2)


COMPOSE_DIR = ROOT / "deploy" / "compose"


def service_image(name: str) -> str:
    """A local stand-in for an official image (redis, postgres), built from
    deploy/compose/local-images/NAME on the base; tagged by the content of its directory, so an
    edit rebuilds it and an unchanged one is reused."""
    source = COMPOSE_DIR / "local-images" / name
    digest = hashlib.sha256()
    for path in sorted(source.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(source).as_posix().encode() + b"\0" + path.read_bytes())
    tag = f"meshroute-ci/{name}:{digest.hexdigest()[:12]}"
    if not image_exists(tag):
        args = ["build", "--network", "host", "--build-arg", f"BASE_IMAGE={BASE_IMAGE}"]
        docker(*args, "-t", tag, str(source), timeout=1200)
    return tag


def compose_cli() -> str:
    found = shutil.which("docker-compose")
    if found is None:
        raise DockerUnavailable("no docker-compose: apt-get install -y docker-compose")
    return found
