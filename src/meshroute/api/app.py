"""The ASGI app: OpenAI routes, health, metrics. Everything it holds lives on app.state."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from meshroute import __version__
from meshroute.api import schemas
from meshroute.api.accounting import Accounting
from meshroute.api.gateway import Call, Gateway
from meshroute.api.metrics import Metrics
from meshroute.api.middleware import install_middleware
from meshroute.api.model_info import MODEL_ROUTE
from meshroute.api.openapi import build_openapi
from meshroute.api.reload import reload_config
from meshroute.api.request_id import request_id_of
from meshroute.api.surfaces import SURFACE_ROUTES
from meshroute.auth import (
    KeyStore,
    RateLimiter,
    authenticate,
    authorize,
    estimate_tokens,
    key_file_path,
    require_admin,
)
from meshroute.config import Config
from meshroute.errors import APIError, BadRequest, ConfigError, PayloadTooLarge
from meshroute.routing.router import Detector, Router, Scorer
from meshroute.targets import Operation
from meshroute.targets.pool import TargetPool

log = logging.getLogger("meshroute.api")
Handler = Callable[[Request], Awaitable[Response]]


def create_app(
    config: Config, *, detector: Detector | None = None, scorer: Scorer | None = None
) -> Starlette:
    """Build the gateway. Targets start (and the edge model loads) in the lifespan."""
    metrics = Metrics()
    pool = TargetPool(config)
    accounting = Accounting(config) if config.ledger.enabled else None
    gateway = Gateway(
        config, pool, Router(config, detector, scorer), metrics, accounting=accounting
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if accounting is not None:
            await accounting.ledger.start()
        await pool.start()
        _reload_on_sighup(app)
        # The NER model and recognizers are hundreds of thousands of long-lived objects; left in
        # the collector's generations, every full collection walks them all (100 ms stalls at
        # p99 under load). Freezing what start-up built keeps collections short.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await gateway.pool.close()
            if accounting is not None:
                await accounting.ledger.close()  # writes every queued entry: SIGTERM loses none
            gateway.tracing.shutdown()  # flushes spans still batched

    routes = [
        Route("/v1/chat/completions", _openai("chat"), methods=["POST"]),
        Route("/v1/completions", _openai("completions"), methods=["POST"]),
        Route("/v1/embeddings", _openai("embeddings"), methods=["POST"]),
        Route("/v1/models", _models, methods=["GET"]),
        MODEL_ROUTE,
        *SURFACE_ROUTES,
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/readyz", _readyz, methods=["GET"]),
        Route("/metrics", _metrics, methods=["GET"]),
        Route("/openapi.json", _openapi, methods=["GET"]),
        Route("/admin/targets", _admin_targets, methods=["GET"]),
        Route("/admin/reload", _admin_reload, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            APIError: _api_error,
            HTTPException: _http_error,
            Exception: _unexpected_error,
        },
    )
    install_middleware(app, config)
    app.state.gateway = gateway
    key_file = key_file_path(config)
    app.state.keys = KeyStore(key_file) if key_file else None
    app.state.limiter = RateLimiter()
    app.state.retiring = set()
    if key_file is None:
        log.warning(
            "no server.key_file: the API is OPEN to anyone who can reach it; "
            "create keys with `meshroute keys create`"
        )
    return app


def _openai(operation: Operation) -> Handler:
    async def handle(request: Request) -> Response:
        gateway: Gateway = request.app.state.gateway
        request_id = request_id_of(request)
        headers = request.headers
        # Who is asking, before reading a body an anonymous client could make huge.
        key = authenticate(request.app.state.keys, headers)
        body = await _read_json(request, gateway.config.server.max_body_bytes)
        schemas.validate(operation, body)
        limits = gateway.config.server
        schemas.check_limits(
            body, max_messages=limits.max_messages, max_output_tokens=limits.max_output_tokens
        )
        texts = schemas.texts_of(operation, body)
        auth = authorize(
            key,
            request.app.state.limiter,
            model=body["model"],
            target_names=gateway.pool.targets.keys(),
            tokens=estimate_tokens(texts, body),
        )
        call = Call(
            operation=operation,
            body=body,
            texts=texts,
            request_id=request_id,
            region=headers.get("x-meshroute-region"),
            request_key=headers.get("x-meshroute-key") or (key.id if key else request_id),
            auth=auth,
        )
        try:
            response = await gateway.answer(call)
        except APIError:
            auth.settle(0)  # nothing answered: give the tokens back
            raise
        response.headers.update(auth.headers)
        return response

    handle.__name__ = f"openai_{operation}"
    return handle


async def _read_json(request: Request, limit: int) -> Any:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"request body exceeds {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"request body exceeds {limit} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw:
        raise BadRequest("the request body is empty; send a JSON object")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from exc


def model_ids(config: Config) -> dict[str, str]:
    """Every name the `model` field accepts, and who owns it."""
    ids: dict[str, str] = {"auto": "meshroute"}
    for target in config.targets:
        for model, version in target.models.items():
            ids.setdefault(model, "meshroute")
            ids.setdefault(f"{model}@{version}", "meshroute")
        ids.setdefault(f"{target.name}/{target.served_model_name}", target.name)
        ids.setdefault(target.served_model_name, target.name)
    return ids


async def _models(request: Request) -> Response:
    authenticate(request.app.state.keys, request.headers)
    gateway: Gateway = request.app.state.gateway
    data = [
        {"id": name, "object": "model", "created": 0, "owned_by": owner}
        for name, owner in model_ids(gateway.config).items()
    ]
    return JSONResponse({"object": "list", "data": data})


async def _openapi(request: Request) -> Response:
    config = request.app.state.gateway.config
    return JSONResponse(build_openapi(config, list(model_ids(config))))


async def _healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__})


def target_table(gateway: Gateway) -> dict[str, dict[str, Any]]:
    """Each target's state, as /readyz, /admin/targets and `meshroute targets` show it."""
    table = {}
    for state in gateway.pool.states():
        health = gateway.pool.health[state.name]
        table[state.name] = {
            "healthy": state.healthy,
            "tier": state.tier,
            "zone": state.zone,
            "breaker": health.state,
            "in_flight": health.in_flight,
            "queued": health.queued,
            "latency_ms": round(health.latency_ms, 3),
            "requests": health.requests,
            "failures": health.failures,
            "last_failure": health.last_failure,
        }
    return table


async def _readyz(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    targets = target_table(gateway)
    ready = any(t["healthy"] for t in targets.values())
    return JSONResponse({"ready": ready, "targets": targets}, status_code=200 if ready else 503)


async def _admin_targets(request: Request) -> Response:
    require_admin(request.app.state.keys, request.headers)
    gateway: Gateway = request.app.state.gateway
    return JSONResponse({"targets": target_table(gateway)})


async def _admin_reload(request: Request) -> Response:
    require_admin(request.app.state.keys, request.headers)
    try:
        config = await reload_config(request.app.state)
    except ConfigError as exc:
        raise BadRequest(
            f"config not reloaded, the running one stays: {exc}", code="config_error"
        ) from exc
    return JSONResponse(
        {"reloaded": True, "source": config.source, "targets": [t.name for t in config.targets]}
    )


def _reload_on_sighup(app: Starlette) -> None:
    """SIGHUP reloads too, as daemons do; only the main thread can take signals."""
    loop = asyncio.get_running_loop()

    async def reload() -> None:
        try:
            await reload_config(app.state)
        except ConfigError as exc:
            log.error("config not reloaded, the running one stays", extra={"error": str(exc)})

    def on_signal() -> None:
        task = loop.create_task(reload())
        app.state.retiring.add(task)
        task.add_done_callback(app.state.retiring.discard)

    with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
        loop.add_signal_handler(signal.SIGHUP, on_signal)


async def _metrics(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    gateway.metrics.refresh_targets(gateway.pool)
    return Response(gateway.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")


def _error_response(request: Request, error: APIError) -> Response:
    headers = dict(error.headers)
    request_id = getattr(request.state, "request_id", None)
    if request_id:
        headers["x-request-id"] = request_id
    return Response(
        orjson.dumps(error.body()), error.status, headers, media_type="application/json"
    )


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, APIError)
    gateway: Gateway = request.app.state.gateway
    gateway.metrics.rejections.labels(str(exc.status), exc.type).inc()
    return _error_response(request, exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    error = APIError(str(exc.detail), code=None, headers=dict(exc.headers or {}))
    error.status = exc.status_code
    error.type = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
    return _error_response(request, error)


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    # Never a traceback to the client; the log keeps the type for operators.
    log.exception(
        "unexpected error", extra={"request_id": getattr(request.state, "request_id", None)}
    )
    return _error_response(request, APIError("internal error; see the gateway log"))
