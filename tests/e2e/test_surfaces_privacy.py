"""The Responses and Messages surfaces go through the same privacy perimeter as chat: the
sensitivity scan runs on the translated request, so personal data stays on private targets.
Two stand-in OpenAI-compatible upstreams (real HTTP servers, not models): a private box and a
public cloud."""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import openai
import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory

SENSITIVE = "Email jane.doe@example.com the contract and call +1 415 555 0100."


@pytest.fixture(scope="module")
def upstreams() -> Iterator[tuple[StandinHandle, StandinHandle]]:
    with run_standin(model="box-model") as box, run_standin(model="cloud-model") as cloud:
        yield box, cloud


@pytest.fixture(scope="module")
def root(gateway_factory: GatewayFactory, upstreams: tuple[StandinHandle, StandinHandle]) -> str:
    box, cloud = upstreams
    common = {"kind": "openai", "models": {"assistant": "v1"}}
    config = Config.model_validate(
        {
            "targets": [
                {**common, "name": "box", "base_url": box.base_url,
                 "upstream_model": "box-model", "tier": "local", "zone": "private"},
                {**common, "name": "cloud", "base_url": cloud.base_url,
                 "upstream_model": "cloud-model", "tier": "cloud", "zone": "public",
                 "price": {"input_per_mtok": 0.1, "output_per_mtok": 0.1}},
            ]
        }
    )  # fmt: skip
    return gateway_factory(config).removesuffix("/v1")  # with the real detector and scorer


def test_messages_with_personal_data_never_reach_the_public_pin(
    root: str, upstreams: tuple[StandinHandle, StandinHandle]
) -> None:
    _, cloud = upstreams
    before = cloud.stats()["requests"]
    client = anthropic.Anthropic(base_url=root, api_key="x", max_retries=0)
    with pytest.raises(anthropic.APIStatusError) as refused:
        client.messages.create(
            model="cloud/cloud-model",
            max_tokens=20,
            messages=[{"role": "user", "content": SENSITIVE}],
        )
    assert refused.value.status_code == 503
    assert isinstance(refused.value.body, dict) and refused.value.body["type"] == "error"
    assert "jane.doe" not in str(refused.value.body)
    assert cloud.stats()["requests"] == before


def test_responses_with_personal_data_stay_private_under_auto(
    root: str, upstreams: tuple[StandinHandle, StandinHandle]
) -> None:
    _, cloud = upstreams
    before = cloud.stats()["requests"]
    client = openai.OpenAI(base_url=f"{root}/v1", api_key="x", max_retries=0)
    raw = client.responses.with_raw_response.create(model="auto", input=SENSITIVE)
    assert raw.headers["x-meshroute-target"] == "box"
    assert raw.parse().output_text.startswith("stand-in reply to:")
    assert cloud.stats()["requests"] == before
    streamed = list(client.responses.create(model="auto", input=SENSITIVE, stream=True))
    assert streamed[-1].type == "response.completed"
    assert cloud.stats()["requests"] == before
