"""Passwords, generated secrets and birth dates without a cue word (privacy/cueless.py and
cueless_dates.py), through the real detector's deep scan; what must stay unflagged; crafted
inputs of about 0.5 MB in bounded time."""

from __future__ import annotations

import datetime
import random
import string
import time

import pytest
from faker import Faker

from cueless_benign import CUELESS_BENIGN
from meshroute.privacy.cueless import secret_kind
from meshroute.privacy.detector import SensitivityDetector

CUELESS_TYPES = {"PASSWORD", "SECRET", "API_TOKEN", "DATE_OF_BIRTH"}
THIS_YEAR = datetime.date.today().year

SENSITIVE = [
    ("my wifi is Zima2023! if you need it", "Zima2023!", "PASSWORD"),
    ("use Tr0ub4dor&3 for the staging box", "Tr0ub4dor&3", "PASSWORD"),
    ("P@ssw0rd!2024 didn't work for the VPN", "P@ssw0rd!2024", "PASSWORD"),
    ("I set kX9#mQ2$vL yesterday", "kX9#mQ2$vL", "PASSWORD"),
    ("he sent hunter2! over chat", "hunter2!", "PASSWORD"),
    ("I keep reusing qwerty123 everywhere", "qwerty123", "PASSWORD"),
    ("login with `hunter2` and change it", "hunter2", "PASSWORD"),
    ("it's 'Sommer2024' for the router", "Sommer2024", "PASSWORD"),
    ("creds admin / letmein42", "letmein42", "PASSWORD"),
    ("wifi: Zima2023", "Zima2023", "PASSWORD"),
    ("ssh in as deploy:Gr4v1ty! then restart", "deploy:Gr4v1ty!", "PASSWORD"),
    ("root:Xk9#mQ2$vL", "root:Xk9#mQ2$vL", "PASSWORD"),  # a password of short chunks
    ("the laptop unlocks with kX9mQ2vLp8", "kX9mQ2vLp8", "PASSWORD"),
    ("paste kYzTQ8qEJMjym2JYGV3GvgbBEP822RK1 into the config", "kYzTQ8qEJMjym2JYGV3GvgbBEP822RK1",
     "SECRET"),
    ("here: gsk_8fK2mQ9xLp3Rt7Vw1Zy4Bn6Cd0Ef5Gh2Jk8Lm", "gsk_8fK2mQ9xLp3Rt7Vw1Zy4Bn6Cd0Ef5Gh2Jk8Lm",
     "API_TOKEN"),
    ("try sk-or-v1-3f9a8c7e6d5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382 now",
     "sk-or-v1-3f9a8c7e6d5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382", "API_TOKEN"),
    ("Jan Kowalski, 12.03.1985", "12.03.1985", "DATE_OF_BIRTH"),
    ("Kowalski Jan (12/03/1985)", "12/03/1985", "DATE_OF_BIRTH"),
    ("Eckbauer Dennis (13. Januar 1954)", "13. Januar 1954", "DATE_OF_BIRTH"),
    ("Anna Nowak (*1985), Gdańsk", "1985", "DATE_OF_BIRTH"),
    ("Smith, b. 1985, engineer", "1985", "DATE_OF_BIRTH"),
    ("Pavel Novák, nar. 3.5.1979", "3.5.1979", "DATE_OF_BIRTH"),
    ("Lars Berg (f. 1962), Malmö", "1962", "DATE_OF_BIRTH"),
    ("Kiss Anna, szül. 1990", "1990", "DATE_OF_BIRTH"),
    ("Lucía Pérez (nac. 14/05/1988)", "14/05/1988", "DATE_OF_BIRTH"),
    (f"12.03.1985 ({THIS_YEAR - 1986}), cough for two weeks", "12.03.1985", "DATE_OF_BIRTH"),
    (f"aged {THIS_YEAR - 1987}, 1986-01-02, referred by the GP", "1986-01-02", "DATE_OF_BIRTH"),
]  # fmt: skip

BENIGN = [
    *CUELESS_BENIGN,
    "Set the log format to start:%Y-%m-%d and ts:%H%M%S in the config.",
    "See src/app/main.py, /etc/nginx/nginx.conf and https://example.com/a?b=c1d2#x.",
    "mail me at jo.smith2@gmail.com",
    "java -XX:MaxRAM=4g -XX:+UseG1GC -jar app.jar; export JAVA_OPTS=-Xms512m GRADLE_OPTS=-Xmx4g",
    "256 SHA256:q2bW1xY8zZkR3pLw0vT9mNc4dF6hJ7sA2eK5uI1oP0Q deploy@ci (ED25519)",
    "Jan Kowalski (12 March 1931 \u2013 4 May 2001) was an engineer; Anna Nowak, 1.1.1950-3.4.2020",
    "Elvis Presley (8 January 1935) was a singer; Cristiano Ronaldo, 5 February 1985.",
    "X-Request-ID: 7f3c9b1e2d4a; reverted in commit 7f3c9b1e2d, trace ba5eba11c0de",
]


def _cueless(detector: SensitivityDetector, text: str) -> list[tuple[str, str]]:
    return [
        (e.type, text[e.start : e.end])
        for e in detector.scan([text], deep=True)
        if e.type in CUELESS_TYPES
    ]


@pytest.mark.parametrize(("text", "value", "kind"), SENSITIVE)
def test_found_without_a_cue(
    detector: SensitivityDetector, text: str, value: str, kind: str
) -> None:
    assert (kind, value) in _cueless(detector, text)


@pytest.mark.parametrize("text", BENIGN)
def test_technical_prose_is_not_a_secret(detector: SensitivityDetector, text: str) -> None:
    assert _cueless(detector, text) == []


def test_the_fast_scan_has_no_cueless_rules(detector: SensitivityDetector) -> None:
    assert detector.scan(["use Tr0ub4dor&3 for the staging box"]) == ()


def test_a_cued_password_keeps_its_pattern() -> None:
    # the cue pattern's hit wins over the cue-less one over the same value (higher score)
    detector = SensitivityDetector.build(cache_size=0, names=False)
    found = detector.scan(["password: Tr0ub4dor&3"], deep=True)
    assert [(e.type, e.score) for e in found] == [("PASSWORD", 1.0)]


def test_faker_passwords_in_a_plain_sentence(detector: SensitivityDetector) -> None:
    fake = Faker()
    fake.seed_instance(20261201)
    values = [fake.password(length=fake.random_int(10, 16)) for _ in range(200)]
    caught = sum(("PASSWORD", v) in _cueless(detector, f"I set {v} on the laptop") for v in values)
    assert caught >= 0.9 * len(values)  # misses: balanced brackets ("(2c7)Erx"), "++"


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "pl_PL", "cs_CZ", "fr_FR", "sv_SE"])
def test_faker_people_with_their_birth_dates(detector: SensitivityDetector, locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(7)
    rows = []
    for _ in range(20):
        born = fake.date_of_birth(minimum_age=18, maximum_age=85).strftime("%d.%m.%Y")
        rows.append((f"{fake.first_name()} {fake.last_name()}, {born}", born))
    caught = sum(("DATE_OF_BIRTH", born) in _cueless(detector, text) for text, born in rows)
    assert caught >= 18, locale


def test_ages_that_disagree_with_the_year_do_not_tie_a_date() -> None:
    assert _cueless(SensitivityDetector.build(cache_size=0), "12.03.2019 (40 participants)") == []
    assert secret_kind("python:3.11-slim") is None
    assert secret_kind("admin:hunter2") == "PASSWORD"


def _random_tokens(count: int, size: int) -> str:
    rng = random.Random(1)
    alphabet = string.ascii_letters + string.digits + "!#$%&*+"
    return " ".join("".join(rng.choice(alphabet) for _ in range(size)) for _ in range(count))


KB = 1024
CRAFTED = {
    "one-long-token-500k": "use " + "aB3$" * 128 * KB,
    "symbols-500k": "note " + "!#$%&*+=?@^~|" * 40 * KB,
    "many-tokens-500k": "note " + _random_tokens(40_000, 12),
    "dates-after-names-500k": "Jan Kowalski, 12.03.1985; " * 20 * KB,
    "bare-dates-500k": "12.03.1985 " * 48 * KB,
    "star-years-500k": "(*1985) " * 64 * KB,
    "user-pass-pairs-500k": "admin:hunter2 " * 36 * KB,
    "base64-with-spaces-500k": "note " + "SGVsbG8gV29ybGQ= " * 30 * KB,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_input_is_bounded(detector: SensitivityDetector, name: str) -> None:
    text = CRAFTED[name]
    started = time.perf_counter()
    found = detector.scan([text], deep=True)
    elapsed = time.perf_counter() - started
    # The budget is 1 s per request; the slack covers one chunk in flight and a loaded CI box.
    assert elapsed < detector.limits.budget_s + 2.0, f"{name}: {elapsed:.1f} s"
    assert all(0 <= e.start < e.end <= len(text) for e in found)
