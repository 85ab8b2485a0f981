"""Presidio pattern recognizers for credentials: cloud keys, provider API tokens, private keys,
passwords and connection strings with credentials.

Presidio ships no secret recognizers, so these are our own ``PatternRecognizer`` instances; they
keep Presidio's result type and validation hooks so the detector treats them like the built-in
ones. Imported only from the detector's builder (presidio is a heavy import).
"""

from __future__ import annotations

import math
from collections import Counter

import regex
from presidio_analyzer import Pattern, PatternRecognizer

# Case matters for key prefixes (AKIA, ghp_, ...): Presidio's default flags include IGNORECASE.
CASE_SENSITIVE = regex.DOTALL | regex.MULTILINE

# Values people write in docs and examples instead of a real secret.
_PLACEHOLDER_VALUES = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "secret",
        "changeme",
        "change_me",
        "example",
        "xxx",
        "xxxx",
        "xxxxxx",
        "xxxxxxxx",
        "****",
        "******",
        "********",
        "<password>",
        "your_password",
        "yourpassword",
        "mypassword",
        "user",
        "username",
        "pwd",
        "redacted",
        "hidden",
        "none",
        "null",
        "token",
        "your_token",
        "your-api-key",
        "your_api_key",
    }
)

# Left-hand words after which ``x = value`` or ``x: value`` holds a password.
_PASSWORD_KEYS = (
    r"password|passwd|passphrase|pwd|pass|mot\s+de\s+passe|contraseña|passwort|senha|"
    r"kennwort|wachtwoord|db_pass|admin_pass"
)


def shannon_entropy(value: str) -> float:
    """Bits per character; random tokens score above ~3.5, words and identifiers below."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _char_classes(value: str) -> int:
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


class PasswordRecognizer(PatternRecognizer):
    """``password: hunter2!`` style disclosures; rejects placeholders, env lookups and words."""

    def __init__(self) -> None:
        keys = _PASSWORD_KEYS
        patterns = [
            Pattern(
                "password assignment",
                rf"(?i)(?<=(?<![a-z])(?:{keys})\b[\"']?\s*(?:[:=]|\bis\b|\bwas\b|\best\b|\bist\b|\bes\b)"
                r"\s*[\"'`]?)[^\s\"'`,;]{4,64}",
                0.7,
            ),
        ]
        super().__init__(
            supported_entity="PASSWORD",
            name="PasswordRecognizer",
            patterns=patterns,
            global_regex_flags=CASE_SENSITIVE,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        value = pattern_text.rstrip(".,;:)]}>!?")
        lowered = value.lower()
        if lowered in _PLACEHOLDER_VALUES or lowered.startswith(("<", "{", "$", "%", "(")):
            return True
        if lowered.startswith(("os.", "env", "process.", "getenv", "settings.", "config")):
            return True
        # A plain word ("required", "incorrect") is prose, not a disclosed password.
        return len(value) < 6 or _char_classes(value) < 2


class ConnectionStringRecognizer(PatternRecognizer):
    """URLs and ADO/JDBC strings that embed a password."""

    def __init__(self) -> None:
        patterns = [
            Pattern(
                "url with credentials",
                r"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,24}://[^\s:/@\"'<>]{1,64}:[^\s@/\"'<>]{1,128}"
                r"@[^\s/\"'<>]+(?:/[^\s\"'<>]*)?",
                1.0,  # ties with the e-mail-like "password@host" inside it, and is longer
            ),
            Pattern(
                "key=value connection string with password",
                r"(?i)\b(?:server|host|data\s+source|endpoint|accountname)\s*=[^;\n]{1,100};"
                r"(?:[^;\n]{1,100};){0,6}?\s*(?:password|pwd|accountkey)\s*=[^;\s\n]{4,}",
                0.8,
            ),
        ]
        super().__init__(
            supported_entity="CONNECTION_STRING",
            name="ConnectionStringRecognizer",
            patterns=patterns,
            global_regex_flags=CASE_SENSITIVE,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        if "://" not in pattern_text:
            return False
        credentials = pattern_text.split("://", 1)[1].rsplit("@", 1)[0]
        secret = credentials.split(":", 1)[1] if ":" in credentials else ""
        return secret.lower() in _PLACEHOLDER_VALUES or secret.startswith(("<", "{", "$", "%"))


class TokenRecognizer(PatternRecognizer):
    """Provider tokens with a fixed shape; doc examples (``...EXAMPLE``) are rejected."""

    def invalidate_result(self, pattern_text: str) -> bool:
        upper = pattern_text.upper()
        if "EXAMPLE" in upper or "XXXXXXXX" in upper or "YOUR" in upper:
            return True
        # Random keys carry > 3 bits/char; "aaaa..." and identifiers like api_key_for_tests do not.
        return shannon_entropy(pattern_text) < 3.0


# (name, regex, score, literal triggers): one recognizer per provider so that each runs only when
# its own cheap trigger is present.
_API_TOKEN_PATTERNS = (
    ("anthropic", r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{32,}", 1.0, ("sk-ant-",)),
    ("openai", r"\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32,}", 0.9, ("sk-",)),
    (
        "github",
        r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})",
        1.0,
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    ),
    ("slack", r"\bxox[abposr]-(?:\d+-)+[A-Za-z0-9]{10,}", 1.0, ("xox",)),
    (
        "slack webhook",
        r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+",
        1.0,
        ("hooks.slack",),
    ),
    ("stripe", r"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{20,}", 1.0, ("_live_", "_test_")),
    ("google", r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 1.0, ("AIza",)),
    ("huggingface", r"\bhf_[A-Za-z0-9]{30,}\b", 0.9, ("hf_",)),
    ("gitlab", r"\bglpat-[A-Za-z0-9_\-]{20,}", 1.0, ("glpat-",)),
    (
        "jwt",
        r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}",
        0.9,
        ("eyJ",),
    ),
    ("bearer", r"(?<=\bBearer\s+)[A-Za-z0-9_\-.=+/]{24,}", 0.8, ("Bearer",)),
    (
        "generic assignment",
        r"(?i)(?<=\b(?:api[_-]?key|apikey|secret[_-]?key|access[_-]?token|auth[_-]?token|"
        r"client[_-]?secret|private[_-]?token)[\"']?\s*[:=]\s*[\"'])[A-Za-z0-9_\-./+=]{16,}(?=[\"'])",
        0.75,
        ("key", "token", "secret", "KEY", "TOKEN", "SECRET"),
    ),
)

AWS_TRIGGERS = ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "aws_secret", "AWS_SECRET")
PASSWORD_TRIGGERS = (
    "pass",
    "pwd",
    "mot de passe",
    "contraseña",
    "senha",
    "kennwort",
    "wachtwoord",
)  # matched on lower-cased text
CONNECTION_TRIGGERS = ("://", "password=", "pwd=", "accountkey=")  # lower-cased text
PRIVATE_KEY_TRIGGERS = ("PRIVATE KEY",)


SecretRule = tuple[PatternRecognizer, tuple[str, ...], bool, tuple[int, int] | None]


def build_secret_recognizers() -> list[SecretRule]:
    """(recognizer, literal triggers, triggers match lower-cased text, window around triggers).

    Cue-anchored patterns (password, generic assignment, AWS secret) run only on a window
    around their cue: their leading look-behind is tried at every position otherwise.
    """
    tokens = [
        (
            TokenRecognizer(
                supported_entity="API_TOKEN",
                name=f"ApiToken[{name}]",
                patterns=[Pattern(name, rx, score)],
                global_regex_flags=CASE_SENSITIVE,
            ),
            triggers,
            False,
            (4, 140) if name == "generic assignment" else None,
        )
        for name, rx, score, triggers in _API_TOKEN_PATTERNS
    ]
    aws_key = TokenRecognizer(
        supported_entity="AWS_ACCESS_KEY",
        name="AwsAccessKeyRecognizer",
        patterns=[Pattern("aws key id", r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b", 1.0)],
        global_regex_flags=CASE_SENSITIVE,
    )
    aws_secret = TokenRecognizer(
        supported_entity="AWS_SECRET_KEY",
        name="AwsSecretKeyRecognizer",
        patterns=[
            Pattern(
                "aws secret",
                r"(?i)(?<=aws_secret_access_key[\"']?\s*[:=]\s*[\"']?)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])",
                1.0,
            )
        ],
        global_regex_flags=CASE_SENSITIVE,
    )
    private_key = PatternRecognizer(
        supported_entity="PRIVATE_KEY",
        name="PrivateKeyRecognizer",
        patterns=[
            Pattern(
                "pem private key",
                # The whole block (to END, or to the end of a truncated paste) so that redaction
                # removes the key material, not only the header line.
                r"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----"
                r"(?:.*?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s]*)",
                1.0,
            )
        ],
        global_regex_flags=CASE_SENSITIVE,
    )
    return [
        *tokens,
        (aws_key, AWS_TRIGGERS, False, None),
        (aws_secret, ("aws_secret", "AWS_SECRET"), False, (4, 80)),
        (private_key, PRIVATE_KEY_TRIGGERS, False, None),
        (PasswordRecognizer(), PASSWORD_TRIGGERS, True, (16, 100)),
        (ConnectionStringRecognizer(), CONNECTION_TRIGGERS, True, None),
    ]
