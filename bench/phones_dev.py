"""Phone numbers: recall on phonenumbers' own example numbers, and digit runs that are not phones.

    .venv/bin/python bench/phones_dev.py [--show]

Recall: for every region phonenumbers knows, its example MOBILE and FIXED_LINE numbers, written
national, international, E.164 and with the national digits in pairs or in one block, inside
sentences with and without a cue word. The written forms come from phonenumbers' metadata, not
from our rules. Benign: number shapes common in ordinary prompts (amounts with spaced thousands,
sequences, ISBNs, order and tracking numbers, masks, hotlines), written by hand for this
development set because no package lists them. A development set: the rules in
``meshroute.privacy.phones`` were changed while reading it.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from meshroute.privacy.detector import SensitivityDetector

CUED = ("Call me on {}, thanks.", "Tel.: {}", "my mobile is {} after six")
BARE = ("Jana Novak {} (home)", "{} - ask for the night shift", "if the line drops: {}")
BENIGN = (
    "Poland has a population of 38 000 000 people.",
    "Paris had 2 102 650 inhabitants in 2023.",
    "population: 8 336 817 (2022)",
    "The budget is 450 000 000 for the whole programme.",
    "Sum 123 456 789 and 987 654 321 in Excel",
    "ISBN 978-0-13-468599-1 is the book I mean.",
    "Cite ISBN 0-306-40615-2 in APA style.",
    "The Fibonacci numbers 1 1 2 3 5 8 13 21 34 55",
    "The lottery numbers were 4 8 15 16 23 42",
    "Sort this list: 17 4 99 23 56 12 8",
    "Order no. 2024-118-3345 has not arrived",
    "Rechnung Nr. 2024 0815 4711 ist falsch",
    "Ticket #4481-2290-117 is still open",
    "phone mask (999) 999-9999 in the form",
    "The placeholder 000-000-0000 shows in the input",
    "Kundenservice: 0800 330 1000 (kostenlos)",
    "Call the free line 0800 123 4567 for details on the offer.",
    "Tracking: 1Z 999 AA1 01 2345 6784",
    "Serial SN 4A7 22 813 4455 on the label",
    "Kosztuje 2 499 999 zł",
    "Le prix est de 1 250 000 € TTC.",
    "In 2019 2020 2021 2022 sales grew",
    "Matrix rows: 10 20 30 40 50 60",
    "Verse 3 16 and 1 13 4 are often quoted",
)


def recall_cases(rng: random.Random) -> list[tuple[str, str]]:
    """(region, sentence) for each region's example numbers in several written forms."""
    cases = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            nsn = phonenumbers.national_significant_number(number)
            prefix = "+" + str(number.country_code)
            forms = [
                national,
                phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
                phonenumbers.format_number(number, PhoneNumberFormat.E164),
                prefix + " " + " ".join(nsn[i : i + 2] for i in range(0, len(nsn), 2)),
                prefix + " " + nsn,
            ]
            for form in forms:
                template = rng.choice(CUED if rng.random() < 0.5 else BARE)
                cases.append((region, template.format(form)))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    cases = recall_cases(random.Random(7103))
    missed: Counter[str] = Counter()
    for region, text in cases:
        if not detector.scan([text], deep=False):  # caught as any type: what routing needs
            missed[region] += 1
            if args.show:
                print(f"  miss {region}: {text}")
    flagged = 0
    for text in BENIGN:
        hits = [e for e in detector.scan([text], deep=False) if e.type == "PHONE_NUMBER"]
        flagged += bool(hits)
        if args.show and hits:
            print(f"  flag: {text}")
    caught = len(cases) - sum(missed.values())
    regions = len({region for region, _ in cases})
    print(f"phones caught: {caught}/{len(cases)} ({caught / len(cases):.1%}) in {regions} regions")
    print(f"regions with misses: {len(missed)}; worst: {missed.most_common(8)}")
    print(f"benign number shapes flagged as phones: {flagged}/{len(BENIGN)}")


if __name__ == "__main__":
    main()
