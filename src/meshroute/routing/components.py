"""Builds the feature components once per process: heavy imports and model files load here."""

from __future__ import annotations

from meshroute.config import Config
from meshroute.routing.router import Detector, Scorer


def build_detector(config: Config) -> Detector:
    """Pattern tables (RE2) with validators; the name gazetteer when routing.ner is on."""
    from meshroute.privacy.detector import SensitivityDetector

    return SensitivityDetector.build(names=config.routing.ner)


def build_scorer(config: Config) -> Scorer:
    """`routing.router_model` if set (`meshroute router train`), else the shipped model."""
    from meshroute.routing.scorer.loading import load_scorer

    return load_scorer(config)
