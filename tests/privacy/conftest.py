from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector


@pytest.fixture(scope="session")
def detector() -> SensitivityDetector:
    return SensitivityDetector.build(cache_size=0)
