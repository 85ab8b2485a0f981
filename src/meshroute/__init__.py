"""meshroute: one OpenAI-compatible endpoint over edge, local and cloud models."""

__version__ = "0.1.0"
