# ruff: noqa: RUF001, RUF002
"""Surnames that name a disease, a law or a theorem, not a person in the text.

"Was ist die Pfeiffer-Krankheit?", "¿Qué es la enfermedad de Chagas?", "Crohn's disease",
"choroba Hashimoto", "Behçet hastalığı", "Ohm's law": the surname stands right before or after
the word that makes it an eponym, so the prompt names no one. A name with a private word
elsewhere ("my colleague Hashimoto has Crohn's disease") is still read by the usual rules: only
the hit glued to the eponym's word is dropped. Written by hand, as the other word lists.
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
    r"(?:['\u2019]s?|s|'in|'ın|'un|'ün|in|ın|un|ün)?[ \t\-]*(?:disease|syndrome|sign|law|laws|"
    r"theorem|principle|palsy|sarcoma|lymphoma|thyroiditis|encephalopathy|hastalığı|hastaligi|"
    r"sendromu|tauti|sjukdom|sykdom|sygdom|betegség|krankheit|syndrom|ziekte|syndroom|gesetz|"
    r"satz|effect|effekt)(?![^\W\d_])",
    re.IGNORECASE,
)


def eponym(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is glued to a word that makes it an eponym."""
    before = text[max(0, start - _REACH) : start]
    return bool(_BEFORE.search(before) or _AFTER.match(text, end, end + _REACH))
