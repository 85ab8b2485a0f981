"""Build src/meshroute/privacy/data/function_words.txt: the function words of 23 European
languages (articles, pronouns, question words, conjunctions: "welche", "pourquoi", "dlaczego",
"почему", "le", "il"), which start no person's name ("Welche Rolle spielte ...", "Czy Zamek
Królewski ...", "je pense", "il suo"; the gazetteer lists many as given names somewhere).

Sources: spaCy's per-language stop-word lists (maintained, shipped with spaCy), kept when the
word is frequent in that language (wordfreq Zipf >= 4.5: the lists also hold content words);
each with its languages. Left out: one-letter words (initials) and English function words
("to", "be": English text would vote for Polish). Many are given names somewhere ("les", "bo",
"ali"): the gazetteer skips those only in a text of their language (public_names.py).

    .venv/bin/python bench/build_function_words.py
"""

from __future__ import annotations

import importlib
from pathlib import Path

from wordfreq import zipf_frequency

LANGS = (
    "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "hu", "sv", "da", "nb", "fi", "el",
    "ru", "uk", "tr", "ro", "hr", "sl", "lt", "lv",
)  # fmt: skip
MIN_ZIPF = 4.5
OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/function_words.txt"


def main() -> None:
    words: dict[str, set[str]] = {}
    english = {w.lower() for w in importlib.import_module("spacy.lang.en.stop_words").STOP_WORDS}
    for lang in LANGS:
        stop = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        for word in (w.lower() for w in stop):
            if len(word) < 2 or " " in word or word in english:
                continue
            if zipf_frequency(word, lang) >= MIN_ZIPF:
                words.setdefault(word, set()).add(lang)
    rows = (f"{w}\t{','.join(sorted(langs))}\n" for w, langs in sorted(words.items()))
    OUT.write_text("".join(rows), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
