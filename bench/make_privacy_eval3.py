"""Build bench/data/privacy_eval3.jsonl, the third privacy corpus: evaluation only, blind.

    .venv/bin/python bench/make_privacy_eval3.py

Made apart from the recognisers and from the two earlier corpora: another generator (mimesis,
19 locales, Latin, Cyrillic and Greek scripts), new templates (bench/_eval3_templates.py,
_eval3_ids.py, _eval3_secrets.py, _eval3_benign.py), IDs, cards and IBANs with valid check
digits made here with python-stdnum (bench/_eval3_values.py), and seeds used nowhere else.
Same row format as the other corpora, so bench/privacy.py loads it as is. Nobody reads its
misses and tunes to them: once that happens it is a tuning corpus, and a fourth one is needed.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from _eval3_benign import benign_rows, name_benign
from _eval3_templates import SENSITIVE, Part, name_field, user_field
from _eval3_values import Values

SEED = 470_613  # values; the benign generators and the field shuffles derive from it
OUT = Path(__file__).parent / "data" / "privacy_eval3.jsonl"
# rows per field; name and user get their own short templates
SENSITIVE_FIELDS = {
    "content": 178,
    "system": 25,
    "tool_arguments": 25,
    "tool_description": 20,
    "metadata": 20,
}
SENSITIVE_SHORT = {"name": 16, "user": 16}
BENIGN_FIELDS = {
    "content": 100,
    "system": 12,
    "tool_arguments": 10,
    "tool_description": 10,
    "metadata": 8,
}
BENIGN_SHORT = {"name": 5, "user": 5}


def assemble(parts: list[Part]) -> tuple[str, list[dict[str, Any]]]:
    """The text and its labelled spans."""
    text, entities = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        kind, value = part
        entities.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
        text += value
    return text, entities


def spread(counts: dict[str, int], rng: random.Random) -> list[str]:
    fields = [field for field, n in counts.items() for _ in range(n)]
    rng.shuffle(fields)
    return fields


def build() -> list[dict[str, Any]]:
    v = Values(SEED)
    shuffle = random.Random(SEED + 7)
    made = [assemble(template(v)) for template, n in SENSITIVE for _ in range(n)]
    shuffle.shuffle(made)
    fields = spread(SENSITIVE_FIELDS, shuffle)
    assert len(made) == len(fields), (len(made), len(fields))
    rows = [
        {"text": t, "entities": e, "sensitive": True, "field": f}
        for (t, e), f in zip(made, fields, strict=True)
    ]
    for field, n in SENSITIVE_SHORT.items():
        make = name_field if field == "name" else user_field
        for _ in range(n):
            text, entities = assemble(make(v))
            rows.append({"text": text, "entities": entities, "sensitive": True, "field": field})
    benign = benign_rows(v, SEED + 11, sum(BENIGN_FIELDS.values()))
    fields = spread(BENIGN_FIELDS, shuffle)
    rows += [
        {"text": t, "entities": [], "sensitive": False, "field": f}
        for t, f in zip(benign, fields, strict=True)
    ]
    for field, n in BENIGN_SHORT.items():
        rows += [
            {"text": name_benign(v), "entities": [], "sensitive": False, "field": field}
            for _ in range(n)
        ]
    shuffle.shuffle(rows)
    return rows


def check(rows: list[dict[str, Any]]) -> None:
    """Every label is a non-empty span with no surrounding blanks; no two labels overlap."""
    for row in rows:
        spans = sorted((e["start"], e["end"]) for e in row["entities"])
        for (s, e), nxt in zip(spans, [*spans[1:], None], strict=False):
            value = row["text"][s:e]
            assert value and value == value.strip(), (row["text"], value)
            assert nxt is None or e <= nxt[0], row["text"]
        assert row["sensitive"] == bool(row["entities"]), row["text"]


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    types = Counter(e["type"] for r in rows for e in r["entities"])
    fields = Counter((r["field"], r["sensitive"]) for r in rows)
    sensitive = sum(r["sensitive"] for r in rows)
    print(f"{OUT}: {len(rows)} rows, {sensitive} sensitive, {len(rows) - sensitive} benign")
    print("entities:", dict(types.most_common()))
    print("fields (field, sensitive):", dict(sorted(fields.items())))


if __name__ == "__main__":
    main()
