"""Export the gateway's fast privacy scan as data for the Worker.

Nothing is copied: the patterns come from ``meshroute.privacy.patterns.FAST_PATTERNS`` (the one
place they are written), the normaliser's spelled-address patterns, the phone-number shapes,
cue words and placeholders from the privacy package's own modules, read at build time. Each
pattern names a validator; privacy.js implements them (check digits, Luhn, IBAN mod-97, token
entropy, ...). A validator privacy.js does not know is exported as "accept": the Worker then
counts every candidate of that pattern as sensitive. It may flag more than the gateway, never
less, because a prompt the Worker finds clean may be answered by a third party's model.
"""

from __future__ import annotations

import inspect
from typing import Any

from meshroute.edge.regex_js import to_js

__all__ = ["JS_FUNCTIONS", "JS_SCHEMES", "PRIVACY_FORMAT", "export_privacy", "unported"]

PRIVACY_FORMAT = 2

# Validator functions and national-ID schemes privacy.js implements. Where the Python one leans
# on metadata the Worker lacks (phonenumbers' numbering plans, stdnum's IBAN country layouts),
# the port is looser.
JS_FUNCTIONS = frozenset(
    {
        "birth_date",
        "email",
        "phone",
        "card",
        "iban",
        "us_ssn",
        "uk_nino",
        "token",
        "secret_value",
        "password",
        "user_password",
        "connection_url",
        "cued_name",
        "kin_name",
        "personal_health",
        "place",
    }
)
JS_SCHEMES = frozenset(
    {
        "stdnum.de.idnr",
        "stdnum.pl.pesel",
        "stdnum.fr.nir",
        "stdnum.es.dni",
        "stdnum.es.nie",
        "stdnum.nl.bsn",
        "stdnum.it.codicefiscale",
        "stdnum.in_.aadhaar",
        "stdnum.in_.pan",
    }
)


def _re2(pattern: Any) -> dict[str, str]:
    """A compiled RE2 (or re) pattern, or a pattern string, as JS source and flags."""
    source = pattern if isinstance(pattern, str) else str(pattern.pattern)
    return to_js(source).as_json()


def _validator(name: str, function: Any) -> dict[str, Any]:
    """How privacy.js runs one named validator: a function it ports, a national-ID scheme
    (cue word, check digits, bare digit runs), or "accept" (every candidate is sensitive)."""
    cells = inspect.getclosurevars(function).nonlocals if inspect.isfunction(function) else {}
    check = cells.get("is_valid") or getattr(cells.get("module"), "is_valid", None)
    if check is not None and "pattern" in cells:
        scheme = str(getattr(check, "__module__", ""))
        return {
            "kind": "national_id" if scheme in JS_SCHEMES else "accept",
            "scheme": scheme,
            "cue": _re2(cells["pattern"]),
            "bare_alone": bool(cells.get("bare_alone", True)),
        }
    own = getattr(function, "__name__", "").lstrip("_")
    return {"kind": "function", "name": own} if own in JS_FUNCTIONS else {"kind": "accept"}


def _email_suffixes() -> list[str]:
    # The public suffix list snapshot tldextract ships, which the Python side's
    # has_public_suffix reads (ICANN section, with its wildcard and exception rules).
    from meshroute.privacy import domains

    return sorted(domains._extractor()._get_tld_extractor().public_tlds)


def _iban_layouts() -> dict[str, str]:
    """Country -> BBAN layout regex, from stdnum's IBAN registry (what iban.is_valid checks)."""
    import itertools
    import string

    from stdnum import iban

    layouts = {}
    for a, b in itertools.product(string.ascii_uppercase, repeat=2):
        info = iban._ibandb.info(a + b + "00")
        bban = info[0][1].get("bban") if info else None
        if bban:
            layouts[a + b] = to_js(iban._struct_to_re(bban).pattern).source
    return layouts


def _stdnum_tables() -> dict[str, Any]:
    """Check-digit tables read from python-stdnum (the validators' own library)."""
    from stdnum import verhoeff
    from stdnum.in_ import pan
    from stdnum.it import codicefiscale

    return {
        "verhoeff_multiplication": [list(row) for row in verhoeff._multiplication_table],
        "verhoeff_permutation": [list(row) for row in verhoeff._permutation_table],
        "cf_odd": dict(codicefiscale._odd_values),
        "cf_even": dict(codicefiscale._even_values),
        "cf_code": codicefiscale._code_re.pattern,
        "pan_holder_types": sorted(pan._pan_holder_types),
    }


def _patterns(deep: bool = False) -> list[dict[str, Any]]:
    from meshroute.privacy.patterns import DEEP_PATTERNS, FAST_PATTERNS

    return [
        {"entity": spec.entity, "validator": spec.validator, **_re2(spec.pattern)}
        for spec in (DEEP_PATTERNS if deep else FAST_PATTERNS)
    ]


def _names_data() -> dict[str, Any]:
    """The person-tied validators' word lists (privacy/names.py)."""
    from meshroute.privacy import names

    return {
        "not_names": sorted(names._NOT_NAMES),
        "personal_reference": _re2(names._PERSONAL_REFERENCE),
        "sentence_end": names._SENTENCE_END,
        "sentence_reach": names._SENTENCE_REACH,
        "not_places": sorted(names._NOT_PLACES),
    }


# Strings the Worker re-scans once per isolate: any the gateway finds sensitive and the Worker
# does not means its ports have drifted, and the Worker then treats every request as sensitive
# (forwards it, caches nothing). One or more per entity family, and a few benign ones.
PROBES = (
    "mail jane.doe@gmail.com",
    "card 4111 1111 1111 1111",
    "Maestro 6759 6498 2002",
    "IBAN GB82 WEST 1234 5698 7654 32",
    "call +44 20 7946 0958",
    "Jane: 07911 123456",
    "SSN 536-22-8745",
    "NI AB 12 34 56 C",
    "PESEL 44051401359",
    "DNI 12345678Z",
    "Steuer-ID 86095742719",
    "PAN ABCPE1234F",
    "codice fiscale RSSMRA85T10A562S",
    "my BSN is 111222333",
    "passport number 912803456",
    "born on 12 March 1984",
    "221B Baker Street, London",
    "AKIAQ3EGRTXJ7KPLM4NW",
    "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5z",
    "password: Tr0ub4dor&3x",
    "postgres://admin:S3cretPw9@db.internal/prod",
    "Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==",
    "SENDGRID_API_KEY=SG.aBcDeFgHiJkLmNoP.qRsTuVwXyZ012345",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq",
    "jane dot doe at gmail dot com",
    "agnieszka kowalczyk from accounting has breast cancer",
    "please forward this to Oluwaseun Adeyemi",
    "id,name,birth_date\n7,omodunni ojo,12.03.1985",
    '{"customerName": "ngozi okafor", "pin": "4821"}',
    "my wifi is Zima2023! if you need it",
    "paste kYzTQ8qEJMjym2JYGV3GvgbBEP822RK1 into the config",
    "Jan Kowalski, 12.03.1985",
    "What is the capital of France?",
    "Who was Marie Curie?",
    "Release 2.10.3004 on 2024-05-01",
)


GAZETTEER_WORD_PATTERN = r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*"  # as names.js spells it


def _context_pattern() -> str:
    """gazetteer._ContextWords' words as one pattern: its English context regex, and the health
    and work words of 20 languages (matched word by word there; whole words of any script
    here)."""
    from meshroute.privacy import gazetteer
    from meshroute.privacy.health_words import HEALTH_WORDS
    from meshroute.privacy.work_words import WORK_WORDS

    words = f"{HEALTH_WORDS}|{WORK_WORDS}".replace(r"\w", r"\p{L}")
    return rf"(?:{gazetteer._CONTEXT.pattern})|(?<!\p{{L}})(?:{words})(?!\p{{L}})"


def export_gazetteer() -> dict[str, Any] | None:
    """The deep scan's name list (privacy/gazetteer.py) for names.js: names sorted as JavaScript
    compares strings, their flags alongside, and the context pattern. None if the module's
    shape is not the one names.js ports (the Worker then runs no name finder)."""
    from meshroute.privacy import folding, gazetteer, names

    if gazetteer._WORD.pattern != GAZETTEER_WORD_PATTERN:
        return None
    table = gazetteer._load()
    if any("\n" in k or "\t" in k or "\n" in v for k, v in table.items()):
        return None
    ordered = sorted(table.items(), key=lambda item: item[0].encode("utf-16-be"))
    return {
        "names": "\n".join(name for name, _ in ordered),
        "flags": "\n".join(flags for _, flags in ordered),
        "context": to_js(_context_pattern(), ignorecase=True).as_json(),
        "context_reach": gazetteer._CONTEXT_REACH,
        "fold": "".join(f"{chr(k)}{v}\n" for k, v in folding._fold_table().items()),
        "surname_shape": gazetteer._SURNAME_SHAPE.pattern,
        "cyrillic_shape": gazetteer._CYRILLIC_SHAPE.pattern,
        "shape_min": gazetteer._SHAPE_MIN,
        "particles": sorted(gazetteer._PARTICLES),
        "subject_verbs": sorted(names.SUBJECT_VERBS),
        "case_swaps": [list(swap) for swap in names.CASE_SWAPS],
        "cyrillic_swaps": [list(swap) for swap in names.CYRILLIC_SWAPS],
        "notable": _notable_data(),
        "name_words": gazetteer._NAME_WORDS,
    }


def _notable_data() -> dict[str, Any]:
    """Notable people's names (privacy/notable.py), which the deep scan does not flag."""
    from meshroute.privacy import notable

    return {
        "names": "\n".join(sorted(notable.notable_names())),
        "ranks": sorted(notable._RANKS),
        "titles": sorted(notable._TITLES),
    }


def _structured_data() -> dict[str, Any]:
    """The structure-aware pass's label words (privacy/structured.py) for structured.js."""
    from meshroute.privacy import structured, structured_values

    phrases, deny, roles = structured._tables()
    return {
        "phrases": {phrase: list(label) for phrase, label in sorted(phrases.items())},
        "deny": {kind: sorted(words) for kind, words in sorted(deny.items())},
        "roles": sorted(roles),
        "trailing": sorted(structured._TRAILING),
        "type_words": sorted(structured_values._TYPE_WORDS),
        "prompts": list(structured_values._PROMPTS),
    }


def _cueless_data() -> dict[str, Any]:
    """The cue-less finder's word lists, shapes and date patterns (privacy/cueless.py,
    cueless_shapes.py, cueless_dates.py) for cueless.js."""
    from meshroute.privacy import cueless, cueless_dates, cueless_shapes, gazetteer, validators

    dates = cueless_dates
    return {
        "min_token": cueless._MIN_TOKEN,
        "max_token": cueless._MAX_TOKEN,
        "reach": cueless._REACH,
        "openers": cueless._OPENERS,
        "closers": cueless._CLOSERS,
        "code": list(cueless._CODE),
        "code_chars": "".join(sorted(cueless._CODE_CHARS)),
        "brackets": "".join(sorted(cueless._BRACKETS)),
        "pairs": [list(pair) for pair in cueless._PAIRS],
        "prefix_segment": _re2(cueless._PREFIX_SEGMENT),
        "format": _re2(cueless._FORMAT),
        "digests": sorted(cueless._DIGESTS),
        "public_prefixes": sorted(cueless._PUBLIC_PREFIXES),
        "common_stems": list(cueless._COMMON_STEMS),  # in order: the first stem that fits
        "quoted_cues": sorted(cueless._QUOTED_CUES),
        "with_cues": sorted(cueless._WITH_CUES),
        "login_words": sorted(cueless._LOGIN_WORDS),
        "login_users": sorted(cueless._LOGIN_USERS),
        "leet": {chr(k): chr(v) for k, v in cueless._LEET.items()},
        "strong_symbols": "".join(sorted(cueless_shapes.STRONG_SYMBOLS)),
        "separators": "".join(sorted(cueless_shapes.SEPARATORS)),
        "base64_chars": "".join(sorted(cueless_shapes.BASE64_CHARS)),
        "particles": sorted(gazetteer._PARTICLES),
        "name_words": gazetteer._NAME_WORDS,
        "dates": {
            "cued": [_re2(pattern) for pattern in dates._CUED_SET],
            "date": _re2(dates._DATE),
            "any_year": _re2(dates._ANY_YEAR),
            "age_after": _re2(dates._AGE_AFTER),
            "age_before": _re2(dates._AGE_BEFORE),
            "dash": _re2(dates._DASH),
            "window": dates._WINDOW,
            "windowed_dates": dates._WINDOWED_DATES,
            "gap": "".join(sorted(dates._GAP)),
            "first_year": validators.OLDEST_BIRTH_YEAR,
        },
    }


def _probes() -> list[dict[str, Any]]:
    from meshroute.privacy.detector import SensitivityDetector

    # The Worker runs the deep scan's patterns and names too: the probes use the deep verdict.
    detector = SensitivityDetector.build(names=True)
    return [{"text": t, "sensitive": bool(detector.scan([t], deep=True))} for t in PROBES]


def export_privacy() -> dict[str, Any]:
    """The fast scan as JSON-ready data (privacy.js interprets it)."""
    from meshroute.privacy import normalise, number_shapes, phones, validators

    table = validators.VALIDATORS
    return {
        "format": PRIVACY_FORMAT,
        "patterns": _patterns(),
        # The deep scan's person-tied patterns (names after a cue, health terms about a person,
        # places someone lives) run too: the edge model is a third party's, a public target.
        "deep_patterns": _patterns(deep=True),
        "names": _names_data(),
        "structured": _structured_data(),
        "cueless": _cueless_data(),
        "probes": _probes(),
        "normalise": {
            "dropped": "".join(sorted(normalise._DROPPED)),
            "dashes": "".join(sorted(normalise._DASHES)),
            "spelled_email": _re2(normalise._SPELLED_EMAIL),
            "separator": _re2(normalise._SEPARATOR),
        },
        "phone": {
            "separators": _re2(phones._SEPARATORS),
            "dotted": _re2(phones._DOTTED_PHONE),
            "not_phone": _re2(phones._NOT_PHONE),
            "cue": _re2(validators._PHONE_CUE),
            "shapes": {
                "amount": _re2(number_shapes.AMOUNT),
                "currency_after": _re2(number_shapes.CURRENCY_AFTER),
                "other_id_label": _re2(number_shapes.OTHER_ID_LABEL),
                "lookback": number_shapes.LOOKBACK,
                "sequence_groups": number_shapes.SEQUENCE_GROUPS,
            },
        },
        "cue_reach": validators._CUE_REACH,
        "card": {"maestro_12": list(getattr(validators, "_MAESTRO_12", ()))},
        "validators": {name: _validator(name, table[name]) for name in _used()},
        "placeholders": sorted(validators._PLACEHOLDERS),
        "email_suffixes": _email_suffixes(),
        "iban_layouts": _iban_layouts(),
        "tables": _stdnum_tables(),
    }


def _used() -> list[str]:
    from meshroute.privacy.patterns import DEEP_PATTERNS, FAST_PATTERNS

    return sorted({p.validator for p in (*FAST_PATTERNS, *DEEP_PATTERNS) if p.validator})


def unported(data: dict[str, Any]) -> list[str]:
    """Validators the Worker cannot run as the gateway does (it accepts their candidates)."""
    return sorted(k for k, v in data["validators"].items() if v["kind"] == "accept")
