"""The ASGI app: OpenAI routes, health, metrics. Everything it holds lives on app.state."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import traceback
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from meshroute import __version__
from meshroute.api.access import Access, Handler, guarded
from meshroute.api.accounting import Accounting
from meshroute.api.gateway import Gateway
from meshroute.api.metrics import Metrics
from meshroute.api.middleware import install_middleware
from meshroute.api.model_info import MODEL_ROUTE
from meshroute.api.openai_routes import openai_handler
from meshroute.api.openapi import build_openapi
from meshroute.api.reload import reload_config
from meshroute.api.surfaces import SURFACE_ROUTES
from meshroute.auth import KeyStore, Limiter, RateLimiter, key_file_path
from meshroute.config import Config
from meshroute.errors import APIError, BadRequest, ConfigError
from meshroute.fleet.overlay import with_fleet_state
from meshroute.fleet.routes import FLEET_ROUTES
from meshroute.fleet.watch import start_watch, stop_watch
from meshroute.routing.router import Detector, Router, Scorer
from meshroute.routing.signals import Signal
from meshroute.state import SharedState, shared_state
from meshroute.targets.node_route import node_info
from meshroute.targets.pool import TargetFactory, TargetPool

log = logging.getLogger("meshroute.api")


def create_app(
    config: Config,
    *,
    detector: Detector | None = None,
    scorer: Scorer | None = None,
    targets: TargetFactory | None = None,
    limiter: Limiter | None = None,
    signals: Sequence[Signal] | None = None,
) -> Starlette:
    """Build the gateway. Targets start (and the edge model loads) in the lifespan.

    `targets` builds each target from its config block (default: the registry of kinds);
    `limiter` holds the per-key limits (default: in process); `signals` replaces the routing
    signals built from `detector` and `scorer` (routing/signals.py)."""
    config = with_fleet_state(config)  # a fleet node serves its deployed versions (issue 15)
    metrics = Metrics()
    shared = shared_state(config)  # `state: {url}`: limits and breakers shared by replicas
    if shared is not None:
        shared.attach_metrics(metrics.registry)
    pool = TargetPool(config, factory=targets, health=shared.board.health if shared else None)
    accounting = Accounting(config) if config.ledger.enabled else None
    router = Router(config, detector, scorer, signals)
    gateway = Gateway(config, pool, router, metrics, accounting=accounting)

    app = Starlette(
        routes=ROUTES,
        lifespan=_lifespan(gateway, shared),
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
    app.state.limiter = limiter or (shared.limiter if shared is not None else RateLimiter())
    app.state.retiring = set()
    if key_file is None:
        log.warning(
            "no server.key_file: the API is OPEN to anyone who can reach it; "
            "create keys with `meshroute keys create`"
        )
    return app


def _lifespan(
    gateway: Gateway, shared: SharedState | None = None
) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        accounting = gateway.accounting
        if accounting is not None:
            await accounting.ledger.start()
        await gateway.pool.start()
        if shared is not None:
            await shared.start(gateway, app.state)
        _reload_on_sighup(app)
        fleet_watch = start_watch(app.state)  # every worker follows the fleet store (issue 15)
        # The NER model and recognizers are hundreds of thousands of long-lived objects; left in
        # the collector's generations, every full collection walks them all (100 ms stalls at
        # p99 under load). Freezing what start-up built keeps collections short.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await stop_watch(fleet_watch)
            await gateway.shadow.close()
            await gateway.pool.close()
            if shared is not None:
                await shared.close()
            gateway.scanning.close()
            if accounting is not None:
                await accounting.ledger.close()  # writes every queued entry: SIGTERM loses none
            gateway.tracing.shutdown()  # flushes spans still batched

    return lifespan


def _route(path: str, handler: Handler, access: Access, method: str) -> Route:
    """One route and who may call it (api/access.py)."""
    return Route(path, guarded(access, handler), methods=[method])


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
    """Public, so it says only whether a target is healthy; the detail (which may hint at
    the internal network) is for admins at /admin/targets."""
    gateway: Gateway = request.app.state.gateway
    ready = any(state.healthy for state in gateway.pool.states())
    return JSONResponse({"ready": ready}, status_code=200 if ready else 503)


async def _admin_targets(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    return JSONResponse({"targets": target_table(gateway)})


async def _admin_reload(request: Request) -> Response:
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
    # Never a traceback to the client. The log gets the request id, the exception's type and
    # every frame (file, line, function, source line), but not the exception's message nor
    # any local value: either may hold the prompt.
    log.error(
        "unexpected error",
        extra={
            "request_id": getattr(request.state, "request_id", None),
            "error_type": type(exc).__name__,
            "traceback": _frames(exc),
        },
    )
    return _error_response(request, APIError("internal error; see the gateway log"))


def _frames(exc: BaseException) -> list[str]:
    """The traceback without messages or values: one line per frame, causes included."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}: {frame.line}")
        current = current.__cause__ or current.__context__
    return lines[:200]


ROUTES = [
    _route("/v1/chat/completions", openai_handler("chat"), Access.USER, "POST"),
    _route("/v1/completions", openai_handler("completions"), Access.USER, "POST"),
    _route("/v1/embeddings", openai_handler("embeddings"), Access.USER, "POST"),
    _route("/v1/models", _models, Access.USER, "GET"),
    _route("/v1/node", node_info, Access.USER, "GET"),  # mesh: targets/node_route.py
    MODEL_ROUTE,
    *SURFACE_ROUTES,
    _route("/healthz", _healthz, Access.PUBLIC, "GET"),
    _route("/readyz", _readyz, Access.PUBLIC, "GET"),
    _route("/metrics", _metrics, Access.PUBLIC, "GET"),
    _route("/openapi.json", _openapi, Access.PUBLIC, "GET"),
    _route("/admin/targets", _admin_targets, Access.ADMIN, "GET"),
    _route("/admin/reload", _admin_reload, Access.ADMIN, "POST"),
    *FLEET_ROUTES,
]
