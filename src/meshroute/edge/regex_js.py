"""Translate the fast scan's regular expressions (RE2 syntax, as ``meshroute.privacy.patterns``
writes them) into JavaScript ``RegExp`` source and flags, so the Worker runs the very patterns
the gateway runs.

Hand-written because no maintained Python package does this direction. It covers the syntax
the fast scan uses and refuses the rest (atomic groups, possessive quantifiers, conditionals,
fuzzy matching, ...) with :class:`UnsupportedRegex`, so a new pattern the Worker cannot run
fails the build instead of being dropped silently.

Semantics kept: RE2's ``\\s`` and ``.`` are narrower than JavaScript's and are spelled out;
``\\x{HHHH}`` becomes ``\\u{HHHH}``; a stray ``]`` or ``{`` is escaped for the ``u`` flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["JsRegex", "UnsupportedRegex", "to_js"]

# RE2's classes are ASCII: \d, \w and \b are ASCII in JavaScript too (even with the u flag),
# but JavaScript's \s and . are wider, so they are spelled out.
_RE2_SPACE = "\\t\\n\\f\\r "
# outside a character class: (replacement); inside one: (replacement or None = unsupported)
_CLASS_ESCAPES = {
    "d": (r"\d", r"\d"),
    "D": (r"\D", r"\D"),
    "w": (r"\w", r"\w"),
    "W": (r"\W", r"\W"),
    "s": (f"[{_RE2_SPACE}]", _RE2_SPACE),
    "S": (f"[^{_RE2_SPACE}]", None),
}
_SIMPLE_ESCAPES = frozenset("tnrfv0")
_SYNTAX = frozenset("^$\\.*+?()[]{}|/")
_SCRIPTS = frozenset({"Han", "Katakana", "Hiragana", "Latin", "Greek", "Cyrillic", "Arabic"})
# Group openers JavaScript lacks (checked at unescaped "(" only: "\\(?(" is a literal).
_UNSUPPORTED_GROUPS = (
    ("(?>", "atomic group"),
    ("(?|", "branch reset"),
    ("(?(", "conditional"),
    ("(?#", "comment group"),
    ("(?&", "recursion"),
    ("(?R", "recursion"),
    ("(?P>", "recursion"),
)
_FUZZY = re.compile(r"\{[eisd]\s*<")
_QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}")


class UnsupportedRegex(ValueError):
    """A Python pattern uses syntax the JavaScript translation does not cover."""


@dataclass(frozen=True, slots=True)
class JsRegex:
    source: str
    flags: str

    def as_json(self) -> dict[str, str]:
        return {"source": self.source, "flags": self.flags}


def to_js(
    pattern: str, *, ignorecase: bool = False, dotall: bool = False, multiline: bool = False
) -> JsRegex:
    """JS source and flags (always ``u``) for a Python pattern compiled with the given flags."""
    if _FUZZY.search(pattern):
        raise UnsupportedRegex(f"fuzzy matching: {pattern[:80]!r}")
    body = pattern
    inline = re.match(r"\(\?([aiLmsux]+)\)", body)
    if inline:
        ignorecase |= "i" in inline.group(1)
        dotall |= "s" in inline.group(1)
        multiline |= "m" in inline.group(1)
        body = body[inline.end() :]
    source = _Translator(body, dotall=dotall).run()
    flags = "u" + ("i" if ignorecase else "") + ("s" if dotall else "") + ("m" if multiline else "")
    return JsRegex(source, "".join(sorted(flags)))


class _Translator:
    """One left-to-right pass; tracks whether we are inside a character class."""

    def __init__(self, pattern: str, *, dotall: bool = False) -> None:
        self.dot = r"[\s\S]" if dotall else r"[^\n]"  # RE2's dot excludes only the newline
        self.src = pattern
        self.pos = 0
        self.out: list[str] = []
        self.in_class = False
        self.fold_depth: list[int] = []  # group depths of open (?i:...) groups
        self.depth = 0
        self.after_quantifier = False

    def run(self) -> str:
        while self.pos < len(self.src):
            char = self.src[self.pos]
            if char == "\\":
                self.after_quantifier = False
                self._escape()
            elif self.in_class:
                self.after_quantifier = False
                self._class_char(char)
            else:
                self._plain(char)
        if self.in_class or self.fold_depth:
            raise UnsupportedRegex(f"unbalanced pattern: {self.src[:80]!r}")
        return "".join(self.out)

    def _class_char(self, char: str) -> None:
        self.pos += 1
        if char == "]":
            self.in_class = False
        elif char in "[{}()|/":  # literal inside a class, but must be escaped in u mode
            char = "\\" + char
        self.out.append(char)

    def _plain(self, char: str) -> None:
        quantifier = char in "*+?" or (char == "}" and self._closes_quantifier())
        if char == "+" and self.after_quantifier:
            raise UnsupportedRegex(f"possessive quantifier: {self.src[:80]!r}")
        self.after_quantifier = quantifier and not (char == "?" and self.after_quantifier)
        if char == "[":
            if self.fold_depth:
                raise UnsupportedRegex(f"a class inside (?i:...): {self.src[:80]!r}")
            self.in_class = True
            self.out.append("[")
            self.pos += 1
            for lead in ("^", "]"):  # a leading ']' is literal in Python
                if self.src.startswith(lead, self.pos):
                    self.out.append("\\]" if lead == "]" else lead)
                    self.pos += 1
            return
        if char == "(":
            self._group()
            return
        if char == ")":
            if self.fold_depth and self.fold_depth[-1] == self.depth:
                self.fold_depth.pop()
            self.depth -= 1
        elif char == "]":  # a stray ']' is a literal in Python, an error in u mode
            char = "\\]"
        elif char == "{" and not _QUANTIFIER.match(self.src, self.pos):
            char = "\\{"
        elif char == "}" and not self._closes_quantifier():
            char = "\\}"
        elif char == ".":
            char = self.dot
        elif char.isalpha() and self.fold_depth and char.lower() != char.upper():
            char = f"[{char.lower()}{char.upper()}]"
        self.out.append(char)
        self.pos += 1

    def _closes_quantifier(self) -> bool:
        opening = self.src.rfind("{", 0, self.pos)
        found = _QUANTIFIER.match(self.src, opening) if opening >= 0 else None
        return found is not None and found.end() == self.pos + 1

    def _group(self) -> None:
        rest = self.src[self.pos :]
        for marker, what in _UNSUPPORTED_GROUPS:
            if rest.startswith(marker):
                raise UnsupportedRegex(f"{what} is not supported in the Worker: {self.src[:80]!r}")
        self.depth += 1
        named = re.match(r"\(\?P<(\w+)>", rest)
        if named:
            self.out.append(f"(?<{named.group(1)}>")
            self.pos += named.end()
            return
        unscoped = re.match(r"\(\?-i:", rest)
        if unscoped:
            # JavaScript (Node 20) has no scoped flags: the group stays case-insensitive, so it
            # matches a superset, which for a privacy pattern is the safe side.
            self.out.append("(?:")
            self.pos += unscoped.end()
            return
        scoped = re.match(r"\(\?([a-z]+)(?:-[a-z]+)?:", rest)
        if scoped:
            if set(scoped.group(1)) - {"i"}:
                raise UnsupportedRegex(f"scoped flags {scoped.group(0)!r}: {self.src[:80]!r}")
            self.fold_depth.append(self.depth)
            self.out.append("(?:")
            self.pos += scoped.end()
            return
        if rest.startswith("(?P="):
            raise UnsupportedRegex(f"named back-reference: {self.src[:80]!r}")
        self.out.append("(")
        self.pos += 1

    def _escape(self) -> None:
        if self.pos + 1 >= len(self.src):
            raise UnsupportedRegex(f"trailing backslash: {self.src[:80]!r}")
        char = self.src[self.pos + 1]
        self.pos += 2
        if char in _CLASS_ESCAPES:
            outside, inside = _CLASS_ESCAPES[char]
            if self.in_class and inside is None:
                raise UnsupportedRegex(f"\\{char} inside a class: {self.src[:80]!r}")
            self.out.append(inside if self.in_class and inside else outside)
        elif char in "bB" and not self.in_class:
            self.out.append("\\" + char)
        elif char in "pP":
            self._property(char)
        elif char in "uxU":
            self._codepoint(char)
        elif char in _SIMPLE_ESCAPES or char.isdigit():
            self.out.append("\\" + char)
        elif char.isalnum():
            raise UnsupportedRegex(f"escape \\{char}: {self.src[:80]!r}")
        elif char in _SYNTAX or (char == "-" and self.in_class):
            self.out.append("\\" + char)
        else:  # identity escape of ordinary punctuation: invalid in u mode, a literal in Python
            self.out.append(char)

    def _property(self, char: str) -> None:
        match = re.match(r"\{(\^?)([A-Za-z_=]+)\}", self.src[self.pos :])
        if not match:
            raise UnsupportedRegex(f"\\{char} without {{name}}: {self.src[:80]!r}")
        negate, name = match.groups()
        if negate:
            char = "P" if char == "p" else "p"
        if name in _SCRIPTS:
            name = f"Script={name}"
        self.out.append(f"\\{char}{{{name}}}")
        self.pos += match.end()

    def _codepoint(self, char: str) -> None:
        braced = re.match(r"\{([0-9a-fA-F]{1,6})\}", self.src[self.pos :])
        if char == "x" and braced:
            self.out.append(f"\\u{{{int(braced.group(1), 16):x}}}")
            self.pos += braced.end()
            return
        width = {"x": 2, "u": 4, "U": 8}[char]
        digits = self.src[self.pos : self.pos + width]
        if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise UnsupportedRegex(f"bad \\{char} escape: {self.src[:80]!r}")
        self.out.append(f"\\u{{{int(digits, 16):x}}}")
        self.pos += width
