"""`kind: anthropic`: Claude (or any server speaking the Anthropic Messages API) behind meshroute.

The gateway routes chat bodies; this target translates them to `POST {base_url}/v1/messages`
and the Message (or its event stream) back to chat (api/formats/anthropic_out.py). Failures
map as for an OpenAI upstream: 408, 429, 5xx and 529 (overloaded) are the target's failure
(the next fallback may answer, the breaker counts them); 401/403 mean our key was refused;
other 4xx are the request's fault and come back to the client as an OpenAI error body.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any, Literal

import aiohttp
import orjson
from pydantic import Field, field_validator

from meshroute.api.formats.anthropic_out import (
    ChatFromAnthropicStream,
    anthropic_to_chat,
    chat_to_anthropic,
    openai_error,
)
from meshroute.config import TargetConfig
from meshroute.targets.base import Operation, Reply, Target, TargetFailure
from meshroute.targets.kinds import Kind
from meshroute.targets.openai_http import raise_for_status
from meshroute.targets.sse import SSESplitter

_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (aiohttp.ClientError, asyncio.TimeoutError)


class AnthropicTargetConfig(TargetConfig):
    kind: Literal["anthropic"]
    base_url: str = "https://api.anthropic.com"  # /v1/messages is appended
    api_key: str | None = None
    upstream_model: str = Field(min_length=1)
    anthropic_version: str = "2023-06-01"
    # Anthropic requires max_tokens; this is sent when the request names none
    max_tokens: int = Field(4096, ge=1)

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value.rstrip("/").removesuffix("/v1")

    @property
    def served_model_name(self) -> str:
        return self.upstream_model


class AnthropicTarget(Target[AnthropicTargetConfig]):
    def __init__(self, config: AnthropicTargetConfig) -> None:
        super().__init__(config)
        self._url = f"{config.base_url}/v1/messages"
        self._headers = {
            "content-type": "application/json",
            "anthropic-version": config.anthropic_version,
        }
        key = (config.api_key or "").strip()
        if key and key.lower() not in ("none", "null"):
            self._headers["x-api-key"] = key
        self._session: aiohttp.ClientSession | None = None

    @property
    def operations(self) -> frozenset[Operation]:
        return frozenset({"chat"})

    @property
    def lacks(self) -> frozenset[str]:
        return frozenset({"n>1"})  # one answer per request in the Messages API

    async def start(self) -> None:
        limits = self.config.effective_timeouts
        timeout = aiohttp.ClientTimeout(total=limits.total_s, sock_connect=limits.connect_s)
        self._session = aiohttp.ClientSession(
            timeout=timeout,
            connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=30),
            cookie_jar=aiohttp.DummyCookieJar(),
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _payload(self, body: dict[str, Any]) -> bytes:
        config = self.config
        return orjson.dumps(chat_to_anthropic(body, config.upstream_model, config.max_tokens))

    async def send(self, operation: Operation, body: dict[str, Any]) -> Reply:
        session = self._require_session()
        payload = self._payload({**body, "stream": False})
        try:
            async with session.post(self._url, data=payload, headers=self._headers) as response:
                await self._raise_for_status(response)
                data = await response.read()
        except _TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc
        try:
            message = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise TargetFailure(self.name, "reply is not valid JSON") from exc
        if not isinstance(message, dict) or message.get("type") != "message":
            raise TargetFailure(self.name, "reply is not an Anthropic message")
        chat = anthropic_to_chat(message, self.config.upstream_model)
        return Reply(body=orjson.dumps(chat), usage=chat["usage"])

    async def stream(
        self, operation: Operation, body: dict[str, Any]
    ) -> AsyncGenerator[list[bytes], None]:
        session = self._require_session()
        payload = self._payload({**body, "stream": True})
        try:
            response = await session.post(self._url, data=payload, headers=self._headers)
        except _TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc
        translator = ChatFromAnthropicStream(self.config.upstream_model)
        try:
            await self._raise_for_status(response)
            if "text/event-stream" not in response.headers.get("content-type", ""):
                raise TargetFailure(self.name, "asked for a stream, got no event stream")
            splitter = SSESplitter()
            async for raw in response.content.iter_any():
                batch = [
                    orjson.dumps(chunk)
                    for data in splitter.feed(raw)
                    for chunk in translator.feed(self._event(data))
                ]
                if batch:
                    yield batch
                if translator.ended:
                    return
            raise TargetFailure(self.name, "stream ended without message_stop")
        except _TRANSPORT_ERRORS as exc:
            raise self._failure(exc) from exc
        finally:
            response.release()

    def _event(self, data: bytes) -> dict[str, Any]:
        try:
            event = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise TargetFailure(self.name, "stream event is not valid JSON") from exc
        if not isinstance(event, dict):
            raise TargetFailure(self.name, "stream event is not an object")
        if event.get("type") == "error":
            error = event.get("error")
            kind = error.get("type", "") if isinstance(error, dict) else ""
            raise TargetFailure(self.name, f"stream error: {str(kind)[:60]}")
        return event

    def _require_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise TargetFailure(self.name, "target not started")
        return self._session

    async def _raise_for_status(self, response: aiohttp.ClientResponse) -> None:
        await raise_for_status(self.name, response, openai_error)

    def _failure(self, exc: BaseException) -> TargetFailure:
        if isinstance(exc, asyncio.TimeoutError):
            return TargetFailure(self.name, "timed out", timeout=True)
        return TargetFailure(self.name, f"transport error ({type(exc).__name__})")


KIND = Kind("anthropic", AnthropicTargetConfig, AnthropicTarget)
