"""Builds the feature components once per process: heavy imports and model files load here."""

from __future__ import annotations

from meshroute.config import Config
from meshroute.routing.router import Detector, Scorer


def build_detector(config: Config) -> Detector:
    """Pattern tables (RE2) with validators; the name gazetteer when routing.ner is on."""
    from meshroute.privacy.detector import SensitivityDetector

    return SensitivityDetector.build(names=config.routing.ner)


def build_scorer(config: Config) -> Scorer:
    """The complexity classifier shipped in the package (bench/train_router.py rebuilds it)."""
    from meshroute.routing.complexity import ComplexityScorer

    return ComplexityScorer.load_default()
