"""The privacy perimeter: every string of a request body that the gateway forwards to a
target, with its path. Scanning (``api.schemas.texts_of``), redaction and restoration
(``api.redacting``) all read this one list, so no field can be forwarded unscanned.

The walk is generic on purpose: OpenAI adds fields often, and any field the gateway does not
know passes through to the target (DESIGN.md), so "every string anywhere in the body" is the only
safe perimeter. Left out are only values the gateway never forwards (the top-level ``model``,
which each target replaces by its own) and fixed vocabulary in structural slots (``"role":
"user"``, ``"type": "text"``): a value outside that vocabulary is scanned like any other. Dict
keys are strings too (``metadata`` keys, JSON-schema property names): they are scanned, and a
redacted key is renamed.

Order: every other string first, then the message contents (or prompt, or input) in order, so
that the last text is still the request itself for the complexity scorer.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["MAX_DEPTH", "Field", "forwarded_strings", "with_texts"]

Path = tuple[str | int, ...]
MAX_DEPTH = 64  # deeper JSON is not walked: see ``forwarded_strings``

# Slots whose value is usually a fixed word, and the words: such a value carries no data.
_STRUCTURAL_KEYS = frozenset(
    {"role", "type", "detail", "tool_choice", "reasoning_effort", "service_tier", "verbosity",
     "format", "object", "modalities", "encoding_format", "finish_reason", "truncation"}
)  # fmt: skip
_VOCABULARY = frozenset(
    {"system", "developer", "user", "assistant", "tool", "function", "text", "image_url",
     "input_audio", "file", "refusal", "json_schema", "json_object", "content", "auto", "none",
     "required", "low", "medium", "high", "minimal", "default", "flex", "priority", "scale",
     "string", "number", "integer", "boolean", "object", "array", "null", "float", "base64",
     "wav", "mp3", "audio", "image", "input_text", "output_text", "input_image", "message",
     "function_call", "function_call_output", "disabled", "enabled", "url", "tool_use",
     "tool_result", "thinking", "date-time", "date", "email", "uri", "uuid"}
)  # fmt: skip
# Field names of the OpenAI, Responses and Messages schemas: as dict keys they carry no data.
_KNOWN_KEYS = frozenset(
    {"model", "messages", "role", "content", "name", "type", "text", "image_url", "url",
     "detail", "input_audio", "data", "format", "file", "file_id", "file_data", "filename",
     "tool_calls", "id", "function", "arguments", "tool_call_id", "function_call", "functions",
     "tools", "description", "parameters", "properties", "required", "items", "enum",
     "additionalProperties", "strict", "tool_choice", "response_format", "json_schema",
     "schema", "prediction", "stop", "user", "metadata", "stream", "stream_options",
     "include_usage", "max_tokens", "max_completion_tokens", "n", "temperature", "top_p",
     "frequency_penalty", "presence_penalty", "logit_bias", "logprobs", "top_logprobs", "seed",
     "service_tier", "store", "parallel_tool_calls", "reasoning_effort", "modalities", "audio",
     "voice", "prompt", "suffix", "echo", "best_of", "input", "encoding_format", "dimensions",
     "refusal", "anyOf", "oneOf", "allOf", "$ref", "$defs", "definitions", "default", "title",
     "minimum", "maximum", "minLength", "maxLength", "pattern", "const", "examples",
     "verbosity", "web_search_options", "safety_identifier", "prompt_cache_key"}
)  # fmt: skip


_CONTAINERS = (dict, list)
_WALKED = (str, dict, list)  # the JSON values that may hold a string


@dataclass(frozen=True, slots=True)
class Field:
    """One forwarded string: the value at ``path``, or (``key=True``) the name of the dict key
    at ``path``."""

    path: Path
    text: str
    key: bool = False

    @property
    def name(self) -> str:
        """The path as text, without list indices: ``messages.tool_calls.function.arguments``."""
        return ".".join(str(p) for p in self.path if isinstance(p, str)) + (
            " (key)" if self.key else ""
        )


def _content_paths(operation: str, body: dict[str, Any]) -> dict[Path, None]:
    """The paths of the request itself (message texts, prompt, input), in request order: a
    dict as an ordered set, so the contents need no sort afterwards."""
    paths: dict[Path, None] = {}
    if operation == "chat":
        for i, message in enumerate(body.get("messages") or ()):
            content = message.get("content") if isinstance(message, dict) else None
            if isinstance(content, str):
                paths["messages", i, "content"] = None
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        paths["messages", i, "content", j, "text"] = None
        return paths
    field = "prompt" if operation == "completions" else "input"
    value = body.get(field)
    if isinstance(value, str):
        paths[(field,)] = None
    elif isinstance(value, list):
        paths.update({(field, i): None for i, v in enumerate(value) if isinstance(v, str)})
    return paths


def forwarded_strings(operation: str, body: dict[str, Any]) -> list[Field]:
    """Every string the gateway forwards for this body, other fields first, then the content.

    JSON nested deeper than ``MAX_DEPTH`` (the gateway answers 400 before that, see
    ``api.schemas``) is reported as one field holding all its strings, so it is still scanned;
    redacting that field replaces the whole subtree by its redacted text."""
    content = _content_paths(operation, body)
    others: list[Field] = []
    contents: dict[Path, Field] = {}
    stack: list[tuple[Path, Any, str | None]] = [((), body, None)]
    push = stack.append
    while stack:
        path, value, parent_key = stack.pop()
        if isinstance(value, str):
            if path in content:
                contents[path] = Field(path, value)
            elif not (parent_key in _STRUCTURAL_KEYS and value in _VOCABULARY):
                others.append(Field(path, value))
        elif len(path) >= MAX_DEPTH and isinstance(value, _CONTAINERS):
            others.append(Field(path, _flatten(value)))
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if not path and key == "model":
                    continue  # replaced by each target's own model name
                if isinstance(key, str) and key not in _KNOWN_KEYS:
                    others.append(Field((*path, key), key, key=True))
                if isinstance(item, _WALKED):  # numbers, booleans, null: nothing to forward
                    push(((*path, key), item, key))
        elif isinstance(value, list):
            for index in range(len(value) - 1, -1, -1):
                item = value[index]
                if isinstance(item, _WALKED):
                    push(((*path, index), item, parent_key))
    return others + [contents[p] for p in content if p in contents]


def _flatten(value: Any) -> str:
    """The strings of a subtree too deep to walk, joined (an explicit stack, no recursion)."""
    out: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
            out.extend(k for k in item if isinstance(k, str))
        elif isinstance(item, list):
            stack.extend(item)
    return "\n".join(out)


def with_texts(
    body: dict[str, Any], fields: Sequence[Field], texts: Sequence[str]
) -> dict[str, Any]:
    """A copy of ``body`` where each field holds the given text (keys renamed)."""
    if len(fields) != len(texts):
        raise ValueError("one text per field")
    changed = [(f, t) for f, t in zip(fields, texts, strict=True) if t != f.text]
    if not changed:
        return body
    out: dict[str, Any] = copy.deepcopy(body)
    for field, text in changed:
        if not field.key:
            _set(out, field.path, text)
    # Keys last, deepest first, so that renaming a key does not break a path below it.
    for field, text in sorted(
        ((f, t) for f, t in changed if f.key), key=lambda ft: -len(ft[0].path)
    ):
        parent = _get(out, field.path[:-1])
        if isinstance(parent, dict) and field.text in parent:
            parent[text] = parent.pop(field.text)
    return out


def _get(root: Any, path: Path) -> Any:
    node = root
    for part in path:
        node = node[part]
    return node


def _set(root: Any, path: Path, value: Any) -> None:
    parent = _get(root, path[:-1])
    if len(path) >= MAX_DEPTH + 1 or isinstance(parent, dict | list):
        parent[path[-1]] = value
