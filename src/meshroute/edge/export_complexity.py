"""Export the complexity score's inputs for the Worker's complexity.js.

The gateway's scorer (routing/complexity.py) is linear in the mean of per-token numbers plus a
few cheap signals; at load time it folds its model into one weight per WordPiece token. This
module reads those folded weights, the tokenizer's vocabulary and settings, the signal weights,
bias and stretch off the very scorer object the gateway builds (so a `routing.router_model`
file is honoured), and nothing else: no copy of any weight lives in this package.

The cheap signals are code in ``_complexity_features.extract``; :data:`CHEAP_SPEC` restates their
recipe as data for JavaScript, and :func:`extras_from_spec` evaluates it in Python so a test can
prove it equals ``scorer.features.extras`` (a drift fails the build, not the routing).

A scorer this module does not recognise (another features version, another tokenizer, another
model type) exports as ``None``: the Worker then answers nothing at the edge and forwards every
request, which is always safe.
"""

from __future__ import annotations

import base64
import hashlib
import inspect
import itertools
import math
from typing import Any

import numpy as np

from meshroute.routing import _complexity_features as cf

__all__ = ["CHEAP_SPEC", "COMPLEXITY_FORMAT", "export_complexity", "extras_from_spec"]

COMPLEXITY_FORMAT = 2
CHEAP_FEATURES_VERSION = 2  # the _complexity_features recipe CHEAP_SPEC restates
SCORER_FEATURES_VERSION = 3  # scorer/features.py: mean token weight + capped signals
DISTINCT_TOKENS_SCALE = 6.0  # extras(): log1p(distinct tokens) / 6

# name -> recipe, in CHEAP_NAMES order (see _complexity_features.extract).
CHEAP_SPEC: dict[str, dict[str, Any]] = {
    "log_chars": {"kind": "chars", "scale": 9.0},
    "log_words": {"kind": "tokens", "scale": 7.0},
    "log_lines": {"kind": "count", "needles": ("\n",), "scale": 5.0},
    "code": {"kind": "keys", "keys": cf._CODE_KEYS, "needles": cf._CODE_CHARS, "scale": 3.0},
    "math": {"kind": "keys", "keys": cf._MATH_KEYS, "needles": cf._MATH_CHARS, "scale": 3.0},
    "proof": {"kind": "keys", "keys": cf._PROOF_KEYS, "needles": (), "scale": 1.5},
    "build": {"kind": "keys", "keys": cf._BUILD_KEYS, "needles": (), "scale": 2.0},
    "steps": {"kind": "keys", "keys": cf._STEP_KEYS, "needles": cf._STEP_CHARS, "scale": 3.0},
    "long_output": {"kind": "keys", "keys": cf._LONG_OUT_KEYS, "needles": (), "scale": 2.0},
    "questions": {"kind": "count", "needles": ("?",), "scale": 2.0},
    "smalltalk": {"kind": "smalltalk", "keys": cf._SMALLTALK, "max_chars": 200},
}


def cheap_from_spec(text: str) -> list[float]:
    """_complexity_features.extract's cheap signals, computed from CHEAP_SPEC."""
    tokens = cf._TOKEN_RE.findall(cf.ngram_text(text))
    keys = set(tokens)
    keys.update(" ".join(pair) for pair in itertools.pairwise(tokens))
    out: list[float] = []
    for name in cf.CHEAP_NAMES:
        spec = CHEAP_SPEC[name]
        kind = spec["kind"]
        if kind == "smalltalk":
            small = len(text) < spec["max_chars"] and bool(tokens) and tokens[0] in spec["keys"]
            out.append(1.0 if small else 0.0)
            continue
        if kind == "chars":
            count = len(text)
        elif kind == "tokens":
            count = len(tokens)
        else:
            count = sum(text.count(n) for n in spec["needles"])
            if kind == "keys":
                count += len(spec["keys"] & keys)
        out.append(math.log1p(count) / spec["scale"])
    return out


def extras_from_spec(text: str, distinct_tokens: int) -> list[float]:
    """scorer.features.extras (log of distinct tokens, capped signals) from the spec."""
    from meshroute.routing.scorer import features, tokens

    cheap = cheap_from_spec(tokens.bounded(text))
    signals = [min(features.SIGNAL_CAP, value) for value in cheap[3:]]
    return [math.log1p(distinct_tokens) / DISTINCT_TOKENS_SCALE, *signals]


def _b64(array: Any) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype="<f8").tobytes()).decode("ascii")


def _spec_json() -> list[dict[str, Any]]:
    out = []
    for name in cf.CHEAP_NAMES:
        spec = dict(CHEAP_SPEC[name])
        if "keys" in spec:
            spec["keys"] = sorted(spec["keys"])
        if "needles" in spec:
            spec["needles"] = list(spec["needles"])
        out.append({"name": name, **spec})
    return out


# complexity.js ports scorer/tokens.py's WordPieceIds (lower-case, accents stripped from
# non-ASCII text, words by _WORD_RE, greedy WordPiece with "##"). The port is checked against
# the Python code itself: its word pattern and the digest of its two methods' source. Any change
# there stops the export (the Worker then forwards everything) until complexity.js follows.
TOKENIZER_WORD_PATTERN = r"[^\W_]+|[^\w\s]|_"
TOKENIZER_SOURCE_DIGEST = "3ec916648b994631"


def tokenizer_digest() -> str:
    from meshroute.routing.scorer import tokens

    cls = tokens.WordPieceIds
    source = inspect.getsource(cls._pieces) + inspect.getsource(cls.__call__)
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def _tokenizer(scorer: Any) -> tuple[dict[str, Any] | None, str]:
    from meshroute.routing.scorer import tokens

    ids: Any = getattr(scorer.table, "_ids", None)
    if type(ids).__name__ != "WordPieceIds" or not hasattr(ids, "_vocab"):
        return None, "the tokenizer is not scorer/tokens.py's WordPieceIds"
    if tokens._WORD_RE.pattern != TOKENIZER_WORD_PATTERN or tokenizer_digest() != (
        TOKENIZER_SOURCE_DIGEST
    ):
        return None, "the tokenizer changed since complexity.js was ported"
    vocab = sorted(ids._vocab.items(), key=lambda item: item[1])
    if [i for _, i in vocab] != list(range(len(vocab))) or any("\n" in t for t, _ in vocab):
        return None, "the vocabulary is not a dense list of single-line tokens"
    return {
        "vocab": "\n".join(token for token, _ in vocab),
        "unk": "[UNK]",
        "prefix": "##",
        "max_word_chars": int(tokens._MAX_WORD_CHARS),
    }, ""


def _unsupported(scorer: Any) -> str:
    from meshroute.routing.scorer import features

    if cf.FEATURES_VERSION != CHEAP_FEATURES_VERSION:
        return f"cheap features v{cf.FEATURES_VERSION} have no Worker port"
    if features.FEATURES_VERSION != SCORER_FEATURES_VERSION:
        return f"scorer features v{features.FEATURES_VERSION} have no Worker port"
    if list(features.SIGNAL_NAMES) != list(cf.CHEAP_NAMES[3:]):
        return "the scorer's signals are not the cheap features the Worker computes"
    for name in ("_token_weights", "_extra", "_bias", "model", "table"):
        if not hasattr(scorer, name):
            return f"the scorer has no {name}: not the linear token-table scorer"
    return ""


def export_complexity(scorer: Any) -> tuple[dict[str, Any] | None, str]:
    """(data for complexity.js, or None; a one-line status) for the gateway's scorer."""
    if scorer is None:
        return None, "no complexity scorer: the Worker forwards every request"
    problem = _unsupported(scorer)
    tokenizer, why = _tokenizer(scorer) if not problem else (None, problem)
    if tokenizer is None:
        return None, f"{why}: the Worker forwards every request"
    from meshroute.routing import complexity
    from meshroute.routing.scorer import features, tokens

    weights = np.asarray(scorer._token_weights, dtype=np.float64)
    centre, scale = scorer.model.stretch
    data: dict[str, Any] = {
        "format": COMPLEXITY_FORMAT,
        "fingerprint": str(scorer.fingerprint),
        "tokenizer": tokenizer,
        "token_weights": _b64(weights),
        "extra_weights": [float(x) for x in np.asarray(scorer._extra, dtype=np.float64)],
        "bias": float(scorer._bias),
        "stretch": [float(centre), float(scale)],
        "signal_cap": float(features.SIGNAL_CAP),
        "distinct_scale": DISTINCT_TOKENS_SCALE,
        "head_chars": tokens.HEAD_CHARS,
        "tail_chars": tokens.TAIL_CHARS,
        "token_pattern": cf.TOKEN_PATTERN,
        "ngram_head_chars": cf.NGRAM_HEAD_CHARS,
        "ngram_tail_chars": cf.NGRAM_TAIL_CHARS,
        "cheap": _spec_json(),
        "context_lift": complexity.CONTEXT_LIFT,
        "context_tail_chars": complexity.CONTEXT_TAIL_CHARS,
    }
    return data, f"token-table complexity model {data['fingerprint'][:12]}"
