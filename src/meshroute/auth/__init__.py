"""API keys (hashed in a key file), per-key limits and access policy."""

from meshroute.auth.asgi import (
    AuthResult,
    authenticate,
    authorize,
    check_request,
    estimate_tokens,
    require_admin,
)
from meshroute.auth.keyfile import ApiKey, KeyFileError, key_file_path
from meshroute.auth.limits import Charge, Limiter, RateLimiter, Verdict
from meshroute.auth.policy import allowed_zones, is_admin, model_permitted, permitted_states
from meshroute.auth.store import KeyStore

__all__ = [
    "ApiKey",
    "AuthResult",
    "Charge",
    "KeyFileError",
    "KeyStore",
    "Limiter",
    "RateLimiter",
    "Verdict",
    "allowed_zones",
    "authenticate",
    "authorize",
    "check_request",
    "estimate_tokens",
    "is_admin",
    "key_file_path",
    "model_permitted",
    "permitted_states",
    "require_admin",
]
