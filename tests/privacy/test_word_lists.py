"""A long list of stems matched word by word (``word_lists.py``) finds what the one regex
found, in bounded work."""

from __future__ import annotations

from meshroute.privacy.word_lists import WordList

LIST = WordList(r"hospital\w*|zarplat\w{0,2}|me|sick leave|e-?mail|[0-9]+\s?mg|c[áa]ncer|who was")


def test_words_phrases_and_odd_heads_are_found() -> None:
    text = "Who was in Hospitals? sick leave, email me; 20 mg, cáncer, zarplata"
    found = [text[a:b] for a, b in LIST.spans(text, 0, len(text))]
    assert found == [
        "Who was", "Hospitals", "sick leave", "email", "me", "20 mg", "cáncer", "zarplata"
    ]  # fmt: skip
    assert LIST.search(text, 0, 10)
    assert not LIST.search("hospitable medium", 0, 17)  # whole words only ("me" in "medium")


def test_a_text_full_of_words_costs_a_lookup_per_distinct_word() -> None:
    fresh = WordList(r"hospital\w*|zarplat\w{0,2}|me|sick leave")
    text = "Jane Smith 07911 123456 " * 8000
    assert fresh.spans(text, 0, len(text)) == []
    # each distinct word is matched against its alternatives once, then read from the cache
    assert fresh.misses() == 2
