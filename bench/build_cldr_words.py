"""Builds src/meshroute/privacy/data/cldr_words.txt: words that read as a name's part but name a
day, a month, a language, a people or a country ("le lundi", "την Κυριακή", "los domingos",
"Cleopatra Greek", "magyar történelemben"): wide day and month names, and one-word language
and territory names, in lower case, from the Unicode CLDR as Babel ships it, in the languages
bench/build_date_words.py reads. Each line: the word, a tab, "d" (a day or month) or "n" (a
language or territory). Run again to refresh; the output is committed, so meshroute does not
depend on Babel.

Usage: .venv/bin/pip install babel && .venv/bin/python bench/build_cldr_words.py
"""

from __future__ import annotations

from pathlib import Path

from build_date_words import LOCALES

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/cldr_words.txt"
MIN_LETTERS = 4  # "ma", "di", "an": too short to tell from other words


def _words(names: object) -> set[str]:
    found = {str(name).lower() for name in names}  # type: ignore[attr-defined]
    return {word for word in found if word.isalpha() and len(word) >= MIN_LETTERS}


def main() -> None:
    from babel import Locale

    days: set[str] = set()
    nations: set[str] = set()
    for code in LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            days |= _words(locale.days[context]["wide"].values())
            days |= _words(locale.months[context]["wide"].values())
        nations |= _words(locale.languages.values()) | _words(locale.territories.values())
    rows = {word: "d" for word in days} | {word: "n" for word in nations - days}
    OUT.write_text("".join(f"{word}\t{tag}\n" for word, tag in sorted(rows.items())), "utf-8")
    print(f"{len(days)} days and months, {len(nations - days)} languages and territories -> {OUT}")


if __name__ == "__main__":
    main()
