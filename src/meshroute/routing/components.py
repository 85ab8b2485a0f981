"""Builds the feature components once per process: heavy imports and model files load here."""

from __future__ import annotations

from meshroute.config import Config
from meshroute.routing.router import Detector, Scorer


def build_detector(config: Config) -> Detector | None:
    return None


def build_scorer(config: Config) -> Scorer | None:
    return None
