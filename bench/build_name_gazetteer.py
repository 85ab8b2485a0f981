"""Builds src/meshroute/privacy/data/names.txt.gz, the deep scan's gazetteer of given names and
surnames, from maintained name lists (run again to refresh; the output is committed):

* given names: gender-guesser's ``nam_dict.txt`` (about 48,000 names from many countries), plus
  the names-dataset package's given names ranked in the top ``NAME_RANK`` of at least one of its
  105 countries (Facebook-derived, so Yoruba, Turkish, Indian... names are in it);
* surnames: the ``names`` package's US census list (88,799 surnames) plus names-dataset's
  surnames ranked in the top ``NAME_RANK`` of at least one country;
* frequent and ordinary English words are marked "c", so that lower-case text counts as a name
  only when the name is not also an ordinary word: wordfreq's 30,000 most frequent words and every
  lower-case entry of Debian's English word lists (``wamerican``/``wbritish``); of those, the words
  the lists spell only with a capital are also marked "p" ("michael", "jackson", "paris":
  frequent in text, but proper nouns, so in lower case still a name's part); the 500 most
  frequent words are also marked "s" (never part of a name: "will", "on", "a"), and the words the
  lists spell in lower case "d" (dictionary words: "mark", "price"; not "yuki", "tanaka", which
  are frequent in wordfreq's web text but not English words).

* fold.txt: lower-case Cyrillic, Greek and marked Latin letters and their ASCII spelling from
  anyascii ("остап" -> "ostap"), so that names in those scripts find their Latin entries.

Usage: apt-get install wamerican wbritish &&
       .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python bench/build_name_gazetteer.py
"""

from __future__ import annotations

import gzip
import importlib.resources
import pickle
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data"
OUT = DATA / "names.txt.gz"
# Letters the finder folds to ASCII before a second look-up (Cyrillic, Greek, Latin with
# marks or without a decomposition: dotless i, "ł", "ø", "ß"), from anyascii, which maps each code
# point on its own, so a per-letter table is the same mapping (names.js reads it too).
FOLD_OUT = DATA / "fold.txt"
FOLD_BLOCKS = ((0x00C0, 0x0250), (0x0370, 0x0530), (0x1E00, 0x2000))
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
# A name ranked below this in every country is left out: the long tail of the Facebook-derived
# lists is mostly misspellings and ordinary words typed into a name field.
NAME_RANK = 3000
# Given names and surnames frequent in English-speaking countries ("F", "L"): together they make
# a name even when both are also words ("John Smith", "mark price"), and after a given name no
# dictionary spells in lower case such a surname does too ("michael price"); other words do not
# ("venus shows", "denise ran", "Memory Test").
FREQUENT_SURNAME_RANK = 500
ENGLISH_SPEAKING = frozenset({"US", "GB", "CA", "AU", "IE", "NZ"})
# Countries, and the states and provinces written after a city ("Austin, Texas"), are marked "g":
# "Kowalski, Jan" is a name written surname first, "Lyon, France" is not.
STATE_COUNTRIES = ("US", "CA", "AU", "DE", "IN", "BR", "MX")


def places() -> set[str]:
    import pycountry

    names = {_fold(country.name) for country in pycountry.countries}
    names |= {_fold(getattr(c, "common_name", c.name)) for c in pycountry.countries}
    for code in STATE_COUNTRIES:
        names |= {_fold(sub.name) for sub in pycountry.subdivisions.get(country_code=code)}
    return {name for name in names if name.isalpha()}


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().lower()


def _names_dataset(kind: str, rank: int, countries: frozenset[str] | None = None) -> set[str]:
    """names-dataset's ``first``/``last`` names ranked in the top ``rank`` of some country (of
    ``countries``; read from its pickle directly: its loader keeps both tables, about 3 GB, in
    memory)."""
    data = importlib.resources.files("names_dataset").joinpath(f"v3/{kind}_names.pkl.gz")
    with gzip.open(data.open("rb")) as handle:
        table: dict[str, dict[str, dict[str, int | None]]] = pickle.load(handle)
    kept = set()
    for name, info in table.items():
        ranks = [r for c, r in info["rank"].items() if r and (not countries or c in countries)]
        if ranks and min(ranks) <= rank and name.replace("-", "").isalpha():
            kept.add(_fold(name))
    return kept


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
    return names | _names_dataset("first", NAME_RANK)


def surnames() -> set[str]:
    raw = importlib.resources.files("names").joinpath("dist.all.last").read_text()
    census = {_fold(line.split()[0]) for line in raw.splitlines() if line.strip()}
    return census | _names_dataset("last", NAME_RANK)


def dictionary_words() -> tuple[set[str], set[str]]:
    """The words the dictionaries spell in lower case, and those they spell only with a capital
    (proper nouns)."""
    lower: set[str] = set()
    capital_only: set[str] = set()
    for path in WORD_LISTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.removesuffix("'s")
            (lower if word.islower() else capital_only).add(_fold(word))
    return lower, capital_only - lower


def write_fold_table() -> None:
    import anyascii

    rows = []
    for low, high in FOLD_BLOCKS:
        for point in range(low, high):
            letter = chr(point)
            if not unicodedata.category(letter).startswith("L") or letter != letter.lower():
                continue
            folded = anyascii.anyascii(letter).lower()
            if folded.isascii() and folded.isalpha() and folded != letter:
                rows.append(f"{letter}\t{folded}")
    FOLD_OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} letters -> {FOLD_OUT}")


def main() -> None:
    import wordfreq

    write_fold_table()

    lower, proper = dictionary_words()
    common = lower | {_fold(w) for w in wordfreq.top_n_list("en", 30_000)}
    stop = {_fold(w) for w in wordfreq.top_n_list("en", 500)}
    first, last = given_names(), surnames()
    frequent_last = _names_dataset("last", FREQUENT_SURNAME_RANK, ENGLISH_SPEAKING)
    frequent_first = _names_dataset("first", FREQUENT_SURNAME_RANK, ENGLISH_SPEAKING)
    place = places()
    lines = []
    # Ordinary words that are not names are listed too (flag "c" alone): two capitalised words
    # neither of which is an ordinary word ("Oluwaseun Adeyemi") are taken for a name.
    for name in sorted(first | last | common | stop | place):
        if len(name) < 2:
            continue
        flags = ("f" if name in first else "") + ("l" if name in last else "")
        flags += "L" if name in frequent_last else ""
        flags += "F" if name in frequent_first else ""
        flags += "c" if name in common or name in stop else ""
        flags += "s" if name in stop else ""
        # not "de", "la" (in the lists as abbreviations: Delaware, Louisiana)
        flags += "p" if name in proper and "c" in flags and len(name) > 2 else ""
        flags += "d" if name in lower else ""
        flags += "g" if name in place else ""
        lines.append(f"{name}\t{flags}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{len(lines)} names ({len(first)} given, {len(last)} surnames) -> {OUT}")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--fold-only"]:
        write_fold_table()
    else:
        main()
