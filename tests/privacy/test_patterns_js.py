"""The fast scan's patterns are plain data the edge Worker can run: each compiles in RE2 here
and in JavaScript (Node, `u` flag), and both engines find the same spans on sample text."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import re2

from meshroute.privacy.patterns import FAST_PATTERNS, js_regex
from meshroute.privacy.validators import VALIDATORS

SAMPLE = (
    "mail jane.doe@acme.io, call +44 7911 123456 or (212) 555-0198, card 4111 1111 1111 1111 "
    "12/27, IBAN GB82 WEST 1234 5698 7654 32, SSN 536-22-8745, NI AB 12 34 56 C, PESEL "
    "44051401359, DNI 12345678Z, PAN ABCPD1234E, born on 12/03/1985, 221B Baker Street, "
    "Hauptstraße 12, SECRET_KEY=django-insecure-8f7s6d5f4g3h, Authorization: Bearer "
    "abcDEF123456ghiJKL789, curl -u admin:hunter2x, password: !Xk9#mQ2 "
    "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
)


def test_every_validator_named_in_the_table_exists() -> None:
    assert {s.validator for s in FAST_PATTERNS if s.validator} <= set(VALIDATORS)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed (.ci/run does)")
def test_patterns_compile_and_agree_in_javascript() -> None:
    specs = [js_regex(spec.pattern) for spec in FAST_PATTERNS]
    script = """
const specs = JSON.parse(process.argv[1]); const text = process.argv[2];
const out = specs.map(([source, flags]) => {
  const re = new RegExp(source, flags + "g");
  return [...text.matchAll(re)].map(m => {
    const group = m[1] !== undefined ? m[1] : m[0];
    const start = m.index + m[0].indexOf(group);
    return [start, start + group.length];
  });
});
console.log(JSON.stringify(out));
"""
    result = subprocess.run(
        ["node", "-e", script, json.dumps(specs), SAMPLE],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    js_spans = json.loads(result.stdout)
    for spec, spans in zip(FAST_PATTERNS, js_spans, strict=True):
        regex = re2.compile(spec.pattern)
        group = 1 if regex.groups else 0
        ours = [list(m.span(group)) for m in regex.finditer(SAMPLE)]
        assert ours == spans, (spec.entity, spec.pattern[:60])
