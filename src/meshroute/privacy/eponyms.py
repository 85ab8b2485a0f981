# ruff: noqa: RUF001, RUF002
"""Surnames that name a disease, not a person in the text.

"Crohn's disease", "Hashimoto's thyroiditis", "Was ist die Pfeiffer-Krankheit?", "Behçet
hastalığı": the surname stands right before the word that makes it an eponym, so the prompt
names no one. ``notable.py`` drops such a hit only when it is one word listed as a surname, no
frequent given name and no surname's case, and no private word but the illness itself is near:
"Greta Lindholm's syndrome", "Kevin's disease", "Okafor's disease ... he owes" stay people.
Left out, as they are also how these languages say "X's illness" of anyone: the illness before
the name ("la maladie de Clémence", "choroba Nowaka", "ziekte van Anouk"), a genitive "s"
without an apostrophe ("Hansens sygdom"), and "law", "sign" or "effect" after a name ("Did
Laura Finch sign the lease"). Written by hand, as the other word lists.
"""

from __future__ import annotations

import re

__all__ = ["eponym"]

_REACH = 40  # characters read after the name
_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t\-](?:disease|syndrome|palsy|sarcoma|lymphoma|thyroiditis|"
    r"encephalopathy|hastalığı|hastaligi|sendromu|krankheit|syndrom)(?![^\W\d_])",
    re.IGNORECASE,
)


def eponym(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the illness word glued after the name at [start, end) that makes it an
    eponym, or None."""
    after = _AFTER.match(text, end, end + _REACH)
    return after.span() if after else None
