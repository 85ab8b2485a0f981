"""Which logical model (and version) answered, for the ledger's model and version columns.

A request for `auto` or for a target-qualified name (`gpu-box/qwen2.5-7b-instruct`) names no
logical model, and the decision record's `model` is empty; a request for `assistant` names no
version. The ledger then records what the answering target serves, so reports by model do
not put most traffic under "-".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class ServedModels:
    def __init__(self, targets: Iterable[Any]) -> None:
        self._models: dict[str, dict[str, str]] = {}
        self._names: dict[str, str] = {}
        for target in targets:
            self._models[target.name] = dict(getattr(target, "models", None) or {})
            self._names[target.name] = str(target.served_model_name)

    def of(
        self, target: str | None, model: str | None = None, version: str | None = None
    ) -> tuple[str | None, str | None]:
        """(model, version) for a request that asked `model`/`version` and `target` answered."""
        models = self._models.get(target or "")
        if target is None or models is None:
            return model, version
        if model is None:
            if len(models) != 1:  # several or none: the name it answers to, never a guess
                return self._names[target], None
            [(model, version)] = models.items()
            return model, version
        return model, version if version is not None else models.get(model)
