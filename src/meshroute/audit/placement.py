"""Where a file's data belongs: `local` if anything sensitive (or unknown) is in it, `edge` if it
is high-frequency with nothing sensitive, `cloud` for the rest."""

from __future__ import annotations

from meshroute.audit.model import FileAudit, Placement

# High frequency: most rows carry a timestamp and they arrive at least this fast on average
# (time series, logs, telemetry), over enough rows for the rate to mean something.
EDGE_MIN_RATE_PER_S = 0.1
EDGE_MIN_ROWS = 100
EDGE_MIN_TIMESTAMPED_SHARE = 0.5
# A log without parseable timestamps is high-volume data by its size alone.
EDGE_MIN_LOG_BYTES = 10 * 1024 * 1024


def place(audit: FileAudit) -> None:
    audit.placement, audit.reason = _decide(audit)


def _decide(audit: FileAudit) -> tuple[Placement, str]:
    if audit.error is not None:
        return "local", f"fail closed: not fully audited ({audit.error})"
    types = audit.entity_rows
    if types:
        listed = ", ".join(f"{kind} in {rows} row(s)" for kind, rows in types.items())
        return "local", f"sensitive data: {listed}"
    if audit.unscanned:
        return "local", (
            f"fail closed: {audit.unscanned} value(s) over the size or time limit were not scanned"
        )
    arrival = audit.arrival
    rate = arrival.rate_per_s
    share = arrival.timestamped_rows / audit.rows if audit.rows else 0.0
    if (
        rate is not None
        and rate >= EDGE_MIN_RATE_PER_S
        and audit.rows >= EDGE_MIN_ROWS
        and share >= EDGE_MIN_TIMESTAMPED_SHARE
    ):
        return "edge", (
            f"high-frequency, nothing sensitive: {rate:.3g} rows/s over "
            f"{_duration(arrival.span_s)}, {share:.0%} of rows timestamped"
        )
    if audit.kind == "log" and audit.bytes >= EDGE_MIN_LOG_BYTES:
        return "edge", f"high-volume log ({audit.bytes / 2**20:.0f} MiB), nothing sensitive"
    if rate is not None:
        return "cloud", f"nothing sensitive; low frequency ({rate:.3g} rows/s)"
    return "cloud", "nothing sensitive; not high-frequency (no timestamps)"


def _duration(seconds: float) -> str:
    if seconds >= 86400:
        return f"{seconds / 86400:.1f} d"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    if seconds >= 60:
        return f"{seconds / 60:.1f} min"
    return f"{seconds:.0f} s"
