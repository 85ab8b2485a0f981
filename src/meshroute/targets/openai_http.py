"""Any OpenAI-compatible HTTP server: vLLM, Ollama, llama.cpp server, TGI, a cloud API.

aiohttp rather than httpx for the upstream leg: the gateway's overhead budget is under a
millisecond per request, and aiohttp's C-accelerated client costs several times less CPU per
request than httpx's pure-Python stack at 1,000 requests/s.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
from typing import Any, Literal

import aiohttp
import orjson
from pydantic import model_validator

from meshroute.config import TargetConfig
from meshroute.targets.base import Operation, Reply, Target, TargetFailure, UpstreamRejected
from meshroute.targets.kinds import Kind
from meshroute.targets.sse import SSESplitter

_PATHS: dict[Operation, str] = {
    "chat": "/chat/completions",
    "completions": "/completions",
    "embeddings": "/embeddings",
}
_MAX_ERROR_BODY = 64 * 1024


# What the network or the upstream did: these become TargetFailure (the next fallback may
# answer, the breaker counts them). Anything else is a bug of ours and propagates.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (aiohttp.ClientError, asyncio.TimeoutError)


class OpenAITargetConfig(TargetConfig):
    """`kind: openai`: any OpenAI-compatible HTTP server."""

    kind: Literal["openai"]
    base_url: str | None = None
    api_key: str | None = None
    upstream_model: str | None = None

    @model_validator(mode="after")
    def _needs_endpoint(self) -> OpenAITargetConfig:
        if not self.base_url:
            raise ValueError("a target of kind 'openai' needs base_url")
        if not self.base_url.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        if not self.upstream_model:
            raise ValueError("a target of kind 'openai' needs upstream_model")
        return self

    @property
    def served_model_name(self) -> str:
        return self.upstream_model or self.name


class OpenAIHTTPTarget(Target[OpenAITargetConfig]):
    def __init__(self, config: OpenAITargetConfig) -> None:
        super().__init__(config)
        assert config.base_url is not None  # checked by the config model
        self._base = config.base_url.rstrip("/")
        self._headers = {"content-type": "application/json"}
        # An empty key, or the word "none" (`${KEY:-none}` in a config), means no key at all:
        # sending `Bearer none` would leak a meaningless credential and can be refused.
        if config.api_key and config.api_key.strip().lower() not in ("none", "null"):
            self._headers["authorization"] = f"Bearer {config.api_key.strip()}"
        self._session: aiohttp.ClientSession | None = None

    @property
    def operations(self) -> frozenset[Operation]:
        return frozenset(_PATHS)

    async def start(self) -> None:
        limits = self.config.effective_timeouts
        timeout = aiohttp.ClientTimeout(total=limits.total_s, sock_connect=limits.connect_s)
        connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=30, ttl_dns_cache=300)
        # auto_decompress off and no cookie jar: the gateway relays bytes, it is not a browser.
        self._session = aiohttp.ClientSession(
            timeout=timeout,
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            json_serialize=lambda obj: orjson.dumps(obj).decode(),
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _url(self, operation: Operation) -> str:
        return self._base + _PATHS[operation]

    def _payload(self, body: dict[str, Any]) -> bytes:
        return orjson.dumps({**body, "model": self.config.upstream_model})

    async def probe(self, path: str) -> None:
        session = self._require_session()
        try:
            async with session.get(self._base + path, headers=self._headers) as response:
                if response.status >= 500:
                    raise TargetFailure(self.name, f"health check answered {response.status}")
        except TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc

    async def send(self, operation: Operation, body: dict[str, Any]) -> Reply:
        session = self._require_session()
        payload = self._payload(body)  # outside the try: a serialisation error is ours
        try:
            async with session.post(
                self._url(operation), data=payload, headers=self._headers
            ) as response:
                await self._raise_for_status(response)
                data = await response.read()
                content_type = response.headers.get("content-type", "")
        except TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc
        if "json" not in content_type:
            raise TargetFailure(self.name, f"reply is {content_type or 'untyped'}, not JSON")
        try:
            parsed = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise TargetFailure(self.name, "reply is not valid JSON") from exc
        if not isinstance(parsed, dict):
            raise TargetFailure(self.name, "reply is not a JSON object")
        usage = parsed.get("usage")
        return Reply(body=data, usage=usage if isinstance(usage, dict) else None)

    async def stream(
        self, operation: Operation, body: dict[str, Any]
    ) -> AsyncGenerator[list[bytes], None]:
        session = self._require_session()
        payload = self._payload(body)
        try:
            response = await session.post(self._url(operation), data=payload, headers=self._headers)
        except TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc
        try:
            await self._raise_for_status(response)
            if "text/event-stream" not in response.headers.get("content-type", ""):
                raise TargetFailure(self.name, "asked for a stream, got no event stream")
            async for batch in _sse_batches(response, self.name):
                yield batch
        except TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc
        finally:
            response.release()

    def _require_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise TargetFailure(self.name, "target not started")
        return self._session

    async def _raise_for_status(self, response: aiohttp.ClientResponse) -> None:
        await raise_for_status(self.name, response)

    def _failure(self, exc: BaseException) -> TargetFailure:
        if isinstance(exc, asyncio.TimeoutError):
            return TargetFailure(self.name, "timed out", timeout=True)
        # The exception's text may name the upstream's host:port: the log keeps it (see
        # TargetFailure.detail), the reason a client may see does not.
        return TargetFailure(
            self.name, f"transport error ({type(exc).__name__})", detail=str(exc)[:300]
        )


async def _sse_batches(
    response: aiohttp.ClientResponse, target: str
) -> AsyncGenerator[list[bytes], None]:
    """The events of each network read, as one batch; stop at [DONE]."""
    splitter = SSESplitter()
    async for raw in response.content.iter_any():
        batch = splitter.feed(raw)
        if batch:
            yield batch
        if splitter.done:
            return
    # A stream that ends without [DONE] was cut: the caller must not present it as complete.
    raise TargetFailure(target, "stream ended without [DONE]")


async def raise_for_status(
    name: str,
    response: aiohttp.ClientResponse,
    client_body: Callable[[int, bytes], bytes] = lambda status, data: data,
) -> None:
    """An upstream's error status, for every HTTP kind: overload, timeout and 5xx are the
    target's failure (the next fallback may answer); other 4xx are about the request and go
    back to the client, as `client_body` puts them."""
    status = response.status
    if status < 400:
        return
    data = await response.content.read(_MAX_ERROR_BODY)
    if status in (408, 429) or status >= 500:
        retry_after = _retry_after(response.headers.get("retry-after"))
        raise TargetFailure(
            name, f"upstream answered {status}", status=status, retry_after=retry_after
        )
    if status in (401, 403):
        # The gateway's own credentials were refused: the caller did nothing wrong.
        raise TargetFailure(name, f"upstream refused our credentials ({status})", status=status)
    raise UpstreamRejected(status, client_body(status, data))


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


KIND = Kind("openai", OpenAITargetConfig, OpenAIHTTPTarget)
