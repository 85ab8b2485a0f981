"""A development set of person names as they appear in real text, made apart from the
gazetteer's sources (Faker's name lists in 29 locales, sentence shapes written here), and the
deep scan's PERSON recall on it per locale and per shape; with --benign, the share of benign
texts flagged (MMLU-like questions, the benign rows of the tuning corpus and evaluation 2).

Loads only the tuning corpus and evaluation 2 (never the blind corpora).

Usage: .venv/bin/python bench/names_dev.py [--per 12] [--benign 2000] [--misses]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from faker import Faker

from meshroute.privacy.detector import SensitivityDetector

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPORA = (ROOT / "bench/data/privacy_corpus.jsonl", ROOT / "bench/data/privacy_eval.jsonl")
MMLU = ROOT.parent / "shared/data/routing/mmlu_train.jsonl"
SEED = 20261201

LOCALES = (
    "en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "it_IT", "es_ES", "es_MX", "pt_BR", "pt_PT",
    "nl_NL", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "tr_TR", "fi_FI", "sv_SE", "no_NO",
    "da_DK", "ru_RU", "uk_UA", "bg_BG", "el_GR", "vi_VN", "id_ID", "ja_JP", "zh_CN", "ko_KR",
    "lt_LT", "lv_LV", "hr_HR", "sl_SI",
)  # fmt: skip
# Locales whose names are written surname first
SURNAME_FIRST = frozenset({"hu_HU", "vi_VN", "zh_CN", "ko_KR"})

# Each shape: the text around a name; "{n}" the name as written, "{g}" the given name alone.
SHAPES: dict[str, Callable[[str, str], str]] = {
    "lower_chat": lambda n, g: f"hey can u ask {n.lower()} to send me the deck before friday",
    "signature": lambda n, g: f"Thanks for the quick turnaround.\n\nBest regards,\n{n}\n",
    "dear": lambda n, g: f"Dear {n},\nplease find the updated contract attached.",
    "spoke_to": lambda n, g: f"I spoke to {n} about the migration plan yesterday.",
    "csv": lambda n, g: f"id,name,amount\n17,{n},310.50\n18,{n.split()[-1]},99.00",
    "log": lambda n, g: f"2024-05-01 10:22:01 INFO session opened by {n} from 10.0.0.4",
    "title": lambda n, g: f"Please book a room for Dr. {n} on Thursday afternoon.",
    "health": lambda n, g: f"{n} was diagnosed with type 2 diabetes last month.",
    "finance": lambda n, g: f"Reminder: {n} still owes 4,200 EUR on the loan.",
    "address": lambda n, g: f"Can you check whether {n} moved to the new flat yet?",
    "alone": lambda n, g: n,
    "caps": lambda n, g: f"ATTN: {n.upper()} - REFUND PENDING",
    "given_health": lambda n, g: f"{g} has been off sick with depression since May, cover her.",
    "mid_sentence": lambda n, g: f"The review was written by {n} and approved on Monday.",
}  # fmt: skip


def _person(fake: Faker, locale: str) -> tuple[str, str]:
    """(full name as written in that locale's text, given name)."""
    if locale in ("ja_JP", "zh_CN"):  # romanised, given name first as in English text
        given, surname = fake.first_romanized_name(), fake.last_romanized_name()
    elif locale == "vi_VN":  # its first_name list holds English names: the full name instead
        full = fake.name()
        return full, full.split()[-1]
    else:
        given, surname = fake.first_name(), fake.last_name()
    full = f"{surname} {given}" if locale in SURNAME_FIRST else f"{given} {surname}"
    return full, given


def dev_set(per: int) -> list[tuple[str, str, str, str]]:
    """(locale, shape, text, name as written) rows."""
    rows = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(SEED)
        for shape, make in SHAPES.items():
            for _ in range(per):
                full, given = _person(fake, locale)
                text = make(full, given)
                name = given if shape == "given_health" else full
                name = name.upper() if shape == "caps" else name
                name = name.lower() if shape == "lower_chat" else name
                rows.append((locale, shape, text, name))
    return rows


def _found(detector: SensitivityDetector, text: str, name: str) -> bool:
    start = text.find(name)
    end = start + len(name)
    found = detector.scan([text], deep=True)
    return any(e.type == "PERSON" and e.start < end and e.end > start for e in found)


def recall(detector: SensitivityDetector, per: int, misses: bool) -> None:
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for locale, shape, text, name in dev_set(per):
        hit = _found(detector, text, name)
        for table, key in ((by_locale, locale), (by_shape, shape)):
            table[key][0] += hit
            table[key][1] += 1
        if not hit:
            missed.append((locale, shape, name))
    for title, table in (("locale", by_locale), ("shape", by_shape)):
        print(f"\n| {title} | found | recall |\n|---|---:|---:|")
        for key, (found, total) in sorted(table.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            print(f"| {key} | {found}/{total} | {100 * found / total:.0f}% |")
    hits = sum(h for h, _ in by_shape.values())
    total = sum(t for _, t in by_shape.values())
    print(f"\nALL: {hits}/{total} ({100 * hits / total:.1f}%)")
    if misses:
        for row in missed:
            print("MISS", *row)


def benign(detector: SensitivityDetector, n: int, show: bool) -> None:
    lines = MMLU.read_text(encoding="utf-8").splitlines()
    prompts = [json.loads(line)["prompt"] for line in random.Random(SEED).sample(lines, n)]
    sets = {"mmlu": prompts}
    for path in DEV_CORPORA:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        sets[path.stem] = [r["text"] for r in rows if not r["sensitive"]]
    print("\n| benign set | flagged (any) | flagged PERSON |\n|---|---:|---:|")
    for name, texts in sets.items():
        flagged = person = 0
        for text in texts:
            found = detector.scan([text], deep=True)
            flagged += bool(found)
            persons = [text[e.start : e.end] for e in found if e.type == "PERSON"]
            person += bool(persons)
            if show and persons:
                print("FP", name, persons, repr(text[:80]))
        print(f"| {name} | {flagged}/{len(texts)} ({100 * flagged / len(texts):.1f}%) | {person} |")


def cost(detector: SensitivityDetector, per: int) -> None:
    texts = [text for _, _, text, _ in dev_set(per)]
    lines = MMLU.read_text(encoding="utf-8").splitlines()[:500]
    texts += [json.loads(line)["prompt"] for line in lines]
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for text in texts:
            detector.scan([text], deep=True)
        best = min(best, time.perf_counter() - began)
    print(f"\ndeep scan: {1000 * best / chars * 1000:.3f} ms per 1,000 characters ({chars} chars)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per", type=int, default=12)
    parser.add_argument("--benign", type=int, default=0)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--cost", action="store_true")
    args = parser.parse_args()
    began = time.perf_counter()
    detector = SensitivityDetector.build(names=True)
    detector.scan(["warm up Anna Nowak"], deep=True)
    print(f"detector build + gazetteer load: {time.perf_counter() - began:.2f} s")
    recall(detector, args.per, args.misses)
    if args.benign:
        benign(detector, args.benign, args.misses)
    if args.cost:  # no verdict cache: each text scanned anew on every round
        cost(SensitivityDetector.build(names=True, cache_size=0), 4)


if __name__ == "__main__":
    main()
