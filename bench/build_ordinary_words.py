"""Build ``src/meshroute/privacy/data/ordinary.bloom``: the ordinary words of 26 languages that
are no frequent name, for ``ordinary_words.py``.

    .venv/bin/pip install -e '.[gazetteer]'
    .venv/bin/python bench/build_ordinary_words.py

A word is ordinary when wordfreq finds it at least once per million words (Zipf >= ZIPF) in one
of LANGS and names-dataset ranks it in no country's top RANK given names or surnames ("suma",
"esti", "kontrolna", "avenida"; not "piotr", "mehmet", "haugen"). Stored as a Bloom filter of
about 1% false positives (``ordinary_words.BloomFilter``); the build is deterministic.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from meshroute.privacy.ordinary_words import BloomFilter

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/ordinary.bloom"
ZIPF = 3.0
RANK = 100
ERROR = 0.01
LANGS = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "hu", "ro", "sv", "da", "nb",
    "fi", "ru", "uk", "el", "tr", "sh", "bg", "sl", "lt", "lv", "ca",
)  # fmt: skip


def frequent_words() -> set[str]:
    from wordfreq import iter_wordlist, zipf_frequency

    words: set[str] = set()
    for lang in LANGS:
        for word in iter_wordlist(lang):
            if zipf_frequency(word, lang) < ZIPF:
                break  # the list is sorted by frequency
            if word.isalpha():
                words.add(word)
    return words


def _top_name(dataset: Any, word: str) -> bool:
    found = dataset.search(word.title()) or {}
    for kind in ("first_name", "last_name"):
        ranks = ((found.get(kind) or {}).get("rank") or {}).values()
        if any(rank is not None and rank <= RANK for rank in ranks):
            return True
    return False


def main() -> None:
    from names_dataset import NameDataset

    dataset = NameDataset()
    ordinary = sorted(word for word in frequent_words() if not _top_name(dataset, word))
    size = math.ceil(-len(ordinary) * math.log(ERROR) / math.log(2) ** 2)
    hashes = round(size / len(ordinary) * math.log(2))
    bloom = BloomFilter(size, hashes)
    for word in ordinary:
        bloom.add(word)
    OUT.write_bytes(bloom.to_bytes())
    print(f"{len(ordinary):,} words, {size:,} bits, {hashes} hashes -> {OUT}")


if __name__ == "__main__":
    main()
