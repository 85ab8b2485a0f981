"""Issue 10: formats real text has. Each case once reached the cloud verbatim; the detector must
report the value, with offsets in the ORIGINAL text (normalisation maps them back)."""

from __future__ import annotations

import pytest
from faker import Faker

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.normalise import normalise
from meshroute.privacy.phones import _service

# Full-width digits (U+FF11, U+FF14) as East Asian keyboards type them.
FULLWIDTH_CARD = " ".join(["\uff14\uff11\uff11\uff11"] + ["\uff11" * 4] * 3)
FOUND = [
    # normalisation: non-breaking / zero-width spaces, full-width digits, spelled e-mails
    ("card 4111\u00a01111\u00a01111\u00a01111", "CREDIT_CARD",
     "4111\u00a01111\u00a01111\u00a01111"),
    ("card 4111\u200b1111\u200b1111\u200b1111 ok", "CREDIT_CARD",
     "4111\u200b1111\u200b1111\u200b1111"),
    (f"card {FULLWIDTH_CARD}", "CREDIT_CARD", FULLWIDTH_CARD),
    ("iban GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032", "IBAN_CODE",
     "GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032"),
    ("ring +44\u202f7911\u202f123456", "PHONE_NUMBER", "+44\u202f7911\u202f123456"),
    ("write to jane dot doe at gmail dot com please", "EMAIL_ADDRESS",
     "jane dot doe at gmail dot com"),
    ("jane[at]example[dot]org", "EMAIL_ADDRESS", "jane[at]example[dot]org"),
    ("mail j.doe at acme.io", "EMAIL_ADDRESS", "j.doe at acme.io"),
    # cards next to other digits
    ("4111 1111 1111 1111 12/27 123", "CREDIT_CARD", "4111 1111 1111 1111"),
    ('{"card":"4111111111111111","order":12345678901234}', "CREDIT_CARD", "4111111111111111"),
    ('{"n": 98765432109876, "pan": "5555555555554444"}', "CREDIT_CARD", "5555555555554444"),
    ("iban gb82 west 1234 5698 7654 32", "IBAN_CODE", "gb82 west 1234 5698 7654 32"),
    ("de89370400440532013000", "IBAN_CODE", "de89370400440532013000"),
    # SSNs
    ("SSN 536-22-8745 1990", "US_SSN", "536-22-8745"),
    ("my social security number is 536228745", "US_SSN", "536228745"),
    # phones without a cue
    ("Jane Smith - 07911 123456", "PHONE_NUMBER", "07911 123456"),
    ("Hans: 0151 23456789", "PHONE_NUMBER", "0151 23456789"),
    ("I texted 07700 900123 about the keys", "PHONE_NUMBER", "07700 900123"),
    ("Marie 06 12 34 56 78", "PHONE_NUMBER", "06 12 34 56 78"),
    ("(212) 555-0198 is the office", "PHONE_NUMBER", "(212) 555-0198"),
    ("Pedro +34 612 345 678", "PHONE_NUMBER", "+34 612 345 678"),
    ("Raj 0091 98765 43210", "PHONE_NUMBER", "0091 98765 43210"),
    # national identifiers
    ("NI number AB 12 34 56 C", "UK_NINO", "AB 12 34 56 C"),
    ("Steuer-ID 65929970489", "DE_TAX_ID", "65929970489"),
    ("PESEL 44051401359", "PL_PESEL", "44051401359"),
    ("BSN 111222333", "NL_BSN", "111222333"),
    ("DNI 12345678Z", "ES_DNI", "12345678Z"),
    ("NIE X1234567L", "ES_NIE", "X1234567L"),
    ("codice fiscale RCCMNL83S18D969H", "IT_FISCAL_CODE", "RCCMNL83S18D969H"),
    ("Aadhaar 2341 2341 2346", "IN_AADHAAR", "2341 2341 2346"),
    ("PAN ABCPD1234E", "IN_PAN", "ABCPD1234E"),
    # secrets
    ("SECRET_KEY=django-insecure-8f7s6d5f4g3h", "SECRET", "django-insecure-8f7s6d5f4g3h"),
    ("SENDGRID_API_KEY=SG.abcdefghijklmnopqrst.uvwxyzABCDEFGHIJKLMN", "API_TOKEN",
     "SG.abcdefghijklmnopqrst.uvwxyzABCDEFGHIJKLMN"),
    ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "AUTH_HEADER", "dXNlcjpwYXNzd29yZA=="),
    ("-H 'Authorization: Bearer abcDEF123456ghiJKL789'", "AUTH_HEADER", "abcDEF123456ghiJKL789"),
    ("curl -u admin:hunter2x https://api.acme.io", "PASSWORD", "admin:hunter2x"),
    ("password: !Xk9#mQ2", "PASSWORD", "!Xk9#mQ2"),
    ("the pwd is #hunter22", "PASSWORD", "#hunter22"),
]  # fmt: skip

DEEP_FOUND = [
    ("agnieszka kowalczyk from accounting has breast cancer", "PERSON", "agnieszka kowalczyk"),
    ("Contract between Oluwaseun Adeyemi, 12 Elm Road, and Acme", "PERSON", "Oluwaseun Adeyemi"),
    ("ask siobhan about her chemotherapy schedule", "PERSON", "siobhan"),
]

BENIGN = [
    "Invoice INV-2024-004512 totals $1,299.99 plus 8.25% tax.",
    "Why did my bank reject IBAN DE12 3456 7890 1234 5678 90?",
    "Release 1.24.7 was tagged on 2024-11-28.",
    "I work at acme.io and like it.",
    "Which drug has fewer side effects for asthma?",
    "Set AUTH_MODE=disabled for local runs.",
    "password = os.environ['DB_PASSWORD']",
    "Export API_KEY=$API_KEY before running.",
    "The meeting is at 10:30 in room 4.12.",
    "Sort the numbers 31415926535 and 27182818284 ascending.",
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_found_with_original_offsets(
    detector: SensitivityDetector, text: str, kind: str, value: str
) -> None:
    found = [(e.type, text[e.start : e.end]) for e in detector.scan([text])]
    assert (kind, value) in found, found


@pytest.mark.parametrize(("text", "kind", "value"), DEEP_FOUND)
def test_names_without_cues(
    detector: SensitivityDetector, text: str, kind: str, value: str
) -> None:
    found = [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)]
    assert (kind, value) in found, found


@pytest.mark.parametrize("text", BENIGN)
def test_benign(detector: SensitivityDetector, text: str) -> None:
    assert detector.scan([text], deep=True) == ()


def test_normalised_spans_map_back() -> None:
    text = "x \u200bjane dot doe at gmail dot com\u00a0y"
    normal = normalise(text)
    lo = normal.text.index("jane")
    hi = normal.text.index("com") + 3
    assert text[slice(*normal.original_span(lo, hi))] == "jane dot doe at gmail dot com"


LOCALES_IDS = [
    ("en_GB", "ssn", "UK_NINO", "National Insurance: {}"),
    ("fr_FR", "ssn", "FR_INSEE", "numéro de sécurité sociale {}"),
    ("es_ES", "nif", "ES_DNI", "DNI {}"),
    ("es_ES", "nie", "ES_NIE", "NIE {}"),
    ("nl_NL", "ssn", "NL_BSN", "mijn BSN is {}"),
    ("pl_PL", "pesel", "PL_PESEL", "PESEL: {}"),
    ("it_IT", "ssn", "IT_FISCAL_CODE", "codice fiscale {}"),
    ("en_IN", "aadhaar_id", "IN_AADHAAR", "Aadhaar number {}"),
]


@pytest.mark.parametrize(("locale", "method", "kind", "template"), LOCALES_IDS)
def test_faker_generated_identifiers(
    detector: SensitivityDetector, locale: str, method: str, kind: str, template: str
) -> None:
    fake = Faker(locale)
    fake.seed_instance(20261201)
    for _ in range(20):
        value = getattr(fake, method)()
        text = template.format(value)
        found = {e.type for e in detector.scan([text])}
        assert found, text


PHONE_LOCALES = (
    "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_IN", "en_IE",
    "nl_BE", "de_CH", "de_AT", "pt_PT", "sv_SE", "no_NO", "da_DK", "fi_FI", "en_AU", "en_CA",
    "pt_BR", "es_MX", "ja_JP", "en_NZ", "tr_TR",
)  # fmt: skip


def _phones(seed: int) -> list[str]:
    numbers: list[str] = []
    for locale in PHONE_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        numbers.extend(fake.phone_number() for _ in range(8))
    return numbers


def test_phones_of_25_countries_after_a_cue(detector: SensitivityDetector) -> None:
    """Faker's formats for 25 locales (200 numbers; Faker also writes unallocated ranges, and
    premium-rate ones, which are an organisation's line and not flagged: checked apart below)."""
    missed, other_type = [], []
    numbers = _phones(424242)
    services = [n for n in numbers if _service(n)]
    assert services == ["+34 803 58 14 51"]  # Spain's 803: premium rate
    for number in (n for n in numbers if n not in services):
        text = f"call me on {number} tonight"
        lo = text.index(number)
        hits = [e for e in detector.scan([text]) if e.start < lo + len(number) and lo < e.end]
        if not hits:
            missed.append(number)
        elif all(e.type != "PHONE_NUMBER" for e in hits):
            other_type.append(number)  # e.g. "935 814 516" is also a valid Dutch BSN
    assert missed == []
    assert len(other_type) <= 4, other_type


def test_phones_written_as_phones_need_no_cue(detector: SensitivityDetector) -> None:
    """With "+", "00", brackets, a trunk 0 or two separators, no cue word is needed. Bare digit
    runs ("9375105814") and 4+4 groups ("3584 0532") need one: order numbers look the same."""
    formatted = [
        n
        for n in _phones(515151)
        if n.startswith(("+", "00", "(", "0")) or len([c for c in n if c in " .-"]) >= 2
    ]
    assert len(formatted) > 120
    missed = [n for n in formatted if not detector.scan([f"Maria {n}"])]
    # Faker also writes numbers no country uses ("+68(0)9001135863": no country code 68;
    # "0001135863"); phonenumbers rejects those, and they stay out of this count. It also writes
    # premium-rate and shared-cost numbers (UK 0909, Australia's 1300), which are not flagged.
    services = [n for n in missed if _service(n.removeprefix("1-"))]  # "1-300": 1 is a prefix
    assert len(services) <= 4, services
    assert len(missed) - len(services) <= 4, missed


def test_digit_runs_inside_hex_ids_are_not_phones(detector: SensitivityDetector) -> None:
    """Log lines carry request ids such as 05087487a00c: a letter glued to the run ends it."""
    line = "2026-11-30T10:00:01Z INFO request_id=05087487a00c path=/api/v1/items status=200"
    assert [e.type for e in detector.scan([line], deep=True)] == []
    # an extension still belongs to the number
    text = "call me on 935.584.0532x86568 tonight"
    assert [e.type for e in detector.scan([text])] == ["PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('git config --global user.email "you@example.com"', False),
        ("our docs use alice@example.org and bob@example.net", False),
        ("send the test mail to user@staging.test", False),
        ("write to agnieszka.kowalczyk@example.com about it", True),  # a real-looking local part
        ("mail you@gmail.com", True),  # a placeholder word at a real domain
        ("ping jane.doe@example.com", True),  # a name's shape: kept
    ],
)
def test_placeholder_addresses_at_documentation_domains(
    detector: SensitivityDetector, text: str, flagged: bool
) -> None:
    found = [e for e in detector.scan([text], deep=True) if e.type == "EMAIL_ADDRESS"]
    assert bool(found) == flagged


@pytest.mark.parametrize(
    "line",
    [
        "SECRET_KEY=replace-me-in-prod",
        "API_TOKEN=dummy-token-for-tests",
        "JWT_SECRET=please_change_me_2024",
    ],
)
def test_values_that_say_they_are_placeholders_are_no_secrets(
    detector: SensitivityDetector, line: str
) -> None:
    assert not detector.scan([line], deep=True)
    real = line.split("=")[0] + "=Qm9vLXNlY3JldC1rZXk5OTEx"
    assert detector.scan([real], deep=True)
