"""What a target accepts: input kinds (text, image, audio) and operations.

A target block may say `inputs: [text, image]` and `operations: [chat]`; without them, its
kind's defaults apply (below). The router turns a request's content parts into needs
(`image`, `audio`), and `decide()` skips targets that lack one, so `auto` never sends an image
to a text-only model; when no target may take it, the client gets a 400 naming what is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshroute.targets.base import Target

MEDIA = frozenset({"image", "audio"})
# The embedded engine is loaded text-only (no multimodal projector); hosted chat APIs take
# images; audio must be declared, few models take it.
KIND_INPUTS: dict[str, frozenset[str]] = {
    "embedded": frozenset({"text"}),
    "openai": frozenset({"text", "image"}),
    "anthropic": frozenset({"text", "image"}),
}
_PART_NEEDS = {"image_url": "image", "input_image": "image", "input_audio": "audio"}


def accepted_inputs(target: Target[Any]) -> frozenset[str]:
    configured = getattr(target.config, "inputs", None)
    if configured is not None:
        return frozenset(configured)
    return KIND_INPUTS.get(target.config.kind, frozenset({"text"}))


def missing_inputs(target: Target[Any]) -> frozenset[str]:
    """Needs (as `decide()` reads `lacks`) this target cannot meet."""
    return MEDIA - accepted_inputs(target)


def offered_operations(target: Target[Any]) -> frozenset[str]:
    """The kind's operations, narrowed by the config's `operations:` when it says."""
    operations = frozenset(target.operations)
    configured = getattr(target.config, "operations", None)
    return operations if configured is None else operations & frozenset(configured)


def input_needs(body: Mapping[str, Any]) -> frozenset[str]:
    """`image` / `audio` when a chat message carries such a content part."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return frozenset()
    needs: set[str] = set()
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, list):
            continue
        for part in content:
            kind = part.get("type") if isinstance(part, dict) else None
            if isinstance(kind, str) and kind in _PART_NEEDS:
                needs.add(_PART_NEEDS[kind])
    return frozenset(needs)
