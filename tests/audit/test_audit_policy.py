"""The policy snippet: valid YAML for the routing part, the private models named, a hint when
no model was named."""

from __future__ import annotations

import yaml

from meshroute.audit.model import AuditResult
from meshroute.audit.policy import snippet
from meshroute.config import Config


def test_snippet_names_the_model_the_files_feed(planted_audit: AuditResult) -> None:
    text = snippet(planted_audit, model="assistant")
    assert yaml.safe_load(text) == {"routing": {"sensitive": "keep_private"}}
    assert "#   assistant: CREDIT_CARD 1, EMAIL_ADDRESS 6" in text


def test_snippet_without_a_model_says_how_to_name_one(planted_audit: AuditResult) -> None:
    text = snippet(planted_audit)
    assert "--model NAME" in text
    local = sum(a.placement == "local" for a in planted_audit.files)
    assert f"{local} of {len(planted_audit.files)} source(s) must stay local" in text


def test_snippet_with_a_config_lists_public_targets_to_change(planted_audit: AuditResult) -> None:
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "edge",
                    "kind": "embedded",
                    "tier": "edge",
                    "zone": "private",
                    "models": {"assistant": "v1"},
                },
                {
                    "name": "cloud",
                    "kind": "openai",
                    "base_url": "http://127.0.0.1:9/v1",
                    "upstream_model": "big",
                    "tier": "cloud",
                    "zone": "public",
                    "models": {"assistant": "v2", "coder": "v1"},
                },
            ]
        }
    )
    text = snippet(planted_audit, config, model="assistant")
    data = yaml.safe_load(text)
    assert data["targets"] == [{"name": "cloud", "models": {"coder": "v1"}}]
