"""Builds the feature components once per process: heavy imports and model files load here."""

from __future__ import annotations

from meshroute.config import Config
from meshroute.routing.router import Detector, Scorer


def build_detector(config: Config) -> Detector:
    """Presidio's recognizers plus meshroute's secrets rules; NER when its model is installed."""
    from meshroute.routing.sensitivity import SensitivityDetector

    if config.routing.ner:
        return SensitivityDetector.build()
    return SensitivityDetector.build(ner_model=None)


def build_scorer(config: Config) -> Scorer:
    """The complexity classifier shipped in the package (bench/train_router.py rebuilds it)."""
    from meshroute.routing.complexity import ComplexityScorer

    return ComplexityScorer.load_default()
