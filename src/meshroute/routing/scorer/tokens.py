"""The static token table: each WordPiece token of all-MiniLM-L6-v2 mapped to 64 numbers.

The table is the model's input embedding matrix (30,522 x 384, Apache-2.0, see
routing/data/MiniLM-NOTICE), centred, projected on its first 64 principal components and
quantised to int8 per dimension (bench/train_router.py --distil): 1.9 MB instead of 23 MB in
fp16, and on held-out MMLU subjects it ranked as well as the full table (docs/router_quality.md).
No torch, no tokenizer library: see WordPieceIds.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import unicodedata
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

TABLE_RESOURCE = "token_table.npz"
TOKENIZER_RESOURCE = "minilm_tokenizer.json"
# Only the head and tail of a very long prompt are read: the instruction usually sits at one
# end of a pasted document, and the cost stays bounded whatever the client sends.
HEAD_CHARS = 1500
TAIL_CHARS = 500

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

# Close to BERT's pre-tokenizer: runs of letters and digits, and every other non-space character
# alone. Python's `re` rather than `regex` with \p{P}: 3x faster here, and the two differ only
# on rare symbols (BERT keeps "°" attached to "20", this splits it).
_WORD_RE = re.compile(r"[^\W_]+|[^\w\s]|_")
_MAX_WORD_CHARS = 100  # as the tokenizer's max_input_chars_per_word: longer words are [UNK]
_CACHE_LIMIT = 200_000


class WordPieceIds:
    """The distinct WordPiece ids of a text, as all-MiniLM-L6-v2's tokenizer would give them.

    Hand-written instead of the `tokenizers` library: the scorer needs only the SET of ids, so
    each distinct word is split once and cached. Measured here, 1,000 characters: 0.12-0.23 ms
    against 1.5-1.8 ms for `tokenizers` encode (on a loaded 2-core machine). It agrees with the
    library on 90% of MMLU prompts; the rest differ in rare symbols (degree signs, superscript
    digits), and training and inference share this code, so they cannot drift apart.
    """

    def __init__(self, vocab: dict[str, int]) -> None:
        self._vocab = vocab
        self._unk = vocab["[UNK]"]
        self._cache: dict[str, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    def _pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > _MAX_WORD_CHARS:
            return (self._unk,)
        vocab, pieces, start = self._vocab, [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = vocab.get(piece)
                if found is not None:
                    pieces.append(found)
                    break
                end -= 1
            else:
                return (self._unk,)
            start = end
        return tuple(pieces)

    def __call__(self, text: str) -> tuple[list[str], set[int]]:
        """(the lower-cased words in order, the distinct ids)."""
        text = text.lower()
        if not text.isascii():
            decomposed = unicodedata.normalize("NFD", text)
            text = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        words = _WORD_RE.findall(text)
        ids: set[int] = set()
        cache = self._cache
        for word in set(words):
            pieces = cache.get(word)
            if pieces is None:
                pieces = self._pieces(word)
                if len(cache) < _CACHE_LIMIT:  # bounded: hostile text cannot grow it forever
                    with self._lock:
                        cache[word] = pieces
            ids.update(pieces)
        return words, ids


def bounded(text: str) -> str:
    """The part of `text` the scorer reads (head and tail of long prompts)."""
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]
    return text


class TokenTable:
    """Tokenizer plus the dequantised table; immutable, shared between threads."""

    __slots__ = ("_ids", "digest", "vectors")

    def __init__(self, tokenizer_json: str, quantised: npt.NDArray[np.int8], scale: FloatArray):
        vocab = json.loads(tokenizer_json)["model"]["vocab"]
        if len(vocab) != len(quantised):
            raise ValueError("token table and tokenizer vocabulary differ in size")
        self._ids = WordPieceIds(vocab)
        self.vectors: FloatArray = quantised.astype(np.float64) * scale[None, :]
        digest = hashlib.sha256(quantised.tobytes())
        digest.update(np.asarray(scale, dtype=np.float64).tobytes())
        self.digest = digest.hexdigest()

    @classmethod
    def load(cls, table: Path, tokenizer: Path) -> TokenTable:
        with np.load(table, allow_pickle=False) as npz:
            quantised = np.asarray(npz["table"], dtype=np.int8)
            scale = np.asarray(npz["scale"], dtype=np.float64)
        return cls(tokenizer.read_text(encoding="utf-8"), quantised, scale)

    @classmethod
    def load_default(cls) -> TokenTable:
        data = resources.files("meshroute.routing").joinpath("data")
        with (
            resources.as_file(data.joinpath(TABLE_RESOURCE)) as table,
            resources.as_file(data.joinpath(TOKENIZER_RESOURCE)) as tokenizer,
        ):
            return cls.load(table, tokenizer)

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    def tokenize(self, text: str) -> tuple[list[str], IntArray]:
        """(lower-cased words, distinct token ids) of `text`, which the caller has bounded.

        Distinct ids: repeating a phrase adds nothing.
        """
        words, ids = self._ids(text)
        return words, np.fromiter(ids, dtype=np.intp, count=len(ids))

    def mean_vector(self, ids: IntArray) -> FloatArray:
        if len(ids) == 0:
            return np.zeros(self.dims)
        return np.asarray(self.vectors[ids].mean(axis=0), dtype=np.float64)
