"""Differential test of the cue-less finder (privacy/cueless*.py, templates/cueless.js) and of the
notable-name filter (privacy/notable.py, NotableFilter in names.js): seeded passwords of many
shapes, generated secrets, birth dates after names, abbreviations and ages, notable people's
names, and benign technical prose, through the gateway's deep scan and the Worker's. The Worker
must never find clean what the gateway finds sensitive, and must not flag most of what it finds
clean; crafted inputs of about 0.5 MB get a verdict (bench/worker_crafted.py times them)."""

from __future__ import annotations

import random
import string
from pathlib import Path
from typing import Any

from edge_support import crafted_inputs, require_node, worker_scan

from cueless_benign import CUELESS_BENIGN

SENTENCES = (
    "my wifi is {v} if you need it", "use {v} for the staging box", "login with `{v}` please",
    "it's '{v}' for the router", "I set {v} yesterday, does it look strong?",
    "{v} didn't work for the VPN", "creds admin / {v}", "wifi: {v}", "try {v} on the NAS",
    "he texted me {v} for the shared account", "the laptop unlocks with {v}",
    "ssh in as deploy:{v} then restart", "root:{v}", "paste {v} into the config",
    "here is the key {v}", "(**{v}**)", "router - {v}", "my token is {v}.",
)  # fmt: skip
WORDS = ("summer", "dragon", "zima", "sonne", "haslo", "monkey", "kot", "sunshine", "tiger")
STEMS = ("qwerty", "password", "letmein", "admin", "welcome", "hunter", "abc123", "iloveyou")
MONTHS = ("January", "March", "July", "October", "Januar", "marca", "octobre", "Dec.")
BENIGN = CUELESS_BENIGN
NOTABLE_SHAPES = (
    "Who was {n}?", "What did {n} discover?", "Tell me about {n}'s early life.",
    "Where did {n} grow up?", "Compare {n} and {m} as scientists.",
    "{N} and the history of science", "Write an essay on {l}.", "Queen Victoria and {n}",
    "Why is {n} famous", "{n} - a short biography", "Dr {n} and the Nobel prize",
    "{n} ({d} - 4 May 2001) was a scientist", "{n}, {d}: a life", "{n} (born {d}) and {m}",
    "{n} ({d} \u2013 16 August 1977)",
)  # fmt: skip


def _password(rng: random.Random) -> str:
    word, year = rng.choice(WORDS), str(rng.randint(1970, 2026))
    alphabet = string.ascii_letters + string.digits
    shapes = [
        lambda: word.title() + year + rng.choice("!?#$@"),
        lambda: word + rng.choice("!#$%&*") + year[2:],
        lambda: rng.choice(STEMS) + str(rng.randint(1, 9999)),
        lambda: "".join(rng.choice(alphabet + "!#$%&*+=?@^~") for _ in range(rng.randint(8, 16))),
        lambda: "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16))),
        lambda: word.translate(str.maketrans("aeios", "43105")).title() + rng.choice(("", "!")),
        lambda: "".join(rng.choice(string.printable[:94]) for _ in range(rng.randint(8, 20))),
        lambda: word + year[2:],
        lambda: word.title() + "-" + year,
    ]
    return rng.choice(shapes)()


def _secret(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits
    body = "".join(rng.choice(alphabet) for _ in range(rng.randint(20, 48)))
    shapes = [
        lambda: body,
        lambda: rng.choice(("gsk_", "sk-or-v1-", "xoxb-", "pk_live_", "req_", "sha256-")) + body,
        lambda: "".join(rng.choice("0123456789abcdef") for _ in range(40)),
        lambda: body + "+/" + body[:6] + "==",
    ]
    return rng.choice(shapes)()


def _date(rng: random.Random, year: int) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    shapes = [
        f"{day:02d}.{month:02d}.{year}", f"{year}-{month:02d}-{day:02d}", f"{day}/{month}/{year}",
        f"{day} {rng.choice(MONTHS)} {year}", f"{rng.choice(MONTHS)} {day}, {year}",
        f"{day}. {rng.choice(MONTHS)} {year}", str(year),
    ]  # fmt: skip
    return rng.choice(shapes)


def _birth(rng: random.Random, fake: Any) -> str:
    year = rng.randint(1890, 2027)
    date, first, last = _date(rng, year), fake.first_name(), fake.last_name()
    age = 2026 - year - rng.randint(0, 2)
    shapes = [
        f"{first} {last}, {date}", f"{last} {first} ({date})", f"{last}, {first} - {date}",
        f"{first} {last} (*{year}), engineer", f"{last}, b. {year}, nurse",
        f"{first} {last}, nar. {date}", f"{first} {last} (f. {year}), Malmö",
        f"{last} {first}, szül. {year}", f"{first} {last}: ur. {date}", f"{date} ({age}), cough",
        f"aged {age}, {date}, referred", f"on {date} the {last} report was filed",
        f"{first.lower()} {last.lower()}, {date}", f"{first} {last}\n{date}",
        f"{first} {last}  ,  {date}", f"dob {date}", f"{first} {last} b-day {date}",
    ]  # fmt: skip
    return rng.choice(shapes)


def corpus(seed: int, n: int) -> list[str]:
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker(["en_US", "de_DE", "pl_PL", "cs_CZ", "sv_SE", "fr_FR"])
    fake.seed_instance(seed)
    texts = []
    for _ in range(n):
        kind = rng.randrange(4)
        if kind == 0:
            texts.append(rng.choice(SENTENCES).format(v=_password(rng)))
        elif kind == 1:
            texts.append(rng.choice(SENTENCES).format(v=_secret(rng)))
        elif kind == 2:
            texts.append(_birth(rng, fake))
        else:
            texts.append(rng.choice(BENIGN))
    return texts


def notable_corpus(seed: int, n: int) -> list[str]:
    from meshroute.privacy.notable import notable_names

    rng = random.Random(seed)
    names = sorted(notable_names())
    texts = []
    for _ in range(n):
        a, b = rng.choice(names).title(), rng.choice(names).title()
        last = a.split()[-1]
        shape = rng.choice(NOTABLE_SHAPES)
        date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1890, 1990)}"
        given = " ".join(a.split()[:-1])
        texts.append(shape.format(n=a, m=b, N=a.upper(), l=f"{last}, {given}", d=date))
    return texts


def test_the_worker_finds_every_cueless_secret_and_birth_date(tmp_path: Path) -> None:
    node = require_node()
    from meshroute.privacy.normalise import normalise
    from meshroute.routing.sensitivity import SensitivityDetector

    detector = SensitivityDetector.build(names=True, cache_size=0)
    cueless = detector._cueless
    assert cueless is not None
    texts = corpus(seed=20, n=900)
    deep = [bool(detector.scan([t], deep=True)) for t in texts]
    alone = [bool(cueless.find(normalise(t).text)) for t in texts]  # the finder on its own
    worker = [v for v, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, p, w in zip(texts, deep, worker, strict=True) if p and not w]
    missed_alone = [t for t, p, w in zip(texts, alone, worker, strict=True) if p and not w]
    assert sum(alone) >= 300 and len(texts) - sum(deep) >= 150  # both verdicts well covered
    assert missed == [], missed[:10]
    assert missed_alone == [], missed_alone[:10]
    extra = [t for t, p, w in zip(texts, deep, worker, strict=True) if w and not p]
    assert len(extra) <= 0.15 * (len(texts) - sum(deep)), extra[:10]


def test_the_benign_technical_prose_stays_clean_at_the_edge(tmp_path: Path) -> None:
    node = require_node()
    worker = [v for v, _ in worker_scan(node, tmp_path, list(BENIGN))]
    flagged = [t for t, w in zip(BENIGN, worker, strict=True) if w]
    assert len(flagged) <= 2, flagged


def test_the_worker_drops_a_notable_name_only_where_the_gateway_does(tmp_path: Path) -> None:
    node = require_node()
    from meshroute.routing.sensitivity import SensitivityDetector

    detector = SensitivityDetector.build(names=True, cache_size=0)
    texts = notable_corpus(seed=21, n=500)
    python = [bool(detector.scan([t], deep=True)) for t in texts]
    worker = [v for v, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, p, w in zip(texts, python, worker, strict=True) if p and not w]
    extra = [t for t, p, w in zip(texts, python, worker, strict=True) if w and not p]
    assert len(texts) - sum(python) >= 250  # the gateway lets most of them through
    assert missed == [], missed[:10]
    # the port's point: the Worker lets most of them through too
    assert len(extra) <= 0.2 * (len(texts) - sum(python)), extra[:10]


def test_crafted_input_gets_a_verdict_at_the_edge(tmp_path: Path) -> None:
    # Bounded work: every crafted half-megabyte input gets its verdict within worker_scan's
    # 300 s (a backtracking pattern took minutes); bench/worker_crafted.py prints the times.
    node = require_node()
    crafted = crafted_inputs()
    verdicts = dict(
        zip(
            crafted,
            (v for v, _ in worker_scan(node, tmp_path, list(crafted.values()))),
            strict=True,
        )
    )
    sensitive = {"dates-after-names", "user-pass-pairs", "one-name-many-words"}
    assert {name for name, flagged in verdicts.items() if flagged} >= sensitive
