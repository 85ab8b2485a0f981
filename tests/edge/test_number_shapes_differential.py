"""Differential test of the digit runs that are not phones (privacy/number_shapes.py,
templates/number_shapes.js): seeded amounts, number lists, ISBNs valid and not, labelled order
numbers, code pieces and masks, next to real phone numbers, through the gateway's deep scan and
the Worker's. The Worker must never find clean what the gateway finds sensitive, and must find
clean the shapes the gateway drops by text alone (service numbers need phonenumbers' metadata,
which the Worker lacks)."""

from __future__ import annotations

import random
from pathlib import Path

from edge_support import require_node, worker_scan

from meshroute.privacy.detector import SensitivityDetector

LABELS = ("Order no.", "Rechnung Nr.", "ticket #", "Tracking:", "commande n°", "заказ №", "ref")
PHONES = ("07911 123456", "0151 23456789", "+44 7911 123456", "612 345 678", "030 1234 5678")
TEXT_ONLY_SHAPES = (
    "Poland has a population of 38 000 000 people.",
    "population: 8 336 817 (2022)",
    "Le prix est de 1 250 000 € TTC.",
    "The lottery numbers were 4 8 15 16 23 42",
    "ISBN 978-0-13-468599-1 is the book I mean.",
    "Order no. 2024-118-3345 has not arrived",
    "Tracking: 1Z 999 AA1 01 2345 6784",
    "phone mask (999) 999-9999 in the form",
)
# a currency sign at the very start: the gateway once missed it there and flagged the number
CURRENCY_FIRST = ("€23 456 789 is my number", "$23 456 789 call me", "£1 250 000 000")


def _isbn13(rng: random.Random, valid: bool) -> str:
    body = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    check = check if valid else (check + 1) % 10
    digits = body + str(check)
    return f"{digits[:3]}-{digits[3]}-{digits[4:6]}-{digits[6:12]}-{digits[12]}"


def _cases(rng: random.Random) -> list[str]:
    texts = []
    for _ in range(60):
        lead = rng.choice(["", str(rng.randint(1, 9)), str(rng.randint(10, 999))])
        groups = [f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(1, 3))]
        amount = " ".join([lead, *groups]).strip()
        unit = rng.choice(["people", "€", "EUR", "zł", "users", "", "Kč"])
        texts.append(f"The total was {amount} {unit} last year.")
        numbers = " ".join(str(rng.randint(1, 99)) for _ in range(rng.randint(4, 8)))
        texts.append(f"Sort these: {numbers}")
        texts.append(f"see ISBN {_isbn13(rng, rng.random() < 0.7)} for details")
        run = "-".join(str(rng.randint(10, 9999)) for _ in range(3))
        texts.append(f"{rng.choice(LABELS)} {run} is late")
        texts.append(f"code AB{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(1000, 9999)}")
        texts.append(f"call me on {rng.choice(PHONES)}, order {rng.randint(1000, 99999)}")
        texts.append(f"{rng.choice(LABELS)} 42, then ring {rng.choice(PHONES)}")
    return texts


def test_the_worker_never_misses_a_phone_the_gateway_finds(tmp_path: Path) -> None:
    node = require_node()
    detector = SensitivityDetector.build(cache_size=0)
    texts = [*_cases(random.Random(5150)), *CURRENCY_FIRST, *TEXT_ONLY_SHAPES]
    gateway = [bool(detector.scan([t], deep=True)) for t in texts]
    worker = [sensitive for sensitive, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, g, w in zip(texts, gateway, worker, strict=True) if g and not w]
    assert missed == []
    assert sum(gateway) > len(texts) // 4  # the phones are there, and found
    shapes = worker[-len(TEXT_ONLY_SHAPES) :]
    assert not any(shapes), [t for t, w in zip(TEXT_ONLY_SHAPES, shapes, strict=True) if w]
