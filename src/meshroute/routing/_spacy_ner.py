"""spaCy NER for names and places: the deep scan's most expensive part, run only on the
stretches of text where a name can be."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshroute.routing.sensitivity import RawHit

# Places are personal only where someone lives or stays: "weather in Paris" is not.
_RESIDENCE_CUE = re.compile(
    r"(?<!\w)(?:live|lives|lived|living|reside|resides|resided|residing|home|address|moved to|"
    r"move to|born in|hometown|staying at|stay at|located at|based in|wohne|habite|vivo)(?!\w)"
)
_PERSONAL_CUE = re.compile(
    r"(?<!\w)(?:my|our|his|her|dear|name is|patient|client|colleague|friend|contact|call|email|"
    r"e-mail|phone|meet|met|ask|tell|invite|hire|hired|fire|fired|cc|signed|from)(?!\w)"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"\w+")
_NER_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


def _looks_like_name(value: str) -> bool:
    # The small model sometimes tags "Convert 28.11.2024" or a sentence-initial verb as PERSON.
    tokens = value.replace("'s", "").split()
    return all(t[:1].isupper() and not any(c.isdigit() for c in t) for t in tokens)


class NerTagger:
    """spaCy NER, only the components the entity recognizer needs."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        from spacy.lang.en.stop_words import STOP_WORDS

        self._sentence_starters = frozenset(STOP_WORDS)

    def tag(self, text: str) -> list[RawHit]:
        # The CNN costs ~20 ms per 1,000 characters here, and only a capitalised word can pass
        # `_looks_like_name` (or be a place spaCy tags): run it on the stretches that have one.
        hits: list[RawHit] = []
        lower = text.lower()
        for start, end in self._windows(text):
            hits.extend(self._tag_window(text, lower, start, end))
        return hits

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """Adjacent sentences that hold a capitalised word other than a common sentence
        starter ("The", "Please") or "I", merged so the model keeps their context."""
        windows: list[tuple[int, int]] = []
        for sentence in _SENTENCE.finditer(text):
            if not self._may_name(sentence.group()):
                continue
            if windows and windows[-1][1] >= sentence.start() - 2:
                windows[-1] = (windows[-1][0], sentence.end())
            else:
                windows.append((sentence.start(), sentence.end()))
        return windows

    def _may_name(self, sentence: str) -> bool:
        for index, word in enumerate(_WORD.findall(sentence)):
            if not word[0].isupper() or word == "I":
                continue
            if index == 0 and word.lower() in self._sentence_starters:
                continue
            return True
        return False

    def _tag_window(self, text: str, lower: str, offset: int, end: int) -> list[RawHit]:
        hits: list[RawHit] = []
        for ent in self._nlp(text[offset:end]).ents:
            kind = _NER_LABELS.get(ent.label_)
            if kind is None:
                continue
            start_char, end_char = ent.start_char + offset, ent.end_char + offset
            before = lower[max(0, start_char - 40) : start_char]
            if kind == "PERSON":
                if not _looks_like_name(ent.text):
                    continue
                multi = len(ent.text.split()) >= 2
                score = 0.65 if multi or _PERSONAL_CUE.search(before) else 0.3
            else:
                score = 0.65 if _RESIDENCE_CUE.search(before) else 0.2
            hits.append((kind, start_char, end_char, score))
        return hits


def load_ner(model: str) -> NerTagger | None:
    """The NER model if installed, else None (deep scans then degrade to patterns only)."""
    try:
        import spacy

        # Presidio's SpacyNlpEngine would also run tagger, parser and lemmatizer for context
        # enhancement, which the detector does with a cheap look-around; NER needs only these.
        nlp = spacy.load(
            model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )
    except (ImportError, OSError):
        return None
    return NerTagger(nlp)
