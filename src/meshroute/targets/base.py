"""The one seam between the gateway and a place a model runs.

A target takes an OpenAI request body (already addressed to it) and returns either a whole
reply or an async stream of SSE payloads. It raises `TargetFailure` when it could not answer
(the next fallback may), and `UpstreamRejected` when it answered with a client error that the
caller should see unchanged (a fallback would reject it the same way).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from meshroute.config import TargetConfig

Operation = Literal["chat", "completions", "embeddings"]
OPERATIONS: tuple[Operation, ...] = ("chat", "completions", "embeddings")


class TargetFailure(Exception):
    """The target could not answer: connection refused, timeout, 5xx, malformed reply."""

    def __init__(
        self,
        target: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        timeout: bool = False,
        detail: str = "",
    ) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason  # safe to show a client: no upstream address
        self.detail = detail  # for the log only (may name the upstream's host:port)
        self.status = status
        self.retry_after = retry_after
        self.timeout = timeout


class UpstreamRejected(Exception):
    """The target answered with a 4xx about the request itself; pass it through unchanged."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__(f"upstream rejected the request with {status}")
        self.status = status
        self.body = body


@dataclass(frozen=True, slots=True)
class Reply:
    """A whole (non-streamed) answer: the upstream's JSON bytes, unchanged, and its usage."""

    body: bytes
    usage: dict[str, Any] | None


C = TypeVar("C", bound=TargetConfig)


class Target(ABC, Generic[C]):
    """A place a model runs. Subclasses are small: start, close, send, stream.

    Errors: raise `TargetFailure` only for what the target did (transport failures, timeouts,
    5xx, malformed replies); a bug of ours must propagate, so it never opens a breaker."""

    def __init__(self, config: C) -> None:
        self.config = config
        self.name = config.name

    @property
    @abstractmethod
    def operations(self) -> frozenset[Operation]:
        """The operations this target serves at all."""

    @property
    def lacks(self) -> frozenset[str]:
        """Capabilities (see routing.router.needs_of) this target cannot honour."""
        return frozenset()

    @property
    def ready(self) -> bool:
        return True

    async def start(self) -> None:
        """Open connections or load the model. Called once at start-up."""

    async def close(self) -> None:
        """Release what start opened."""

    async def probe(self, path: str) -> None:
        """An active health check; raises TargetFailure when unhealthy."""

    @abstractmethod
    async def send(self, operation: Operation, body: dict[str, Any]) -> Reply:
        """Answer a non-streamed request."""

    @abstractmethod
    def stream(
        self, operation: Operation, body: dict[str, Any]
    ) -> AsyncGenerator[list[bytes], None]:
        """Answer a streamed request: yields batches of SSE event data (JSON bytes), without
        [DONE]; a batch is what arrived together, so the relay writes it to the client at once."""
