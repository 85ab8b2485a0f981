"""Render the Helm chart with Helm's own engine (helm-python-sdk) and validate what it makes.

No cluster and no `helm` binary: `helm_python` embeds Helm's Go engine as a library, and
`kubernetes_validate` checks each object against the Kubernetes 1.31 OpenAPI schemas offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import helm_python
import kubernetes_validate
import yaml

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy" / "helm" / "meshroute"
EXAMPLES = ROOT / "deploy" / "helm" / "examples"
KUBERNETES = "1.31.0"
# Custom resources: no schema in Kubernetes itself; checked field by field in the tests.
CUSTOM_KINDS = {("monitoring.coreos.com/v1", "ServiceMonitor")}


def render(
    values: dict[str, Any] | None = None,
    *,
    name: str = "meshroute-eu-london",
    namespace: str = "meshroute",
) -> list[dict[str, Any]]:
    """Every Kubernetes object the chart makes for these values (NOTES.txt left out)."""
    chart = helm_python.Chart.load(CHART)
    try:
        rendered = chart.render(values or {}, name=name, namespace=namespace)
    finally:
        chart.close()
    objects: list[dict[str, Any]] = []
    for template, text in sorted(rendered.items()):
        if template.endswith("NOTES.txt"):
            continue
        objects.extend(doc for doc in yaml.safe_load_all(text) if doc)
    return objects


def one(objects: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = [obj for obj in objects if obj["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def validate(obj: dict[str, Any]) -> None:
    """Strict: an unknown field (a typo in a template) fails like a wrong type does."""
    kubernetes_validate.validate(obj, KUBERNETES, strict=True)


def example(name: str) -> dict[str, Any]:
    loaded = yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def container(objects: list[dict[str, Any]]) -> dict[str, Any]:
    pod = one(objects, "Deployment")["spec"]["template"]["spec"]
    assert len(pod["containers"]) == 1
    return dict(pod["containers"][0])


_SUFFIX = {"m": 1e-3, "k": 1e3, "Ki": 2**10, "M": 1e6, "Mi": 2**20, "G": 1e9, "Gi": 2**30}


def quantity(value: str | int | float) -> float:
    """A Kubernetes quantity (500m, 2, 768Mi) as a number, for comparing requests and limits."""
    text = str(value)
    for suffix in sorted(_SUFFIX, key=len, reverse=True):
        if text.endswith(suffix):
            return float(text[: -len(suffix)]) * _SUFFIX[suffix]
    return float(text)
