"""OpenTelemetry tracing, on: spans reach a real OTLP/HTTP receiver (a small HTTP server in
this test that decodes the protobuf export), with the request span's children for features,
decision and the upstream call, and no prompt text on any span."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from meshroute.config import Config
from standin_upstream import run_standin
from support import GatewayFactory, free_port

PLANTED = "jane.traced@example.org"


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    spans: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            export = ExportTraceServiceRequest.FromString(body)
            for resource in export.resource_spans:
                for scope in resource.scope_spans:
                    for span in scope.spans:
                        spans.append(
                            {
                                "name": span.name,
                                "id": span.span_id,
                                "parent": span.parent_span_id,
                                "attributes": {a.key: str(a.value) for a in span.attributes},
                            }
                        )
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1/traces", spans
    server.shutdown()


def test_spans_for_a_request_and_no_prompt_text(
    gateway_factory: GatewayFactory, receiver: tuple[str, list[dict[str, Any]]]
) -> None:
    endpoint, spans = receiver
    with run_standin(model="m") as upstream:
        config = Config.model_validate(
            {
                "tracing": {"enabled": True, "otlp_endpoint": endpoint},
                "targets": [
                    {
                        "name": "box",
                        "kind": "openai",
                        "base_url": upstream.base_url,
                        "upstream_model": "m",
                        "tier": "local",
                        "zone": "private",
                        "models": {"assistant": "v1"},
                    }
                ],
            }
        )
        url = gateway_factory(config)
        for stream in (False, True):
            response = httpx.post(
                f"{url}/chat/completions",
                json={
                    "model": "assistant",
                    "stream": stream,
                    "messages": [{"role": "user", "content": f"write to {PLANTED}"}],
                },
            )
            assert response.status_code == 200
        deadline = time.monotonic() + 10
        while sum(s["name"] == "chat assistant" for s in spans) < 2:
            assert time.monotonic() < deadline, f"spans seen: {[s['name'] for s in spans]}"
            time.sleep(0.1)
    roots = [s for s in spans if s["name"] == "chat assistant"]
    for root in roots:
        children = {s["name"] for s in spans if s["parent"] == root["id"]}
        assert {"meshroute.features", "meshroute.decide", "upstream box"} <= children
        assert root["attributes"]["gen_ai.operation.name"].strip().endswith('"chat"')
    features = next(s for s in spans if s["name"] == "meshroute.features")
    assert "EMAIL_ADDRESS" in features["attributes"]["meshroute.entity_types"]
    assert all(PLANTED not in str(s) for s in spans)
