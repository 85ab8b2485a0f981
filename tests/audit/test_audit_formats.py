"""Every supported format, with planted values and benign look-alikes: files, fields and
placements come out right."""

from __future__ import annotations

from pathlib import Path

from meshroute.audit.model import AuditResult, FileAudit
from meshroute.audit.parquet import available as parquet_available


def _by_name(result: AuditResult) -> dict[str, FileAudit]:
    return {Path(a.path).name: a for a in result.files}


def _fields(audit: FileAudit) -> dict[str | None, dict[str, int]]:
    return {f.name: f.entities for f in audit.fields}


def test_every_file_gets_its_placement(
    planted_folder: tuple[Path, dict[str, str]], planted_audit: AuditResult
) -> None:
    _, expected = planted_folder
    found = _by_name(planted_audit)
    assert set(found) == set(expected)
    assert {name: found[name].placement for name in expected} == expected
    assert not planted_audit.failed


def test_csv_fields_and_row_counts(planted_audit: AuditResult) -> None:
    audit = _by_name(planted_audit)["customers.csv"]
    assert audit.rows == 3
    fields = _fields(audit)
    assert fields["email"] == {"EMAIL_ADDRESS": 2}
    assert fields["note"] == {"PHONE_NUMBER": 1, "CREDIT_CARD": 1}
    assert fields["id"] == {} and fields["name_code"] == {}  # "order 48213" is not a phone
    assert audit.rows_with_entities == 2
    assert "EMAIL_ADDRESS in 2 row(s)" in audit.reason


def test_tsv_iban(planted_audit: AuditResult) -> None:
    fields = _fields(_by_name(planted_audit)["payments.tsv"])
    assert fields == {"ref": {}, "account": {"IBAN_CODE": 1}, "amount": {}}


def test_json_key_paths(planted_audit: AuditResult) -> None:
    audit = _by_name(planted_audit)["people.json"]
    fields = _fields(audit)
    assert fields["records[].user.ssn"] == {"US_SSN": 1}
    assert fields["owner.contact"] == {"EMAIL_ADDRESS": 1}  # metadata next to the records
    assert fields["records[].tags[]"] == {}
    assert audit.rows == 3  # two records plus the object's other keys


def test_gzipped_jsonl_and_log(planted_audit: AuditResult) -> None:
    found = _by_name(planted_audit)
    events = found["events.jsonl.gz"]
    assert events.compressed and events.kind == "jsonl"
    assert _fields(events)["profile.email"] == {"EMAIL_ADDRESS": 1}
    archive = found["archive.log.gz"]
    assert archive.kind == "log" and _fields(archive) == {None: {"EMAIL_ADDRESS": 1}}


def test_whole_text_files_have_a_null_field(planted_audit: AuditResult) -> None:
    found = _by_name(planted_audit)
    assert _fields(found["support.txt"]) == {None: {"PHONE_NUMBER": 1}}
    assert _fields(found["README.md"]) == {None: {}}


def test_lookalikes_are_not_sensitive(planted_audit: AuditResult) -> None:
    """A card number failing Luhn, an IBAN with a wrong checksum, a version and an order
    number: nothing sensitive, so the file may go to the cloud."""
    readme = _by_name(planted_audit)["README.md"]
    assert readme.placement == "cloud"
    assert readme.entity_rows == {}


def test_high_frequency_log_goes_to_the_edge(planted_audit: AuditResult) -> None:
    log = _by_name(planted_audit)["service.log"]
    assert log.placement == "edge"
    assert log.arrival.timestamped_rows == 300
    assert log.arrival.rate_per_s == 1.0
    assert "high-frequency" in log.reason


def test_parquet_columns(planted_audit: AuditResult) -> None:
    if not parquet_available():
        found = _by_name(planted_audit)
        assert "metrics.parquet" not in found
        return
    audit = _by_name(planted_audit)["metrics.parquet"]
    fields = _fields(audit)
    assert fields["contact"] == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}
    assert fields["time"] == {} and fields["reading"] == {}
    assert audit.arrival.timestamped_rows == 4
