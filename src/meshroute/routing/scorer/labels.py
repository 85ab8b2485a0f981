"""Reading routing labels: one JSON object a line, bounded, every error naming its line.

    {"prompt": "...", "weak_correct": true, "strong_correct": false}
    {"prompt": "...", "weak_score": 3, "strong_score": 8}            # 0-10, e.g. a judge's
    optional: "subject" (labels of one subject are held out together), "messages" instead of
    "prompt" (an OpenAI chat list; the message texts are scored as the gateway scores them)

The learning target is "the weak model is not good enough": weak_correct false, or a weak score
at least 2 points below the strong one (or 0). Quality for APGR is 1/0, or the score / 10.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from meshroute.errors import MeshrouteError

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024
MAX_LABELS = 200_000  # features of 200k labels: ~120 MB of float64, about a minute
MAX_MESSAGES = 64
SCORE_MARGIN = 0.2  # on the 0-1 quality scale: 2 points of a 0-10 score


class LabelError(MeshrouteError):
    """A label file that cannot be used; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Label:
    texts: tuple[str, ...]  # message contents in order; a plain prompt is one text
    weak: float  # quality of the weak model's answer in [0, 1]
    strong: float
    group: str  # labels sharing a group are held out together

    @property
    def escalate(self) -> float:
        """1 when the weak model's answer is not good enough (the learning target): wrong, or
        scored at least SCORE_MARGIN (2 points of 10) below the strong one."""
        if self.weak == 0.0 or self.strong - self.weak >= SCORE_MARGIN - 1e-9:
            return 1.0
        return 0.0


def read_labels(path: Path) -> list[Label]:
    """Every label of `path`; raises LabelError at the first bad line (file:line: why)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LabelError(f"{path}: {size} bytes, more than the {MAX_FILE_BYTES} allowed")
        with path.open("rb") as handle:
            return list(_labels(handle, str(path)))
    except OSError as exc:
        raise LabelError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _labels(handle: IO[bytes], name: str) -> Iterator[Label]:
    count = 0
    number = 0
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            break
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise LabelError(f"{name}:{number}: line longer than {MAX_LINE_BYTES} bytes")
        if not line.strip():
            continue
        count += 1
        if count > MAX_LABELS:
            raise LabelError(f"{name}:{number}: more than {MAX_LABELS} labels")
        try:
            yield parse_label(line)
        except LabelError as exc:
            raise LabelError(f"{name}:{number}: {exc}") from None


def parse_label(line: bytes | str) -> Label:
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise LabelError(f"not JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise LabelError("expected a JSON object")
    texts = _texts(obj)
    if "weak_correct" in obj or "strong_correct" in obj:
        weak, strong = (_flag(obj, key) for key in ("weak_correct", "strong_correct"))
    elif "weak_score" in obj or "strong_score" in obj:
        weak, strong = (_score(obj, key) / 10.0 for key in ("weak_score", "strong_score"))
    else:
        raise LabelError("needs weak_correct and strong_correct, or weak_score and strong_score")
    subject = obj.get("subject")
    if subject is not None and (not isinstance(subject, str) or len(subject) > 200):
        raise LabelError("subject must be a string of at most 200 characters")
    return Label(texts, weak, strong, subject if subject else texts[-1])


def _texts(obj: dict[str, Any]) -> tuple[str, ...]:
    if "prompt" in obj:
        prompt = obj["prompt"]
        if not isinstance(prompt, str) or not prompt.strip():
            raise LabelError("prompt must be a non-empty string")
        return (prompt,)
    messages = obj.get("messages")
    if not isinstance(messages, list) or not 0 < len(messages) <= MAX_MESSAGES:
        raise LabelError(f"needs a prompt, or messages (a list of 1-{MAX_MESSAGES})")
    texts = []
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str):
            raise LabelError("each message needs a string content")
        texts.append(content)
    if not any(text.strip() for text in texts):
        raise LabelError("every message is empty")
    return tuple(texts)


def _flag(obj: dict[str, Any], key: str) -> float:
    value = obj.get(key)
    if not isinstance(value, bool):
        raise LabelError(f"{key} must be true or false")
    return 1.0 if value else 0.0


def _score(obj: dict[str, Any], key: str) -> float:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LabelError(f"{key} must be a number from 0 to 10")
    if not math.isfinite(value) or not 0 <= value <= 10:
        raise LabelError(f"{key} must be a number from 0 to 10")
    return float(value)
