# ruff: noqa: RUF001
"""Text written as JSON escapes ("\\u03c3\\u03c4\\u03bf", tool arguments serialised with
ensure_ascii) is read as the characters it escapes; spans map back to the escapes, so
redaction replaces whole escapes and the arguments stay valid JSON."""

from __future__ import annotations

import json

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.normalise import normalise


def test_escapes_are_decoded_and_spans_map_back_to_them() -> None:
    raw = json.dumps({"note": "Łukasz"})  # {"note": "\u0141ukasz"}
    normal = normalise(raw)
    assert "Łukasz" in normal.text
    start = normal.text.index("Łukasz")
    assert normal.original_span(start, start + 6) == (raw.index("\\u0141"), raw.index('"}'))
    assert normalise("plain ascii").text == "plain ascii"
    assert normalise("a \\uZZZZ b").text == "a \\uZZZZ b"  # no escape: left alone
    assert normalise("\\ud83d\\ude00").text == "\ufffd\ufffd"  # surrogates: as lone ones


def test_a_phone_and_a_name_in_escaped_arguments_are_found(
    detector: SensitivityDetector,
) -> None:
    raw = json.dumps({"note": "Στείλε SMS στο 6945123378, ο Jan Kowalski περιμένει"})
    found = {(e.type, raw[e.start : e.end]) for e in detector.scan([raw], deep=True)}
    assert ("PHONE_NUMBER", "6945123378") in found
    assert ("PERSON", "Jan Kowalski") in found


def test_a_span_over_escapes_covers_them_whole(detector: SensitivityDetector) -> None:
    raw = json.dumps({"to": "zadzwoń do Łukasza Wiśniewskiego, jest w szpitalu"})
    found = [e for e in detector.scan([raw], deep=True) if e.type == "PERSON"]
    assert len(found) == 1
    redacted = raw[: found[0].start] + "PERSON_1" + raw[found[0].end :]
    assert json.loads(redacted) == {"to": "zadzwoń do PERSON_1, jest w szpitalu"}


def test_json_inside_a_json_string_is_read_as_json(detector: SensitivityDetector) -> None:
    inner = json.dumps({"wifi_ssid": "Vodafone-A4F2", "wifi_password": "tortellini-73-nonna"})
    raw = json.dumps({"note": inner})  # {"note": "{\"wifi_ssid\": ...}"}
    found = {(e.type, raw[e.start : e.end]) for e in detector.scan([raw], deep=True)}
    assert ("PASSWORD", "tortellini-73-nonna") in found
    assert normalise(r"C:\\new").text == "C:\\new"  # an escaped backslash, then "new"
    assert normalise("C:\\new").text == "C:\n" + "ew"  # JSON's newline escape
