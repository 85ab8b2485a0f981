"""Capabilities: a request's image/audio parts become needs; targets say what they accept."""

from __future__ import annotations

from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from meshroute.config import Config
from meshroute.routing.router import needs_of
from standin_upstream import StandinHandle
from support import GatewayFactory

IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
AUDIO = {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}}


def _chat(*parts: object) -> dict[str, object]:
    content = [{"type": "text", "text": "What is this?"}, *parts]
    return {"model": "auto", "messages": [{"role": "user", "content": content}]}


def test_needs_from_content_parts() -> None:
    assert needs_of(_chat()) == frozenset()
    assert needs_of(_chat(IMAGE)) == {"image"}
    assert needs_of(_chat(IMAGE, AUDIO)) == {"image", "audio"}
    assert needs_of({"messages": [{"role": "user", "content": "plain"}]}) == frozenset()
    assert needs_of({"messages": "junk"}) == frozenset()
    assert needs_of({"messages": [None, {"content": [None, 3, {"type": 5}]}]}) == frozenset()


def _config(upstream: StandinHandle, tmp: Path, **gpu: object) -> Config:
    return Config.model_validate(
        {
            "targets": [
                {
                    # text-only edge target; its model is absent (nothing to load for this test),
                    # which does not matter: decide() excludes it by capability before health
                    "name": "edge",
                    "kind": "embedded",
                    "tier": "edge",
                    "zone": "private",
                    "model_path": str(tmp / "absent.gguf"),
                    "models": {"assistant": "v1"},
                },
                {
                    "name": "gpu-box",
                    "kind": "openai",
                    "base_url": upstream.base_url,
                    "upstream_model": "standin-model",
                    "tier": "cloud",
                    "zone": "private",
                    "models": {"assistant": "v1"},
                    **gpu,
                },
            ]
        }
    )


@pytest.fixture(scope="module")
def base_url(
    gateway_factory: GatewayFactory,
    upstream: StandinHandle,
    tmp_path_factory: pytest.TempPathFactory,
) -> str:
    return gateway_factory(_config(upstream, tmp_path_factory.mktemp("m")), features=False)


def test_auto_sends_an_image_to_the_target_that_takes_images(base_url: str) -> None:
    reply = httpx.post(f"{base_url}/chat/completions", json=_chat(IMAGE))
    assert reply.status_code == 200
    assert reply.headers["x-meshroute-target"] == "gpu-box"


def test_audio_nobody_takes_is_a_400_naming_it(base_url: str) -> None:
    reply = httpx.post(f"{base_url}/chat/completions", json=_chat(AUDIO))
    assert reply.status_code == 400
    assert "audio" in reply.json()["error"]["message"]


def test_image_through_the_messages_surface(base_url: str) -> None:
    client = anthropic.Anthropic(base_url=base_url.removesuffix("/v1"), api_key="x", max_retries=0)
    raw = client.messages.with_raw_response.create(
        model="auto",
        max_tokens=20,
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": "image/png",
                            "data": "iVBORw0KGgo=",
                        },
                    },
                    {"type": "text", "text": "What is this?"},
                ],
            }
        ],
    )
    assert raw.headers["x-meshroute-target"] == "gpu-box"


def test_declared_inputs_and_operations(
    gateway_factory: GatewayFactory, upstream: StandinHandle, tmp_path: Path
) -> None:
    config = _config(upstream, tmp_path, inputs=["text", "audio"], operations=["chat"])
    url = gateway_factory(config, features=False)
    assert (
        httpx.post(f"{url}/chat/completions", json=_chat(AUDIO)).headers["x-meshroute-target"]
        == "gpu-box"
    )
    no_image = httpx.post(f"{url}/chat/completions", json=_chat(IMAGE))
    assert no_image.status_code == 400 and "image" in no_image.json()["error"]["message"]
    client = openai.OpenAI(base_url=url, api_key="x", max_retries=0)
    with pytest.raises(openai.BadRequestError) as refused:  # embeddings not offered there
        client.embeddings.create(model="gpu-box/standin-model", input="x")
    assert "embeddings" in refused.value.message


def test_bad_capability_config_names_the_field(upstream: StandinHandle, tmp_path: Path) -> None:
    from meshroute.config import load_config
    from meshroute.errors import ConfigError

    path = tmp_path / "c.yaml"
    path.write_text(
        "targets:\n  - {name: a, kind: openai, base_url: http://x/v1, upstream_model: m,"
        " tier: local, zone: private, inputs: [text, video]}\n"
    )
    with pytest.raises(ConfigError, match=r"targets\[0\]\(a\)\.inputs"):
        load_config(path)
