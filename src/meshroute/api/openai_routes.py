"""The OpenAI routes (/v1/chat/completions, /v1/completions, /v1/embeddings): read, validate,
charge, answer. Everything wrong with the request is a 400 here, before a target is chosen."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from meshroute.api import schemas
from meshroute.api.access import Handler
from meshroute.api.gateway import Call, Gateway
from meshroute.api.request_id import request_id_of
from meshroute.auth import ApiKey, authorize, estimate_tokens
from meshroute.errors import APIError, BadRequest, PayloadTooLarge, RequestTimeout
from meshroute.routing.router import canary_key
from meshroute.targets import Operation, node_mesh


def openai_handler(operation: Operation) -> Handler:
    async def handle(request: Request) -> Response:
        gateway: Gateway = request.app.state.gateway
        server = gateway.config.server
        body = await read_json(request, server.max_body_bytes, server.body_timeout_s)
        call = await prepare_call(request, gateway, operation, body)
        return await answer(gateway, call)

    handle.__name__ = f"openai_{operation}"
    return handle


async def prepare_call(request: Request, gateway: Gateway, operation: Operation, body: Any) -> Call:
    """Validate `body` as `operation` (400 naming the field), apply the server's limits and
    the caller's (404, 429): the Call the gateway answers."""
    hop = node_mesh.inbound(request.headers, gateway.config)  # 508 on a loop (issue 13)
    schemas.validate(operation, body)
    limits = gateway.config.server
    schemas.check_limits(
        body, max_messages=limits.max_messages, max_output_tokens=limits.max_output_tokens
    )
    texts = schemas.texts_of(operation, body)
    key: ApiKey | None = getattr(request.state, "key", None)
    auth = await authorize(
        key,
        request.app.state.limiter,
        model=body["model"],
        target_names=gateway.pool.targets.keys(),
        tokens=estimate_tokens(texts, body),
    )
    request_id = request_id_of(request)
    headers = request.headers
    call = Call(
        operation=operation,
        body=body,
        texts=texts,
        request_id=request_id,
        region=headers.get("x-meshroute-region"),
        request_key=canary_key(
            explicit=headers.get("x-meshroute-key"),
            key_id=key.id if key else None,
            user=body.get("user"),
            request_id=request_id,
        ),
        auth=auth,
    )
    node_mesh.enter(hop, call)
    return call


async def answer(gateway: Gateway, call: Call) -> Response:
    try:
        response = await gateway.answer(call)
    except APIError:
        call.auth.settle(0)  # nothing answered: give the tokens back
        raise
    response.headers.update(call.auth.headers)
    return response


async def read_json(request: Request, limit: int, timeout_s: float) -> Any:
    """The body as JSON: 413 past `limit` bytes, 408 when it takes longer than `timeout_s`
    to arrive (a client trickling a body would otherwise hold its connection and memory)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"request body exceeds {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(f"request body exceeds {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise RequestTimeout(f"the request body did not arrive within {timeout_s:g} s") from None
    raw = b"".join(chunks)
    if not raw:
        raise BadRequest("the request body is empty; send a JSON object")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from exc
