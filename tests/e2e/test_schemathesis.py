"""Schemathesis against a live gateway, using the schema it publishes at /openapi.json: no 5xx
and every response as the schema says. The target behind it is a stand-in upstream (a real
HTTP server, tests/standin_upstream.py, not a model) so fuzzed requests answer fast."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from meshroute.config import Config
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory


@pytest.fixture(scope="module")
def upstream() -> Iterator[StandinHandle]:
    with run_standin(model="m") as handle:
        yield handle


def test_schemathesis_finds_no_failure(
    gateway_factory: GatewayFactory, upstream: StandinHandle, tmp_path: Path
) -> None:
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "box",
                    "kind": "openai",
                    "base_url": upstream.base_url,
                    "upstream_model": "m",
                    "tier": "local",
                    "zone": "private",
                    "models": {"assistant": "v1"},
                }
            ]
        }
    )
    root = gateway_factory(config).removesuffix("/v1")
    schemathesis = Path(sys.executable).parent / "schemathesis"
    result = subprocess.run(
        [
            str(schemathesis),
            "run",
            f"{root}/openapi.json",
            "--max-examples",
            "40",
            "--seed",
            "1",
            "--checks",
            "all",
            # An upstream's own 4xx is passed through unchanged by design (docs/design.md), so a
            # schema-valid body that the upstream rejects is not the gateway's failure.
            "--exclude-checks",
            "positive_data_acceptance",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    summary = re.search(r"(\d+) generated.*", result.stdout)
    print(summary.group(0) if summary else result.stdout[-2000:])
    assert result.returncode == 0, result.stdout[-4000:]
