"""Prometheus metrics, named after the OpenTelemetry GenAI conventions where they exist.

Each app owns its registry (no module-level state), so two gateways in one process, as in the
tests, never mix their counts. Labels carry target, tier, zone and model names only: never
prompt text or entity values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

_DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
_TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576)


class Metrics:
    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry: CollectorRegistry = CollectorRegistry()
        self._genai(Histogram)
        self._gateway(Counter, Gauge)

    def _genai(self, Histogram: Any) -> None:
        """The OpenTelemetry GenAI instruments, in Prometheus naming."""
        labels = ("gen_ai_operation_name", "gen_ai_request_model", "target", "tier", "zone")
        self.duration = Histogram(
            "gen_ai_client_operation_duration_seconds",
            "Duration of a GenAI operation",
            (*labels, "error_type"),
            buckets=_DURATION_BUCKETS,
            registry=self.registry,
        )
        self.tokens = Histogram(
            "gen_ai_client_token_usage",
            "Tokens used per operation",
            (*labels, "gen_ai_token_type"),
            buckets=_TOKEN_BUCKETS,
            registry=self.registry,
        )
        self.time_to_first_token = Histogram(
            "gen_ai_server_time_to_first_token_seconds",
            "Time to the first streamed chunk",
            labels,
            buckets=_DURATION_BUCKETS,
            registry=self.registry,
        )

    def _gateway(self, Counter: Any, Gauge: Any) -> None:
        """meshroute's own: decisions, refusals, redactions, failovers, per-target state."""
        self.decisions = Counter(
            "meshroute_decisions_total",
            "Routing decisions by chosen tier and privacy outcome",
            ("tier", "sensitive", "redacted"),
            registry=self.registry,
        )
        self.refusals = Counter(
            "meshroute_refusals_total",
            "Requests refused before reaching a target",
            ("reason",),
            registry=self.registry,
        )
        self.redactions = Counter(
            "meshroute_redactions_total",
            "Sensitive values replaced before leaving",
            ("target",),
            registry=self.registry,
        )
        self.failovers = Counter(
            "meshroute_failovers_total",
            "Attempts that failed and moved to the next target",
            ("target", "reason"),
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "meshroute_target_in_flight",
            "Requests in flight per target",
            ("target",),
            registry=self.registry,
        )
        self.latency = Gauge(
            "meshroute_target_latency_ewma_seconds",
            "Observed latency (EWMA) per target",
            ("target",),
            registry=self.registry,
        )
        self.healthy = Gauge(
            "meshroute_target_healthy",
            "1 when the target is healthy",
            ("target",),
            registry=self.registry,
        )

    def render(self) -> bytes:
        from prometheus_client import generate_latest

        return generate_latest(self.registry)
