"""Generated audit folders: planted sensitive values in every supported format, benign
look-alikes, and hostile files. The values are made up (test card numbers, example.com)."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path


def luhn_complete(prefix: str) -> str:
    """`prefix` plus the check digit that makes it pass Luhn."""
    total = 0
    for index, char in enumerate(reversed(prefix)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return prefix + str((10 - total % 10) % 10)


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


CARD = luhn_complete("453914880343646")
_TEST_CARD = luhn_complete("411111111111111")
BAD_CARD = _TEST_CARD[:-1] + str((int(_TEST_CARD[-1]) + 1) % 10)  # fails Luhn
EMAILS = ["ana.planted@example.com", "bo.planted@example.org", "cy.planted@example.net"]
PHONES = ["+44 20 7946 0958", "(201) 555-0123"]
IBAN = "GB82 WEST 1234 5698 7654 32"
BAD_IBAN = "GB00WEST12345698765432"  # wrong checksum
SSN = "536-22-8745"

# Every value that must never appear in a report (and compact forms of the numbers).
PLANTED = [
    *EMAILS,
    *PHONES,
    "7946 0958",
    "555-0123",
    spaced(CARD),
    CARD,
    IBAN,
    IBAN.replace(" ", ""),
    SSN,
    spaced(BAD_CARD),
    BAD_CARD,
    BAD_IBAN,
    "planted",
]


def make_folder(root: Path) -> dict[str, str]:
    """Writes the folder; returns file name -> expected placement."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    (root / "customers.csv").write_text(
        "id,name_code,email,note\n"
        f"1,A1,{EMAILS[0]},call {PHONES[0]}\n"
        "2,B2,none,order 48213 shipped\n"
        f"3,C3,{EMAILS[1]},paid by card {spaced(CARD)}\n",
        encoding="utf-8",
    )
    expected["customers.csv"] = "local"
    (root / "payments.tsv").write_text(
        f"ref\taccount\tamount\nr1\t{IBAN}\t10.50\nr2\tunknown\t3.20\n", encoding="utf-8"
    )
    expected["payments.tsv"] = "local"
    document = {
        "owner": {"contact": EMAILS[2]},
        "records": [
            {"user": {"ssn": f"SSN {SSN}"}, "tags": ["a", "b"]},
            {"user": {"ssn": "none"}, "tags": ["c"]},
        ],
    }
    (root / "people.json").write_text(json.dumps(document), encoding="utf-8")
    expected["people.json"] = "local"
    lines = [
        {"event": "signup", "profile": {"email": EMAILS[0]}},
        {"event": "login", "profile": {"email": None}},
    ]
    with gzip.open(root / "events.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(line) + "\n" for line in lines)
    expected["events.jsonl.gz"] = "local"
    (root / "support.txt").write_text(
        f"Ticket 12\nPlease ring me on {PHONES[1]} tomorrow.\nThanks\n", encoding="utf-8"
    )
    expected["support.txt"] = "local"
    (root / "README.md").write_text(
        "# Notes\n\nVersion 2.10.3004 ships on Monday. Order 48213.\n"
        f"Test card {spaced(BAD_CARD)} (fails Luhn) and {BAD_IBAN} (bad checksum).\n",
        encoding="utf-8",
    )
    expected["README.md"] = "cloud"
    write_log(root / "service.log", 300)
    expected["service.log"] = "edge"
    with gzip.open(root / "archive.log.gz", "wt", encoding="utf-8") as handle:
        handle.write(f"2026-01-01T00:00:00Z ERROR mail to {EMAILS[1]} bounced\n")
        handle.write("2026-01-01T00:00:01Z INFO retry\n")
    expected["archive.log.gz"] = "local"
    if write_parquet(root / "metrics.parquet"):
        expected["metrics.parquet"] = "local"
    return expected


def write_log(path: Path, lines: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(lines):
            moment = (start + timedelta(seconds=i)).isoformat().replace("+00:00", "Z")
            handle.write(f"{moment} INFO api status=200 latency_ms={i % 97} route=/v1/items\n")


def write_parquet(path: Path) -> bool:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return False
    start = datetime(2026, 1, 1, tzinfo=UTC)
    table = pa.table(
        {
            "time": [start + timedelta(seconds=i) for i in range(4)],
            "reading": [1.5, 2.5, 3.5, 4.5],
            "contact": [EMAILS[2], None, "n/a", PHONES[0]],
        }
    )
    pq.write_table(table, path)
    return True
