"""Whether a word is an ordinary word of some European language rather than a name.

The name table (``data/names.txt.gz``) knows which words are ordinary only in English (its
"c" flag), so in other languages' text any word it does not list, and any word some name list
happens to hold, could start or end a name: "suma kontrolna", "egy esti", "asla uydurma",
"Avenida Paulista", "Nur das Verfahren" were flagged as people. ``data/ordinary.bloom`` (built
by ``bench/build_ordinary_words.py``) holds the words that wordfreq finds at least once per
million words (Zipf >= 3) in one of 26 languages and that names-dataset ranks in no country's
top 100 given names or surnames (so "piotr", "mehmet", "haugen", "russo" are names first).

A Bloom filter, written here because no maintained package ships one that reads a prebuilt
file without a dependency: 881,000 words would cost about 65 MB as a Python set, the filter
costs 1 MB. About 1 word in 100 that is not in it reads as in it. The name rules ask it about
both words of a lower-case or an unlisted capitalised pair, and about an unlisted surname after
a particle ("Nur das Verfahren"); never about a listed surname.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import struct

__all__ = ["BloomFilter", "is_ordinary"]

_HEADER = struct.Struct("<4sQI")  # magic, bits, hashes
_MAGIC = b"MRBF"


class BloomFilter:
    """A set of strings that may answer "in" for about 1% of strings not added."""

    __slots__ = ("_bits", "_hashes", "_size")

    def __init__(self, size: int, hashes: int, bits: bytearray | bytes | None = None) -> None:
        self._size = size
        self._hashes = hashes
        self._bits = bytearray(bits) if bits is not None else bytearray((size + 7) // 8)

    def _positions(self, word: str) -> list[int]:
        digest = hashlib.blake2b(word.encode("utf-8"), digest_size=16).digest()
        first, second = struct.unpack("<QQ", digest)
        second |= 1  # odd: the steps never repeat a position
        return [(first + index * second) % self._size for index in range(self._hashes)]

    def add(self, word: str) -> None:
        for position in self._positions(word):
            self._bits[position >> 3] |= 1 << (position & 7)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        bits = self._bits
        return all(bits[p >> 3] >> (p & 7) & 1 for p in self._positions(word))

    def to_bytes(self) -> bytes:
        return _HEADER.pack(_MAGIC, self._size, self._hashes) + bytes(self._bits)

    @classmethod
    def from_bytes(cls, data: bytes) -> BloomFilter:
        magic, size, hashes = _HEADER.unpack_from(data)
        body = data[_HEADER.size :]
        if magic != _MAGIC or len(body) != (size + 7) // 8 or not 0 < hashes < 64:
            raise ValueError("not a Bloom filter file")
        return cls(size, hashes, body)


@functools.cache
def _filter() -> BloomFilter:
    data = importlib.resources.files("meshroute.privacy").joinpath("data/ordinary.bloom")
    return BloomFilter.from_bytes(data.read_bytes())


def is_ordinary(word: str) -> bool:
    """Whether ``word`` (any case) is a frequent word of some language and no frequent name."""
    return len(word) < 64 and word.lower() in _filter()
