"""Text features of the complexity scorer, shared by training (bench/train_router.py) and
inference (complexity.py) so that the two can never drift apart.

Two families:
- n-gram keys (lower-cased word unigrams and bigrams, plus punctuation marks as tokens), looked
  up in the model's vocabulary and weighted by TF-IDF as scikit-learn's TfidfVectorizer does;
- cheap signals (length, code, math, proofs, multi-step instructions, requested output length)
  that MMLU barely exercises but real chat requests do; their weights come mostly from the small
  hand-written chat set in bench/train_router.py.

Everything here is pure Python: one regex tokenisation, set operations and str.count, so a
1,000-character prompt costs about 50 microseconds.

Changing anything here changes the model: bump FEATURES_VERSION and retrain.
"""

from __future__ import annotations

import itertools
import math
import re

FEATURES_VERSION = 2

# Same pattern the trainer hands to TfidfVectorizer(token_pattern=...), applied to lower-cased
# text: words/numbers, or any single non-space punctuation mark ("?", "=", "{" carry signal).
TOKEN_PATTERN = r"[a-z0-9]+|[^\sa-z0-9]"
_TOKEN_RE = re.compile(TOKEN_PATTERN)

# Only the head and tail of a very long prompt feed the n-grams: the budget is < 500 us at 5,000
# characters, and the instruction usually sits at one end of a pasted document.
NGRAM_HEAD_CHARS = 3000
NGRAM_TAIL_CHARS = 1000

# Cheap signals are word sets intersected with the n-gram keys, and str.count calls: a first
# version with one regex per signal cost 160 us at 1,000 characters, the whole budget.
_CODE_KEYS = frozenset(
    (
        "def",
        "return",
        "import",
        "include",
        "class",
        "func",
        "fn",
        "const",
        "var",
        "let",
        "lambda",
        "println",
        "printf",
        "select",
        "function",
        "async",
        "await",
        "struct",
        "impl",
        "code",
        "python",
        "rust",
        "java",
        "javascript",
        "typescript",
        "sql",
        "golang",
        "regex",
        "api",
        "bug",
        "compile",
        "compiler",
        "unit tests",
        "test suite",
    )
)
_CODE_CHARS = ("```", ";\n", "{\n", "}\n", "()", "=>", "->", "::", "==")
_MATH_KEYS = frozenset(
    (
        "integral",
        "derivative",
        "equation",
        "equations",
        "matrix",
        "eigenvalues",
        "sqrt",
        "polynomial",
        "probability",
        "limit",
        "converges",
        "series",
        "integer",
        "integers",
        "prime",
        "primes",
        "modulo",
        "inequality",
        "vector",
        "solve",
        "compute",
        "calculate",
        "\\",
        "frac",
    )
)
_MATH_CHARS = ("=", "^", "<", ">", "∫", "∑", "√", "≤", "≥", "π", "∞")
_PROOF_KEYS = frozenset(
    (
        "prove",
        "proof",
        "derive",
        "derivation",
        "theorem",
        "lemma",
        "show that",
        "rigorous",
        "formally",
        "induction",
        "verify",
    )
)
_BUILD_KEYS = frozenset(
    (
        "implement",
        "design",
        "architect",
        "architecture",
        "refactor",
        "optimise",
        "optimize",
        "debug",
        "compiler",
        "interpreter",
        "algorithm",
        "distributed",
        "concurrent",
        "concurrency",
        "scalable",
        "end -",
        "production",
        "pipeline",
        "migrate",
        "migration",
        "build a",
        "write a",
        "create a",
        "develop",
    )
)
_STEP_KEYS = frozenset(
    (
        "step by",
        "by step",
        "then",
        "after that",
        "finally",
        "also",
        "first",
        "second",
        "next",
        "steps",
        "plan",
    )
)
_STEP_CHARS = ("\n1.", "\n2.", "\n3.", "\n1)", "\n2)", "\n- ", "\n* ", "\n• ")
_LONG_OUT_KEYS = frozenset(
    (
        "essay",
        "detailed",
        "comprehensive",
        "in depth",
        "depth",
        "thorough",
        "report",
        "article",
        "chapter",
        "words",
        "pages",
        "complete",
        "full",
        "explain why",
        "analyse",
        "analyze",
        "analysis",
        "compare",
        "discuss",
        "evaluate",
        "critique",
        "tradeoffs",
        "trade -",
    )
)
_SMALLTALK = frozenset(
    (
        "hi",
        "hello",
        "hey",
        "thanks",
        "thank",
        "ok",
        "okay",
        "good",
        "bye",
        "yes",
        "no",
        "cool",
        "great",
        "nice",
        "sure",
    )
)

CHEAP_NAMES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "log_lines",
    "code",
    "math",
    "proof",
    "build",
    "steps",
    "long_output",
    "questions",
    "smalltalk",
)


def ngram_text(text: str) -> str:
    """The part of `text` that feeds the n-grams, lower-cased (head and tail of long prompts)."""
    if len(text) > NGRAM_HEAD_CHARS + NGRAM_TAIL_CHARS:
        text = text[:NGRAM_HEAD_CHARS] + "\n" + text[-NGRAM_TAIL_CHARS:]
    return text.lower()


def _squash(count: int, scale: float) -> float:
    # log1p keeps one huge paste from dominating the linear model.
    return math.log1p(count) / scale


def _counts(text: str, needles: tuple[str, ...]) -> int:
    return sum(map(text.count, needles))


def extract(text: str) -> tuple[set[str], list[float]]:
    """The n-gram keys and the cheap signals (CHEAP_NAMES order, each roughly in [0, 1.5]).

    Keys are distinct unigrams and bigrams ("a b"), binary presence as TfidfVectorizer(binary=
    True) sees them: repeating a word does not make a question harder.
    """
    tokens = _TOKEN_RE.findall(ngram_text(text))
    keys = set(tokens)
    keys.update(map(" ".join, itertools.pairwise(tokens)))
    n_chars = len(text)
    smalltalk = n_chars < 200 and bool(tokens) and tokens[0] in _SMALLTALK
    cheap = [
        _squash(n_chars, 9.0),
        _squash(len(tokens), 7.0),
        _squash(text.count("\n"), 5.0),
        _squash(len(_CODE_KEYS & keys) + _counts(text, _CODE_CHARS), 3.0),
        _squash(len(_MATH_KEYS & keys) + _counts(text, _MATH_CHARS), 3.0),
        _squash(len(_PROOF_KEYS & keys), 1.5),
        _squash(len(_BUILD_KEYS & keys), 2.0),
        _squash(len(_STEP_KEYS & keys) + _counts(text, _STEP_CHARS), 3.0),
        _squash(len(_LONG_OUT_KEYS & keys), 2.0),
        _squash(text.count("?"), 2.0),
        1.0 if smalltalk else 0.0,
    ]
    return keys, cheap


def _split_keys(keys: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    words = frozenset(key for key in keys if " " not in key)
    return words, tuple(f" {key} " for key in keys if " " in key)


_SIGNAL_KEYS = tuple(
    _split_keys(keys)
    for keys in (_CODE_KEYS, _MATH_KEYS, _PROOF_KEYS, _BUILD_KEYS, _STEP_KEYS, _LONG_OUT_KEYS)
)
_SIGNAL_CHARS = (_CODE_CHARS, _MATH_CHARS, (), (), _STEP_CHARS, ())
_SIGNAL_SCALES = (3.0, 3.0, 1.5, 2.0, 3.0, 2.0)
SIGNAL_NAMES: tuple[str, ...] = CHEAP_NAMES[3:]


def signals(text: str, words: list[str]) -> list[float]:
    """The cheap signals without the length ones (SIGNAL_NAMES order), for the router model.

    `text` is the (bounded) request text, `words` its lower-cased tokens in order (one regex
    pass shared with the tokenizer, see scorer/tokens.py). Multi-word keys ("show that") are
    found in the joined words instead of building every bigram: a third of the cost.
    """
    present = set(words)
    joined = " " + " ".join(words) + " "
    values = []
    for (unigrams, phrases), chars, scale in zip(
        _SIGNAL_KEYS, _SIGNAL_CHARS, _SIGNAL_SCALES, strict=True
    ):
        hits = len(unigrams & present) + sum(phrase in joined for phrase in phrases)
        values.append(_squash(hits + _counts(text, chars), scale))
    smalltalk = len(text) < 200 and bool(words) and words[0] in _SMALLTALK
    values += [_squash(text.count("?"), 2.0), 1.0 if smalltalk else 0.0]
    return values
