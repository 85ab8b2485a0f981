"""The routing-facing name of the privacy detector (its code lives in ``meshroute.privacy``)."""

from __future__ import annotations

from meshroute.privacy.detector import UNSCANNED, Entity, ScanLimits, SensitivityDetector

__all__ = ["UNSCANNED", "Entity", "ScanLimits", "SensitivityDetector"]
