"""Differential test: seeded, generated strings (identifiers valid and invalid, written in many
ways, inside ordinary sentences) through the gateway's fast scan and the Worker's. The Worker must
never find clean what the gateway finds sensitive; and it must not be uselessly strict either
(it may flag a few clean strings more, where it lacks phonenumbers' metadata)."""

from __future__ import annotations

import json
import random
import string
import subprocess
from pathlib import Path

from edge_support import build, require_node, worker_scan

WORDS = [
    "the",
    "report",
    "is",
    "due",
    "on",
    "friday",
    "please",
    "send",
    "invoice",
    "order",
    "total",
    "account",
    "version",
    "build",
]
SEPARATORS = ["", " ", "-", ".", "/", "\u00a0"]


def _luhn_complete(digits: str) -> str:
    for check in "0123456789":
        total, candidate = 0, digits + check
        for i, c in enumerate(reversed(candidate)):
            d = int(c) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return candidate
    raise AssertionError("unreachable")


def _iban(rng: random.Random) -> str:
    country = rng.choice(["GB", "DE", "FR", "NL", "ES"])
    bban = "".join(rng.choice(string.digits + string.ascii_uppercase[:6]) for _ in range(18))
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def _grouped(rng: random.Random, digits: str) -> str:
    sep = rng.choice(SEPARATORS)
    size = rng.choice([2, 3, 4, 5])
    return sep.join(digits[i : i + size] for i in range(0, len(digits), size))


def _value(rng: random.Random) -> str:
    kind = rng.randrange(9)
    digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(5, 18)))
    if kind == 0:
        return _grouped(rng, _luhn_complete(rng.choice("2345") + digits[:14]))
    if kind == 1:
        return _iban(rng) if rng.random() < 0.7 else _iban(rng)[:-1] + "9"
    if kind == 2:
        return rng.choice(["+44 ", "0", "(201) ", "+49 151 ", ""]) + _grouped(rng, digits[:9])
    if kind == 3:
        user = "".join(rng.choice(string.ascii_lowercase) for _ in range(6))
        return f"{user}@{rng.choice(['gmail.com', 'example.org', 'x.invalidtld', 'co.uk'])}"
    if kind == 4:
        return f"{rng.choice(['password', 'pwd', 'token', 'API_KEY'])}={digits}{user_word(rng)}"
    if kind == 5:
        return rng.choice(["v", "build ", "#", ""]) + _grouped(rng, digits)
    if kind == 6:
        return f"{digits[:4]}-{digits[4:6] or '01'}-{digits[6:8] or '02'}"
    if kind == 7:
        return rng.choice(["DOB ", "born ", "SSN ", "BSN ", "PESEL ", ""]) + digits[:11]
    return " ".join(rng.choice(WORDS) for _ in range(4))


def user_word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + "!#") for _ in range(rng.randint(0, 6)))


def corpus(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        " ".join([rng.choice(WORDS), _value(rng), rng.choice(WORDS), rng.choice(WORDS)])
        for _ in range(n)
    ]


def test_the_worker_is_never_less_strict_than_the_gateway(tmp_path: Path) -> None:
    node = require_node()
    from meshroute.routing.sensitivity import SensitivityDetector

    # The deep scan: what the gateway checks before a public target, which the edge model is
    detector = SensitivityDetector.build(names=True)
    texts = corpus(seed=16, n=600)
    python = [bool(detector.scan([t], deep=True)) for t in texts]
    worker = [v for v, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, p, w in zip(texts, python, worker, strict=True) if p and not w]
    extra = [t for t, p, w in zip(texts, python, worker, strict=True) if w and not p]
    assert sum(python) >= 150 and len(texts) - sum(python) >= 150  # both verdicts well covered
    assert missed == [], missed[:10]
    assert len(extra) <= 0.15 * (len(texts) - sum(python)), extra[:10]


def test_the_worker_scores_generated_prompts_as_python_does(tmp_path: Path) -> None:
    """The complexity port on 300 generated prompts (the privacy corpus, plus chat-like and
    non-ASCII ones), with a scorer that weighs every feature."""
    node = require_node()
    from edge_support import vector_scorer

    rng = random.Random(17)
    odd = "\u00dcn\u00efc\u00f6d\u00e9 \u2013 \u6771\u4eac \u00bd \ufb01? "
    extra = [
        "Prove it. " * rng.randint(1, 30) + odd * rng.randint(0, 3) + "def f(): return 1\n" * i
        for i in range(20)
    ]
    texts = corpus(seed=17, n=280) + extra
    scorer = vector_scorer()
    build(tmp_path / "w", [("eu", "http://127.0.0.1:9")], scorer)
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    script = (
        "const fs = await import('node:fs');"
        "const [dir, file] = process.argv.slice(1);"
        "const { default: policy } = await import(dir + '/src/policy.js');"
        "const { ComplexityScorer } = await import(dir + '/src/complexity.js');"
        "const s = new ComplexityScorer(policy.complexity);"
        "const texts = JSON.parse(fs.readFileSync(file, 'utf8'));"
        "console.log(JSON.stringify(texts.map((t) => s.scoreMessages([t]))));"
    )
    command = [node, "--input-type=module", "-e", script]
    command += [str(tmp_path / "w"), str(tmp_path / "texts.json")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    wrong = [
        (t[:50], g, e)
        for t, g in zip(texts, got, strict=True)
        if abs(g - (e := scorer.score_messages([t]))) > 1e-9
    ]
    assert wrong == []


def _name_sentences(seed: int, n: int) -> list[str]:
    from meshroute.privacy import gazetteer

    table = gazetteer._load()
    rng = random.Random(seed)
    given = sorted(k for k, v in table.items() if "f" in v)
    family = sorted(k for k, v in table.items() if "l" in v)
    common = sorted(k for k, v in table.items() if "c" in v)
    shapes = [
        lambda g, f, c: f"please ask {g.title()} {f.title()} about the {c}",
        lambda g, f, c: f"{g} {f} from accounting has {rng.choice(['cancer', 'debt', 'a loan'])}",
        lambda g, f, c: f"the {c} was sent by {g.title()} yesterday",
        lambda g, f, c: f"{g.title()} said the {c} is fine",
        lambda g, f, c: f"we met {g} at the {c} near the hospital",
        lambda g, f, c: f"Report from {f.title()} {g.title()}: {c} {c}",
        lambda g, f, c: f"{c} {c} {g} {c}",
        # surname first, initials, user names (gazetteer._surname_first, _compound)
        lambda g, f, c: f"{f.title()}, {g.title()} - {c}",
        lambda g, f, c: f"patient: {f.upper()} {g.title()}, {c}",
        lambda g, f, c: f"signed by {g[0].upper()}. {f.title()} on the {c}",
        lambda g, f, c: f"login failed for {g}_{f} and {g.title()}_{f.title()}",
        lambda g, f, c: f"user {g}-{f} joined the {c}",
        lambda g, f, c: f"user {g.title()}{f.title()} joined",
    ]
    return [
        rng.choice(shapes)(rng.choice(given), rng.choice(family), rng.choice(common))
        for _ in range(n)
    ]


def test_the_worker_finds_every_name_the_gateway_finds(tmp_path: Path) -> None:
    node = require_node()
    from meshroute.routing.sensitivity import SensitivityDetector

    detector = SensitivityDetector.build(names=True)
    texts = _name_sentences(seed=18, n=400)
    python = [bool(detector.scan([t], deep=True)) for t in texts]
    worker = [v for v, _ in worker_scan(node, tmp_path, texts)]
    missed = [t for t, p, w in zip(texts, python, worker, strict=True) if p and not w]
    assert sum(python) >= 100, "the sentences should hold names the gateway finds"
    assert missed == [], missed[:10]
