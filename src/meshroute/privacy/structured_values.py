"""Whether a value under a label is plausible for the kind the label names (structured.py):
name-like words under a person label, a participant name made of name parts, a non-placeholder
under a password or secret label, a street-like address, a phone-shaped number. Every check
reads one bounded value (at most 256 characters)."""

from __future__ import annotations

import re
from collections.abc import Callable

from meshroute.privacy.validators import (
    VALIDATORS,
    _classes,
    _looks_placeholder,
    _passphrase,
    _phrase,
    _prose,
)

__all__ = ["Flags", "participant", "person_value", "plausible"]

Flags = Callable[[str], str]  # a word's gazetteer flags (docs/privacy.md lists them)

_MAX_VALUE = 256
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019.\-])*")
_PARTICLES = frozenset(
    (
        "van", "von", "de", "da", "del", "der", "den", "di", "le", "la", "al", "el", "bin", "ibn",
        "ben", "dos", "das", "du", "y", "e", "mac", "mc", "o", "d'", "ter"
    )
)  # fmt: skip
# Values that stand in for a name, not one ("n/a", "unknown", "test user").
_NOT_NAMES = frozenset(
    (
        "n/a", "na", "none", "null", "nil", "unknown", "anonymous", "anon", "test", "tester",
        "testing", "user", "username", "admin", "administrator", "string", "example", "sample",
        "todo", "tbd", "xxx", "name", "names", "value", "redacted", "hidden", "noreply", "nobody",
        "somebody", "someone", "customer", "client", "patient", "guest", "default", "system",
        "root", "me", "you", "self", "true", "false", "yes", "no", "required", "optional",
        "undefined", "placeholder", "str", "text", "varchar", "int", "any", "other", "all",
        "everyone", "team", "staff", "support", "owner"
    )
)  # fmt: skip
# A patient's or a record's state, which forms put under the person's label ("Patient: stable")
_STATUS_WORDS = frozenset(
    (
        "stable", "unstable", "critical", "serious", "fair", "good", "poor", "grave", "guarded",
        "satisfactory", "comfortable", "improving", "deteriorating", "recovering", "unchanged",
        "deceased", "discharged", "admitted", "transferred", "sedated", "intubated", "alert",
        "conscious", "unconscious", "unresponsive", "responsive", "ambulatory", "inpatient",
        "outpatient", "healthy", "well", "unwell", "sick", "ill", "ok", "okay", "fine", "active",
        "inactive", "pending", "resolved", "new", "returning", "existing", "waiting", "scheduled"
    )
)  # fmt: skip
# Participant names that are roles, bots or services, not people ("support-bot", "helpdesk").
_ROLES = frozenset(
    (
        "assistant", "assistants", "bot", "bots", "support", "helpdesk", "help", "desk", "agent",
        "agents", "system", "sys", "admin", "user", "users", "tool", "tools", "service",
        "services", "team", "sales", "info", "noreply", "reply", "no", "customer", "client", "ai",
        "gpt", "claude", "llm", "model", "api", "app", "demo", "guest", "anonymous", "operator",
        "moderator", "staff", "hr", "ops", "dev", "devops", "server", "worker", "scheduler",
        "cron", "webhook", "notifier", "alert", "alerts", "monitor", "crm", "erp", "function",
        "planner", "researcher", "writer", "coder", "reviewer", "critic", "judge", "narrator",
        "translator", "summarizer", "summariser", "router", "orchestrator", "executor", "analyst",
        "expert", "teacher", "tutor", "human", "person", "default", "example", "test", "tester",
        "manager", "lead", "bot_", "supervisor", "coordinator", "helper", "search", "retriever",
        "checker", "validator", "grader", "evaluator", "classifier", "extractor", "parser",
        "solver", "debugger", "engineer", "developer", "designer", "architect", "consultant",
        "advisor", "counsel", "chatbot", "copilot", "gemini", "llama", "mistral", "openai",
        "anthropic", "concierge", "receptionist", "front", "office", "billing", "accounts",
        "accounting", "finance", "legal", "marketing", "security", "compliance", "it", "qa"
    )
)  # fmt: skip
_TITLE = re.compile(
    r"(?i)(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|mme|mlle|m|sr|sra|srta|sig|sig\.ra|pan|pani)"
    r"\.?\s+(?=\S)"
)
_PART_SPLIT = re.compile(r"[_.\-\s0-9]+|(?<=[a-z])(?=[A-Z])")


def _strong(flags: str) -> bool:
    """A listed given name or surname that is not merely an ordinary word: "kowalski",
    "maria" (frequent as a name), "jan" (a proper noun); not "sales", "main", "pro"."""
    if "f" not in flags and "l" not in flags:
        return False
    return "c" not in flags or any(f in flags for f in "FLp")


def _nameish(flags: str) -> bool:
    return "f" in flags or "l" in flags or flags == ""


def person_value(value: str, strong: bool, flags: Flags) -> int:
    """How many characters from the start of ``value`` make a person's name (0: none). Under
    a strong label ("patient", "last_name") 1-5 name-shaped words with one listed or unknown
    word; under the weak "name", every word name-like and one a listed name."""
    if not value or len(value) > _MAX_VALUE:
        return 0
    if "+" in value and " " not in value:
        value = value.replace("+", " ")  # a query string's space; same length, same span
    value = value.split("(", 1)[0].rstrip()  # "Tomasz Wójcik (brother)"
    title = _TITLE.match(value)
    if title:  # "mr. adewale ogunleye": the name after the title
        size = person_value(value[title.end() :], True, flags)
        return title.end() + size if size else 0
    head = value.split(",", 2)
    # "Kowalski, Jan" (surname first) is one name; "Kowalski, 12 Main St" is a name and more
    text = value if len(head) == 2 and _all_words(head[1].strip()) else head[0]
    words = text.split()
    if not 1 <= len(words) <= 5 or text.strip().lower() in _NOT_NAMES:
        return 0
    if not all(_NAME_WORD.fullmatch(w.strip(",")) for w in words):
        return 0
    looked = [flags(w.strip(",.").lower()) for w in words]
    real = [(w, f) for w, f in zip(words, looked, strict=True) if w.lower() not in _PARTICLES]
    if not real or any(w.lower() in _NOT_NAMES or _slug(w, flags) for w, _ in real):
        return 0
    if any("s" in f and not any(c in f for c in "FLp") for _, f in real):
        return 0  # a frequent word ("for", "the", "new"): a title or a sentence, not a name
    if len(real) == 1 and _status(*real[0]):
        return 0  # "Patient: stable", "patient: fair": a state, not a name
    if strong:
        ok = all(_nameish(f) for _, f in real)
    elif len(real) == 1:
        ok = _strong(real[0][1]) and ("c" not in real[0][1] or "p" in real[0][1])
    else:
        ok = all(_nameish(f) for _, f in real) and any(_strong(f) for _, f in real)
        ok = ok and sum(not _strong(f) and f != "" for _, f in real) <= len(real) // 2
    return len(text.rstrip(" ,")) if ok else 0


def _status(word: str, flags: str) -> bool:
    """A clinical or record status ("Stable", "critical"), or a lower-case dictionary word
    that is no frequent given name ("fair", "bishop"; not "frank", "grace")."""
    lowered = word.strip(",.").lower()
    return lowered in _STATUS_WORDS or (word.islower() and "d" in flags and "F" not in flags)


def _slug(word: str, flags: Flags) -> bool:
    """A lower-case word of hyphenated parts that are not all names: "release-manager",
    "sentry-bot", "acme-corp" (a team, a bot, a company); not "jean-pierre"."""
    parts = word.strip(",.").split("-")
    return len(parts) > 1 and word.islower() and not all(_strong(flags(p)) for p in parts if p)


def _all_words(text: str) -> bool:
    return bool(text) and len(text.split()) <= 3 and all(map(_NAME_WORD.fullmatch, text.split()))


def participant(value: str, flags: Flags) -> bool:
    """A chat participant's ``name`` or the request's ``user`` (letters, digits, ``_`` and
    ``-`` in the OpenAI schema) made of name parts: "maria_gonzalez", "JohnDoe", "kasia.nowak",
    a name and an initial as accounts are named ("j.smith", "anna_n", "mkowalczyk"); not
    "assistant", "support-bot", "helpdesk", "data_analyst", "user_1234"."""
    if len(value) > 64:
        return False
    parts = [p for p in _PART_SPLIT.split(value) if p]
    if not 1 <= len(parts) <= 4 or not all(p.isalpha() for p in parts):
        return False
    lowered = [p.lower() for p in parts]
    if any(p in _ROLES or p in _NOT_NAMES for p in lowered):
        return False
    if len(parts) == 2 and min(map(len, parts)) == 1:  # "j.smith", "anna_n", "dmitri.v"
        return _initialled(max(lowered, key=len), flags)
    if len(parts) == 3 and len(parts[1]) == 1 < min(len(parts[0]), len(parts[2])):
        lowered = [lowered[0], lowered[2]]  # a middle initial: "rahul_s_iyer"
    if min(map(len, lowered)) < 2:
        return False
    looked = [flags(p) for p in lowered]
    if len(lowered) == 1:
        return _strong(looked[0]) or _glued_initial(lowered[0], looked[0], flags)
    # mostly dictionary words, none frequent as a name: a job's or a bot's ("batch-eval-runner")
    words = sum("c" in f for f in looked)
    if 2 * words > len(looked) and not any(c in f for f in looked for c in "FLp"):
        return False
    return all(_nameish(f) for f in looked) and any(_strong(f) for f in looked)


_HANDLE_MIN = 3  # a name beside an initial: "li_x" or "al.b" say too little


def _initialled(part: str, flags: Flags) -> bool:
    """The name beside an initial in an account name: a given name or a surname that is no
    frequent word and no dictionary word unless frequent as a name ("smith", "novak", "anna";
    not "main_b", "the_x", "data_v")."""
    found = flags(part)
    if len(part) < _HANDLE_MIN or "s" in found or not ("f" in found or "l" in found):
        return False
    return "d" not in found or "F" in found or "L" in found


def _glued_initial(word: str, found: str, flags: Flags) -> bool:
    """An initial glued to a surname, as account names are made ("mkowalczyk", "jsmith"): a
    word no list holds whose tail is a surname that is no ordinary word."""
    if found or len(word) < 2 + _HANDLE_MIN:
        return False
    tail = flags(word[1:])
    return "l" in tail and "s" not in tail and ("c" not in tail or "L" in tail)


_TYPE_WORDS = frozenset(
    (
        "str", "string", "secretstr", "bytes", "text", "varchar", "char", "int", "integer",
        "optional", "any", "none", "password", "passwd", "pwd", "pass", "secret", "token", "key",
        "bool", "boolean", "number", "hash", "hashed", "encrypted", "masked", "sha256", "bcrypt",
        "argon2", "md5", "uuid"
    )
)  # fmt: skip
_CALL = re.compile(r"[A-Za-z_][\w.]*\(")  # "getpass()", "os.getenv('X')"
_PERCENT = re.compile(r"%\w+%")
_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
_SNAKE = re.compile(r"[a-z]+(?:[_\-][a-z]+)*")
_PHONE_SHAPE = re.compile(r"\+?[0-9()][0-9() ./\-]{4,24}")
_HEXISH = re.compile(r"(?:0x)?[0-9A-Fa-f:.\s/\-]+")
_PROMPTS = ("your", "enter", "type ", "insert", "ihr ", "votre", "tu ", "su ")
# Values of line-oriented config files that are settings, not passwords: nsswitch.conf
# sources ("passwd: files systemd"), PAM control flags, and on/off words
_CONFIG_WORDS = frozenset(
    (
        "files", "compat", "systemd", "dns", "nis", "nisplus", "ldap", "sss", "db", "hesiod",
        "winbind", "resolve", "myhostname", "mymachines", "mdns4_minimal", "mdns", "wins",
        "altfiles", "usrfiles", "cache", "required", "requisite", "sufficient", "optional",
        "include", "substack", "none", "yes", "no", "true", "false", "on", "off", "enabled",
        "disabled", "enable", "disable", "default", "auto", "local", "inherit", "unset", "null",
        "never", "always", "prompt", "trust", "peer", "ident", "reject", "md5", "sha512",
        "yescrypt", "shadow", "nullok", "try_first_pass", "use_authtok", "use_first_pass"
    )
)  # fmt: skip
# nsswitch actions ("[NOTFOUND=return]") and PAM modules ("pam_unix.so")
_BRACKETED = re.compile(r"\[[!A-Za-z=]{1,40}\]|pam_[a-z0-9_]{1,40}\.so")
# An unquoted secret: up to white space or a quote (a query string's value also stops at "&").
# Python's re: a call into the RE2 wrapper costs more than this match of <= 256 characters.
_TOKEN = re.compile(r"[^\s\x22'`]*")
_QUERY_TOKEN = re.compile(r"[^\s\x22'`&]*")


def _token(text: str, start: int, end: int, sep: str, quoted: bool) -> tuple[int, int]:
    """The secret's span: the quoted value, or the unquoted one up to white space (a query
    string's value also stops at ``&``), at most _MAX_VALUE characters."""
    if quoted:
        return start, end
    # one bounded match (a character class, no backtracking) instead of a Python loop
    found = (_QUERY_TOKEN if sep == "=" else _TOKEN).match(text, start, start + _MAX_VALUE)
    value = found.group().rstrip(".,;:)]}>") if found else ""  # "Sommer2024!" keeps its "!"
    return start, start + len(value)


def _config_setting(text: str, start: int, end: int) -> bool:
    """A line of a config file whose value and what follows it on the line are settings
    ("passwd: files systemd" in nsswitch.conf, "password: required" in a PAM-like list),
    not a password. Reads the rest of one line, at most _MAX_VALUE characters."""
    if text[start:end].lower() not in _CONFIG_WORDS:
        return False
    line_end = text.find("\n", end, end + _MAX_VALUE)
    if line_end < 0 and len(text) > end + _MAX_VALUE:
        return False  # a long line: prose, not a setting
    tail = text[end : line_end if line_end >= 0 else len(text)].split()
    return all(w.lower() in _CONFIG_WORDS or _BRACKETED.fullmatch(w) for w in tail)


def _secretish(value: str) -> bool:
    lowered = value.lower()
    if len(value) < 4 or _looks_placeholder(value) or lowered in _TYPE_WORDS:
        return False
    if value[0] in "${</~@\\." or "['" in value or '["' in value:
        return False  # a variable, a template or a path: not the secret itself
    if _CALL.match(value) and value[-1] in "()":
        return False  # a call: "getpass()", "input(" (the prompt's quote ends the token)
    if _PERCENT.fullmatch(value) or value in ("%s", "%d") or value.startswith("%("):
        return False  # "%DB_PASSWORD%", "%(password)s", "%s"
    if _DOTTED.fullmatch(value) or len(set(value)) == 1 or set(value) <= set("*•·x"):
        return False
    words = lowered.split()
    return len(words) <= 4 and not any(p in lowered + " " for p in _PROMPTS)


def plausible(
    kind: str, text: str, start: int, end: int, sep: str, *, quoted: bool
) -> tuple[int, int] | None:
    """The span of a plausible value of ``kind`` in ``text[start:end]``, or None."""
    if kind in ("PASSWORD", "SECRET"):
        start, end = _token(text, start, end, sep, quoted)
        value = text[start:end]
        if kind == "PASSWORD" and not quoted and value.isalpha():
            words, phrase_end = _phrase(text, start)
            if _prose(words):
                return None  # "Password: must contain 8 characters", "jelszó: kattintson ..."
            if _passphrase(words):
                # a passphrase: "wifi password: two blue ducks swimming"
                return start, phrase_end
        if not _secretish(value) or _config_setting(text, start, end):
            return None
        if kind == "SECRET":
            # a key, not a word: "Authorization" or "Bearer" under a secret label is a name
            if " " in value or _SNAKE.fullmatch(value) or len(value) < 8:
                return None
            if _classes(value) < 3 and not (any(map(str.isdigit, value)) and len(value) >= 12):
                return None
            return VALIDATORS["secret_value"](text, start, end)
        return start, end
    value = text[start:end].strip()
    if not value or len(value) > _MAX_VALUE:
        return None
    offset = text.find(value, start)
    if kind == "PHONE_NUMBER":
        digits = sum(c.isdigit() for c in value)
        ok = bool(_PHONE_SHAPE.fullmatch(value)) and 6 <= digits <= 15
    elif kind == "STREET_ADDRESS":
        ok = _address(value)
    else:
        ok = False
    return (offset, offset + len(value)) if ok else None


def _address(value: str) -> bool:
    """A street address: a number and a word of three letters or more ("12 Main St",
    "ul. Marszałkowska 10/12"); not an IP, MAC or memory address, an e-mail or a URL."""
    if "@" in value or "://" in value or _HEXISH.fullmatch(value) or len(value.split()) > 15:
        return False
    has_word = any(len(w) >= 3 and w.isalpha() for w in re.split(r"[\s,./\-]+", value))
    return has_word and any(c.isdigit() for c in value)
