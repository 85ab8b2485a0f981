"""The recognizers the sensitivity detector runs: Presidio's own (behind cheap gates), the
phone-number windowing that keeps `phonenumbers` off ordinary digits, and the builders of the
secret and personal-data rules. Split from sensitivity.py, which holds the detector itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from meshroute.routing.sensitivity import (
    _IBAN_TRIGGER,
    RawHit,
    Rule,
    _context_pattern,
    _has_context,
    _View,
)

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer


_PHONE_SEPARATORS = re.compile(r"[ .\-]+")
_DOTTED_PHONE = re.compile(r"\d{2,4}\.\d{2,4}\.\d{2,4}(?:\.\d{2,4})?")
# Dates and SSN-shaped runs are the commonest formatted digit runs that are not phones.
_NOT_PHONE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{3}-\d{2}-\d{4}"
)


def _phone_formatted(value: str) -> bool:
    if "+" in value or "(" in value:
        return True
    core = value.strip(" .,;:")
    if "." in core and not _DOTTED_PHONE.fullmatch(core):
        return False  # 2.10.3004, 192.168.1.1: versions and addresses, not 415.555.0142
    return len(_PHONE_SEPARATORS.findall(core)) >= 2


def _phone_score(text: str, hit: RawHit) -> float:
    """Only a number written like a phone number counts without a context word.

    A bare digit run (order ids, invoice numbers) often parses as a valid number somewhere,
    which is the false positive the NOTES warn about.
    """
    return max(hit[3], 0.5) if _phone_formatted(text[hit[1] : hit[2]]) else 0.2


def _make_phone_window_ok(context: re.Pattern[str]) -> Callable[[_View, int, int], bool]:
    # phonenumbers tries eight regions per window (about 0.5 ms); skip the windows whose
    # result _phone_score would drop anyway.
    def window_ok(view: _View, lo: int, hi: int) -> bool:
        value = view.text[lo:hi]
        if _NOT_PHONE.fullmatch(value.strip(" .,;:()")):
            return False
        return _phone_formatted(value) or _has_context(view, lo, hi, context)

    return window_ok


_SSN_SHAPE = re.compile(r"\d{3}[- .]\d{2}[- .]\d{4}")


def _context_or(
    context: re.Pattern[str], shape: re.Pattern[str] | None = None
) -> Callable[[_View, int, int], bool]:
    # Weak patterns (bare 9-digit runs and the like) score below the threshold without a
    # context word, so their windows are skipped unless one is near or the shape is strong.
    def window_ok(view: _View, lo: int, hi: int) -> bool:
        if shape is not None and shape.search(view.text, lo, hi):
            return True
        return _has_context(view, lo, hi, context)

    return window_ok


def _phone_recognizer() -> EntityRecognizer:
    from phonenumbers.phonemetadata import PhoneMetadata
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class WindowPhoneRecognizer(PhoneRecognizer):
        """A number written with ``+`` parses the same whatever the default region, so one
        region is enough for it instead of the eight tried for national formats."""

        def __init__(self) -> None:
            super().__init__()
            self._international = PhoneRecognizer(supported_regions=("US",))
            # phonenumbers loads each country's metadata on first sight (1-2 ms each); do it
            # all at start-up instead of inside some request's decision.
            PhoneMetadata.load_all()

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> Any:
            if text.lstrip("([").startswith("+"):
                return self._international.analyze(text, entities, nlp_artifacts)
            return super().analyze(text, entities, nlp_artifacts)

    return WindowPhoneRecognizer()


def presidio_rules() -> list[Rule]:
    from presidio_analyzer import Pattern
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        UsLicenseRecognizer,
        UsPassportRecognizer,
        UsSsnRecognizer,
    )

    # UK_NHS (matches US phone numbers at 1.0), URL (not personal by itself; it also matched
    # inside e-mail addresses) and the other country ids are deliberately not loaded.
    # Presidio's card pattern predates Mastercard's 2221-2720 range; add it, Luhn still applies.
    card = CreditCardRecognizer(
        patterns=[
            *CreditCardRecognizer.PATTERNS,
            Pattern(
                "Mastercard 2-series",
                r"\b2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)[- ]?\d{4}"
                r"[- ]?\d{4}[- ]?\d{4}\b",
                0.3,
            ),
        ]
    )
    phone_context = _context_pattern(_PHONE_CONTEXT)
    ssn_context = _context_pattern(["ssn", "ssns", "social security", "ss#", "ssn#"])
    passport_context = _context_pattern(["passport", "passport#", "passport no", "travel document"])
    licence_context = _context_pattern(_LICENCE_CONTEXT)
    return [
        Rule(
            card,
            needs_digit=True,
            windowed=True,
            min_digits=12,
            max_digits=19,
            context=_context_pattern(card.context or []),
            entities=["CREDIT_CARD"],
        ),
        Rule(IbanRecognizer(), trigger=_IBAN_TRIGGER, entities=["IBAN_CODE"]),
        Rule(_offline_email_recognizer(), literals=("@",), entities=["EMAIL_ADDRESS"]),
        Rule(
            _phone_recognizer(),
            needs_digit=True,
            windowed=True,
            min_digits=7,
            max_digits=15,
            context=phone_context,
            scorer=_phone_score,
            window_ok=_make_phone_window_ok(phone_context),
            entities=["PHONE_NUMBER"],
        ),
        Rule(
            UsSsnRecognizer(),
            needs_digit=True,
            windowed=True,
            min_digits=9,
            max_digits=9,
            context=ssn_context,
            window_ok=_context_or(ssn_context, _SSN_SHAPE),
            entities=["US_SSN"],
        ),
        Rule(
            UsPassportRecognizer(),
            needs_digit=True,
            windowed=True,
            min_digits=8,
            max_digits=9,
            context=passport_context,
            window_ok=_context_or(passport_context),
            entities=["US_PASSPORT"],
        ),
        Rule(
            UsLicenseRecognizer(),
            needs_digit=True,
            windowed=True,
            min_digits=5,
            max_digits=19,
            context=licence_context,
            window_ok=_context_or(licence_context),
            entities=["US_DRIVER_LICENSE"],
        ),
    ]


# Presidio's phone context includes "number", which turns every "order number 4155550142" into a
# phone; only words that speak of calling count here.
_PHONE_CONTEXT = (
    "phone",
    "telephone",
    "tel",
    "tel.",
    "cell",
    "cellphone",
    "mobile",
    "call",
    "text me",
    "whatsapp",
    "fax",
    "ring me",
    "reach me",
    "contact",
    "téléphone",
    "telefon",
    "teléfono",
    "telefono",
    "handy",
    "portable",
    "móvil",
)
_LICENCE_CONTEXT = (
    "driver",
    "driver's",
    "drivers",
    "driving",
    "licence",
    "license",
    "dl",
    "dl#",
    "lic#",
    "permit",
    "cdl",
)


def _offline_email_recognizer() -> EntityRecognizer:
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    # tldextract's module-level extractor fetches the public suffix list from the internet on
    # first use; an instance with no URLs and no cache reads only the bundled snapshot.
    extractor = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )

    class OfflineEmailRecognizer(EmailRecognizer):
        # Documentation domains (example.com) are flagged too: privacy fails closed, and
        # people do paste real local parts with a placeholder domain.
        def validate_result(self, pattern_text: str) -> bool:
            return bool(extractor(pattern_text).fqdn)

    return OfflineEmailRecognizer()


def secret_rules() -> list[Rule]:
    from meshroute.routing._secrets import build_secret_recognizers

    return [
        Rule(
            rec,
            literals=literals,
            lower=lower,
            around_literals=around,
            entities=list(rec.supported_entities),
        )
        for rec, literals, lower, around in build_secret_recognizers()
    ]


def personal_rules() -> list[Rule]:
    from meshroute.routing._ner import (
        ADDRESS_TRIGGERS,
        DOB_TRIGGERS,
        build_address_recognizer,
        build_dob_recognizer,
    )

    return [
        Rule(
            build_dob_recognizer(),
            literals=DOB_TRIGGERS,
            lower=True,
            needs_digit=True,
            around_literals=(4, 64),
            entities=["DATE_OF_BIRTH"],
        ),
        Rule(
            build_address_recognizer(),
            literals=ADDRESS_TRIGGERS,
            lower=True,
            needs_digit=True,
            around_literals=(80, 48),
            entities=["STREET_ADDRESS"],
        ),
    ]
