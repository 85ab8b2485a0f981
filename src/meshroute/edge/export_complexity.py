"""Export the complexity score's inputs for the Worker's complexity.js.

The gateway's scorer (routing/complexity.py) is linear in the mean of per-token numbers plus a
few cheap signals; at load time it folds its model into one weight per WordPiece token. This
module reads the folded weights, the tokenizer's vocabulary, the signal key sets, weights, bias
and stretch off the very scorer object the gateway builds (so a `routing.router_model` file is
honoured), and nothing else: no weight is copied into this package.

The recipe of the signals is code (``_complexity_features.signals``); :data:`SIGNAL_RECIPE`
restates its literals for JavaScript and :func:`signals_from_spec` evaluates the exported recipe
in Python, so a test proves it equals the gateway's. On top, the export carries **probes**:
prompts with the score Python gives them. The Worker scores them once per isolate and, if any
differs, answers nothing at the edge (forwards everything): a port that has drifted from the
Python scorer can cost edge answers, never send a hard prompt to the small model by mistake.

A scorer this module does not recognise exports as ``None``: the Worker forwards every request.
"""

from __future__ import annotations

import base64
import math
from typing import Any

import numpy as np

from meshroute.routing import _complexity_features as cf

__all__ = ["COMPLEXITY_FORMAT", "PROMPTS", "export_complexity", "signals_from_spec"]

COMPLEXITY_FORMAT = 3
SCORER_FEATURES_VERSION = 3  # scorer/features.py: mean token weight + capped signals
DISTINCT_TOKENS_SCALE = 6.0  # tokens_and_extras: log1p(distinct tokens) / 6
# _complexity_features.signals: "?" count scale, small-talk length limit
SIGNAL_RECIPE = {"questions_scale": 2.0, "smalltalk_max_chars": 200}
WORD_PATTERN = r"[^\W_]+|[^\w\s]|_"  # scorer/tokens.py's _WORD_RE, as complexity.js spells it

# Prompts the Worker re-scores at start-up (see the module docstring): plain, code, maths,
# proofs, non-ASCII, long, multi-turn.
PROMPTS: tuple[tuple[str, ...], ...] = (
    ("hi",),
    ("What is the capital of France?",),
    ("Prove that there are infinitely many primes, step by step.",),
    ("Implement a distributed rate limiter in Rust.\n1. design\n2. code\n```fn main() {}```",),
    ("You are a helpful assistant.", "now add unit tests"),
    ("Compute the integral of x^2 from 0 to 3 and explain why?",),
    ("héllo wörld 😀 東京 naïve İstanbul x\u200by " * 200,),
    ("Write a detailed essay comparing the trade-offs of end-to-end encryption.",),
)


def _signals_data() -> dict[str, Any] | None:
    groups = getattr(cf, "_SIGNAL_KEYS", None)
    chars = getattr(cf, "_SIGNAL_CHARS", None)
    scales = getattr(cf, "_SIGNAL_SCALES", None)
    if groups is None or chars is None or scales is None or not hasattr(cf, "signals"):
        return None
    return {
        "groups": [
            {"unigrams": sorted(uni), "phrases": list(phrases), "chars": list(ch), "scale": sc}
            for (uni, phrases), ch, sc in zip(groups, chars, scales, strict=True)
        ],
        "smalltalk": sorted(cf._SMALLTALK),
        **SIGNAL_RECIPE,
    }


def signals_from_spec(spec: dict[str, Any], text: str, words: list[str]) -> list[float]:
    """_complexity_features.signals computed from the exported spec (what complexity.js does)."""
    present = set(words)
    joined = " " + " ".join(words) + " "
    values = []
    for group in spec["groups"]:
        hits = len(present & set(group["unigrams"])) + sum(p in joined for p in group["phrases"])
        hits += sum(text.count(c) for c in group["chars"])
        values.append(math.log1p(hits) / group["scale"])
    small = len(text) < spec["smalltalk_max_chars"] and bool(words)
    small = small and words[0] in spec["smalltalk"]
    values += [math.log1p(text.count("?")) / spec["questions_scale"], 1.0 if small else 0.0]
    return values


def _b64(array: Any) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype="<f8").tobytes()).decode("ascii")


def _tokenizer(scorer: Any) -> tuple[dict[str, Any] | None, str]:
    from meshroute.routing.scorer import tokens

    ids: Any = getattr(scorer.table, "_ids", None)
    if type(ids).__name__ != "WordPieceIds" or not hasattr(ids, "_vocab"):
        return None, "the tokenizer is not scorer/tokens.py's WordPieceIds"
    if tokens._WORD_RE.pattern != WORD_PATTERN:
        return None, "the tokenizer's word pattern changed since complexity.js was ported"
    by_id = sorted(ids._vocab.items(), key=lambda item: item[1])
    if [i for _, i in by_id] != list(range(len(by_id))) or any("\n" in t for t, _ in by_id):
        return None, "the vocabulary is not a dense list of single-line tokens"
    # Sorted as JavaScript compares strings (UTF-16 code units), with the ids alongside: the
    # Worker looks tokens up by binary search instead of building a 30,000-entry Map at start.
    ordered = sorted(by_id, key=lambda item: item[0].encode("utf-16-be"))
    return {
        "vocab": "\n".join(token for token, _ in ordered),
        "vocab_ids": base64.b64encode(
            np.asarray([i for _, i in ordered], dtype="<i4").tobytes()
        ).decode("ascii"),
        "unk": "[UNK]",
        "prefix": "##",
        "max_word_chars": int(tokens._MAX_WORD_CHARS),
    }, ""


def _unsupported(scorer: Any) -> str:
    from meshroute.routing.scorer import features

    if features.FEATURES_VERSION != SCORER_FEATURES_VERSION:
        return f"scorer features v{features.FEATURES_VERSION} have no Worker port"
    if list(features.EXTRA_NAMES) != ["log_distinct_tokens", *cf.CHEAP_NAMES[3:]]:
        return "the scorer's extra features are not the ones the Worker computes"
    for name in ("_token_weights", "_extra", "_bias", "model", "table", "score_messages"):
        if not hasattr(scorer, name):
            return f"the scorer has no {name}: not the linear token-table scorer"
    return ""


def export_complexity(scorer: Any) -> tuple[dict[str, Any] | None, str]:
    """(data for complexity.js, or None; a one-line status) for the gateway's scorer."""
    if scorer is None:
        return None, "no complexity scorer: the Worker forwards every request"
    problem = _unsupported(scorer)
    signals = None if problem else _signals_data()
    if signals is None:
        problem = problem or "the cheap signals are not the ones complexity.js ports"
    tokenizer, why = _tokenizer(scorer) if not problem else (None, problem)
    if tokenizer is None:
        return None, f"{why}: the Worker forwards every request"
    from meshroute.routing import complexity
    from meshroute.routing.scorer import features, tokens

    centre, scale = scorer.model.stretch
    data: dict[str, Any] = {
        "format": COMPLEXITY_FORMAT,
        "fingerprint": str(scorer.fingerprint),
        "tokenizer": tokenizer,
        "token_weights": _b64(np.asarray(scorer._token_weights, dtype=np.float64)),
        "extra_weights": [float(x) for x in np.asarray(scorer._extra, dtype=np.float64)],
        "bias": float(scorer._bias),
        "stretch": [float(centre), float(scale)],
        "signal_cap": float(features.SIGNAL_CAP),
        "distinct_scale": DISTINCT_TOKENS_SCALE,
        "head_chars": tokens.HEAD_CHARS,
        "tail_chars": tokens.TAIL_CHARS,
        "signals": signals,
        "context_lift": complexity.CONTEXT_LIFT,
        "context_tail_chars": complexity.CONTEXT_TAIL_CHARS,
        "probes": [
            {"texts": list(texts), "score": float(scorer.score_messages(list(texts)))}
            for texts in PROMPTS
        ],
    }
    return data, f"token-table complexity model {data['fingerprint'][:12]}"
