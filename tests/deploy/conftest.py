"""Fixtures of the deploy tests: the meshroute image, built once per session on a local base."""

from __future__ import annotations

import os

import dockerkit
import pytest
from dockerkit import BuiltImage


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds or runs containers (minutes on a cold cache); .ci/run runs them"
    )


@pytest.fixture(scope="session")
def meshroute_image() -> BuiltImage:
    try:
        dockerkit.ensure_daemon()
    except dockerkit.DockerUnavailable as exc:
        if os.environ.get("MESHROUTE_REQUIRE_SERVICES") == "1":
            pytest.fail(f"docker is required here: {exc}")
        pytest.skip(f"docker unavailable: {exc}")
    base_seconds = dockerkit.ensure_base_image()
    build_seconds = dockerkit.build_image(dockerkit.IMAGE)
    return BuiltImage(dockerkit.IMAGE, base_seconds, build_seconds)
