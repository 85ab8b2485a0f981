"""Registry credentials: HTTP Basic, or the token exchange of the Docker/OCI distribution
token spec (`WWW-Authenticate: Bearer realm=...,service=...,scope=...`), which Harbor, GHCR,
ECR and distribution's token mode answer.

An httpx `Auth`: a request goes out with the token it has; on a 401 the challenge says how to
authenticate, the token is fetched (with Basic credentials at the realm) and the request
retried once. Response bodies are never buffered by the flow (a blob pull stays streamed), so
the token request is made by a client of its own, sync or async like the caller.
"""

from __future__ import annotations

import base64
import re
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass

import httpx

_PARAM = re.compile(r'(\w+)="([^"]{0,1000})"')
_MAX_TOKEN_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Credentials:
    username: str
    password: str

    @property
    def basic(self) -> str:
        raw = f"{self.username}:{self.password}".encode()
        return "Basic " + base64.b64encode(raw).decode()


class RegistryAuth(httpx.Auth):
    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self._header: str | None = None  # the last scheme that worked: Basic or Bearer token

    def _challenge(self, response: httpx.Response) -> tuple[str, httpx.Request | None] | None:
        """How to answer a 401: ("basic", None) or ("bearer", the token request)."""
        scheme, _, params = response.headers.get("www-authenticate", "").partition(" ")
        if scheme.lower() == "basic":
            return "basic", None
        if scheme.lower() != "bearer":
            return None
        fields = dict(_PARAM.findall(params))
        realm = fields.get("realm", "")
        if not realm.startswith(("http://", "https://")):
            return None
        query = {key: fields[key] for key in ("service", "scope") if key in fields}
        token = httpx.Request(
            "GET", realm, params=query, headers={"authorization": self.credentials.basic}
        )
        return "bearer", token

    def _take_token(self, response: httpx.Response) -> None:
        if response.status_code != 200 or len(response.content) > _MAX_TOKEN_BYTES:
            return
        try:
            body = response.json()
        except ValueError:
            return
        token = body.get("token") or body.get("access_token") if isinstance(body, dict) else None
        if isinstance(token, str) and token:
            self._header = f"Bearer {token}"

    def _authorised(self, request: httpx.Request) -> httpx.Request:
        if self._header:
            request.headers["authorization"] = self._header
        return request

    def _after_401(self, response: httpx.Response) -> tuple[bool, httpx.Request | None]:
        """Whether to retry, and the token request to send first (None: Basic, or no retry)."""
        answer = self._challenge(response) if response.status_code == 401 else None
        if answer is None:
            return False, None
        _, token_request = answer
        if token_request is None:
            self._header = self.credentials.basic
        return True, token_request

    # The two flows differ only in how the token request is sent (a client of the caller's kind)
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        response = yield self._authorised(request)
        retry, token_request = self._after_401(response)
        if token_request is not None:
            with httpx.Client(timeout=15) as client:
                self._take_token(client.send(token_request))
        if retry and self._header:
            yield self._authorised(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        response = yield self._authorised(request)
        retry, token_request = self._after_401(response)
        if token_request is not None:
            async with httpx.AsyncClient(timeout=15) as client:
                self._take_token(await client.send(token_request))
        if retry and self._header:
            yield self._authorised(request)


def registry_auth(username: str | None, password: str | None) -> RegistryAuth | None:
    if not username:
        return None
    return RegistryAuth(Credentials(username, password or ""))
