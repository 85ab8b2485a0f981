"""Pairwise judging in both orders: position bias cancels, an order-dependent verdict is a tie.

The judge sees the conversation and two answers labelled A and B and must answer with one word:
A, B or TIE. It is asked twice, with the answers swapped; the strong answer wins only if it wins
in both orders (likewise the weak one), anything else is a tie.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

Verdict = Literal["strong", "weak", "tie"]
Pick = Literal["A", "B", "TIE"]
# Label scores on the router's 0-10 scale: a tie means the weak answer was good enough.
SCORES: dict[Verdict, tuple[float, float]] = {
    "strong": (0.0, 10.0),
    "weak": (10.0, 0.0),
    "tie": (10.0, 10.0),
}
_MAX_ANSWER_CHARS = 6000  # the judge reads at most this much of each answer
_PICK = re.compile(r"\b(A|B|TIE)\b")

INSTRUCTIONS = (
    "You compare two answers to the same request. Judge correctness first, then completeness "
    "and clarity. Reply with exactly one word: A if answer A is better, B if answer B is "
    "better, TIE if they are equally good."
)


def judge_request(model: str, texts: Sequence[str], first: str, second: str) -> dict[str, Any]:
    """The chat request asking the judge to compare `first` (A) and `second` (B)."""
    conversation = "\n\n".join(f"[message {i + 1}]\n{text}" for i, text in enumerate(texts))
    content = (
        f"Request:\n{conversation}\n\n[answer A]\n{first[:_MAX_ANSWER_CHARS]}\n\n"
        f"[answer B]\n{second[:_MAX_ANSWER_CHARS]}\n\nWhich answer is better: A, B or TIE?"
    )
    return {
        "model": model,
        "messages": [
            {"role": "system", "content": INSTRUCTIONS},
            {"role": "user", "content": content},
        ],
        "max_tokens": 4,
        "temperature": 0,
    }


def pick_of(answer: str) -> Pick | None:
    """The judge's one word (first A/B/TIE token of its reply), None if it gave none."""
    found = _PICK.search(answer.strip().upper()[:200])
    return found.group(1) if found else None  # type: ignore[return-value]


def verdict(strong_first: Pick | None, weak_first: Pick | None) -> Verdict:
    """Combine the two orders: `strong_first` judged (A=strong, B=weak), `weak_first` judged
    (A=weak, B=strong)."""
    if strong_first == "A" and weak_first == "B":
        return "strong"
    if strong_first == "B" and weak_first == "A":
        return "weak"
    return "tie"


def answer_text(reply: Any) -> str | None:
    """The first choice's text of an OpenAI chat completion body, None if it has none."""
    try:
        content = reply["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return None
    return content if isinstance(content, str) else None
