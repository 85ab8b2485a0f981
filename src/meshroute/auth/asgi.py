"""The checks one HTTP request goes through, as the handlers call them: key, model, limits.

Framework-free (headers are any str mapping) so the app wires it in a few lines and tests need
no server. Errors are the project's APIError subclasses, with their headers set.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from meshroute.auth.keyfile import ApiKey
from meshroute.auth.limits import Charge, Limiter
from meshroute.auth.policy import (
    S,
    is_admin,
    model_permitted,
    not_permitted_message,
    permitted_states,
)
from meshroute.auth.store import KeyStore
from meshroute.errors import (
    APIError,
    ModelNotFound,
    PermissionDenied,
    RateLimited,
    Unauthorized,
)

# Without max_tokens the answer's length is unknown; charge this much up front and let
# settle() correct it, rather than charging a whole context window.
DEFAULT_MAX_TOKENS = 256
_CHALLENGE = {"www-authenticate": "Bearer"}


@dataclass(slots=True)
class AuthResult:
    """Who is asking (None: the server runs open) and what to do with the answer."""

    key: ApiKey | None
    charge: Charge | None = None
    headers: dict[str, str] = field(default_factory=dict)  # x-ratelimit-*: add to the response

    def settle(self, used_tokens: int | None) -> None:
        """The request's real token count (0 if no target answered; None if unknown)."""
        if self.charge is not None:
            self.charge.settle(used_tokens)

    def states(self, states: Sequence[S], model: str) -> list[S]:
        """The target states this request may be routed to (zones, and models for `auto`)."""
        return permitted_states(self.key, states, model)


def estimate_tokens(texts: Sequence[str], body: Mapping[str, Any]) -> int:
    """Prompt characters / 4 + the answer's budget (max_tokens or max_completion_tokens)."""
    budget = body.get("max_completion_tokens", body.get("max_tokens"))
    if not isinstance(budget, int) or isinstance(budget, bool) or budget < 0:
        budget = 0 if "input" in body else DEFAULT_MAX_TOKENS  # embeddings produce no tokens
    n = body.get("n", 1)
    copies = n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 1
    return sum(len(text) for text in texts) // 4 + 1 + budget * copies


def authenticate(store: KeyStore | None, headers: Mapping[str, str]) -> ApiKey | None:
    """The request's key; Unauthorized (401) without a valid one. None when running open."""
    if store is None:
        return None
    authorization = headers.get("authorization")
    key = store.authenticate(authorization)
    if key is not None:
        return key
    if not authorization:
        raise Unauthorized(
            "You didn't provide an API key. Send it as `Authorization: Bearer mr-...`.",
            headers=dict(_CHALLENGE),
        )
    # Never echo any part of what was sent: it may be a real key for another service.
    raise Unauthorized("Incorrect API key provided.", headers=dict(_CHALLENGE))


async def check_request(
    store: KeyStore | None,
    limiter: Limiter,
    headers: Mapping[str, str],
    *,
    model: str,
    target_names: Collection[str],
    tokens: int,
) -> AuthResult:
    """Key (401), model (404), then limits (429): a refused model costs no quota."""
    key = authenticate(store, headers)
    return await authorize(key, limiter, model=model, target_names=target_names, tokens=tokens)


async def authorize(
    key: ApiKey | None,
    limiter: Limiter,
    *,
    model: str,
    target_names: Collection[str],
    tokens: int,
) -> AuthResult:
    """The checks after authentication, for a handler that authenticates before reading the
    body (so an anonymous client cannot make the server read megabytes first)."""
    if key is None:
        return AuthResult(None)
    if not model_permitted(key, model, target_names):
        raise ModelNotFound(not_permitted_message(model), param="model")
    verdict = await limiter.admit(key, tokens)
    if not verdict.allowed:
        raise RateLimited(
            f"Rate limit reached for key '{key.name}': {verdict.reason}. "
            f"Retry after {verdict.retry_after} s.",
            headers=verdict.headers,
        )
    return AuthResult(key, verdict.charge, verdict.headers)


def require_admin(store: KeyStore | None, headers: Mapping[str, str]) -> ApiKey | None:
    """For `/admin/*`: 401 without a valid key, 403 for a key without `admin`. None when the
    server runs open (no key file): the app decides whether admin routes exist then."""
    key = authenticate(store, headers)
    if key is None or is_admin(key):
        return key
    raise forbidden("This route needs an admin key.")


def forbidden(message: str) -> APIError:
    return PermissionDenied(message)
