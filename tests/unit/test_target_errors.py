"""Each kind maps only transport failures to TargetFailure; a bug of ours propagates, so it
never counts against a target's breaker (issue 12), and a client never reads the upstream's
address (issue 9: it goes to the log via TargetFailure.detail)."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest

from meshroute.config import TargetConfig
from meshroute.targets import TargetFailure
from meshroute.targets.openai_http import OpenAIHTTPTarget
from support import free_port


def _target(port: int) -> OpenAIHTTPTarget:
    config = TargetConfig.model_validate(
        {
            "name": "box",
            "kind": "openai",
            "base_url": f"http://127.0.0.1:{port}/v1",
            "upstream_model": "m",
            "tier": "local",
            "zone": "private",
        }
    )
    assert isinstance(config, TargetConfig)
    return OpenAIHTTPTarget(config)  # type: ignore[arg-type]


async def _send(target: OpenAIHTTPTarget, body: dict[str, Any], stream: bool) -> None:
    await target.start()
    try:
        if stream:
            async for _ in target.stream("chat", body):
                pass
        else:
            await target.send("chat", body)
    finally:
        await target.close()


@pytest.mark.parametrize("stream", [False, True])
def test_our_serialisation_error_is_not_a_target_failure(stream: bool) -> None:
    body = {"messages": [{"role": "user", "content": {1, 2}}]}  # a set: orjson cannot
    with pytest.raises(orjson.JSONEncodeError):
        asyncio.run(_send(_target(free_port()), body, stream))


@pytest.mark.parametrize("stream", [False, True])
def test_a_refused_connection_is_a_target_failure_without_the_address(stream: bool) -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(TargetFailure) as failure:
        asyncio.run(_send(_target(port), {"messages": []}, stream))
    assert str(port) not in failure.value.reason and "127.0.0.1" not in failure.value.reason
    assert str(port) in failure.value.detail  # for the log
