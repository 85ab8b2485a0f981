"""The edge model, in-process: llama.cpp's own server loop through xllamacpp.

xllamacpp ships prebuilt CPU wheels (nothing compiles on the user's machine, unlike
llama-cpp-python) and exposes llama.cpp's server handlers in-process: OpenAI-shaped replies,
continuous batching over `engine.parallel` slots, chat templates, token streaming.

Its handlers block until the answer is complete, calling back once per streamed chunk, so each
request runs on a worker thread (the engine releases the GIL) and chunks cross to the event
loop through a queue.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import Field

from meshroute.config import EngineConfig, TargetConfig
from meshroute.targets.base import Operation, Reply, Target, TargetFailure, UpstreamRejected
from meshroute.targets.default_model import SERVED_NAME, resolve_default
from meshroute.targets.edge_output import with_defaults, without_timings
from meshroute.targets.kinds import Kind

_END = object()


def packaged_model_path() -> Path:
    """The default model's GGUF (see targets/default_model.py)."""
    return resolve_default().path


class EmbeddedTargetConfig(TargetConfig):
    """`kind: embedded`: llama.cpp in this process."""

    kind: Literal["embedded"]
    model_path: str | None = None  # None: the packaged default model
    engine: EngineConfig = Field(default_factory=EngineConfig)

    @property
    def served_model_name(self) -> str:
        return Path(self.model_path).stem if self.model_path else SERVED_NAME


class EmbeddedTarget(Target[EmbeddedTargetConfig]):
    def __init__(self, config: EmbeddedTargetConfig) -> None:
        super().__init__(config)
        self._server: Any = None
        self._executor: ThreadPoolExecutor | None = None
        self._load_error: str | None = None

    @property
    def operations(self) -> frozenset[Operation]:
        if self.config.engine.embeddings:
            return frozenset({"embeddings"})
        return frozenset({"chat", "completions"})

    @property
    def ready(self) -> bool:
        return self._server is not None

    @property
    def lacks(self) -> frozenset[str]:
        # Silently dropping tools or n would change the answer's meaning: the policy skips
        # this target for such requests, and answers 400 if no other target may take them.
        return frozenset({"tools", "n>1"})

    async def start(self) -> None:
        engine = self.config.engine
        # One worker per slot plus one: more would only queue inside the engine.
        self._executor = ThreadPoolExecutor(
            max_workers=engine.parallel + 1, thread_name_prefix=f"embedded-{self.name}"
        )
        loop = asyncio.get_running_loop()
        try:
            self._server = await loop.run_in_executor(self._executor, self._load)
        except Exception as exc:
            self._load_error = f"{type(exc).__name__}: {exc}"
            raise

    def _load(self) -> Any:
        # Busy-waiting OpenMP threads starve the event loop and the other requests on a small
        # box; passive waiting costs little. Must be set before the engine library loads.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import xllamacpp

        engine = self.config.engine
        default = None if self.config.model_path else resolve_default()
        path = default.path if default else Path(str(self.config.model_path))
        if not path.is_file():
            raise FileNotFoundError(f"model_path {path} is not a file")
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.n_ctx = engine.context
        params.n_parallel = engine.parallel
        params.cpuparams.n_threads = engine.threads
        params.cpuparams_batch.n_threads = engine.batch_threads or engine.threads
        params.verbosity = -1
        params.model_alias = {self.config.served_model_name}  # not the local file path
        params.embedding = engine.embeddings
        template = engine.chat_template
        if template is None and default is not None:
            # The default instruct model: its GGUF's own template through llama.cpp's built-in
            # matcher (its Jinja path adds SmolLM's stock system prompt, and 2 of 3 "capital of
            # France" answers went wrong); the Gemma base fallback: the Gemma turn format.
            template = default.chat_template
            params.use_jinja = False
        if template:
            # A named built-in template; the Jinja path ignores it and falls back to raw text.
            params.chat_template = template
            params.use_jinja = False
        return xllamacpp.Server(params)

    async def close(self) -> None:
        server, self._server = self._server, None
        executor, self._executor = self._executor, None
        if executor is not None:
            # Off the event loop: a generation still running (a reload) must not stall it.
            await asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)
        del server  # the engine's destructor joins its loop thread

    def _handler(self, operation: Operation) -> Callable[..., Any]:
        if self._server is None:
            raise TargetFailure(self.name, self._load_error or "model not loaded")
        if operation == "chat":
            return self._server.handle_chat_completions  # type: ignore[no-any-return]
        if operation == "completions":
            return self._server.handle_completions  # type: ignore[no-any-return]
        return self._server.handle_embeddings  # type: ignore[no-any-return]

    async def send(self, operation: Operation, body: dict[str, Any]) -> Reply:
        handler = self._handler(operation)
        payload = orjson.dumps(
            {**with_defaults(operation, body, self.config.engine), "stream": False}
        )
        loop = asyncio.get_running_loop()
        if operation == "embeddings":
            data = await loop.run_in_executor(self._executor, handler, payload)
        else:
            data = await loop.run_in_executor(self._executor, _call_once, handler, payload)
        parsed = _parse(self.name, data)
        usage = parsed.get("usage")
        return Reply(body=without_timings(data), usage=usage if isinstance(usage, dict) else None)

    async def stream(
        self, operation: Operation, body: dict[str, Any]
    ) -> AsyncGenerator[list[bytes], None]:
        handler = self._handler(operation)
        payload = orjson.dumps(
            {**with_defaults(operation, body, self.config.engine), "stream": True}
        )
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancelled = False

        def on_chunk(chunk: bytes) -> bool:
            loop.call_soon_threadsafe(queue.put_nowait, chunk)
            return cancelled  # True asks the engine to stop generating: the client has gone

        def run() -> None:
            try:
                handler(payload, on_chunk)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, _END)

        future = loop.run_in_executor(self._executor, run)
        first = True
        try:
            while True:
                batch = [await queue.get()]
                while not queue.empty():  # whatever else the engine produced meanwhile
                    batch.append(queue.get_nowait())
                ended = batch[-1] is _END
                chunks: list[bytes] = batch[:-1] if ended else batch
                if first and chunks:
                    _raise_if_error(self.name, chunks[0])
                    first = False
                if chunks:
                    yield [without_timings(chunk) for chunk in chunks]
                if ended:
                    return
        finally:
            cancelled = True
            await asyncio.shield(future)


def _call_once(handler: Callable[..., Any], payload: bytes) -> bytes:
    """Non-streamed call: the engine delivers the whole answer through one callback."""
    result: list[bytes] = []

    def collect(data: bytes) -> bool:
        result.append(data)
        return False

    handler(payload, collect)
    return b"".join(result)


def _parse(target: str, data: bytes | str) -> dict[str, Any]:
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise TargetFailure(target, "engine returned invalid JSON") from exc
    if not isinstance(parsed, dict):
        raise TargetFailure(target, "engine returned a non-object")
    if "error" in parsed:
        _raise_engine_error(target, parsed["error"])
    return parsed


def _raise_if_error(target: str, chunk: bytes) -> None:
    if chunk.startswith(b'{"error"'):
        _parse(target, chunk)


def _raise_engine_error(target: str, error: Any) -> None:
    code = error.get("code", 500) if isinstance(error, dict) else 500
    message = error.get("message", "engine error") if isinstance(error, dict) else str(error)
    if isinstance(code, int) and 400 <= code < 500:
        body = {
            "error": {
                "message": message,
                "type": "invalid_request_error",
                "param": None,
                "code": None,
            }
        }
        raise UpstreamRejected(400, orjson.dumps(body))
    raise TargetFailure(target, f"engine error {code}: {message}"[:200])


KIND = Kind("embedded", EmbeddedTargetConfig, EmbeddedTarget)
