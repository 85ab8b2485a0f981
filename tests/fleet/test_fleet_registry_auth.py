"""Registries that ask for credentials: a real `docker-registry` with htpasswd (HTTP Basic), and
a stand-in registry using the OCI token exchange (Bearer realm, as Harbor, GHCR, ECR do)."""

from __future__ import annotations

import asyncio
import base64
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from fleetkit import node_config, registry_process
from typer.testing import CliRunner

from meshroute.cli import app
from meshroute.fleet.auth import Credentials, RegistryAuth
from meshroute.fleet.registry import RegistryError, push_file, resolve
from support import GatewayFactory, ServerThread, free_port

# bcrypt of "fleet-secret" (a test credential, not a secret)
HTPASSWD = "fleet:$2b$05$Hbvo3GgKma/CuFYG4Hd5DuabjiUDj7qWRAFPzhm6/YTvTs.h4MD8.\n"
GOOD = Credentials("fleet", "fleet-secret")


def test_basic_auth_registry_push_and_node_pull(
    gateway_factory: GatewayFactory, tmp_path: Path, model_file: Path
) -> None:
    with registry_process(tmp_path / "registry", htpasswd=HTPASSWD) as url:
        small = tmp_path / "s.gguf"
        small.write_bytes(os.urandom(2048))
        with pytest.raises(RegistryError, match="no access"):
            push_file(url, small, "assistant", "locked")
        with pytest.raises(RegistryError, match="no access"):
            push_file(
                url, small, "assistant", "locked", auth=RegistryAuth(Credentials("fleet", "x"))
            )
        env = {"MESHROUTE_REGISTRY_PASSWORD": "fleet-secret"}
        result = CliRunner().invoke(
            app,
            ["models", "push", str(model_file), "--registry", url, "--name", "assistant",
             "--version", "v2", "--registry-user", "fleet", "--json"],
            env=env,
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        config, token = node_config(tmp_path, None)
        assert config.fleet is not None
        fleet = config.fleet.model_copy(
            update={"registry_username": "fleet", "registry_password": "fleet-secret"}
        )
        root = gateway_factory(config.model_copy(update={"fleet": fleet}), features=False)
        result = CliRunner().invoke(
            app,
            ["models", "deploy", "assistant@v2", "--registry", url, "--node",
             root.removesuffix("/v1"), "--key", token, "--registry-user", "fleet", "--json"],
            env=env,
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr


def _standin_token_registry() -> tuple[str, ServerThread]:
    """A stand-in for a token-auth registry: /v2/ answers 401 Bearer realm=/token; /token
    gives a token for Basic fleet:fleet-secret; the manifest HEAD needs that token."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    port = free_port()
    issued = "t0k3n"

    async def token(request: Request) -> Response:
        expected = "Basic " + base64.b64encode(b"fleet:fleet-secret").decode()
        if request.headers.get("authorization") != expected:
            return JSONResponse({"errors": []}, status_code=401)
        scope = request.query_params.get("scope", "")
        return JSONResponse({"token": issued if "meshroute/models/a" in scope else "wrong"})

    async def manifest(request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {issued}":
            challenge = (
                f'Bearer realm="http://127.0.0.1:{port}/token",service="standin",'
                'scope="repository:meshroute/models/a:pull"'
            )
            return Response(status_code=401, headers={"www-authenticate": challenge})
        digest = "sha256:" + "cd" * 32
        return Response(headers={"docker-content-digest": digest})

    server = ServerThread(
        Starlette(
            routes=[
                Route("/token", token),
                Route("/v2/meshroute/models/a/manifests/{ref}", manifest, methods=["HEAD"]),
            ]
        ),
        port,
    )
    server.start()
    return f"http://127.0.0.1:{port}", server


def test_token_exchange(tmp_path: Path) -> None:
    url, server = _standin_token_registry()
    try:
        with httpx.Client(auth=RegistryAuth(GOOD)) as client:
            assert resolve(client, url, "a", "v1") == "sha256:" + "cd" * 32
        bad: Any = RegistryAuth(Credentials("fleet", "nope"))
        with httpx.Client(auth=bad) as client, pytest.raises(RegistryError, match="no access"):
            resolve(client, url, "a", "v1")

        async def head() -> int:  # the node's side: the same exchange in the async flow
            async with httpx.AsyncClient(auth=RegistryAuth(GOOD)) as client:
                response = await client.head(f"{url}/v2/meshroute/models/a/manifests/v1")
                return response.status_code

        assert asyncio.run(head()) == 200
    finally:
        server.stop()
