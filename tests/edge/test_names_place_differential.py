# ruff: noqa: RUF001, RUF002
"""The Worker (names.js) finds the names the gateway's deep scan finds by their place or form:
a surname before an initial, a name alone as a letter's greeting or signature, a given name in
another case ("z Piotrem", "с Ольгой")."""

from __future__ import annotations

import random
from pathlib import Path

from edge_support import require_node, worker_scan


def _texts(seed: int, n: int) -> list[str]:
    from meshroute.privacy import gazetteer

    table = gazetteer._load()
    rng = random.Random(seed)
    given = sorted(k for k, v in table.items() if "f" in v and k.isalpha())
    family = sorted(k for k, v in table.items() if "l" in v and k.isalpha())
    shapes = [
        lambda g, f: f"Signed: {f.title()} {g[0].upper()}., accounts",
        lambda g, f: f"Invoice for {f.title()} {g[0].upper()}.\nthanks",
        lambda g, f: f"Please call back.\n\nThanks,\n{g.title()}\n",
        lambda g, f: f"bis bald\nViele Grüße\n{g.title()}",
        lambda g, f: f"Hello {g.title()},\nthe report is attached.",
        lambda g, f: f"Hej {g.title()}!\n",
        lambda g, f: f"rozmawiałem z {g.title()}em o tym",
        lambda g, f: f"powiedz {g.title()}owi i {g.title()}ovi, że {g.title()}u",
        lambda g, f: f"я говорил с {g.title()}ой и {g.title()}ю вчера",
        lambda g, f: f"beszéltem {g.title()}val és {g.title()}nak",
        lambda g, f: f"na {g.title()}ie, u {g.title()}y, {g.title()}o!",
        lambda g, f: f"volal som {g}ovi {f}ovi včera",
        lambda g, f: f"s {g}om {f}om a {g}em {f}em",
        lambda g, f: f"передай {g}у {f}у и {g}ой {f}ой",
        lambda g, f: f"mluvil jsem s {g.title()}em {f.title()}em o tom",
    ]
    return [rng.choice(shapes)(rng.choice(given), rng.choice(family)) for _ in range(n)]


def test_the_worker_finds_names_by_their_place(tmp_path: Path) -> None:
    node = require_node()
    from meshroute.routing.sensitivity import SensitivityDetector

    detector = SensitivityDetector.build(names=True)
    texts = _texts(seed=19, n=300)
    python = [bool(detector.scan([t], deep=True)) for t in texts]
    worker = [v for v, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, p, w in zip(texts, python, worker, strict=True) if p and not w]
    assert sum(python) >= 100, "the texts should hold names the gateway finds"
    assert missed == [], missed[:10]
