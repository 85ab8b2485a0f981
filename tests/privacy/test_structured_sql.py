"""SQL inserts: each value is judged under its column's label (``structured_sql.py``)."""

from __future__ import annotations

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.structured_sql import insert_values


def _found(detector: SensitivityDetector, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)]


def test_values_are_read_under_their_columns() -> None:
    text = (
        "INSERT INTO t (id, full_name, note) VALUES (1, 'O''Brien Ann', NULL),\n"
        "  (2, 'Jan Nowak', 'a, b');"
    )
    got = [(column, text[start:end]) for column, start, end in insert_values(text)]
    assert got == [
        ("id", "1"), ("full_name", "O''Brien Ann"), ("note", "NULL"),
        ("id", "2"), ("full_name", "Jan Nowak"), ("note", "a, b"),
    ]  # fmt: skip


def test_a_function_call_or_a_cut_statement_ends_the_reading() -> None:
    text = "INSERT INTO t (a, dob) VALUES (NOW(), '1990-01-01');"
    assert list(insert_values(text)) == []
    assert [c for c, _, _ in insert_values("insert into t (a, b) values ('x', 'unterminated")] == [
        "a"
    ]


def test_a_birth_date_and_a_name_under_their_columns_are_found(
    detector: SensitivityDetector,
) -> None:
    text = (
        "why does this fail?\n\nINSERT INTO patients (mrn, full_name, dob) VALUES "
        "('MRN-004512', 'Howard Tsai', '1971-02-28');"
    )
    found = _found(detector, text)
    assert ("DATE_OF_BIRTH", "1971-02-28") in found
    assert ("PERSON", "Howard Tsai") in found
    polish = "INSERT INTO pacjenci (imie, data_ur) VALUES ('Krzysztof', '1992-11-03');"
    assert ("DATE_OF_BIRTH", "1992-11-03") in _found(detector, polish)


def test_columns_that_name_nothing_personal_flag_nothing(detector: SensitivityDetector) -> None:
    text = "INSERT INTO orders (id, created_at, total) VALUES (1, '2024-01-02', 19.99);"
    assert _found(detector, text) == []


def test_crafted_inserts_are_read_in_bounded_work() -> None:
    many = "INSERT INTO t (dob) VALUES ('1990-01-01'), " * 50_000
    assert sum(1 for _ in insert_values(many)) < 10_000  # 100,000 characters of values at most
    unterminated = "INSERT INTO t (dob) VALUES ('" * 20_000
    assert len(list(insert_values(unterminated))) <= 200  # statements read at most
    wide = "INSERT INTO t (" + "a," * 400 + "a) VALUES (" + "1," * 400 + "1);"
    assert sum(1 for _ in insert_values(wide)) == 401
