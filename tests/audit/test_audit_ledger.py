"""`meshroute audit --from-ledger`: types and counts of routed traffic, per logical model, and
the policy snippet that follows from them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from meshroute.cli import app
from meshroute.ledger.db import make_engine, upgrade
from meshroute.ledger.models import RequestRow


def _ledger(path: Path) -> str:
    url = f"sqlite:///{path}"
    upgrade(url)
    now = datetime.now(UTC)
    rows = [
        RequestRow(
            time=now - timedelta(seconds=i),
            request_id=f"r{i}",
            model="assistant" if i % 2 else "summariser",
            entity_types="EMAIL_ADDRESS,PHONE_NUMBER" if i % 4 == 1 else "",
        )
        for i in range(40)
    ]
    rows.append(  # outside --since 30d: not counted
        RequestRow(
            time=now - timedelta(days=90), request_id="old", model="old", entity_types="US_SSN"
        )
    )
    engine = make_engine(url)
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        session.add_all(rows)
        session.commit()
    engine.dispose()
    return url


def _config(tmp_path: Path, url: str) -> Path:
    config = tmp_path / "meshroute.yaml"
    config.write_text(
        f"""
ledger: {{url: "{url}"}}
targets:
  - {{name: box, kind: openai, base_url: "http://127.0.0.1:9/v1", upstream_model: m,
      tier: local, zone: private, models: {{assistant: v1, summariser: v1}}}}
  - {{name: cloud, kind: openai, base_url: "http://127.0.0.1:9/v1", upstream_model: big,
      tier: cloud, zone: public, models: {{assistant: v2, summariser: v2}}}}
""",
        encoding="utf-8",
    )
    return config


def test_from_ledger_counts_types_per_model(tmp_path: Path) -> None:
    url = _ledger(tmp_path / "ledger.db")
    config = _config(tmp_path, url)
    result = CliRunner().invoke(
        app, ["audit", "--from-ledger", "--since", "30d", "--config", str(config), "--json", "-"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (entry,) = data["files"]
    assert entry["path"] == "ledger (since 30d)" and entry["rows"] == 40
    fields = {f["name"]: f["entities"] for f in entry["fields"]}
    assert fields == {
        "assistant": {"EMAIL_ADDRESS": 10, "PHONE_NUMBER": 10},
        "summariser": {},
    }
    assert entry["placement"] == "local"
    policy = data["policy"]
    assert "assistant: EMAIL_ADDRESS 10, PHONE_NUMBER 10" in policy
    # the public target keeps only the model with no sensitive traffic
    assert "- name: cloud" in policy and "models: {summariser: v2}" in policy
    assert url not in result.output  # the URL may hold a password: never printed


def test_from_ledger_unreadable_is_one_clear_line(tmp_path: Path) -> None:
    config = _config(tmp_path, f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    result = CliRunner().invoke(app, ["audit", "--from-ledger", "--config", str(config)])
    assert result.exit_code == 2
    assert "cannot read the ledger" in result.output
