"""Build ``src/meshroute/privacy/data/public_words.txt.gz``: words and names that only look
like a private person's, for ``public_words.py``.

    mkdir -p /tmp/pw && cd /tmp/pw && for p in @cspell/dict-companies@3.2.14 \
        simple-icons@16.37.0 superheroes@4.0.0 supervillains@4.0.0 middleearth-names@1.1.0 \
        starwars-names@1.6.0; do npm pack "$p"; done && for f in *.tgz; do \
        mkdir -p "${f%.tgz}" && tar -xzf "$f" -C "${f%.tgz}"; done; cd -
    .venv/bin/pip install -e '.[gazetteer]'
    .venv/bin/python bench/build_public_words.py /tmp/pw

Why: the deep scan flags "Welche Rolle spielte", "kaç gol", "Renault Clio" and "Frodo Baggins"
as people. Tags, one key (``notable.key_of``) a line:
* ``w``: a frequent word of one of 26 European languages (wordfreq Zipf >= ZIPF) that
  names-dataset ranks in no country's top RANK given names or surnames, that
  gender-guesser does not know as a given name, and that the gazetteer
  (``data/names.txt.gz``) holds as a name ("rolle", "kac", "goli"; not "pena", "soledad",
  "francia", "kaspars");
* ``b``: a one-word brand (cspell's company dictionary, simple-icons' brand titles) that is no
  top-RANK given name anywhere ("skoda", "renault", "dacia"; not "mercedes", "albert");
* ``B``: a brand of two words or more ("albert heijn", "louis vuitton");
* ``g``: a function word that gender-guesser knows as a given name ("ana", "per");
* ``k``: a fictional character of two words or more (the npm packages superheroes,
  supervillains, middleearth-names, starwars-names: "frodo baggins", "darth vader").
Sorted, gzipped deterministically.
"""

from __future__ import annotations

import gzip
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from meshroute.privacy.folding import folded as _folded
from meshroute.privacy.notable import _flags, key_of
from meshroute.privacy.public_names import function_words

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/public_words.txt.gz"
ZIPF = 3.5  # about the 15,000 most frequent words of a language
RANK = 300  # a top-300 given name or surname of a country is a name first
LANGS = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "hu", "ro", "sv", "da", "nb",
    "fi", "ru", "uk", "el", "tr", "sh", "bg", "sl", "lt", "lv", "ca",
)  # fmt: skip
FICTION = (
    "superheroes/package/superheroes.json",
    "supervillains/package/supervillains.json",
    "middleearth-names/package/src/middleearth-names.json",
    "starwars-names/package/dist/starwars-names.json",
)


def _best_rank(dataset: Any, word: str, kinds: tuple[str, ...]) -> int:
    found = dataset.search(word.title()) or {}
    ranks = [
        rank
        for kind in kinds
        for rank in ((found.get(kind) or {}).get("rank") or {}).values()
        if rank
    ]
    return min(ranks, default=10**9)


def common_words(dataset: Any) -> set[str]:
    from wordfreq import iter_wordlist, zipf_frequency

    words: dict[str, str] = {}  # key -> the word as wordfreq spells it
    for lang in LANGS:
        for word in iter_wordlist(lang):
            if zipf_frequency(word, lang) < ZIPF:
                break
            key = key_of(word)
            if len(key) > 1 and " " not in key and word.isalpha():
                words.setdefault(key, word)
    both = ("first_name", "last_name")
    # only words the gazetteer may take for a name (a table of all: 390,000 words, 85 MB)
    named = {key for key, word in words.items() if set(_flags(word) + _flags(key)) & set("fl")}
    named = {key for key in named if _best_rank(dataset, key, both) > RANK}
    return {key for key in named if not any(map(_given, (key, words[key], _folded(key))))}


@cache
def _guesser() -> Any:
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def _given(word: str) -> bool:
    """Whether gender-guesser's given names of 54 countries hold ``word`` or its Latin spelling
    ("kaspars", "vít", "олесь")."""
    # two letters: too often an odd entry there ("je", "er")
    return len(word) > 2 and bool(_guesser().get_gender(word) != "unknown")


def _package(root: Path, name: str) -> Path:
    return next(p for p in root.iterdir() if p.name.startswith(name) and p.is_dir())


def brands(root: Path) -> list[str]:
    companies = _package(root, "cspell-dict-companies") / "package/dict/companies.txt"
    titles = companies.read_text(encoding="utf-8").splitlines()
    icons = _package(root, "simple-icons") / "package/data/simple-icons.json"
    data = json.loads(icons.read_text(encoding="utf-8"))
    titles += [icon["title"] for icon in (data if isinstance(data, list) else data["icons"])]
    return [key_of(title) for title in titles if key_of(title)]


def fiction(root: Path) -> list[str]:
    names: list[str] = []
    for path in FICTION:
        package, _, rest = path.partition("/")
        names += json.loads((_package(root, package) / rest).read_text(encoding="utf-8"))
    return [key_of(name) for name in names if len(key_of(name).split()) > 1]


def main(root: Path) -> None:
    from names_dataset import NameDataset

    dataset = NameDataset()
    keys: dict[str, str] = dict.fromkeys(common_words(dataset), "w")
    for brand in brands(root):
        if " " in brand:
            keys.setdefault(brand, "B")
        elif len(brand) > 2 and _best_rank(dataset, brand, ("first_name",)) > RANK:
            keys[brand] = "".join(sorted(set(keys.get(brand, "") + "b")))
    for name in fiction(root):
        keys[name] = "k"
    for word in function_words():  # "ana", "per": a given name too
        if _given(word):
            keys[word] = keys.get(word, "") + "g"
    data = "".join(f"{key}\t{tag}\n" for key, tag in sorted(keys.items()))
    OUT.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    counts = {tag: sum(tag in value for value in keys.values()) for tag in "wbBgk"}
    print(f"{len(keys):,} keys: {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
