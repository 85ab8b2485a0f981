"""A request with thousands of entities makes a small ledger row: types and counts only."""

from __future__ import annotations

import orjson

from meshroute.ledger.entry import entry_from_record


def test_entities_are_stored_as_counts_per_type() -> None:
    entities = [
        {"type": "EMAIL_ADDRESS" if i % 2 else "PHONE_NUMBER", "start": i * 40, "end": i * 40 + 20}
        for i in range(10_000)  # what a 400 KB document full of addresses yields
    ]
    record = {"request_id": "r", "target": "box", "sensitive": True, "entities": entities}
    entry = entry_from_record(record)
    assert len(entry.decision) < 300  # was one offset pair per entity: 412 KB for 400 KB
    decision = orjson.loads(entry.decision)
    assert decision["entity_counts"] == {"EMAIL_ADDRESS": 5000, "PHONE_NUMBER": 5000}
    assert entry.entity_types == "EMAIL_ADDRESS,PHONE_NUMBER"
