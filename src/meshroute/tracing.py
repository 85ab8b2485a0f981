"""Optional OpenTelemetry tracing (off by default): one span per request, `{operation} {model}`
as the GenAI conventions name it, with child spans for the routing decision and each upstream
attempt. No prompt or answer text is ever put on a span (gen_ai.input/output.messages stay off).

Disabled, every call here is a no-op costing a function call, and the SDK is never imported.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

from meshroute.config import TracingConfig

AttributeValue = str | int | float | bool


class Tracing:
    def __init__(self, config: TracingConfig) -> None:
        self._tracer: Any = None
        self._provider: Any = None
        if config.enabled:
            self._start(config)

    @property
    def enabled(self) -> bool:
        return self._tracer is not None

    def _start(self, config: TracingConfig) -> None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        # A provider of our own, not the global one: two gateways in a process stay apart.
        self._provider = TracerProvider(
            resource=Resource.create({"service.name": config.service_name})
        )
        exporter = OTLPSpanExporter(endpoint=config.otlp_endpoint, timeout=5)
        self._provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=500))
        self._tracer = self._provider.get_tracer("meshroute")

    def start(
        self,
        name: str,
        attributes: Mapping[str, AttributeValue],
        *,
        parent: Any = None,
        client: bool = True,
    ) -> Any:
        """A started span (end it with `end`), or None when tracing is off."""
        if self._tracer is None:
            return None
        from opentelemetry import trace

        context = trace.set_span_in_context(parent) if parent is not None else None
        kind = trace.SpanKind.CLIENT if client else trace.SpanKind.INTERNAL
        return self._tracer.start_span(
            name, context=context, kind=kind, attributes=dict(attributes)
        )

    def child(
        self, parent: Any, name: str, attributes: Mapping[str, AttributeValue]
    ) -> contextlib.AbstractContextManager[Any]:
        """A child span around a block; off, a bare nullcontext (this is on every request)."""
        if self._tracer is None:
            return contextlib.nullcontext()
        return self._child(parent, name, attributes)

    @contextlib.contextmanager
    def _child(
        self, parent: Any, name: str, attributes: Mapping[str, AttributeValue]
    ) -> Iterator[Any]:
        span = self.start(name, attributes, parent=parent, client=False)
        try:
            yield span
        except BaseException as exc:
            self.end(span, error=type(exc).__name__)
            raise
        self.end(span)

    @staticmethod
    def end_attributes(span: Any, attributes: Mapping[str, AttributeValue]) -> None:
        if span is not None:
            span.set_attributes(dict(attributes))

    def end(
        self,
        span: Any,
        *,
        error: str | None = None,
        attributes: Mapping[str, AttributeValue] | None = None,
    ) -> None:
        if span is None:
            return
        if attributes:
            span.set_attributes(dict(attributes))
        if error:
            from opentelemetry.trace import Status, StatusCode

            span.set_attribute("error.type", error)
            span.set_status(Status(StatusCode.ERROR))
        span.end()

    def shutdown(self) -> None:
        if self._provider is not None:
            self._provider.shutdown()
