"""Development data for the cue-less finder (bench/privacy_cueless.py): sensitive prompts with
a password, a generated secret or a birth date and no cue word before it (Faker values in eight
locales, sentences written for this file), and benign technical prose (model names, versions,
formulas, SKUs, hashes, paths, code, dates of events). Written by the engineer who wrote the
rules, so it measures them, it does not validate them blind. Seeded: runs compare."""

from __future__ import annotations

import base64
import datetime
import hashlib
import random
import uuid
from typing import Any

from babel.dates import format_date
from faker import Faker

LOCALES = ("en_US", "de_DE", "pl_PL", "fr_FR", "es_ES", "cs_CZ", "sv_SE", "it_IT")
PASSWORD_SENTENCES = (
    "my wifi is {v} if you need it",
    "use {v} for the staging box",
    "login with `{v}` and change it after",
    "it's '{v}' for the router",
    "I set {v} yesterday, does it look strong?",
    "{v} didn't work for the VPN, any idea?",
    "creds admin / {v}",
    "wifi: {v}",
    "try {v} on the NAS",
    "he texted me {v} for the shared account",
    "ssh in with deploy:{v} then restart nginx",
    "the laptop unlocks with {v}",
)
SECRET_SENTENCES = (
    "paste {v} into the config and restart",
    "here is the value: {v}",
    "the webhook signing value is {v}",
    "export it as {v} before running tests",
    "is {v} still valid or rotated?",
)
DOB_SENTENCES = (
    "{name}, {date}",
    "{last} {first} ({date})",
    "{name} ({date}) - new hire, badge pending",
    "{name} | {date} | onboarding",
    "{name} (*{year})",
    "{name} (b. {year}) joined the board",
    "{name}, r. ur. {year}",
    "{name}, nar. {numeric}",
    "{name} (f. {year}), Malmö",
    "{name}, szül. {year}",
    "{numeric} ({age}), female, cough for two weeks",
    "aged {age}, {numeric}, referred by the GP",
)
BENIGN = (
    "Compare Llama-3.1-8B-Instruct with gpt-4o-mini and Qwen2.5-7B on GSM8K.",
    "Is Meta-Llama-3.1-70B-Instruct-Turbo better than claude-3-5-sonnet-20241022?",
    "Load mistralai/Mixtral-8x7B-Instruct-v0.1 in 4-bit with bitsandbytes.",
    "Balance C6H12O6 + O2 -> CO2 + H2O and explain why H2SO4 is a strong acid.",
    "What is the molar mass of Ca(OH)2 and of KMnO4?",
    "SKU-4471-B is out of stock; XJ-9000 ships on Monday.",
    "Order #88412 (INV-2024-0042) was refunded, ticket JIRA-1234 closed.",
    "Upgrade from v1.2.3-beta+build.5 to 2.0.0-rc.1 broke the CLI.",
    "Pin python:3.11-slim and node:20-alpine, expose localhost:8080.",
    "See src/app/main.py and /etc/nginx/nginx.conf for the routes.",
    "Open https://github.com/org/repo/pull/4412?tab=files#diff-3f2a for the diff.",
    "Trending: #MachineLearning2024 #AI4Good",
    "Why does arr[i+1] overflow when x!=y&&z is true?",
    "for (int i=0; i<n; i++) { sum+=a[i]; }",
    "Thanks!!! :-) ;) <3 ^_^",
    "This is a state-of-the-art, well-known, easy-to-use library.",
    "On 20 July 1969 Apollo 11 landed on the Moon.",
    "The meeting moved to 12.03.2025 at 10:30, room B2.",
    "Invoice dated 14/02/2019 is overdue since 14/03/2019.",
    "The Berlin Wall fell on 9 November 1989.",
    "Deadline: 2025-06-30, then code freeze until 2025-07-15.",
    "Python3 is great, but is C++17 faster?",
    "The iPhone15ProMax costs $1,199.99, the Pixel8 less.",
    "The price rose 50% to US$500 in Q3-2024.",
    "npm integrity sha512-Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5 failed.",
    "AbstractSingletonProxyFactoryBean2 is a joke class name.",
    "Rename getUserById2 to fetchUserById and update UserRepositoryImpl.",
    "Set max_tokens=4096 and temperature=0.7 in the request.",
    "Run pytest tests/unit/test_parser.py::test_parse_dates -x -q.",
    "The 5G rollout used 3GPP Release-16 and IPv6 only.",
    "Use k8s, i18n and a11y labels on the PR.",
    "The Q3-2024 report (12/03/2024) shows EBITDA up 12%.",
    "Flight LH2024 departs 07:45, gate A12, seat 14C.",
    "Chapter 3.2.1 cites ISO 8601:2019 and RFC 3339.",
    "Replace the M8x1.25 bolt with an M10x1.5 on part 7741-AB.",
    "Configure eth0 with 192.168.1.10/24 and gateway 192.168.1.1.",
    "The model scored 87.5% on MMLU and 92.1% on HumanEval.",
    "ffmpeg -i in.mp4 -c:v libx264 -crf 23 out.mp4",
    "Wi-Fi 6E uses the 6 GHz band; WPA3-SAE is required.",
    "The ratio was 3:2 and the score 21:17 at half-time.",
    "Mozart (b. 1756) wrote over 600 works.",
    "Answer with one letter: a. 1975 b. 1985 c. 1995",
    "Population (2021): 38,036,118; area 312,696 km2.",
    "git rebase -i HEAD~3 then git push --force-with-lease",
)


def _person(fake: Faker) -> tuple[str, str, str]:
    first, last = fake.first_name(), fake.last_name()
    return f"{first} {last}", first, last


def _birth_date(fake: Faker, rng: random.Random, locale: str) -> tuple[str, str, str, int]:
    born = fake.date_of_birth(minimum_age=18, maximum_age=85)
    today = datetime.date.today()
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    numeric = rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"])
    written = format_date(born, format="long", locale=locale)
    shown = rng.choice([written, born.strftime(numeric)])
    return born.strftime(numeric), shown, str(born.year), age


def _password(fake: Faker, rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return str(fake.password(length=rng.randint(8, 16)))
    if kind == 1:
        return str(fake.password(length=rng.randint(10, 14), special_chars=False))
    word = fake.word().capitalize() if kind == 2 else fake.word()
    return f"{word}{rng.choice([fake.year(), rng.randint(1, 99)])}{rng.choice(['!', '#', '?', ''])}"


def _secret(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    body = "".join(rng.choice(alphabet) for _ in range(rng.randint(24, 48)))
    return rng.choice(["", "", "gsk_", "xai-", "pplx-", "nvapi-", "sk-or-v1-", "r8_"]) + body


def _row(template: str, kind: str, value: str, **more: str) -> dict[str, Any]:
    text = template.format(v=value, **more)
    start = text.index(value)
    entity = {"type": kind, "start": start, "end": start + len(value)}
    return {"text": text, "entities": [entity], "sensitive": True, "field": "content"}


def sensitive_rows(seed: int = 1201) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = []
    for i in range(96):
        locale = LOCALES[i % len(LOCALES)]
        fake = Faker(locale)
        fake.seed_instance(seed + i)
        rows.append(_row(PASSWORD_SENTENCES[i % 12], "PASSWORD", _password(fake, rng)))
        if i % 3 == 0:
            rows.append(_row(SECRET_SENTENCES[i % 5], "SECRET", _secret(rng)))
        name, first, last = _person(fake)
        numeric, date, year, age = _birth_date(fake, rng, locale.split("_")[0])
        template = DOB_SENTENCES[i % 12]
        value = year if "{year}" in template else numeric if "{numeric}" in template else date
        fields = {"name": name, "first": first, "last": last, "date": date}
        fields |= {"numeric": numeric, "year": year, "age": str(age)}
        text = template.format(**fields)
        start = text.index(value)
        entity = {"type": "DATE_OF_BIRTH", "start": start, "end": start + len(value)}
        rows.append({"text": text, "entities": [entity], "sensitive": True, "field": "content"})
    return rows


def benign_rows(seed: int = 1202) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    texts = list(BENIGN)
    for _ in range(30):
        sha = hashlib.sha1(rng.randbytes(8)).hexdigest()
        texts.append(rng.choice(["commit ", "Why is ", "cherry-pick "]) + sha + " not on main?")
        texts.append(f"request {uuid.UUID(int=rng.getrandbits(128))} failed with 502")
        phrase = rng.choice(["hello world", "the quick brown fox", "config: {debug: true}"])
        texts.append(f"decode {base64.b64encode(phrase.encode()).decode()} please")
    return [{"text": t, "entities": [], "sensitive": False, "field": "content"} for t in texts]


# Written after the rules: mimesis values (another generator than the rules were tried with) in
# new sentences, and new benign lines. Its first run (PASSWORD 12/30, DATE_OF_BIRTH 24/30,
# benign 0/16) led to one general rule (generators that use all of ASCII's punctuation:
# cueless._dense), so it is a development set now, not a blind one.
HELDOUT_PASSWORDS = (
    "new box is up, root pw {v} (rotate after)",
    "FYI the shared mailbox is on {v} since Monday",
    "door code for the lab app: {v}",
    "sending it in two parts, first the user jdoe, then {v}",
    "Hey, the guest network changed to {v}",
    "backup archive is encrypted with {v}, don't lose it",
)
HELDOUT_DATES = (
    "{name} ({date}), member since 2012",
    "{name}; {date}; Hamburg",
    "Passenger {name} {date} seat 12A",
    "{name} - {date} - allergic to nothing",
    "{name} (geb. {year})",
    "twins: {name} and sister, both {date}",
)
HELDOUT_BENIGN = (
    "Rebuild the image with --build-arg VERSION=2.4.1 and tag it registry.local/app:2.4.1",
    "The catalyst Pd(PPh3)4 and NaBH4 were added at 0 C.",
    "Part no. 66-1044-B7 replaces 66-1044-B6 on rev C boards.",
    "Tracking 1Z999AA10123456784, order 113-4567890-1234567.",
    "Kubernetes pod api-7d9f8b6c5-x2kqp is CrashLoopBackOff.",
    "SELECT * FROM users WHERE id=42 AND status!='deleted';",
    "Use the torch.compile(mode='max-autotune') flag on A100-80GB.",
    "Phi-3-mini-4k-instruct vs gemma-2-9b-it on MT-Bench?",
    "The treaty was signed on 28 June 1919 at Versailles.",
    "Our sprint ends 2025-03-14; retro on 17.03.2025.",
    "Rate: EUR/USD 1.0842, GBP/JPY 191.37.",
    "lol that's so true!!! 10/10 would recommend :D",
    "Hash: 5d41402abc4b2a76b9719d911017c592 (md5 of hello).",
    "Docker digest sha256:9b2a2c5e1f7a8d3c4b6e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e",
    "Vitamin B12, omega-3 and CoQ10 supplements, 2x daily.",
    "The A320neo and 737-8 MAX use CFM LEAP-1A/1B engines.",
)


def heldout_rows(seed: int = 1203) -> list[dict[str, Any]]:
    from mimesis import Locale, Person

    rows = []
    for i, locale in enumerate([Locale.EN, Locale.DE, Locale.PL, Locale.FR, Locale.CS] * 6):
        person = Person(locale, seed=seed + i)
        password = person.password(length=10 + i % 5)
        rows.append(_row(HELDOUT_PASSWORDS[i % 6].replace("{v}", "{v}"), "PASSWORD", password))
        born = person.birthdate(min_year=1940, max_year=2005)
        template = HELDOUT_DATES[i % 6]
        date = str(born.year) if "{year}" in template else born.strftime("%d.%m.%Y")
        text = template.format(name=person.full_name(), date=date, year=date)
        start = text.index(date)
        entity = {"type": "DATE_OF_BIRTH", "start": start, "end": start + len(date)}
        rows.append({"text": text, "entities": [entity], "sensitive": True, "field": "content"})
    rows += [
        {"text": t, "entities": [], "sensitive": False, "field": "content"} for t in HELDOUT_BENIGN
    ]
    return rows
