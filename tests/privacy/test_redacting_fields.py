"""Redaction over the whole perimeter, and restoration in every text field of the answer
(plain and streamed), with the real detector."""

from __future__ import annotations

from typing import Any

import orjson

from meshroute.api.redacting import Redaction
from meshroute.api.schemas import texts_of
from meshroute.config import Config
from meshroute.explain import Explainer
from meshroute.privacy.detector import SensitivityDetector

EMAIL, IBAN = "jane@acme.io", "GB82 WEST 1234 5698 7654 32"
BODY: dict[str, Any] = {
    "model": "auto",
    "user": "bob.k@example.org",
    "metadata": {"owner": EMAIL},
    "messages": [
        {"role": "user", "content": [{"type": "input_text", "text": f"bill {EMAIL}"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {
                        "name": "send_invoice",
                        "arguments": orjson.dumps({"to": EMAIL, "iban": IBAN}).decode(),
                    },
                }
            ],
        },
    ],
    "tools": [{"type": "function", "function": {"name": "f", "description": f"mail {EMAIL}"}}],
}


def _redaction(detector: SensitivityDetector) -> Redaction:
    texts = texts_of("chat", BODY)
    return Redaction("chat", BODY, texts, detector.scan(texts))


def test_every_field_is_redacted_and_parts_are_not_duplicated(
    detector: SensitivityDetector,
) -> None:
    redaction = _redaction(detector)
    sent = orjson.dumps(redaction.body).decode()
    assert EMAIL not in sent and IBAN not in sent and "bob.k@example.org" not in sent
    name = {v: k for k, v in redaction.placeholders.values.items()}[EMAIL]
    parts = redaction.body["messages"][0]["content"]
    assert parts == [{"type": "input_text", "text": f"bill <{name}>"}]  # one part, not two
    call = redaction.body["messages"][1]["tool_calls"][0]["function"]
    assert orjson.loads(call["arguments"]) == {"to": f"<{name}>", "iban": "<IBAN_CODE_1>"}


def test_tool_call_arguments_are_restored_in_the_answer(detector: SensitivityDetector) -> None:
    redaction = _redaction(detector)
    name = {v: k for k, v in redaction.placeholders.values.items()}[EMAIL]
    arguments = '{"to": "<' + name + '>"}'
    reply = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": f"sent to <{name}>",
                    "tool_calls": [{"id": "c", "function": {"name": "g", "arguments": arguments}}],
                },
            }
        ]
    }
    restored = orjson.loads(redaction.restore_reply(orjson.dumps(reply)))
    message = restored["choices"][0]["message"]
    assert message["content"] == f"sent to {EMAIL}"
    assert orjson.loads(message["tool_calls"][0]["function"]["arguments"]) == {"to": EMAIL}


def test_streamed_tool_call_arguments_are_restored_across_chunks(
    detector: SensitivityDetector,
) -> None:
    redaction = _redaction(detector)
    name = {v: k for k, v in redaction.placeholders.values.items()}[EMAIL]
    stream = redaction.stream()
    pieces = ['{"to": "<' + name[:6], name[6:], '>"}']
    out = ""
    for i, piece in enumerate(pieces):
        finish = "tool_calls" if i == len(pieces) - 1 else None
        delta = {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}
        chunk = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        data = orjson.loads(stream.chunk(orjson.dumps(chunk)))
        for call in data["choices"][0]["delta"].get("tool_calls", []):
            out += call["function"]["arguments"]
    assert orjson.loads(out) == {"to": EMAIL}


def test_explain_names_the_field_of_each_entity(detector: SensitivityDetector) -> None:
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "cloud",
                    "kind": "openai",
                    "base_url": "http://127.0.0.1:9/v1",
                    "upstream_model": "m",
                    "tier": "cloud",
                    "zone": "public",
                    "models": {"assistant": "v1"},
                }
            ],
            "routing": {"sensitive": "redact"},
        }
    )
    record = Explainer(config, detector, None).record(dict(BODY))
    fields = {e["field"] for e in record["entities"]}
    assert {"user", "metadata.owner", "messages.tool_calls.function.arguments"} <= fields
    assert "tools.function.description" in fields and "messages.content.text" in fields
    assert record["redacted"] is True and record["sensitive"] is True


def test_a_participant_name_gets_a_placeholder_the_name_field_allows(
    detector: SensitivityDetector,
) -> None:
    # OpenAI checks messages[].name against ^[a-zA-Z0-9_-]{1,64}$: "<PERSON_1>" would be a 400
    body = {
        "model": "auto",
        "messages": [{"role": "user", "name": "maria_gonzalez", "content": "hi"}],
    }
    texts = texts_of("chat", body)
    redaction = Redaction("chat", body, texts, detector.scan(texts, deep=True))
    name = redaction.body["messages"][0]["name"]
    assert name in redaction.placeholders.values and "maria" not in name
    assert redaction.placeholders.restore(f"Thanks, {name}!") == "Thanks, maria_gonzalez!"
