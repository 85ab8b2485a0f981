"""Shape tests of the cue-less finder (``cueless.py``): character classes, entropy, word-like
runs, and the shapes of technical tokens that are not secrets (versions, money, hashes, tags,
words joined by punctuation). Plain string tests, not regular expressions: each costs well under
a microsecond on a bounded token, where a call into RE2 from Python costs several."""

from __future__ import annotations

import base64
import binascii
import itertools

from meshroute.privacy.validators import _entropy as entropy  # Shannon bits per character

__all__ = [
    "BASE64_CHARS", "DIGITS", "HEX_CHARS", "SEPARATORS", "STRONG_SYMBOLS", "amount_then_text",
    "classes", "composed", "currency", "decodes_to_text", "entropy", "hex_digits", "option",
    "pieces", "tag", "transitions", "uuid_shaped", "version", "wordy",
]  # fmt: skip

DIGITS = frozenset("0123456789")
STRONG_SYMBOLS = frozenset("!#$%&*+=?@^~|")
SEPARATORS = frozenset("-._/:")
HEX_CHARS = frozenset("0123456789abcdefABCDEF-")
BASE64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-.")


def classes(value: str) -> tuple[bool, bool, bool, bool]:
    """Lower case, upper case, digit, password symbol (set and case tests: no loop in Python)."""
    return (
        value != value.upper(),
        value != value.lower(),
        not DIGITS.isdisjoint(value),
        not STRONG_SYMBOLS.isdisjoint(value),
    )


def tag(body: str) -> bool:
    """Words, not a random string: "MachineLearning2024", "release-2024-11" (not "38BLc0unnT")."""
    if not body or not all(c.isalnum() or c in "_-." for c in body):
        return False
    letters = "".join(c for c in body if c.isalpha())
    return letters.islower() or letters.isupper() or wordy(body, 2) > 0.5


def amount_then_text(rest: str) -> bool:
    digits = len(rest) - len(rest.lstrip("0123456789"))
    return digits > 0 and rest[digits : digits + 1] in ("", ".", ",", ";", ":", ")")


def version(token: str) -> bool:
    """ "1.2.3", "v2.0.1-beta+build.5", "3.11-slim", "22.04"."""
    body = token[1:] if token[:1] in "vV" else token
    head = body.split(".", 1)[0]
    return (
        "." in body
        and head.isdigit()
        and all(c.isascii() and (c.isalnum() or c in ".-+_") for c in body)
    )


def currency(token: str) -> bool:
    """ "$1,299.99", "US$500", "€20", "£3.5m"."""
    body = token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if len(token) - len(body) > 3 or body[:1] not in ("$", "€", "£", "¥") or len(body) < 2:
        return False
    amount = body[1:].rstrip("kKmMbB")
    return bool(amount) and all(c.isdigit() or c in ".," for c in amount)


def hex_digits(value: str) -> bool:
    body = value[2:] if value[:2] in ("0x", "0X") else value
    return bool(body) and HEX_CHARS.issuperset(body)


def uuid_shaped(value: str) -> bool:
    return (
        len(value) == 36
        and all(value[i] == "-" for i in (8, 13, 18, 23))
        and HEX_CHARS.issuperset(value)
    )


def option(token: str) -> bool:
    """A command-line option or an environment variable set, with its value: "-XX:+UseG1GC",
    "-XX:MaxRAM=4g", "--cpus=2", "JAVA_OPTS=-Xms512m" (settings, not a generated password)."""
    if token.startswith("-"):
        name = token.lstrip("-")
        cut = min((i for i in (name.find(":"), name.find("=")) if i >= 0), default=-1)
        head = name[:cut].replace("-", "").replace(".", "")
        return cut > 0 and head[:1].isalpha() and head.isalnum()
    key, equals, _ = token.partition("=")
    return bool(equals) and "_" in key and key.isupper() and key.replace("_", "").isalnum()


def pieces(token: str) -> list[str]:
    """The token cut at separators: "Llama-3.1-8B-Instruct" -> Llama, 3, 1, 8B, Instruct."""
    out: list[str] = []
    current: list[str] = []
    for c in token:
        if c in SEPARATORS:
            if current:
                out.append("".join(current))
            current = []
        else:
            current.append(c)
    if current:
        out.append("".join(current))
    return out


def transitions(value: str) -> int:
    """Changes between lower case, upper case, digit and symbol along the value."""

    def kind(c: str) -> int:
        return 0 if c.islower() else 1 if c.isupper() else 2 if c.isdigit() else 3

    kinds = [kind(c) for c in value]
    return sum(a != b for a, b in itertools.pairwise(kinds))


def wordy(piece: str, least: int) -> float:
    """The share of the piece in word-like runs (an optional capital, then ``least`` lower-case
    letters or more): about 0.1 in a random string, over 0.5 in CamelCase identifiers."""
    covered = run = 0
    for i, c in enumerate(piece):
        if c.islower():
            run += 1
            continue
        if run >= least:
            covered += run + (i - run > 0 and piece[i - run - 1].isupper())
        run = 0
    if run >= least:
        covered += run + (len(piece) - run > 0 and piece[len(piece) - run - 1].isupper())
    return covered / max(1, len(piece))


def composed(token: str) -> bool:
    """Words and short numbers joined by punctuation: code, versions, formats, scoped names
    ("assistant@v2", "~200-token", "debian/4.1.0-3+b2", "start:%Y-%m-%d", "A-Za-z0-9_"). A
    password's parts are not all words: "Zima2023!", "kX9#mQ2$vL", "P@ssw0rd!2024"."""
    parts = "".join(c if c.isalnum() else " " for c in token).split()
    has_word = False
    for part in parts:
        if part.isalpha() and (part.islower() or part.istitle() or part.isupper()):
            has_word = has_word or len(part) >= 3
        elif not (len(part) <= 3 and (part.isalpha() or any(c.isdigit() for c in part))):
            return False
    return has_word


def decodes_to_text(token: str) -> bool:
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.b64decode(padded, altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return False
    printable = sum(32 <= b < 127 for b in raw)
    return bool(raw) and printable / len(raw) > 0.95 and b" " in raw
