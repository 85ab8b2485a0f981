"""spaCy NER as a name finder: kept as a measured alternative to the gazetteer (see
docs/privacy.md); about 20 ms per 1,000 characters here, so it reads at most ``MAX_CHARS`` of a
message and reports the rest as unscanned (fail closed)."""

from __future__ import annotations

from typing import Any

from meshroute.privacy.hits import UNSCANNED, RawHit

__all__ = ["SpacyNames", "load_spacy_names"]

MAX_CHARS = 20_000
_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}


class SpacyNames:
    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp

    def find(self, text: str) -> list[RawHit]:
        hits: list[RawHit] = []
        for ent in self._nlp(text[:MAX_CHARS]).ents:
            kind = _LABELS.get(ent.label_)
            words = ent.text.split()
            if kind == "PERSON" and all(w[:1].isupper() for w in words) and len(words) >= 2:
                hits.append((kind, ent.start_char, ent.end_char, 0.85))
        if len(text) > MAX_CHARS:
            hits.append((UNSCANNED, MAX_CHARS, len(text), 1.0))
        return hits


def load_spacy_names(model: str) -> SpacyNames | None:
    try:
        import spacy

        nlp = spacy.load(
            model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )
    except (ImportError, OSError):
        return None
    return SpacyNames(nlp)
