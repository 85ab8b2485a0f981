"""Passwords, generated secrets and dates of birth written without a cue word (deep scan only).

The cue-based patterns (``patterns.py``) catch ``password: x`` and ``born 12.03.1985``; this
finder catches ``my wifi is Zima2023!``, ``use kX9#mQ2$vL``, ``admin:hunter2``, a pasted
``gsk_...`` token of a provider no pattern knows, and ``Jan Kowalski, 12.03.1985``.

Secrets follow what detect-secrets (Yelp) and gitleaks do: a charset rule, Shannon entropy
and shape rules, with the thresholds of detect-secrets' base64 detector scaled to the token's
length. The rules are written here rather than calling detect-secrets: its plugins run Python
``re`` (backtracking) on whole lines, and the scan must stay linear on hostile input; here one
RE2 pass finds candidate tokens and each candidate gets bounded work (at most ``_MAX_TOKEN``
characters). What must stay unflagged (model names, versions, formulas, SKUs, paths, code,
hashes) is rejected by shape: see ``_technical``.
"""

from __future__ import annotations

import itertools
import math

import re2

from meshroute.privacy.cueless_dates import BirthDates
from meshroute.privacy.cueless_shapes import (
    BASE64_CHARS,
    SEPARATORS,
    STRONG_SYMBOLS,
    amount_then_text,
    classes,
    composed,
    currency,
    decodes_to_text,
    entropy,
    hex_digits,
    option,
    pieces,
    tag,
    transitions,
    uuid_shaped,
    version,
    wordy,
)
from meshroute.privacy.hits import NameFinder, RawHit
from meshroute.privacy.validators import _looks_placeholder

__all__ = ["CuelessFinder", "secret_kind"]

_SCORE = 0.85  # below every cue-based hit: a cued PASSWORD or SECRET over the same span wins
_MIN_TOKEN, _MAX_TOKEN = 6, 256
_REACH = 48  # characters of the same line read before a token for its context


def _options() -> re2.Options:
    options = re2.Options()
    options.max_mem = 16 << 20
    return options


# A run of non-space characters holding a letter and a digit or a password symbol, the symbol
# not last ("fail?" and "6" are never candidates, which keeps prose cheap); length in Python.
_CANDIDATE = re2.compile(
    r"[^\s]*(?:\pL[^\s]*[0-9!#$%&*+=?@^~|\\][^\s]|\pL[^\s]*[0-9]|[0-9!#$%&*+=?@^~|\\][^\s]*\pL)"
    r"[^\s]*",
    _options(),
)
_LEET = str.maketrans("013457@$", "oieastas")
_OPENERS = "\"'`([{<*_~"  # quotes, brackets, Markdown emphasis ("**ConfigMap**")
_CLOSERS = "\"'`)]}>.,;:?*_~"
# Code and markup: operators, calls, indexing ("x!=y&&z", "arr[i+1]", "f(x)", "a=>b")
_CODE = (
    "!=", "==", "&&", "||", "->", "=>", "<=", ">=", "++", "::", "+=", "()", "[]", "{}", "(*",
    ":>", ":<", ":,", ":.",
)  # fmt: skip
_BRACKETS = frozenset("()[]{}<>_")  # a password symbol only beside all three other classes
_CODE_CHARS = frozenset("!=&|-<>+:([{")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"))
_PREFIX_SEGMENT = re2.compile(r"[a-z]{1,10}[0-9]{0,3}[\-_]", _options())
_DIGESTS = frozenset({"sha", "sha1", "sha256", "sha384", "sha512", "md5"})
_FORMAT = re2.compile(r"(?:%[\-#0-9]*[A-Za-z]|[^A-Za-z0-9%])+", _options())
# Ids that look random but are not secret: object and request ids, digests, build ids
_PUBLIC_PREFIXES = _DIGESTS | frozenset(
    {
        "req", "request", "cus", "pi", "ch", "evt", "txn", "sub", "prod", "price", "inv", "in",
        "msg", "chatcmpl", "run", "thread", "asst", "file", "batch", "id", "uuid", "commit",
        "build", "job", "trace", "span", "ord", "order", "ticket", "tx", "cs", "seti", "si",
        "src", "tok", "img", "vid",
    }
)  # fmt: skip
# Stems of the passwords people choose most (the top of the SecLists / RockYou lists), which
# count with a digit or a symbol added and no cue: "qwerty123", "letmein1", "Password2024!"
_COMMON_STEMS = (
    "password", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty", "qwertz", "azerty", "asdfgh",
    "zxcvbn", "letmein", "iloveyou", "trustno1", "1q2w3e", "1qaz2wsx", "zaq12wsx", "qazwsx",
    "hunter", "welcome", "monkey", "dragon", "sunshine", "princess", "abc123", "admin",
)  # fmt: skip
# Words before a quoted token that make it a password being shared ("login with `x`")
_QUOTED_CUES = frozenset({"my", "use", "using", "it's", "it\u2019s", "try", "enter"})
_WITH_CUES = frozenset({"login", "in", "on", "unlock", "unlocks", "connect", "authenticate"})
# "wifi: x", "router - x", "admin / x": a login line without the word "password"
_LOGIN_WORDS = frozenset(
    {"wifi", "wi-fi", "router", "vpn", "ssh", "ftp", "creds", "credentials", "login", "logon",
     "signin", "pin", "passcode", "account", "user", "username", "admin", "root"}
)  # fmt: skip
_LOGIN_USERS = frozenset(
    {"admin", "root", "user", "guest", "test", "deploy", "administrator", "postgres", "sa",
     "ubuntu", "pi", "ec2-user", "oracle", "sysadmin", "operator", "support", "backup"}
)  # fmt: skip


def secret_kind(token: str, context: str = "", quoted: bool = False) -> str | None:
    """PASSWORD, SECRET or API_TOKEN when ``token`` (one whitespace-free word, wrappers
    stripped) looks like one on its own or in ``context`` (the same line before it, lower
    case); None otherwise. Bounded: ``token`` is at most ``_MAX_TOKEN`` characters."""
    if not _MIN_TOKEN - 2 <= len(token) <= _MAX_TOKEN:
        return None
    if _dense(token):
        return "PASSWORD"  # before the code rules: a generated password may hold "\\", "=", ":"
    if _technical(token):
        return None
    if ":" in token:  # before "composed": "root:Xk9#mQ2$vL" is all short chunks
        return _user_password(token, context)
    if len(token) < 20 and composed(token):
        return None
    if _looks_placeholder(token):
        return None
    if len(token) >= 20:
        kind = _generated(token, context)
        if kind is not None or BASE64_CHARS.issuperset(token):
            return kind  # in the base64 alphabet: random enough to be a key, or data
    if len(token) > 64 or composed(token):
        return None  # (a long one may be a prefixed key: "sk-or-v1-...", checked above)
    if _human(token) or (_weak(token) and _in_login_context(context, quoted)):
        return "PASSWORD"
    return None


def _technical(token: str) -> bool:
    """Shapes that are not secrets: URLs, e-mails, paths, hashtags, code, money, versions."""
    lowered = token.lower()
    if "://" in token or lowered.startswith(("www.", "/", "./", "~/", "\\")):
        return True
    if token[0] in "#@" and tag(token[1:]):
        return True  # a hashtag or a mention: "#release-2024-11", "#AI4Good"
    if token[0] == "$" and (token.endswith("$") or amount_then_text(token[1:])):
        return True  # TeX ("$x^2-6x+c<0$") or money glued to text ("$50;Section")
    if len(token) >= 12 and BASE64_CHARS.issuperset(token) and decodes_to_text(token):
        return True  # base64 of plain text: encoded data
    if "\\" in token or (not _CODE_CHARS.isdisjoint(token) and any(op in token for op in _CODE)):
        return True
    if token.count("/") >= 2 and _generated(token, "") is None:
        return True  # a path ("src/app/main.py"), not a base64 key with slashes in it
    if "@" in token:
        local, _, domain = token.rpartition("@")
        if local and "." in domain and domain.replace(".", "").replace("-", "").isalnum():
            return True  # an e-mail address (found as such by the fast scan)
    for opening, closing in _PAIRS:
        i = token.find(opening)
        if i >= 0 and token.find(closing, i) > i:
            return True  # a call, an index, a formula: "f(x)", "arr[i+1]", "Ca(OH)2"
    if "=" in token.strip("="):
        return True  # an assignment (a cue-based pattern reads KEY=value)
    return (
        (token.endswith("%") and token[:-1].lstrip("+-").replace(".", "").isdigit())
        or currency(token)
        or version(token)
    )


def _human(token: str) -> bool:
    """A password a person chose or a generator made, 8-64 characters: three character
    classes with a password symbol ("Zima2023!", "kX9#mQ2$vL", "hunter2!"), leetspeak
    ("Tr0ub4dor"), a random mixed-case run ("kX9mQ2vLp8"), or a common stem with digits."""
    lower, upper, digit, symbol = classes(token.rstrip("!"))
    # "hunter2!" and "Zima2023!", not "Python3!" (a common stem has its own rule below)
    trailing_bang = token.endswith("!") and sum(c.isdigit() for c in token) >= 2
    if _common_stem(token):
        return True
    if hex_digits(token) and token.islower():
        return False  # "7f3c9b1e2d4a", "commit 9fceb02d": a short hash or id, not leetspeak
    if lower and upper and digit and not _BRACKETS.isdisjoint(token):
        symbol = symbol or wordy(token, 2) < 0.5  # "UdWvpTvc(0", "n4BuWnbR_gPqS"; not "Test_Case_2"
    if token.endswith("!") and _random_alnum(token.rstrip("!")):
        return True
    if len(token) < 7 or not lower or (len(token) == 7 and not (upper and digit and symbol)):
        return False
    if symbol or trailing_bang:
        if not digit and not _BRACKETS.isdisjoint(token):
            return False  # code: "BreakevenInputs(**{n"
        if sum((lower, upper, digit, True)) >= 3 and (digit or _symbols(token) >= 2):
            return not _worded(token)
        return False
    longest = max(pieces(token), key=len, default="")
    if len(longest) < 8:
        return False  # "Qwen2.5-7B", "gpt-4o-mini": no long random part
    return _leet(longest) or _random_alnum(longest)


def _dense(token: str) -> bool:
    """A password from a generator that uses all of ASCII's punctuation ("JKBwkKz&D\\{",
    "z7jv>:I2.2P4"): upper and lower case, a digit, two punctuation characters that are not
    only separators, no balanced bracket pair ("Pd(PPh3)4"), nearly all characters distinct,
    no word-like runs; not a URL or an e-mail address."""
    if not 8 <= len(token) <= 64 or not token.isascii() or "://" in token:
        return False
    if any(op in token for op in _CODE) or option(token):
        return False  # "1e6:,.1f}M", "x!=y&&z", "-XX:+UseG1GC", "JAVA_OPTS=-Xms512m"
    punctuation = [c for c in token if not c.isalnum()]
    if len(punctuation) < 2 or all(c in SEPARATORS for c in punctuation):
        return False
    lower, upper, digit, _ = classes(token)
    if not (lower and upper and digit) or len(set(token)) < 0.75 * len(token):
        return False
    for opening, closing in _PAIRS:
        i = token.find(opening)
        if i >= 0 and token.find(closing, i) > i:
            return False  # a formula or a call: "Pd(PPh3)4", "x.Foo(a1,b2)"
    local, at, domain = token.rpartition("@")
    if at and "." in domain and local:
        return False
    return wordy(token, 2) <= 0.35 and not composed(token)


def _symbols(token: str) -> int:
    return sum(c in STRONG_SYMBOLS for c in token)


def _worded(token: str) -> bool:
    """Words joined by a symbol, without digits inside: "Johnson&Johnson", "Q&A", "AT&T"."""
    parts = [p for p in "".join(" " if c in STRONG_SYMBOLS else c for c in token).split() if p]
    return all(p.isalpha() and (p.islower() or p.istitle() or p.isupper()) for p in parts)


def _leet(piece: str) -> bool:
    """A digit inside a lower-case run ("Tr0ub4dor", "p4ssw0rd"), twice, or once with a
    capital: model and codec names put digits between capitals or at the end ("Qwen2VL7B")."""
    inside = sum(
        piece[i - 1].islower() and piece[i].isdigit() and piece[i + 1].islower()
        for i in range(1, len(piece) - 1)
    )
    if not (inside >= 2 or (inside == 1 and any(c.isupper() for c in piece))):
        return False
    # read back without the substitutions it is words ("Troubador"), not a random id
    return wordy(piece.translate(_LEET), 3) >= 0.6


def _random_alnum(piece: str) -> bool:
    """A generated alphanumeric password: two of each class, many class changes, and not
    CamelCase words ("iPhone15ProMax", "getUserById2")."""
    piece = piece.replace("_", "")  # "j0nPZmw2_Z1"
    if len(piece) < 10 or not piece.isalnum():
        return False
    counts = (
        sum(c.islower() for c in piece),
        sum(c.isupper() for c in piece),
        sum(c.isdigit() for c in piece),
    )
    if min(counts[:2]) < 2 or not counts[2] or wordy(piece, 2) > 0.5:
        return False
    return transitions(piece) >= 0.35 * len(piece)


def _common_stem(token: str) -> bool:
    lowered = token.lower()
    for stem in _COMMON_STEMS:
        if lowered.startswith(stem) and len(lowered) > len(stem):
            rest = lowered[len(stem) :]
            return all(c.isdigit() or c in STRONG_SYMBOLS for c in rest)
    return False


# Written by hand (no package lists them): words that judge or warn about a password in its
# sentence ("is password123 a bad password?", "never use qwerty123"), in the languages of the
# password cues; a common stem then is an example, not someone's password.
_JUDGING = re2.compile(
    r"(?i)(?:^|[^\pL])(?:bad|weak|worst|terrible|common|commonest|never|avoid|don'?t|do\s+not|"
    r"example|e\.g\.|such\s+as|like|guessable|crack\w*|insecure|unsafe|schlecht\w*|schwach\w*|"
    r"unsicher\w*|nie|niemals|beispiel|mauvais\w*|faible\w*|jamais|exemple|malo|mala|d[ée]bil|"
    r"nunca|ejemplo|debole|mai|esempio|s[łl]abe|z[łl]e|nigdy|przyk[łl]ad|zwak|nooit|slecht)"
    r"(?:$|[^\pL])",
    _options(),
)


def _judged(text: str, start: int, end: int) -> bool:
    """A judging or warning word in the token's sentence (up to _REACH characters around)."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    line_end = text.find("\n", end, end + _REACH)
    around = text[max(line_start, start - _REACH) : line_end if line_end >= 0 else end + _REACH]
    return _JUDGING.search(around) is not None


def _weak(token: str) -> bool:
    """What counts only in a login context: letters with digits or symbols, 6-64 characters
    ("qwerty", "hunter2", "Summer-2024")."""
    lower, upper, digit, symbol = classes(token)
    return len(token) >= 6 and (lower or upper) and (digit or symbol)


def _words(context: str) -> list[str]:
    return "".join(c if c.isalpha() or c in "'\u2019-" else " " for c in context).split()


def _login_words(context: str) -> bool:
    words = _words(context)[-8:]  # the same clause, not a word far back on the line
    pairs = {f"{a}{b}" for a, b in itertools.pairwise(words)}  # "log in", "sign in"
    return not _LOGIN_WORDS.isdisjoint(words) or not _LOGIN_WORDS.isdisjoint(pairs)


def _in_login_context(context: str, quoted: bool) -> bool:
    """A quoted token after "use", "login with", "it's", or in a login line ("wifi: x",
    "creds admin / x"); the login words are whole words ("ping" is not "pin")."""
    words = _words(context)
    if quoted and words and (words[-1] in _QUOTED_CUES or _login_words(context)):
        return True
    if quoted and words[-2:-1] and words[-1] == "with" and words[-2] in _WITH_CUES:
        return True  # "login with `x`", "sign in with 'x'"
    tail = context.rstrip()
    return tail.endswith((":", "/", "-", "=")) and _login_words(context)


def _user_password(token: str, context: str) -> str | None:
    """``user:pass`` ("admin:hunter2"); not a port, a time, an image tag ("python:3.11-slim"),
    a namespace or a key:value word pair."""
    if token.count(":") != 1:
        return None
    user, password = token.split(":")
    if not (2 <= len(user) <= 32 and user[0].isalpha()) or len(password) < 4:
        return None
    if not all(c.isalnum() or c in "._-" for c in user) or user.lower() in _DIGESTS:
        return None  # a key's fingerprint ("SHA256:q2bW...") is public, not a password
    if password[0].isdigit() or _looks_placeholder(password) or _technical(password):
        return None
    if _FORMAT.fullmatch(password):
        return None  # a strftime or printf format: "start:%Y-%m-%d", "ts:%H%M%S"
    if _human(password):
        return "PASSWORD"
    login = user.lower() in _LOGIN_USERS or _login_words(context)
    return "PASSWORD" if login and _weak(password) else None


def _generated(token: str, context: str) -> str | None:
    """A generated secret of 20+ characters: base64/base64url/alphanumeric with high entropy
    (SECRET), or short provider prefixes before one ("gsk_...", "sk-or-v1-...": API_TOKEN)."""
    if not all(c.isascii() and (c.isalnum() or c in "+/=_-.") for c in token):
        return None
    prefix, rest = 0, token
    while prefix < 3 and (m := _PREFIX_SEGMENT.match(rest)) is not None and len(rest) > 24:
        if m.group()[:-1] in _PUBLIC_PREFIXES and prefix == 0:
            return None  # an object id, a digest: "req_...", "sha256-..."
        rest, prefix = rest[m.end() :], prefix + 1
    body = "".join(c for c in rest if c.isalnum())
    if len(body) < 20 or len(body) < 0.85 * len(rest):
        return None  # mostly separators: "Llama-3.1-8B-Instruct", "a_b_c_1_2_3"
    if hex_digits(rest) or uuid_shaped(token):
        # a commit, a digest, a UUID: secret only after a provider prefix or a word saying so
        return "API_TOKEN" if prefix else "SECRET" if _secret_words(context) else None
    if not _random(body) or decodes_to_text(rest):
        return None  # words, or base64 of plain text (encoded data, not a key)
    return "API_TOKEN" if prefix else "SECRET"


def _random(body: str) -> bool:
    """Random-looking: three classes, entropy near the maximum for its length (detect-secrets
    uses 4.5 bits for base64; scaled down for short strings), many class changes, and few
    word-like runs ("MetaLlama3170BInstructTurbo" is words)."""
    lower, upper, digit, _ = classes(body)
    if not (lower and upper and digit) or wordy(body, 3) > 0.5:
        return False
    threshold = min(4.2, math.log2(len(body)) - 0.7)
    return entropy(body) >= threshold and transitions(body) >= 0.3 * len(body)


def _secret_words(context: str) -> bool:
    return any(w in context for w in ("key", "token", "secret", "api", "credential", "auth"))


class CuelessFinder:
    """The deep scan's cue-less finder: passwords and secrets from candidate tokens, and dates
    of birth tied to a person (``cueless_dates``). ``names`` finds the person before a date."""

    def __init__(self, names: NameFinder | None = None) -> None:
        self._dates = BirthDates(names)

    def find(self, text: str) -> list[RawHit]:
        hits = self._secrets(text)
        hits.extend(self._dates.find(text))
        return hits

    def _secrets(self, text: str) -> list[RawHit]:
        hits: list[RawHit] = []
        for match in _CANDIDATE.finditer(text):
            start, end = match.span()
            if end - start > _MAX_TOKEN + 4 or end - start < _MIN_TOKEN - 2:
                continue
            raw = text[start:end]
            core = raw.lstrip(_OPENERS).rstrip(_CLOSERS)
            if len(core) < (_MIN_TOKEN if ":" not in core else 4):
                continue
            if _technical(raw.strip("\"'`")) and not _dense(core):
                continue  # the whole token is code or a formula: "2Ag+(aq)", "f(x)."
            lo = start + (len(raw) - len(raw.lstrip(_OPENERS)))
            quoted = lo > start and raw[0] in "\"'`" and raw.rstrip(".,;:?)")[-1:] == raw[0]
            line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
            context = text[max(line_start, start - _REACH) : start].lower()
            kind = secret_kind(core, context, quoted)
            if kind == "PASSWORD" and _common_stem(core) and _judged(text, start, end):
                continue  # "is password123 a bad password?": an example, not a disclosure
            if kind is not None:
                hits.append((kind, *_password_span(raw, start, lo, lo + len(core)), _SCORE))
        return hits


_MIRROR = str.maketrans("([{<", ")]}>")


def _password_span(raw: str, start: int, lo: int, hi: int) -> tuple[int, int]:
    """The value without its wrappers when they wrap it ("`hunter2`", "**x**", "(x)"); with
    the symbols it starts or ends with when they do not ("*Y(uaH^iw+7", "Bp$Z3XQe!)"), so
    that redaction leaves none of it. Sentence punctuation after it stays out."""
    prefix = raw[: lo - start]
    suffix = raw[hi - start :].rstrip(".,;:?")
    if prefix.translate(_MIRROR) == suffix[::-1] or not (prefix or suffix):
        return lo, hi
    return start, hi + len(suffix)
