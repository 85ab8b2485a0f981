"""Prometheus metrics, named after the OpenTelemetry GenAI conventions where they exist.

Each app owns its registry (no module-level state), so two gateways in one process, as in the
tests, never mix their counts. Labels carry target, tier, zone and model names only: never
prompt text or entity values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from meshroute.targets.pool import TargetPool

_BREAKER_LEVEL = {"closed": 0, "half_open": 1, "open": 2}

_DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
_TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576)


class Metrics:
    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry: CollectorRegistry = CollectorRegistry()
        self._genai(Histogram)
        self._gateway(Counter)
        self._targets(Gauge)

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

    def _gateway(self, Counter: Any) -> None:
        """meshroute's own counters: decisions, refusals, redactions, failovers."""
        self.decisions = Counter(
            "meshroute_decisions_total",
            "Routing decisions by chosen tier and privacy outcome",
            ("tier", "sensitive", "redacted"),
            registry=self.registry,
        )
        self.rejections = Counter(
            "meshroute_rejections_total",
            "Requests answered with an error, by status and error type",
            ("status", "type"),
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

    def _targets(self, Gauge: Any) -> None:
        """Per-target state, set from the pool at each scrape (refresh_targets)."""
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
        self.breaker = Gauge(
            "meshroute_target_breaker_state",
            "Circuit breaker: 0 closed, 1 half-open, 2 open",
            ("target",),
            registry=self.registry,
        )
        self.queued = Gauge(
            "meshroute_target_queue_length",
            "Requests waiting for a slot per target",
            ("target",),
            registry=self.registry,
        )
        self.transitions = Gauge(
            "meshroute_target_breaker_transitions",
            "Breaker state changes since start",
            ("target",),
            registry=self.registry,
        )
        self.healthy = Gauge(
            "meshroute_target_healthy",
            "1 when the target is healthy",
            ("target",),
            registry=self.registry,
        )

    def refresh_targets(self, pool: TargetPool) -> None:
        """Per-target gauges are read from the pool when scraped, not kept up to date."""
        for state in pool.states():
            health = pool.health[state.name]
            self.in_flight.labels(state.name).set(health.in_flight)
            self.queued.labels(state.name).set(health.queued)
            self.latency.labels(state.name).set(health.latency_ms / 1000)
            self.healthy.labels(state.name).set(1 if state.healthy else 0)
            self.breaker.labels(state.name).set(_BREAKER_LEVEL[health.state])
            self.transitions.labels(state.name).set(health.transitions)

    def render(self) -> bytes:
        from prometheus_client import generate_latest

        return generate_latest(self.registry)
