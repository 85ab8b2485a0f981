"""Builds src/meshroute/privacy/data/names.txt.gz, the deep scan's gazetteer of given names and
surnames, from maintained name lists on PyPI (run again to refresh; the output is committed):

* given names: gender-guesser's ``nam_dict.txt`` (about 48,000 names from many countries);
* surnames: the ``names`` package's US census list (88,799 surnames, many of them European,
  African and Asian);
* common English words (wordfreq's 30,000 most frequent) are listed and marked "c", so that
  lower-case text counts as a name only when the name is not also an ordinary word; the 500
  most frequent are also marked "s" (never a name in lower case: "will", "may").

Usage: .venv/bin/pip install gender-guesser==0.4.0 names==0.3.0 wordfreq==3.1.1 &&
       .venv/bin/python bench/build_name_gazetteer.py
"""

from __future__ import annotations

import gzip
import importlib.resources
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/names.txt.gz"


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().lower()


def given_names() -> set[str]:
    raw = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    names: set[str] = set()
    for line in raw.decode("iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30 or line[0] not in "MF?=1":
            continue
        if line[0] == "=":
            continue  # equivalence lines ("Aga Agnieszka") repeat names listed on their own
        name = line[3:29].strip()
        if "+" in name:  # gender-guesser writes compound names as "Ann+Marie"
            name = name.replace("+", "-")
        if name.isalpha() or "-" in name:
            names.add(_fold(name))
    return names


def surnames() -> set[str]:
    raw = importlib.resources.files("names").joinpath("dist.all.last").read_text()
    return {_fold(line.split()[0]) for line in raw.splitlines() if line.strip()}


def main() -> None:
    import wordfreq

    common = {_fold(w) for w in wordfreq.top_n_list("en", 30_000)}
    # The most frequent words ("will", "may", "can"): never a name in lower case.
    stop = {_fold(w) for w in wordfreq.top_n_list("en", 500)}
    first, last = given_names(), surnames()
    lines = []
    # Common words that are not names are listed too (flag "c" alone): two capitalised words
    # neither of which is a common word ("Oluwaseun Adeyemi") are taken for a name.
    for name in sorted(first | last | common):
        if len(name) < 2:
            continue
        flags = ("f" if name in first else "") + ("l" if name in last else "")
        flags += "c" if name in common else ""
        flags += "s" if name in stop else ""
        lines.append(f"{name}\t{flags}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{len(lines)} names ({len(first)} given, {len(last)} surnames) -> {OUT}")


if __name__ == "__main__":
    main()
