"""Builds src/meshroute/privacy/data/months.txt, the month names the date-of-birth pattern reads
("born 3 marca 1985", "syntynyt 3. maaliskuuta 1985"): wide and abbreviated, as written in a
date and standing alone, in lower case, from the Unicode CLDR as Babel ships it. Run again to
refresh; the output is committed, so meshroute does not depend on Babel.

Usage: .venv/bin/pip install babel && .venv/bin/python bench/build_date_words.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/months.txt"
# The languages of the national identifiers and phone regions the scan knows, and the other
# European languages chat users write in (South Slavic, Baltic, Bulgarian, Icelandic, Albanian)
LOCALES = (
    "en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "fi", "da", "nb", "cs", "sk", "hu",
    "ro", "tr", "el", "uk", "ru", "ga", "ca", "hr", "sl", "bs", "sr_Latn", "sr", "mk", "bg",
    "lt", "lv", "et", "is", "sq",
)  # fmt: skip


def month_names(locale_code: str) -> set[str]:
    from babel import Locale

    locale = Locale.parse(locale_code)
    names: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in locale.months[context][width].values():
                word = name.lower().rstrip(".")
                if word.isalpha() and len(word) >= 3:
                    names.add(word)
    return names


def main() -> None:
    names: set[str] = {"sept"}  # English writes it too; CLDR has "sep"
    for code in LOCALES:
        names |= month_names(code)
    OUT.write_text(
        "# Month names, CLDR via Babel (bench/build_date_words.py)\n"
        + "\n".join(sorted(names))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(names)} month names ({len(LOCALES)} languages) -> {OUT}")


if __name__ == "__main__":
    main()
