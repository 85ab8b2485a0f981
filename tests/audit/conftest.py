"""One generated folder per session and one audit of it, shared by the tests that only read."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from planted import make_folder

from meshroute.audit.engine import run_audit
from meshroute.audit.model import AuditResult


@pytest.fixture(scope="session")
def planted_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("audit") / "data"
    return root, make_folder(root)


@pytest.fixture(scope="session")
def planted_audit(planted_folder: tuple[Path, dict[str, str]]) -> Iterator[AuditResult]:
    root, _ = planted_folder
    yield run_audit([root], workers=1)
