"""Config validation: every error names the file, the field path and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from meshroute.config import Config, default_config, load_config
from meshroute.errors import ConfigError
from meshroute.targets.embedded import EmbeddedTargetConfig
from meshroute.targets.openai_http import OpenAITargetConfig

GOOD = """
server: {host: 127.0.0.1, port: 8080}
ledger: {url: "sqlite:///meshroute.db"}
targets:
  - name: edge
    kind: embedded
    model_path: null
    tier: edge
    zone: private
    region: eu-london
    models: {assistant: v1}
  - name: gpu-box
    kind: openai
    base_url: http://127.0.0.1:8000/v1
    api_key: ${GPU_BOX_KEY}
    upstream_model: qwen2.5-7b-instruct
    tier: local
    zone: private
    models: {assistant: v2}
    cost: {hardware_usd: 9000, lifetime_months: 36, power_watts: 450, usd_per_kwh: 0.15}
  - name: cloud
    kind: openai
    base_url: https://api.example-cloud.com/v1
    api_key: ${CLOUD_KEY:-}
    upstream_model: big-model
    tier: cloud
    zone: public
    models: {assistant: v2}
    price: {input_per_mtok: 2.50, output_per_mtok: 10.00}
routing:
  sensitive: keep_private
  complexity: {edge_max: 0.35, local_max: 0.75}
  canary: {assistant: {v2: 0.1}}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "meshroute.yaml"
    path.write_text(text)
    return path


def test_the_design_example_loads_with_env_expansion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GPU_BOX_KEY", "sk-local")
    config = load_config(write(tmp_path, GOOD))
    assert [t.name for t in config.targets] == ["edge", "gpu-box", "cloud"]
    gpu_box, cloud = config.target("gpu-box"), config.target("cloud")
    assert isinstance(gpu_box, OpenAITargetConfig) and isinstance(cloud, OpenAITargetConfig)
    assert gpu_box.api_key == "sk-local"
    assert cloud.api_key == ""  # ${VAR:-} default
    assert config.target("cloud").price is not None
    assert config.routing.canary == {"assistant": {"v2": 0.1}}


def test_default_is_one_embedded_edge_target() -> None:
    config = default_config()
    (edge,) = config.targets
    assert isinstance(edge, EmbeddedTargetConfig)
    assert (edge.kind, edge.tier, edge.zone, edge.model_path) == (
        "embedded",
        "edge",
        "private",
        None,
    )


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        (
            "zone: public",
            "zone: publik",
            "targets[2](cloud).zone: Input should be 'private' or 'public'",
        ),
        ("tier: local", "tier: medium", "targets[1](gpu-box).tier:"),
        (
            "    upstream_model: big-model\n",
            "",
            "targets[2](cloud): a target of kind 'openai' needs upstream_model",
        ),
        (
            "base_url: http://127.0.0.1:8000/v1",
            "base_url: ftp://x",
            "targets[1](gpu-box): base_url must start with http",
        ),
        ("port: 8080", "port: 99999", "server.port:"),
        ("port: 8080", "port: eighty", "server.port:"),
        (
            "edge_max: 0.35",
            "edge_max: 0.9",
            "routing.complexity: edge_max must not exceed local_max",
        ),
        (
            "{v2: 0.1}",
            "{v2: 1.5}",
            "routing.canary: canary shares of 'assistant' must be between 0 and 1",
        ),
        ("sensitive: keep_private", "sensitive: leak", "routing.sensitive:"),
        (
            "    region: eu-london\n",
            "    regoin: eu-london\n",
            "targets[0](edge).regoin: Extra inputs are not permitted",
        ),
        ("name: cloud", "name: gpu-box", "two targets are named 'gpu-box'"),
        (
            "kind: embedded",
            "kind: lamma",
            "targets[0](edge): kind must be one of: ",
        ),
        # a field of another kind is a typo here: each kind has its own config model
        ("    region: eu-london\n", "    base_url: http://x\n", "targets[0](edge).base_url: Extra"),
        ("input_per_mtok: 2.50", "input_per_mtok: -1", "targets[2](cloud).price.input_per_mtok:"),
    ],
)
def test_errors_name_file_field_and_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: str, by: str, expected: str
) -> None:
    monkeypatch.setenv("GPU_BOX_KEY", "x")
    assert replace in GOOD
    path = write(tmp_path, GOOD.replace(replace, by, 1))
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(f"{path}: ")
    assert expected in str(error.value)


def test_missing_environment_variable_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GPU_BOX_KEY", raising=False)
    with pytest.raises(
        ConfigError, match=r"targets\[1\]\.api_key: environment variable GPU_BOX_KEY is not set"
    ):
        load_config(write(tmp_path, GOOD))


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "targets:\n  - name: [unclosed\n")
    with pytest.raises(ConfigError, match=rf"^{path}:\d+: not valid YAML"):
        load_config(path)


def test_no_targets_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="targets: List should have at least 1 item"):
        load_config(write(tmp_path, "targets: []\n"))
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.yaml")
    with pytest.raises(ConfigError, match="top level must be a mapping"):
        load_config(write(tmp_path, "- 1\n"))


def test_each_kind_gets_its_own_config_model() -> None:
    from meshroute.config import TargetConfig
    from meshroute.targets.embedded import EmbeddedTargetConfig
    from meshroute.targets.kinds import build_target, load_kind
    from meshroute.targets.openai_http import OpenAIHTTPTarget, OpenAITargetConfig

    block = {"name": "b", "kind": "openai", "tier": "local", "zone": "private"}
    remote = TargetConfig.model_validate(
        {**block, "base_url": "http://h/v1", "upstream_model": "m"}
    )
    assert type(remote) is OpenAITargetConfig and remote.served_model_name == "m"
    assert isinstance(build_target(remote), OpenAIHTTPTarget)
    assert load_kind("embedded").config is EmbeddedTargetConfig
    dumped = Config(targets=[remote]).model_dump()["targets"][0]
    assert dumped["base_url"] == "http://h/v1"  # kind fields survive a dump (reload compares)
