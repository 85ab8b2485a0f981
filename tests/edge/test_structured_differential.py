"""Differential test of the structure-aware pass (privacy/structured.py, templates/structured.js):
seeded key-value pairs and tables (JSON, YAML, .env, query strings, form lines, CSV, markdown,
HTML) with labels of every kind in several case styles and values that fit the label or not.
The Worker must flag every text in which the gateway's structured pass finds a value."""

from __future__ import annotations

import random
from pathlib import Path

from edge_support import require_node, worker_scan

VALUES = [
    "omodunni ojo", "Ngozi Okafor", "Kowalska", "12.03.1985", "1979-05-03", "3 de mayo de 1979",
    "x9!Tq2zz", "4821", "hunter22", "a8F3kLq92mZx7Pw", "9f86d081884c7d659a2f", "020 7946 0958",
    "+48 601 234 567", "12 Acacia Avenue", "ul. Marszałkowska 10/12", "send_invoice", "${DB_PASS}",
    "os.environ['X']", "str", "n/a", "Widget Pro", "10.0.0.1", "true", "unknown", "see below",
]  # fmt: skip


def _styled(rng: random.Random, label: str) -> str:
    words = label.split()
    style = rng.randrange(5)
    if style == 0:
        return "_".join(words)
    if style == 1:
        return words[0] + "".join(w.title() for w in words[1:])
    if style == 2:
        return "-".join(w.title() for w in words)
    if style == 3:
        return " ".join(words).title()
    return "_".join(words).upper()


def _shape(rng: random.Random, key: str, value: str) -> str:
    shapes = [
        lambda: f'{{"id": 7, "{key}": "{value}"}}',
        lambda: f"record:\n  {key}: {value}\n  other: x",
        lambda: f"{key.upper().replace(' ', '_')}={value.replace(' ', '')}",
        lambda: f"GET /form?{key.replace(' ', '')}={value.replace(' ', '+')}&x=1",
        lambda: f"Please check.\n{key}: {value}\nThanks",
        lambda: f"id,{key},note\n1,{value},ok\n2,{value},ok",
        lambda: f"id\t{key}\n1\t{value}",
        lambda: f"| {key} | note |\n|---|---|\n| {value} | ok |",
        lambda: f"<table><tr><th>{key}</th></tr><tr><td>{value}</td></tr></table>",
        lambda: (
            f"INSERT INTO people (id, {key.replace(' ', '_')}) VALUES (1, "
            f"'{value.replace(chr(39), chr(39) * 2)}'), (2, 'x');"
        ),
    ]
    return rng.choice(shapes)()


def corpus(seed: int, n: int) -> list[str]:
    from meshroute.privacy.structured import _tables

    phrases = sorted(_tables()[0])
    rng = random.Random(seed)
    return [_shape(rng, _styled(rng, rng.choice(phrases)), rng.choice(VALUES)) for _ in range(n)]


def test_the_worker_finds_every_labelled_value_the_gateway_finds(tmp_path: Path) -> None:
    node = require_node()
    from meshroute.privacy.normalise import normalise
    from meshroute.routing.sensitivity import SensitivityDetector

    # the structured pass alone: the other finders have differential tests of their own
    finder = SensitivityDetector.build(names=True)._structured
    assert finder is not None
    texts = corpus(seed=19, n=800)
    python = [bool(finder.find(normalise(t).text)[0]) for t in texts]
    worker = [v for v, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, p, w in zip(texts, python, worker, strict=True) if p and not w]
    assert sum(python) >= 80 and len(texts) - sum(python) >= 120  # both verdicts occur
    assert missed == [], missed[:10]
