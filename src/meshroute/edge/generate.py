"""Write a deployable Cloudflare Worker (``wrangler.toml`` + JavaScript modules) from a config.

The JavaScript lives as package data in ``meshroute/edge/templates``; the only generated module is
``src/policy.js``: the nodes, thresholds, limits and the exported privacy and complexity data.
No secret is ever written: node URLs with credentials are refused, and the node key is a Worker
secret (``wrangler secret put MESHROUTE_NODE_KEY``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from meshroute.config import Config
from meshroute.edge.export_complexity import export_complexity
from meshroute.edge.export_privacy import export_gazetteer, export_privacy

__all__ = [
    "COMPATIBILITY_DATE",
    "EdgeBuild",
    "EdgeBuildError",
    "Node",
    "build_worker",
    "parse_node",
]

COMPATIBILITY_DATE = "2025-06-01"
TEMPLATES = (
    "worker.js",
    "privacy.js",
    "number_shapes.js",
    "names.js",
    "structured.js",
    "cueless.js",
    "complexity.js",
    "nodes.js",
    "guard.js",
    "edge_ai.js",
)
_REGION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_COLO = re.compile(r"^[A-Z]{3}$")


class EdgeBuildError(ValueError):
    """A bad --node, --country or option value; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Node:
    region: str
    url: str


@dataclass(frozen=True, slots=True)
class EdgeBuild:
    """What `meshroute edge build` writes, besides the config."""

    nodes: tuple[Node, ...]
    out: Path
    name: str = "meshroute-edge"
    edge_model: str | None = None  # a Workers AI model id; None: nothing answered at the edge
    cache_ttl_s: int = 300
    cache: bool = True
    country_regions: dict[str, str] = field(default_factory=dict)
    colo_regions: dict[str, str] = field(default_factory=dict)
    scan_chars: int = 4000
    first_byte_ms: int = 120_000
    body_timeout_ms: int = 30_000
    cooldown_ms: int = 30_000


def parse_node(value: str) -> Node:
    """`REGION=URL` -> Node; the URL is the node's root (a trailing /v1 is dropped)."""
    region, sep, url = value.partition("=")
    if not sep or not _REGION.match(region):
        raise EdgeBuildError(f"--node {value[:80]!r}: expected REGION=URL, REGION like eu-london")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EdgeBuildError(f"--node {region}: the URL must start with http:// or https://")
    if parts.username or parts.password:
        raise EdgeBuildError(
            f"--node {region}: no credentials in the URL (use the node key secret)"
        )
    if parts.query or parts.fragment:
        raise EdgeBuildError(f"--node {region}: the URL must not have a query or fragment")
    root = url.rstrip("/")
    root = root.removesuffix("/v1")
    return Node(region, root)


def parse_country(value: str) -> tuple[str, str]:
    country, sep, region = value.partition("=")
    if not sep or not _COUNTRY.match(country.upper()) or not _REGION.match(region):
        raise EdgeBuildError(f"--country {value[:80]!r}: expected CC=REGION, e.g. GB=eu-london")
    return country.upper(), region


def parse_colo(value: str) -> tuple[str, str]:
    colo, sep, region = value.partition("=")
    if not sep or not _COLO.match(colo.upper()) or not _REGION.match(region):
        raise EdgeBuildError(f"--colo {value[:80]!r}: expected IATA=REGION, e.g. LHR=eu-london")
    return colo.upper(), region


def _edge_models(config: Config) -> list[str]:
    logical = {model for t in config.targets if t.tier == "edge" for model in t.models}
    return ["auto", *sorted(logical)]


def gateway_scorer(config: Config) -> tuple[Any, str]:
    """The complexity scorer the gateway would build for this config, or None and why not."""
    from meshroute.routing.components import build_scorer

    try:
        return build_scorer(config), ""
    except Exception as exc:  # any load failure means: nothing exportable, forward everything
        return None, f"the complexity scorer did not load ({type(exc).__name__})"


def policy_data(config: Config, build: EdgeBuild, scorer: Any = None) -> tuple[dict[str, Any], str]:
    """The generated policy module's data and the complexity export's one-line status."""
    why = ""
    if scorer is None:
        scorer, why = gateway_scorer(config)
    complexity, status = export_complexity(scorer)
    status = f"{why}; {status}" if why else status
    return {
        "format": 1,
        "nodes": [{"region": n.region, "url": n.url} for n in build.nodes],
        "country_regions": dict(build.country_regions),
        "colo_regions": dict(build.colo_regions),
        "edge": {
            "model": build.edge_model,
            "models": _edge_models(config),
            "edge_max": config.routing.complexity.edge_max,
        },
        "cache": {"enabled": build.cache, "ttl_s": build.cache_ttl_s},
        "limits": {
            "max_body_bytes": config.server.max_body_bytes,
            "max_depth": 64,
            "scan_chars": build.scan_chars,
            "max_strings": 1024,
            "body_timeout_ms": build.body_timeout_ms,
        },
        "failover": {
            "first_byte_ms": build.first_byte_ms,
            "cooldown_ms": build.cooldown_ms,
            "max_attempts": max(1, len(build.nodes)),
        },
        "privacy": export_privacy(),
        "complexity": complexity,
    }, status


def wrangler_toml(build: EdgeBuild) -> str:
    lines = [
        "# Generated by `meshroute edge build`; regenerate rather than edit.",
        "# Secrets (never in this file): wrangler secret put MESHROUTE_NODE_KEY",
        "#   optional: wrangler secret put MESHROUTE_CLIENT_KEYS  (comma-separated client keys)",
        f'name = "{build.name}"',
        'main = "src/worker.js"',
        f'compatibility_date = "{COMPATIBILITY_DATE}"',
    ]
    if build.edge_model:
        lines += ["", "[ai]", 'binding = "AI"']
    return "\n".join(lines) + "\n"


_LAZY = ("privacy", "complexity")


def policy_module(data: dict[str, Any]) -> str:
    """policy.js: the small settings as an object, the big exports as JSON strings parsed on
    first use, so an isolate that only forwards never pays for them."""
    light = {k: v for k, v in data.items() if k not in _LAZY}
    lines = [
        "// Generated by `meshroute edge build`: nodes, thresholds and exported rules.",
        f"const LIGHT = {json.dumps(light, separators=(',', ':'))};",
    ]
    for key in _LAZY:
        text = json.dumps(data[key], separators=(",", ":"))
        lines.append(f"const {key.upper()} = {json.dumps(text)};")
    lines.append("const parsed = {};")
    getters = ", ".join(
        f"get {k}() {{ return (parsed.{k} ??= JSON.parse({k.upper()})); }}" for k in _LAZY
    )
    lines.append(f"export default {{ ...LIGHT, {getters} }};")
    return "\n".join(lines) + "\n"


def build_worker(config: Config, build: EdgeBuild, scorer: Any = None) -> dict[str, Any]:
    """Write the Worker into build.out; returns a summary (files, sizes, complexity status).

    `scorer`: the complexity scorer to export (default: the one the gateway builds)."""
    if not build.nodes:
        raise EdgeBuildError("at least one --node REGION=URL is needed")
    if not _NAME.match(build.name):
        raise EdgeBuildError("--name: lower-case letters, digits and '-' (a Worker name)")
    data, status = policy_data(config, build, scorer)
    src = build.out / "src"
    src.mkdir(parents=True, exist_ok=True)
    files: dict[str, int] = {}
    templates = resources.files("meshroute.edge").joinpath("templates")
    for name in TEMPLATES:
        text = templates.joinpath(name).read_text(encoding="utf-8")
        files[f"src/{name}"] = _write(src / name, text)
    files["src/policy.js"] = _write(src / "policy.js", policy_module(data))
    # The name list as string literals (not JSON.parse): cheap to load in every isolate.
    names = export_gazetteer()
    names_js = "// Generated by `meshroute edge build`: the deep scan's name list.\n"
    names_js += "export default " + (json.dumps(names) if names else "null") + ";\n"
    files["src/names_data.js"] = _write(src / "names_data.js", names_js)
    files["wrangler.toml"] = _write(build.out / "wrangler.toml", wrangler_toml(build))
    return {
        "out": str(build.out),
        "files": files,
        "bytes": sum(files.values()),
        "complexity": status,
        "edge_model": build.edge_model,
        "nodes": [n.region for n in build.nodes],
    }


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)
