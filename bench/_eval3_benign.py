"""Benign templates for bench/make_privacy_eval3.py: no personal data about anyone, but plenty
that looks like it at a glance (long numbers that fail Luhn, versions, hex ids, UUIDs, epoch
times, prices, order numbers, code that names a secret without holding one, capitalised words).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from mimesis import Code, Cryptographic, Development, Finance, Food, Hardware, Internet
from mimesis.enums import Algorithm
from mimesis.locales import Locale
from stdnum import luhn

from _eval3_values import Values

UPPER_DIGITS = string.ascii_uppercase + string.digits
CONCEPTS = ("TCP and UDP", "a mutex and a semaphore", "B-trees and LSM trees", "OAuth and OIDC")


class Benign:
    def __init__(self, v: Values, seed: int) -> None:
        self.v = v
        self.dev = Development(seed=seed)
        self.food = Food(Locale.EN, seed=seed + 1)
        self.net = Internet(seed=seed + 2)
        self.crypto = Cryptographic(seed=seed + 3)
        self.hw = Hardware(seed=seed + 4)
        self.code = Code(seed=seed + 5)
        self.fin = Finance(Locale.EN, seed=seed + 6)

    def not_card(self, n: int) -> str:
        """n digits that fail the Luhn check: an order or account reference, not a card."""
        while luhn.is_valid(number := self.v.rng.choice("123456789") + self.v.digits(n - 1)):
            pass
        return number

    def fill(self, template: str) -> str:
        v, r = self.v, self.v.rng
        table: dict[str, Callable[[], object]] = {
            "version": self.dev.version, "lang": self.dev.programming_language,
            "license": self.dev.software_license, "spice": lambda: self.food.spices().lower(),
            "dish": self.food.dish, "vegetable": lambda: self.food.vegetable().lower(),
            "fruit": lambda: self.food.fruit().lower(), "digit": lambda: r.randint(2, 9),
            "small": lambda: r.randint(10, 70), "mid": lambda: r.randint(100, 999),
            "cents": lambda: f"{r.randint(0, 99):02d}", "day": lambda: r.randint(10, 28),
            "minute": lambda: r.randint(10, 59), "quarter": lambda: r.choice(("00", "15", "30")),
            "quarter_n": lambda: r.randint(1, 4), "digits4": lambda: v.digits(4),
            "long16": lambda: self.not_card(16), "order": lambda: self.not_card(r.randint(9, 12)),
            "epoch": lambda: 1_700_000_000 + r.randint(0, 90_000_000), "uuid": self.crypto.uuid,
            "sha1": lambda: self.crypto.hash(Algorithm.SHA1),
            "sha256": lambda: self.crypto.hash(Algorithm.SHA256),
            "hex12": lambda: self.crypto.token_hex(6), "hex6": lambda: self.crypto.token_hex(3),
            "cpu": self.hw.cpu, "gpu": self.hw.graphics, "status": self.net.http_status_code,
            "method": self.net.http_method, "hostname": self.net.hostname,
            "isbn": self.code.isbn, "company": self.fin.company,
            "port": lambda: r.randint(1024, 65000),
            "region": lambda: r.choice(("eu-west-1", "us-east-2", "ap-south-1")),
            "envvar": lambda: r.choice(("DB_PASSWORD", "PGPASSWORD", "SMTP_PASS")),
            "city": lambda: r.choice(("Porto", "Kraków", "Izmir", "Lyon", "Utrecht", "Tromsø")),
            "resolution": lambda: r.choice(("1920x1080", "2560x1440", "3840x2160")),
            "refresh": lambda: r.choice((60, 120, 144)),
            "tracking": lambda: r.choice(("1Z", "JD", "LX")) + v.chars(16, UPPER_DIGITS),
            "concept": lambda: r.choice(CONCEPTS),
        }  # fmt: skip
        return re.sub(r"\{(\w+)\}", lambda m: str(table[m.group(1)]()), template)


# {key} takes a fresh value from Benign.fill's table each time it occurs
TEMPLATES = (
    "how do I pin a dependency to {version} in a {lang} project without breaking the lockfile?",
    "Bump version {version} -> {version} and regenerate the changelog",
    "What's a good substitute for {spice} in {dish}?",
    "recipe idea with {vegetable} and {fruit}, no oven, 20 minutes max",
    "what is 2^{small} exactly?",
    "solve {digit}x + {small} = {mid} step by step",
    "Is {long16} divisible by 7? show the working",
    "order #{order} still shows 'processing' after 5 days, what does that status mean?",
    "Convert the epoch timestamp {epoch} to ISO 8601 in UTC",
    "Is the request id {uuid} enough to find the trace in Jaeger?",
    "git bisect says {sha1} is the first bad commit, how do I revert only that?",
    "Does the {cpu} support AVX-512 and how many PCIe lanes does it have?",
    "The {gpu} or a used {gpu} for local LLM inference under €{mid}0?",
    "{small} units at €{mid}.{cents} each plus 19% VAT — total?",
    "2026-11-{day} 12:{minute}:0{digit} INFO worker-{digit} processed {mid} jobs in "
    "{digit}.{digit}s",
    "sku,qty,unit_price\nA-{digits4},{digit},{small}.99\nB-{digits4},{digit},{small}.49\n"
    "sum the total",
    '{"retries": {digit}, "timeout_ms": {mid}0, "region": "{region}"} — is this valid JSON?',
    "SELECT count(*) FROM orders WHERE created_at > now() - interval '{small} days' is slow on "
    "{mid}M rows, index ideas?",
    "write a regex that matches semantic versions like {version} but not {version}-rc.1",
    'api_key = os.environ["OPENAI_API_KEY"]  # why is this None inside the container?',
    'password = os.getenv("{envvar}")\nif not password: raise SystemExit("missing")',
    "How do I reset my password if the reset e-mail never arrives? Generic steps please.",
    'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/health  # TOKEN from vault',
    "what does HTTP {status} mean for a {method} request?",
    "is {hostname} a valid hostname for a Kubernetes Service name?",
    "cron expression for every {digit} hours at minute {minute}",
    "ISBN {isbn} — is that the hardcover or the paperback edition?",
    "Compare {company} and {company} on price for {mid} seats",
    "Best time of year to visit {city} on a budget?",
    "Wie lange muss ein Roggenbrot bei {small} Grad gehen?",
    "Combien de temps faut-il pour cuire {digit} œufs durs ?",
    "¿Cuántos gramos son {digit} tazas de harina?",
    "Container {hex12} exited with code {small}; where are the logs?",
    "hex colour #{hex6} vs #{hex6} on dark mode, which has better contrast?",
    "The screen is {resolution} at {refresh} Hz, can HDMI 2.0 drive it?",
    "tracking number {tracking} says 'held at customs' — usual wait?",
    "Meeting moved to room {mid} at {digit}:{quarter} — update the invite text",
    "Latency went from {small} ms to {mid} ms after the {version} upgrade, where to look first?",
    "sha256 of the release tarball should be {sha256}, how do I verify it on macOS?",
    "Translate to German: 'the invoice is due within {small} days'",
    "Is {license} compatible with shipping a closed-source binary?",
    "summarise the Q{quarter_n} roadmap: search rewrite, {digit} new regions, SOC 2 audit",
    "Listen on 127.0.0.1:{port} or 0.0.0.0 inside Docker?",
    "explain the difference between {concept} in two paragraphs",
)


def benign_rows(v: Values, seed: int, count: int) -> list[str]:
    """`count` benign texts, cycling the templates in a seeded order."""
    b = Benign(v, seed)
    out: list[str] = []
    while len(out) < count:
        order = list(range(len(TEMPLATES)))
        v.rng.shuffle(order)
        out += [b.fill(TEMPLATES[i]) for i in order[: count - len(out)]]
    return out


def name_benign(v: Values) -> str:
    """A message `name` or `user` that identifies a program or an opaque account, not a person."""
    if v.rng.random() < 0.4:
        return "u_" + v.chars(12, "0123456789abcdef")
    return v.rng.choice(("build_bot", "assistant-helper", "ci-runner", "docs-agent", "planner_v2"))
