"""Validation of the OpenAI request bodies the gateway reads itself.

Only what the gateway relies on is checked; every other field passes through unchanged to the
target (extra="allow"), so new OpenAI fields work without a meshroute release.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError

from meshroute.errors import BadRequest
from meshroute.privacy.perimeter import forwarded_strings
from meshroute.privacy.structured import hinted
from meshroute.targets import Operation


def _json_integer(value: Any) -> Any:
    """JSON Schema's integer: 3 and 3.0, never true or "3". Validation is otherwise strict, so
    what the published schema rejects the gateway rejects too, and the other way round."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


JsonInt = Annotated[int, BeforeValidator(_json_integer)]
TokenCount = Annotated[int, Field(ge=1), BeforeValidator(_json_integer)]
ChoiceCount = Annotated[int, Field(ge=1, le=128), BeforeValidator(_json_integer)]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# Deeper than this is no real request (a tool's JSON schema nests a dozen levels), and the
# encoders that forward a body give up near 255 levels: refused as the client's fault, before
# a target is chosen, so a target's breaker never pays for it.
MAX_DEPTH = 64


class StreamOptions(_Open):
    include_usage: bool | None = None


class Message(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class _Generation(_Open):
    model: str = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: str | None = None
    max_tokens: TokenCount | None = None
    max_completion_tokens: TokenCount | None = None
    n: ChoiceCount | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)


class ChatRequest(_Generation):
    messages: list[Message] = Field(min_length=1)
    tools: list[dict[str, Any]] | None = None
    functions: list[dict[str, Any]] | None = None


# Token ids as tokenizers produce them (and as 64-bit JSON parsers can read them).
TokenId = Annotated[int, Field(ge=0, le=2**31 - 1), BeforeValidator(_json_integer)]


class CompletionRequest(_Generation):
    prompt: str | list[str] | list[TokenId] | list[list[TokenId]]


class EmbeddingRequest(_Open):
    model: str = Field(min_length=1)
    input: str | list[str] | list[TokenId] | list[list[TokenId]]
    user: str | None = None


_ADAPTERS: dict[Operation, TypeAdapter[Any]] = {
    "chat": TypeAdapter(ChatRequest),
    "completions": TypeAdapter(CompletionRequest),
    "embeddings": TypeAdapter(EmbeddingRequest),
}


def validate(operation: Operation, body: Any) -> None:
    """Raise BadRequest naming the first offending field, in OpenAI's `param` style."""
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    check_depth(body)
    try:
        _ADAPTERS[operation].validate_python(body, strict=True)
    except ValidationError as exc:
        error = exc.errors()[0]
        param = ".".join(str(part) for part in error["loc"] if not _is_union_tag(part))
        message = error["msg"]
        if error["type"] == "missing":
            message = f"'{param}' is a required property"
        raise BadRequest(f"invalid request: {param}: {message}", param=param or None) from exc


_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "none", "dict", "list"})


def _is_union_tag(part: int | str) -> bool:
    """pydantic names the union member it tried in an error's location (`str`, `list[str]`,
    `function-after[...]`): not a field of the request."""
    return isinstance(part, str) and (part in _TYPE_TAGS or "[" in part)


_CONTAINERS = (dict, list)


def check_depth(body: dict[str, Any], limit: int = MAX_DEPTH) -> None:
    """BadRequest naming the top-level field whose value nests deeper than `limit`.
    Iterative (an explicit stack), so the check itself cannot hit the recursion limit."""
    for name, value in body.items():
        if not isinstance(value, _CONTAINERS):
            continue
        stack: list[tuple[Any, int]] = [(value, 2)]
        while stack:  # only containers are pushed: a scalar cannot nest
            node, depth = stack.pop()
            if depth > limit:
                raise BadRequest(
                    f"invalid request: {name}: nested deeper than {limit} levels",
                    param=str(name)[:64],
                )
            for child in node.values() if isinstance(node, dict) else node:
                if isinstance(child, _CONTAINERS):
                    stack.append((child, depth + 1))


def check_limits(body: dict[str, Any], *, max_messages: int, max_output_tokens: int) -> None:
    """The server's own bounds, beyond what the OpenAI schema says."""
    messages = body.get("messages")
    if isinstance(messages, list) and len(messages) > max_messages:
        raise BadRequest(f"too many messages: {len(messages)} > {max_messages}", param="messages")
    for field in ("max_tokens", "max_completion_tokens"):
        value = body.get(field)
        if isinstance(value, int) and value > max_output_tokens:
            raise BadRequest(
                f"{field} {value} exceeds this server's limit {max_output_tokens}", param=field
            )


def texts_of(operation: Operation, body: dict[str, Any]) -> list[str]:
    """Every string the gateway would forward for this body (privacy.perimeter), the message
    texts (or prompt, or input) last: what the features look at, and what redaction rewrites.
    Each text carries what its field's path says about it (privacy.structured.FieldText: a
    metadata key such as ``customer_name``, a participant's ``name``); the detector reads it."""
    return hinted(forwarded_strings(operation, body))
