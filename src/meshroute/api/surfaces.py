"""`POST /v1/responses` and `POST /v1/messages`: other API surfaces over the one chat path.

Each request is translated to a chat body (api/formats), then goes exactly the way a chat
request goes: authentication, validation, limits, the privacy scan and `decide()`, failover,
the ledger. The chat reply (or stream) is translated back. Errors come in the surface's own
error body (Anthropic's `{"type": "error", ...}` for Messages).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from meshroute.api.access import credentials
from meshroute.api.formats.anthropic_in import (
    chat_to_message,
    error_body,
    messages_to_chat,
    stop_sequences,
)
from meshroute.api.formats.anthropic_stream import MessagesStream
from meshroute.api.formats.common import data_frames
from meshroute.api.formats.responses_in import chat_to_response, responses_to_chat
from meshroute.api.formats.responses_stream import ResponsesStream
from meshroute.api.gateway import Gateway
from meshroute.api.openai_routes import answer, prepare_call, read_json
from meshroute.api.request_id import request_id_of
from meshroute.auth import authenticate
from meshroute.errors import APIError, BadRequest

_HOP_HEADERS = {"content-length", "content-type", "content-encoding", "transfer-encoding"}


class StreamTranslator(Protocol):
    def feed(self, chunk: Mapping[str, Any]) -> bytes: ...
    def finish(self) -> bytes: ...
    def error(self, code: str, message: str) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Surface:
    name: str
    to_chat: Callable[[Any], dict[str, Any]]
    reply: Callable[[Mapping[str, Any], Mapping[str, Any]], dict[str, Any]]
    stream: Callable[[Mapping[str, Any]], StreamTranslator]
    error: Callable[[int, Any], Any]


def _openai_error(status: int, body: Any) -> Any:
    return body  # the Responses API uses OpenAI's error body, as the gateway does


RESPONSES = Surface(
    "responses",
    responses_to_chat,
    lambda reply, request: chat_to_response(reply, request),
    ResponsesStream,
    _openai_error,
)
MESSAGES = Surface(
    "messages",
    messages_to_chat,
    lambda reply, request: chat_to_message(
        reply, str(request.get("model", "")), stop_sequences(request)
    ),
    lambda request: MessagesStream(str(request.get("model", "")), stop_sequences(request)),
    error_body,
)


def _handler(surface: Surface) -> Callable[[Request], Awaitable[Response]]:
    async def handle(request: Request) -> Response:
        gateway: Gateway = request.app.state.gateway
        request_id = request_id_of(request)
        try:
            raw, response = await _answer(request, gateway, surface)
        except APIError as exc:
            gateway.metrics.rejections.labels(str(exc.status), exc.type).inc()
            headers = {**exc.headers, "x-request-id": request_id}
            return _json(surface.error(exc.status, exc.body()), exc.status, headers)
        return _translate(surface, raw, response)

    handle.__name__ = f"surface_{surface.name}"
    return handle


async def _answer(
    request: Request, gateway: Gateway, surface: Surface
) -> tuple[dict[str, Any], Response]:
    # Who is asking, before reading a body an anonymous client could make huge. Anthropic's
    # clients send the key as x-api-key. Then the chat route's own steps (validation, limits,
    # the caller's model and rate limits, the canary key): one path for every surface.
    request.state.key = authenticate(request.app.state.keys, credentials(request.headers))
    limits = gateway.config.server
    raw = await read_json(request, limits.max_body_bytes, limits.body_timeout_s)
    _check_flags(raw)
    call = await prepare_call(request, gateway, "chat", surface.to_chat(raw))
    response = await answer(gateway, call)
    return raw, response


# Flags the translators read with `is True`: a string "yes" would silently mean "no" (the chat
# route refuses it, so these do too, naming the field).
_FLAGS = ("stream", "parallel_tool_calls", "store", "background")


def _check_flags(raw: object) -> None:
    if not isinstance(raw, dict):
        return  # the translator refuses a body that is not an object
    for flag in _FLAGS:
        value = raw.get(flag)
        if value is not None and not isinstance(value, bool):
            message = f"invalid request: {flag}: Input should be a valid boolean"
            raise BadRequest(message, param=flag)


def _translate(surface: Surface, raw: Mapping[str, Any], response: Response) -> Response:
    headers = {k: v for k, v in response.headers.items() if k not in _HOP_HEADERS}
    if isinstance(response, StreamingResponse):
        inner = response.body_iterator
        assert isinstance(inner, AsyncGenerator)
        # The relay response keeps its write timeout and its closing; only the events change.
        response.body_iterator = _events(surface.stream(raw), inner)
        return response
    try:
        parsed = orjson.loads(bytes(response.body))
    except orjson.JSONDecodeError:
        parsed = None
    if response.status_code >= 400 or not isinstance(parsed, dict):
        status = response.status_code if response.status_code >= 400 else 502
        return _json(surface.error(status, parsed), status, headers)
    return _json(surface.reply(parsed, raw), 200, headers)


async def _events(
    translator: StreamTranslator, inner: AsyncGenerator[Any, None]
) -> AsyncGenerator[bytes, None]:
    ended = False
    try:
        async for raw in inner:
            out = []
            for data in data_frames(raw if isinstance(raw, bytes) else str(raw).encode()):
                if ended:
                    continue
                if data == b"[DONE]":
                    out.append(translator.finish())
                    ended = True
                    continue
                try:
                    chunk = orjson.loads(data)
                except orjson.JSONDecodeError:
                    continue
                if not isinstance(chunk, dict):
                    continue
                if isinstance(chunk.get("error"), dict):
                    error = chunk["error"]
                    out.append(translator.error("api_error", str(error.get("message", ""))))
                    ended = True
                    continue
                out.append(translator.feed(chunk))
            if out:
                yield b"".join(out)
    finally:
        await inner.aclose()


def _json(body: Any, status: int, headers: Mapping[str, str]) -> Response:
    return Response(orjson.dumps(body), status, dict(headers), media_type="application/json")


SURFACE_ROUTES = [
    Route("/v1/responses", _handler(RESPONSES), methods=["POST"]),
    Route("/v1/messages", _handler(MESSAGES), methods=["POST"]),
]
