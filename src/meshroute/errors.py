"""The one error tree of meshroute.

MeshrouteError
 +-- ConfigError              a config file is wrong (the CLI prints it; the server does not start)
 +-- APIError                 becomes an OpenAI error body with its HTTP status
      +-- BadRequest          400 invalid_request_error
      +-- Unauthorized        401
      +-- PermissionDenied    403 (a user key on an admin route)
      +-- ModelNotFound       404 model_not_found
      +-- RequestTimeout      408 (the request body arrived too slowly)
      +-- PayloadTooLarge     413
      +-- RateLimited         429
      +-- NoTargetAvailable   503 (nothing may or can answer)
      +-- UpstreamError       502/504: every allowed target failed
"""

from __future__ import annotations


class MeshrouteError(Exception):
    """Base of every error meshroute raises on purpose."""


class ConfigError(MeshrouteError):
    """A config file is invalid; the message names the file, field path and problem."""


class APIError(MeshrouteError):
    status = 500
    type = "server_error"
    code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, dict[str, str | None]]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


class BadRequest(APIError):
    status = 400
    type = "invalid_request_error"


class Unauthorized(APIError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class PermissionDenied(APIError):
    status = 403
    type = "permission_error"
    code = "insufficient_permissions"


class ModelNotFound(APIError):
    status = 404
    type = "invalid_request_error"
    code = "model_not_found"


class RequestTimeout(APIError):
    status = 408
    type = "invalid_request_error"
    code = "request_timeout"


class PayloadTooLarge(APIError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class RateLimited(APIError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class NoTargetAvailable(APIError):
    status = 503
    type = "service_unavailable"
    code = "no_target_available"


class UpstreamError(APIError):
    status = 502
    type = "upstream_error"
    code = "upstream_failed"

    def __init__(self, message: str, *, status: int = 502, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.status = status
