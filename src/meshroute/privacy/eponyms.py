# ruff: noqa: RUF001, RUF002
"""Surnames that name a disease or a theorem, not a person in the text.

"Was ist die Pfeiffer-Krankheit?", "¿Qué es la enfermedad de Chagas?", "Crohn's disease",
"choroba Hashimoto", "Behçet hastalığı": the surname stands right before or after the word
that makes it an eponym, so the prompt names no one. ``notable.py`` drops such a hit only when
it is one word, no given name and no surname's case ("choroba Kowalskiego"), and no private
word but the illness itself is near: "Greta Lindholm's syndrome", "la maladie de Nathalie
Rousseau", "Okafor's disease ... he owes" stay people. Written by hand, as the other word
lists; "law", "sign", "effect" are left out (everyday words after a name: "Did Okafor sign").
"""

from __future__ import annotations

import re

__all__ = ["eponym"]

_REACH = 40  # characters read on each side
_BEFORE = re.compile(
    r"(?:disease|syndrome|ziekte|syndroom|maladie|enfermedad|s[íi]ndrome|doen[çc]a|morbo|"
    r"malattia|sindrome|morbus|choroba|zesp[óo][łl]|nemoc|syndrom|болезн\w{0,2}|синдром\w{0,2}|"
    r"хвороб\w{0,2}|νόσος|σύνδρομο|maladia|sindromul|boala)"
    r"(?:[ \t]+(?:of|van|de|du|des|di|del|da|do|lui))?[ \t]+$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"(?:['\u2019]s?|s)?[ \t\-]*(?:disease|syndrome|theorem|palsy|sarcoma|lymphoma|"
    r"thyroiditis|encephalopathy|hastalığı|hastaligi|sendromu|tauti|sjukdom|sykdom|sygdom|"
    r"betegség|krankheit|syndrom|ziekte|syndroom)(?![^\W\d_])",
    re.IGNORECASE,
)


def eponym(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the word glued to the name at [start, end) that makes it an eponym."""
    lo = max(0, start - _REACH)
    before = _BEFORE.search(text, lo, start)
    after = before or _AFTER.match(text, end, end + _REACH)
    return after.span() if after else None
