"""What the embedded engine is sent and what of its answer reaches the client.

- An output cap: a request that names no `max_tokens` gets the target's `engine.max_tokens`
  (a base or chatty model otherwise runs to the context's end: 2,038 tokens and 45 s for "Hi"
  with the Gemma base model). A client's own `max_tokens` / `max_completion_tokens` wins
  (bounded by `server.max_output_tokens` upstream of here).
- A default temperature (`engine.temperature`, 0.2) when the request names none: llama.cpp's
  0.8 makes a 135M model wander off simple facts more often.
- llama.cpp's own `timings` field is an engine detail, not part of the OpenAI reply: removed.
"""

from __future__ import annotations

from typing import Any

import orjson

from meshroute.config import EngineConfig


def with_defaults(operation: str, body: dict[str, Any], engine: EngineConfig) -> dict[str, Any]:
    """The body with an explicit output limit (llama.cpp reads `max_tokens`) and, unless the
    request names one, the engine's default temperature."""
    if operation == "embeddings":
        return body
    asked = body.get("max_completion_tokens")
    if asked is None:
        asked = body.get("max_tokens")
    limit = asked if isinstance(asked, int) and not isinstance(asked, bool) else engine.max_tokens
    out = {**body, "max_tokens": limit}
    if body.get("temperature") is None and engine.temperature is not None:
        out["temperature"] = engine.temperature
    return out


def without_timings(data: bytes) -> bytes:
    """The engine's JSON without its `timings` object (unchanged when it has none)."""
    if b'"timings"' not in data:
        return data
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError:
        return data
    if not isinstance(parsed, dict) or "timings" not in parsed:
        return data
    del parsed["timings"]
    return orjson.dumps(parsed)
