"""The audit as JSON (the contract in docs/design.md) and the helpers all report formats share."""

from __future__ import annotations

import unicodedata
from typing import Any

from meshroute.audit.limits import MAX_FIELD_CHARS
from meshroute.audit.model import AuditResult, FileAudit

PLACEMENTS = ("local", "edge", "cloud")


def printable(text: str) -> str:
    """A name or path safe for a terminal or a one-line cell: control and format characters
    (newlines, ANSI escapes, bidi overrides) become visible escapes."""
    return "".join(
        c
        if unicodedata.category(c)[0] != "C"
        else f"\\x{ord(c):02x}"
        if ord(c) < 256
        else f"\\u{ord(c):04x}"
        for c in text
    )


def file_dict(audit: FileAudit) -> dict[str, Any]:
    arrival = audit.arrival
    return {
        "path": audit.path,
        "placement": audit.placement,
        "reason": audit.reason,
        "rows": audit.rows,
        "bytes": audit.bytes,
        "fields": [
            {
                "name": stats.name,
                "entities": dict(sorted(stats.entities.items())),
                "rows": stats.rows,
                "unscanned": stats.unscanned,
            }
            for stats in audit.fields
        ],
        "kind": audit.kind,
        "compressed": audit.compressed,
        "rows_with_entities": audit.rows_with_entities,
        "unscanned": audit.unscanned,
        "malformed_rows": audit.malformed_rows,
        "arrival": None
        if arrival.timestamped_rows == 0
        else {
            "timestamped_rows": arrival.timestamped_rows,
            "span_s": round(arrival.span_s, 3),
            "rate_per_s": None if arrival.rate_per_s is None else round(arrival.rate_per_s, 6),
        },
        "error": audit.error,
    }


def entity_totals(result: AuditResult) -> dict[str, int]:
    """Rows holding each type, over every file and field."""
    totals: dict[str, int] = {}
    for audit in result.files:
        for kind, rows in audit.entity_rows.items():
            totals[kind] = totals.get(kind, 0) + rows
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def summary(result: AuditResult) -> dict[str, Any]:
    placements = dict.fromkeys(PLACEMENTS, 0)
    for audit in result.files:
        placements[audit.placement] += 1
    return {
        "files": len(result.files),
        "failed": len(result.failed),
        "bytes": sum(a.bytes for a in result.files),
        "rows": sum(a.rows for a in result.files),
        "placements": placements,
        "entities": entity_totals(result),
        "seconds": round(result.seconds, 3),
    }


def to_dict(result: AuditResult) -> dict[str, Any]:
    return {
        "files": [file_dict(audit) for audit in result.files],
        "summary": summary(result),
        "policy": result.policy,
        "scan": {
            "recognisers": "deep (NER)" if result.ner else "fast (patterns and validators)",
            "workers": result.workers,
            "max_field_chars": MAX_FIELD_CHARS,
        },
    }


def human_bytes(count: int) -> str:
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TiB"  # pragma: no cover
