"""A STAND-IN for a private GPU server (vLLM, llama.cpp server, TGI): OpenAI-compatible, no model.

It lets the Compose mesh run on one machine with no GPU: it answers at once, deterministically
("stand-in GPU reply (<model>): <first 40 characters of the last user message>"), plain or
streamed, with usage counts, so routing, failover and the ledger can be seen end to end. Replace the
`gpu` service with your real server. Runs in the meshroute image (Starlette and uvicorn are there):

    python3 standin_gpu.py --host 0.0.0.0 --port 8000 --model qwen2.5-7b-instruct
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MAX_BODY = 1 << 20  # a stand-in has no reason to read more


def _error(status: int, message: str) -> JSONResponse:
    body = {
        "error": {"message": message, "type": "invalid_request_error", "param": None, "code": None}
    }
    return JSONResponse(body, status_code=status)


def _last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                content = " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
            return str(content or "")
    return ""


def build_app(model: str) -> Starlette:
    async def models(request: Request) -> Response:
        return JSONResponse(
            {
                "object": "list",
                "data": [{"id": model, "object": "model", "created": 0, "owned_by": "standin-gpu"}],
            }
        )

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def chat(request: Request) -> Response:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return _error(413, "request too large")
        try:
            body = json.loads(raw)
        except ValueError:
            return _error(400, "body is not JSON")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "messages must be a list")
        text = f"stand-in GPU reply ({model}): {_last_user_text(body)[:40]}"
        usage = {
            "prompt_tokens": len(raw) // 4,
            "completion_tokens": len(text.split()),
            "total_tokens": len(raw) // 4 + len(text.split()),
        }
        ident, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        if not body.get("stream"):
            return JSONResponse(
                {
                    "id": ident,
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": text},
                        }
                    ],
                    "usage": usage,
                }
            )
        return StreamingResponse(
            _events(ident, created, model, text, usage), media_type="text/event-stream"
        )

    return Starlette(
        routes=[
            Route("/v1/models", models, methods=["GET"]),
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


async def _events(
    ident: str, created: int, model: str, text: str, usage: dict[str, int]
) -> AsyncIterator[bytes]:
    head = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model}
    for index, word in enumerate(text.split(" ")):
        delta = {"content": word if index == 0 else f" {word}"}
        chunk = {**head, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
        yield f"data: {json.dumps(chunk)}\n\n".encode()
    last = {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": usage}
    yield f"data: {json.dumps(last)}\n\ndata: [DONE]\n\n".encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--model", default="standin-gpu-model")
    args = parser.parse_args()
    uvicorn.run(build_app(args.model), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
