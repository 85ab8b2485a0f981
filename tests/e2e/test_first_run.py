"""A new user's first run: `meshroute serve` with no config, then a simple question.

The built-in default config serves the packaged instruction-tuned edge model
(SmolLM2-135M-Instruct, see targets/default_model.py); it must answer sensibly and end its
answer by itself (a rambling model runs to the output cap and fails here). Greedy decoding
(temperature 0) makes the answer the same on every run; the request sends no max_tokens, so
the target's own cap (256 tokens) bounds it, and the client's timeout is generous for a loaded
machine (the answer is 8 tokens).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openai

from support import free_port, wait_ready


def test_serve_without_config_answers_a_simple_question(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "meshroute.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        root = f"http://127.0.0.1:{port}"
        wait_ready(root, timeout=120)  # the first run may fetch the model (about 4 s)
        client = openai.OpenAI(
            base_url=f"{root}/v1", api_key="unused", max_retries=0, timeout=120.0
        )
        reply = client.chat.completions.with_raw_response.create(
            model="auto",
            messages=[{"role": "user", "content": "What is the capital of France?"}],
            temperature=0,
            seed=7,
        )
        completion = reply.parse()
        answer = completion.choices[0].message.content or ""
        assert "Paris" in answer, answer
        assert completion.choices[0].finish_reason == "stop", answer  # ended, not cut at the cap
        assert reply.headers["x-meshroute-target"] == "edge"
        assert completion.model == "smollm2-135m-instruct"
        # No request cap was sent: the target's default output cap applied (256 tokens).
        assert completion.usage is not None and completion.usage.completion_tokens <= 256
        assert "timings" not in reply.http_response.json()  # llama.cpp's own field stays inside
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output[-2000:]
