"""Builds src/meshroute/privacy/data/street_suffixes.txt, the street types the deep scan's English
street-address pattern accepts ("12 Mill Run", "9 de Vries Drive"): the USPS Publication 28
street suffixes (their long forms, singular, less a few generic nouns), as the
``usaddress-scourgify`` package keeps them. Run again to refresh; the output is committed, so
meshroute does not depend on scourgify.

Usage: .venv/bin/pip install usaddress-scourgify==0.7.1 &&
       .venv/bin/python bench/build_street_suffixes.py
"""

from __future__ import annotations

from pathlib import Path

GENERIC_NOUNS = frozenset(
    {
        "KEY", "POINT", "UNION", "MISSION", "STATION", "LIGHT", "CENTER", "LAND", "COURSE",
        "COMMON", "SUMMIT", "SPRING", "FALL", "WELL", "VIEW", "PASS", "REST", "DIVIDE", "TRACK",
        "PORT", "MALL", "ISLAND",
    }
)  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "src/meshroute/privacy/data/street_suffixes.txt"


def main() -> None:
    from scourgify import address_constants

    longhand = set(address_constants.LONGHAND_STREET_TYPES.values())
    # One word each ("County Road" starts with a word that is a suffix itself or a name); no
    # plurals ("5 Key Points", "the 3 Great Lakes") and no nouns that end many other names
    # ("1996 World Food Summit"): those cost more false alarms than the streets they find.
    words = sorted(
        name.title()
        for name in longhand
        if name.isalpha() and not name.endswith("S") and name not in GENERIC_NOUNS
    )
    OUT.write_text(
        "# USPS Publication 28 street suffixes (bench/build_street_suffixes.py)\n"
        + "\n".join(words)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(words)} street suffixes -> {OUT}")


if __name__ == "__main__":
    main()
