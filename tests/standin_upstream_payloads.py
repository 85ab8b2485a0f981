"""The stand-in upstream's answers (tests/standin_upstream.py): OpenAI-shaped chat, completion,
embedding and model-list bodies, plain or as SSE chunks, and error bodies. A stand-in, not a
model: the text is "stand-in reply to: <first 40 chars of the last user message>"."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import time
from dataclasses import dataclass, field
from typing import Any

from orjson import dumps as _dumps


@dataclass
class Reply:
    """A whole answer (`body`) or an SSE stream (`chunks`), built before any fault shapes it."""

    status: int = 200
    body: bytes = b""
    chunks: list[bytes] | None = None
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)


def error_reply(
    status: int,
    message: str,
    kind: str = "invalid_request_error",
    code: str | None = None,
    headers: list[tuple[str, str]] | None = None,
) -> Reply:
    err = {"message": message, "type": kind, "param": None, "code": code}
    return Reply(status=status, body=_dumps({"error": err}), headers=headers or [])


def _text(content: Any) -> str:
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def _sse(obj: Any) -> bytes:
    return b"data: " + _dumps(obj) + b"\n\n"


def _choice(finish: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": 0, **fields, "logprobs": None, "finish_reason": finish}


def _stop_cut(body: dict[str, Any], text: str) -> tuple[str, dict[str, str]]:
    """`stop` as vLLM honours it: the text ends before the first stop string in it, and the
    finishing choice names that string in `stop_reason` (OpenAI and llama.cpp do not say)."""
    stop = body.get("stop")
    stops = [stop] if isinstance(stop, str) else stop if isinstance(stop, list) else []
    found = [(text.find(s), s) for s in stops if isinstance(s, str) and s and s in text]
    if not found:
        return text, {}
    at, matched = min(found)
    return text[:at], {"stop_reason": matched}


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


class Payloads:
    """Builds the OpenAI-shaped answers (deterministic apart from `created`)."""

    def __init__(self, model: str) -> None:
        self.model, self.n = model, 0

    def _head(self, body: dict[str, Any], prefix: str, obj: str) -> dict[str, Any]:
        self.n += 1
        return {
            "id": f"{prefix}-standin-{self.n}",
            "object": obj,
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "system_fingerprint": "standin",
        }

    @staticmethod
    def _words(body: dict[str, Any], prompt: str) -> tuple[list[str], str, dict[str, str]]:
        """The answer's words, its finish reason, and vLLM's `stop_reason` if a stop matched."""
        text, stopped = _stop_cut(body, f"stand-in reply to: {prompt[:40]}")
        words = text.split()
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        if isinstance(limit, int) and 0 < limit < len(words):
            return words[:limit], "length", {}
        return words, "stop", stopped

    def _reply(
        self,
        body: dict[str, Any],
        prefix: str,
        obj: str,
        whole: dict[str, Any],
        deltas: list[dict[str, Any]],
        usage: dict[str, int],
    ) -> Reply:
        """`whole`: the choice of a plain answer; `deltas`: the choices of a streamed one."""
        stream = bool(body.get("stream"))
        head = self._head(body, prefix, obj + (".chunk" if stream and prefix == "chatcmpl" else ""))
        if not stream:
            return Reply(body=_dumps({**head, "choices": [whole], "usage": usage}))
        chunks = [_sse({**head, "choices": [d]}) for d in deltas]
        opts = body.get("stream_options")
        if isinstance(opts, dict) and opts.get("include_usage"):
            chunks.append(_sse({**head, "choices": [], "usage": usage}))
        chunks.append(b"data: [DONE]\n\n")
        return Reply(chunks=chunks, content_type="text/event-stream")

    def chat(self, body: dict[str, Any]) -> Reply:
        msgs = [m for m in body.get("messages") or [] if isinstance(m, dict)]
        if not msgs:
            return error_reply(400, "'messages' must be a non-empty list")
        user = [_text(m.get("content")) for m in msgs if m.get("role") == "user"]
        words, finish, stopped = self._words(body, user[-1] if user else "")
        usage = _usage(sum(len(_text(m.get("content")).split()) for m in msgs), len(words))
        msg: dict[str, Any] = {"role": "assistant", "content": " ".join(words)}
        pieces: list[dict[str, Any]] = [
            {"content": w if i == 0 else " " + w} for i, w in enumerate(words)
        ]
        size = body.get("standin_chunk_chars")  # stream in N-character pieces instead of words
        if isinstance(size, int) and size > 0:
            text = msg["content"]
            pieces = [{"content": text[i : i + size]} for i in range(0, len(text), size)]
        tools = body.get("tools")
        if isinstance(tools, list) and tools and isinstance(tools[0], dict):
            name = str((tools[0].get("function") or {}).get("name", "tool"))
            call = {
                "id": "call_standin_0",
                "type": "function",
                "function": {"name": name, "arguments": "{}"},
            }
            msg, finish = {"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls"
            pieces, stopped = [{"tool_calls": [{"index": 0, **call}]}], {}
        deltas = [_choice(delta={"role": "assistant", "content": ""})]
        deltas += [_choice(delta=p) for p in pieces] + [_choice(finish, delta={}, **stopped)]
        whole = _choice(finish, message=msg, **stopped)
        return self._reply(body, "chatcmpl", "chat.completion", whole, deltas, usage)

    def completion(self, body: dict[str, Any]) -> Reply:
        prompt = body.get("prompt")
        if isinstance(prompt, list):
            prompt = next((p for p in prompt if isinstance(p, str)), "")
        if not isinstance(prompt, str):
            return error_reply(400, "'prompt' must be a string")
        words, finish, stopped = self._words(body, prompt)
        deltas = [_choice(text=w if i == 0 else " " + w) for i, w in enumerate(words)]
        return self._reply(
            body,
            "cmpl",
            "text_completion",
            _choice(finish, text=" ".join(words), **stopped),
            [*deltas, _choice(finish, text="", **stopped)],
            _usage(len(prompt.split()), len(words)),
        )

    def embeddings(self, body: dict[str, Any]) -> Reply:
        raw = body.get("input")
        items = raw if isinstance(raw, list) and raw and not isinstance(raw[0], int) else [raw]
        dims = body.get("dimensions")
        dims = max(1, min(dims, 4096)) if isinstance(dims, int) else 8
        data, tokens = [], 0
        for i, item in enumerate(items[:2048]):
            text = item if isinstance(item, str) else json.dumps(item)
            tokens += len(text.split())
            vec = [round(b / 127.5 - 1.0, 4) for b in hashlib.shake_128(text.encode()).digest(dims)]
            emb: Any = vec
            if body.get("encoding_format") == "base64":
                emb = base64.b64encode(struct.pack(f"<{dims}f", *vec)).decode()
            data.append({"object": "embedding", "index": i, "embedding": emb})
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        return Reply(
            body=_dumps(
                {
                    "object": "list",
                    "data": data,
                    "model": body.get("model") or self.model,
                    "usage": usage,
                }
            )
        )

    def models(self) -> Reply:
        card = {"id": self.model, "object": "model", "created": 0, "owned_by": "standin"}
        return Reply(body=_dumps({"object": "list", "data": [card]}))
