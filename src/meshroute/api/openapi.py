"""The OpenAPI document served at /openapi.json, built from the same pydantic models that
validate requests, so the published schema cannot drift from what the gateway accepts."""

from __future__ import annotations

from typing import Any

from meshroute import __version__
from meshroute.api.openapi_surfaces import surface_schemas
from meshroute.config import Config

_ERROR_STATUSES = {
    "400": "Invalid request",
    "401": "No or wrong API key",
    "403": "Not allowed for this key",
    "404": "Unknown model or route",
    "413": "Request too large",
    "429": "Rate limited or busy",
    "502": "No target could answer",
    "503": "No target may take the request",
    "504": "Every target timed out",
}


def _errors(*codes: str, schema: str = "ErrorBody") -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {
        code: {
            "description": _ERROR_STATUSES[code],
            "content": {"application/json": {"schema": ref}},
        }
        for code in codes
    }


def _operation(
    summary: str,
    request_schema: str,
    streams: bool,
    answer: str | None = None,
    error: str = "ErrorBody",
) -> dict[str, Any]:
    """`answer`: the 200 body's schema (default: any object, the target's own answer)."""
    schema = {"$ref": f"#/components/schemas/{answer}"} if answer else {"type": "object"}
    ok: dict[str, Any] = {"application/json": {"schema": schema}}
    if streams:
        ok["text/event-stream"] = {"schema": {}}  # each event: a chunk object, or [DONE]
    return {
        "post": {
            "summary": summary,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{request_schema}"}
                    }
                },
            },
            "responses": {
                "200": {"description": "The target's answer, fields unchanged", "content": ok},
                **_errors("400", "401", "404", "413", "429", "502", "503", "504", schema=error),
            },
        }
    }


def _get(summary: str, media: str, *codes: str) -> dict[str, Any]:
    schema = {"type": "object"} if media == "application/json" else {"type": "string"}
    responses: dict[str, Any] = {
        code: {"description": summary, "content": {media: {"schema": schema}}}
        for code in ("200", "503")
        if code == "200" or "503" in codes
    }
    return {
        "get": {
            "summary": summary,
            "responses": {**responses, **_errors(*(c for c in codes if c != "503"))},
        }
    }


def build_openapi(config: Config, model_ids: list[str]) -> dict[str, Any]:
    """The document for this server: its models and limits are part of the contract."""
    model = _model_property(model_ids)
    schemas = {
        **_request_schemas(config, model),
        "ErrorBody": _ERROR_BODY,
        **surface_schemas(config, model),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "meshroute",
            "version": __version__,
            "description": "OpenAI-compatible routing gateway",
        },
        "paths": _paths(),
        "components": {"schemas": schemas},
    }


def _paths() -> dict[str, Any]:
    return {
        "/v1/chat/completions": _operation("Chat completion", "ChatRequest", True),
        "/v1/completions": _operation("Text completion", "CompletionRequest", True),
        "/v1/embeddings": _operation("Embeddings", "EmbeddingRequest", False),
        # the other surfaces answer in their own shapes, translated from the chat answer
        "/v1/responses": _operation(
            "OpenAI Responses API over the chat path", "ResponsesRequest", True, "ResponsesResponse"
        ),
        "/v1/messages": _operation(
            "Anthropic Messages API over the chat path",
            "MessagesRequest",
            True,
            "MessagesResponse",
            "MessagesErrorBody",
        ),
        "/v1/models": _get("Models and target-qualified names", "application/json", "401"),
        "/healthz": _get("Process up", "application/json"),
        "/readyz": _get("At least one target healthy", "application/json", "503"),
        "/metrics": _get("Prometheus metrics", "text/plain"),
    }


def _model_property(model_ids: list[str]) -> dict[str, Any]:
    return {
        "type": "string",
        "enum": model_ids,
        "description": "auto, a logical model, model@version, or "
        "target/model: GET /v1/models lists them",
    }


def _request_schemas(config: Config, model: dict[str, Any]) -> dict[str, Any]:
    """The OpenAI request bodies, from the pydantic models that validate them."""
    from pydantic import TypeAdapter

    from meshroute.api.schemas import (
        MAX_DEPTH,
        ChatRequest,
        CompletionRequest,
        EmbeddingRequest,
    )

    schemas: dict[str, Any] = {}
    for request in (ChatRequest, CompletionRequest, EmbeddingRequest):
        schema = TypeAdapter(request).json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        properties = schema["properties"]
        properties["model"] = model
        for field in ("max_tokens", "max_completion_tokens"):
            if field in properties:
                properties[field] = {
                    "anyOf": [
                        {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": config.server.max_output_tokens,
                        },
                        {"type": "null"},
                    ]
                }
        if "messages" in properties:
            properties["messages"]["maxItems"] = config.server.max_messages
        # JSON Schema cannot bound nesting; say it, since the gateway enforces it (400).
        schema["description"] = (
            f"Fields not listed pass through to the target unchanged. No value may nest "
            f"deeper than {MAX_DEPTH} levels; the body is at most "
            f"{config.server.max_body_bytes} bytes."
        )
        schemas[request.__name__] = schema
    return schemas


_ERROR_BODY = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["message", "type"],
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "param": {"type": ["string", "null"]},
                "code": {"type": ["string", "null"]},
            },
        }
    },
}
