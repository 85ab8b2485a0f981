"""Shared helpers: fill templates from word lists with a seeded generator."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ChatPrompt:
    messages: tuple[tuple[str, str], ...]  # (role, content)
    hard: bool
    kind: str

    @property
    def texts(self) -> list[str]:
        return [content for _, content in self.messages]

    def as_json(self) -> dict[str, object]:
        return {
            "messages": [{"role": role, "content": text} for role, text in self.messages],
            "hard": self.hard,
            "kind": self.kind,
        }


def single(text: str, hard: bool, kind: str) -> ChatPrompt:
    return ChatPrompt((("user", text),), hard, kind)


def fill(
    rng: random.Random, templates: Sequence[str], slots: dict[str, Sequence[str]], count: int
) -> list[str]:
    """`count` distinct fillings of the templates (placeholders {name} from `slots`)."""
    out: list[str] = []
    seen: set[str] = set()
    attempts = 0
    while len(out) < count and attempts < count * 50:
        attempts += 1
        template = rng.choice(templates)
        text = template.format(**{name: rng.choice(values) for name, values in slots.items()})
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out
