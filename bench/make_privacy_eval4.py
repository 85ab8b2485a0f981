"""Evaluation corpus 4 (blind): prompts written one by one, not from templates.

    .venv/bin/python bench/make_privacy_eval4.py  # writes bench/data/privacy_eval4.jsonl

The earlier corpora come from template engines (our own templates, Faker, mimesis). Here the
"generator" is different: two writers who never opened the recognisers, the other corpora or
each other's part wrote each prompt by hand, as users of a chat API write them (lower-case chat,
forwarded e-mails, CSV, JSON, .env, logs, transcripts), in about 25 languages. Only identifiers,
cards and IBANs are made by code, with python-stdnum's check digits, from each part's own seed.
``bench/_eval4_part_a.py``: English (with names from all over the world), French, German,
Spanish, Italian, Portuguese, Dutch. ``bench/_eval4_part_b.py``: Central and Eastern European,
Nordic, Greek, Cyrillic, Turkish and Latin-American languages. Each row lists its sensitive
values as strings; this script turns them into offsets. Blind: ``bench/privacy.py --misses``
never prints its misses, and no rule may be changed after reading it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
OUT = HERE / "data" / "privacy_eval4.jsonl"
FIELDS = {"content", "system", "tool_arguments", "tool_description", "name", "metadata", "user"}


def labelled(row: dict[str, Any]) -> dict[str, Any]:
    """The corpus row: entities as offsets of each listed value's only occurrence."""
    text, field = row["text"], row["field"]
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}")
    entities = []
    for kind, value in row["values"]:
        start = text.find(value)
        if start < 0 or text.find(value, start + 1) >= 0:
            raise ValueError(f"{kind} value must occur exactly once: {value!r}")
        entities.append({"type": kind, "start": start, "end": start + len(value)})
    entities.sort(key=lambda entity: entity["start"])
    return {"text": text, "entities": entities, "sensitive": bool(entities), "field": field}


def main() -> None:
    sys.path.insert(0, str(HERE))
    import _eval4_part_a  # type: ignore[import-not-found]
    import _eval4_part_b  # type: ignore[import-not-found]

    write_corpus([*_eval4_part_a.ROWS, *_eval4_part_b.ROWS], OUT)


def write_corpus(written: list[dict[str, Any]], out: Path) -> None:
    """Label the writers' rows and write them as a corpus (evaluation 5 uses this too)."""
    rows = [labelled(row) for row in written]
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    sensitive = sum(row["sensitive"] for row in rows)
    print(f"{out}: {len(rows)} prompts, {sensitive} sensitive, {len(rows) - sensitive} benign")


if __name__ == "__main__":
    main()
