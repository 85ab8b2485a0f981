"""The audit's results as plain data: per file, per field, types and counts, never values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Placement = Literal["local", "edge", "cloud"]
OTHER_FIELDS = "(other fields)"


@dataclass(slots=True)
class FieldStats:
    """One field: a CSV/Parquet column, a JSON key path, or None for a whole-text file."""

    name: str | None
    entities: dict[str, int] = field(default_factory=dict)  # type -> rows holding it
    rows: int = 0  # rows where the field has a value
    unscanned: int = 0  # values over the size or time limit (fail closed)


@dataclass(slots=True)
class Arrival:
    """Timestamps seen in the data: how many rows carry one, and the span they cover."""

    timestamped_rows: int = 0
    first: float | None = None
    last: float | None = None

    def add(self, ts: float) -> None:
        self.timestamped_rows += 1
        self.first = ts if self.first is None else min(self.first, ts)
        self.last = ts if self.last is None else max(self.last, ts)

    @property
    def span_s(self) -> float:
        if self.first is None or self.last is None:
            return 0.0
        return self.last - self.first

    @property
    def rate_per_s(self) -> float | None:
        if self.timestamped_rows < 2 or self.span_s <= 0:
            return None
        return (self.timestamped_rows - 1) / self.span_s


@dataclass(slots=True)
class FileAudit:
    path: str
    kind: str
    bytes: int
    compressed: bool = False
    rows: int = 0
    rows_with_entities: int = 0
    fields: list[FieldStats] = field(default_factory=list)
    arrival: Arrival = field(default_factory=Arrival)
    unscanned: int = 0
    malformed_rows: int = 0
    error: str | None = None
    placement: Placement = "local"
    reason: str = ""

    @property
    def entity_rows(self) -> dict[str, int]:
        """Rows per entity type summed over fields (a row with the type in two fields counts
        twice: field counts are what the report is about)."""
        total: dict[str, int] = {}
        for stats in self.fields:
            for kind, rows in stats.entities.items():
                total[kind] = total.get(kind, 0) + rows
        return dict(sorted(total.items()))


@dataclass(slots=True)
class AuditResult:
    files: list[FileAudit]
    ner: bool
    workers: int
    seconds: float = 0.0
    policy: str = ""

    @property
    def failed(self) -> list[FileAudit]:
        return [f for f in self.files if f.error is not None]
