"""SensitivityDetector on its real pattern tables, validators and name gazetteer (no mocks)."""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap

import pytest

from meshroute.routing.sensitivity import Entity, SensitivityDetector


@pytest.fixture(scope="module")
def detector() -> SensitivityDetector:
    return SensitivityDetector.build(cache_size=0)


POSITIVES = [
    ("Reply to jane.doe@acme.io today", "EMAIL_ADDRESS", "jane.doe@acme.io"),
    ("Call me on +44 20 7946 0958 tonight", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("My phone number is (201) 555-0123.", "PHONE_NUMBER", "(201) 555-0123"),
    ("WhatsApp: +33 6 12 34 56 78", "PHONE_NUMBER", "+33 6 12 34 56 78"),
    ("Charge 4111 1111 1111 1111 please", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("Amex 3782 822463 10005 exp 01/29", "CREDIT_CARD", "3782 822463 10005"),
    ("Mastercard 2221000000000009 ok", "CREDIT_CARD", "2221000000000009"),
    ("Wire to GB82 WEST 1234 5698 7654 32 now", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
    ("IBAN DE89370400440532013000 thanks", "IBAN_CODE", "DE89370400440532013000"),
    ("My SSN is 536-22-8745.", "US_SSN", "536-22-8745"),
    ("US passport number 912803456, expires 2031", "US_PASSPORT", "912803456"),
    ("My driver's license is D1234567.", "US_DRIVER_LICENSE", "D1234567"),
    ("I was born on 12/03/1985, am I eligible?", "DATE_OF_BIRTH", "12/03/1985"),
    ("Date of birth: March 9, 1962", "DATE_OF_BIRTH", "March 9, 1962"),
    ("née le 1 janvier 1980 à Lyon", "DATE_OF_BIRTH", "1 janvier 1980"),
    ("Ship it to 221B Baker Street, London", "STREET_ADDRESS", "221B Baker Street"),
    ("Ich wohne in der Hauptstraße 12 in Köln", "STREET_ADDRESS", "Hauptstraße 12"),
    ("aws_access_key_id = AKIAZ3Q2W5E7R9T1Y3U5", "AWS_ACCESS_KEY", "AKIAZ3Q2W5E7R9T1Y3U5"),
    (
        "token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5 leaked",
        "API_TOKEN",
        "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5",
    ),
    (
        "OPENAI_API_KEY=sk-proj-abcDEF123ghiJKL456mnoPQR789stuVWX012yz",
        "API_TOKEN",
        "sk-proj-abcDEF123ghiJKL456mnoPQR789stuVWX012yz",
    ),
    (
        "stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "API_TOKEN",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    ),
    ("DB_PASSWORD=abN8YfDTfG15", "PASSWORD", "abN8YfDTfG15"),
    ("my wifi password is Winter2024!", "PASSWORD", "Winter2024!"),
    (
        "DATABASE_URL=postgres://app:s3cr3tPa55@db.internal:5432/app",
        "CONNECTION_STRING",
        "postgres://app:s3cr3tPa55@db.internal:5432/app",
    ),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
        "PRIVATE_KEY",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
    ),
]

DEEP_POSITIVES = [
    ("My name is Oluwaseun Adeyemi and I need help.", "PERSON", "Oluwaseun Adeyemi"),
    ("Dear Łukasz Kowalski, thanks for the reply.", "PERSON", "Łukasz Kowalski"),
    ("Zhang Wei lives in Shenzhen with his family.", "LOCATION", "Shenzhen"),
    ("My father was diagnosed with diabetes last year.", "MEDICAL", "diabetes"),
]

NEGATIVES = [
    "What is an IBAN and how is its check digit computed?",
    "Why did my bank reject IBAN DE12 3456 7890 1234 5678 90?",
    "What is an SSN and who issues it?",
    "Is 4111 1111 1111 1112 a valid Visa number?",
    "Upgrade from version 2.10.3004 to 3.1.0: what breaks?",
    "Order #100234567 shipped on 2024-06-02; my order number is 4155550142.",
    "Invoice INV-2024-004512 totals $1,299.99 plus 8.25% tax.",
    "Release 1.24.7 was tagged on 2024-11-28.",
    "Compute 123456789 * 987654321.",
    "password = os.environ['DB_PASSWORD']; connect(password=password)",
    "The example key in the AWS docs is AKIAIOSFODNN7EXAMPLE.",
    "DATABASE_URL=postgres://user:password@localhost:5432/app as in the docs",
    "The error says 'password is required'.",
    "What is diabetes and how is it diagnosed?",
    "What's the weather usually like in Paris in April?",
]


@pytest.mark.parametrize(("text", "kind", "value"), POSITIVES)
@pytest.mark.parametrize("deep", [False, True])
def test_positive_with_exact_offsets(
    detector: SensitivityDetector, text: str, kind: str, value: str, deep: bool
) -> None:
    found = detector.scan([text], deep=deep)
    assert (kind, value) in [(e.type, text[e.start : e.end]) for e in found], found


@pytest.mark.parametrize(("text", "kind", "value"), DEEP_POSITIVES)
def test_deep_positive(detector: SensitivityDetector, text: str, kind: str, value: str) -> None:
    found = detector.scan([text], deep=True)
    assert (kind, value) in [(e.type, text[e.start : e.end]) for e in found], found


@pytest.mark.parametrize(("text", "kind", "value"), DEEP_POSITIVES)
def test_fast_path_skips_ner_types(
    detector: SensitivityDetector, text: str, kind: str, value: str
) -> None:
    assert kind not in {e.type for e in detector.scan([text])}


@pytest.mark.parametrize("text", NEGATIVES)
@pytest.mark.parametrize("deep", [False, True])
def test_benign_look_alikes_not_flagged(
    detector: SensitivityDetector, text: str, deep: bool
) -> None:
    assert detector.scan([text], deep=deep) == ()


def test_multi_message_indices_and_offsets(detector: SensitivityDetector) -> None:
    texts = ["You are a helpful assistant.", "", "Card 4111 1111 1111 1111", "mail a.b@acme.io"]
    found = detector.scan(texts)
    assert [(e.message, e.type, texts[e.message][e.start : e.end]) for e in found] == [
        (2, "CREDIT_CARD", "4111 1111 1111 1111"),
        (3, "EMAIL_ADDRESS", "a.b@acme.io"),
    ]
    assert all(isinstance(e, Entity) and 0.4 <= e.score <= 1.0 for e in found)


def test_known_presidio_traps(detector: SensitivityDetector) -> None:
    # UK_NHS matched US phone numbers at 1.0; the URL recognizer matched inside e-mails.
    text = "call 212-555-0198 or write to jane@acme.io"
    found = detector.scan([text], deep=True)
    assert [(e.type, text[e.start : e.end]) for e in found] == [
        ("PHONE_NUMBER", "212-555-0198"),
        ("EMAIL_ADDRESS", "jane@acme.io"),
    ]


def test_entities_never_overlap(detector: SensitivityDetector) -> None:
    text = "mongodb+srv://admin:FO6qL5lRbIeoWdHm@cluster0.ab1cd.mongodb.net and a.b@acme.io"
    found = detector.scan([text], deep=True)
    assert found[0].type == "CONNECTION_STRING"
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_cache_returns_same_result() -> None:
    cached = SensitivityDetector.build(names=False, cache_size=8)
    text = "Call +44 20 7946 0958"
    assert cached.scan([text]) == cached.scan([text]) != ()
    assert cached.scan([text], deep=True) == cached.scan([text])


def test_without_name_finders_cue_patterns_still_find_names() -> None:
    regex_only = SensitivityDetector.build(names=False, spacy_model="no_such_spacy_model")
    assert not regex_only.ner_available
    text = "My name is Oluwaseun Adeyemi, mail o.adeyemi@acme.io"
    kinds = {e.type for e in regex_only.scan([text], deep=True)}
    assert kinds == {"PERSON", "EMAIL_ADDRESS"}  # the cue pattern still finds the name


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.getaddrinfo = refuse
    socket.create_connection = refuse

    from meshroute.routing.sensitivity import SensitivityDetector

    d = SensitivityDetector.build()
    found = d.scan(["write to jane@acme.co.uk or bob@uni.ac.jp"], deep=True)
    assert [e.type for e in found] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"], found
    print("ok", d.ner_available)
    """
)


def test_offline_no_network_attempt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok True"
    assert "Public Suffix List" not in result.stderr
