"""Fixtures of the fleet tests: one real OCI registry process for the session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fleetkit import registry_process


@pytest.fixture(scope="session")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Debian `docker-registry` (distribution 2.8) on a free port; its URL."""
    with registry_process(tmp_path_factory.mktemp("registry")) as url:
        yield url


@pytest.fixture(scope="session")
def model_file() -> Path:
    """The packaged default GGUF (SmolLM2 135M instruct, 98 MB)."""
    from meshroute.targets.default_model import instruct_model_path

    return instruct_model_path()
