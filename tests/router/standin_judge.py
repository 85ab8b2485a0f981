"""A STAND-IN for a big model and a judge (a real HTTP server, not a model), for shadow tests.

POST /v1/chat/completions:
- a judge request (the shadow judge's system prompt): answers "A" or "B" for the answer that
  contains THOROUGH, "TIE" when both or neither do;
- any other request: "THOROUGH answer ..." when the last message asks to "explain in depth",
  "I'm sorry, but I can't help with that." when it says "refuse", else "plain answer"; with
  `logprobs: true` each token gets log-probability -2.0 (probability 0.14) when the message says
  "unsure", else -0.05; finish_reason "length" when it says "ramble". Every request's last
  message is kept in `seen` for assertions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from meshroute.shadow.judge import INSTRUCTIONS
from support import ServerThread, free_port

_BLOCK = re.compile(r"\[answer A\]\n(.*?)\n\n\[answer B\]\n(.*?)\n\nWhich answer", re.S)


@dataclass
class Standin:
    base_url: str
    seen: list[str] = field(default_factory=list)
    judged: int = 0


def _reply(content: str, logprob: float | None = None, finish: str = "stop") -> JSONResponse:
    choice: dict[str, Any] = {
        "index": 0,
        "finish_reason": finish,
        "message": {"role": "assistant", "content": content},
    }
    if logprob is not None:
        tokens = [{"token": word, "logprob": logprob} for word in content.split()]
        choice["logprobs"] = {"content": tokens}
    return JSONResponse(
        {
            "id": "standin",
            "object": "chat.completion",
            "created": 0,
            "model": "standin-judge",
            "choices": [choice],
            "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
        }
    )


@contextmanager
def run_judge() -> Iterator[Standin]:
    port = free_port()
    state = Standin(f"http://127.0.0.1:{port}/v1")

    async def chat(request: Request) -> JSONResponse:
        body: dict[str, Any] = await request.json()
        messages = body["messages"]
        last = str(messages[-1]["content"])
        state.seen.append(last)
        if messages[0].get("content") == INSTRUCTIONS:
            state.judged += 1
            found = _BLOCK.search(last)
            a, b = (found.group(1), found.group(2)) if found else ("", "")
            wins_a, wins_b = "THOROUGH" in a, "THOROUGH" in b
            return _reply("A" if wins_a and not wins_b else "B" if wins_b and not wins_a else "TIE")
        logprob = (-2.0 if "unsure" in last else -0.05) if body.get("logprobs") else None
        finish = "length" if "ramble" in last else "stop"
        if "explain in depth" in last:
            return _reply("THOROUGH answer with every step", logprob, finish)
        if "refuse" in last:
            return _reply("I'm sorry, but I can't help with that.", logprob, finish)
        return _reply("plain answer", logprob, finish)

    server = ServerThread(
        Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])]), port
    )
    server.start()
    try:
        yield state
    finally:
        server.stop()
