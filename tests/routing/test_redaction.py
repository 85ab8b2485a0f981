"""Redactor, PlaceholderMap.restore and StreamRestorer, including split placeholders."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from meshroute.routing.redaction import PlaceholderMap, Redactor
from meshroute.routing.sensitivity import Entity

TEXTS = ["Mail jane@acme.io and again jane@acme.io", "Call +1 415 555 0142 or bob@acme.io"]
ENTITIES = [
    Entity("EMAIL_ADDRESS", 5, 17, 0, 1.0),
    Entity("EMAIL_ADDRESS", 28, 40, 0, 1.0),
    Entity("PHONE_NUMBER", 5, 20, 1, 0.85),
    Entity("EMAIL_ADDRESS", 24, 35, 1, 1.0),
]


def redacted() -> tuple[list[str], PlaceholderMap]:
    return Redactor().redact(TEXTS, ENTITIES)


def test_stable_placeholders_and_round_trip() -> None:
    out, mapping = redacted()
    assert out == [
        "Mail <EMAIL_ADDRESS_1> and again <EMAIL_ADDRESS_1>",
        "Call <PHONE_NUMBER_1> or <EMAIL_ADDRESS_2>",
    ]
    assert mapping.values == {
        "EMAIL_ADDRESS_1": "jane@acme.io",
        "PHONE_NUMBER_1": "+1 415 555 0142",
        "EMAIL_ADDRESS_2": "bob@acme.io",
    }
    assert [mapping.restore(t) for t in out] == TEXTS


def test_tolerated_variants() -> None:
    _, mapping = redacted()
    answer = "<email_address_1>, [PHONE_NUMBER_1], &lt;EMAIL_ADDRESS_2&gt; and EMAIL_ADDRESS_1."
    assert mapping.restore(answer) == (
        "jane@acme.io, +1 415 555 0142, bob@acme.io and jane@acme.io."
    )
    # Not placeholders: part of a longer word or number.
    not_placeholders = "XEMAIL_ADDRESS_1 EMAIL_ADDRESS_12"
    assert mapping.restore(not_placeholders) == not_placeholders


def test_existing_placeholder_like_text_is_not_reused() -> None:
    texts = ["literal <EMAIL_ADDRESS_1> then a@acme.io"]
    out, mapping = Redactor().redact(texts, [Entity("EMAIL_ADDRESS", 31, 40, 0, 1.0)])
    assert out == ["literal <EMAIL_ADDRESS_1> then <EMAIL_ADDRESS_2>"]
    assert mapping.values == {"EMAIL_ADDRESS_2": "a@acme.io"}


def test_stream_holds_back_only_a_possible_placeholder() -> None:
    _, mapping = redacted()
    stream = mapping.stream()
    assert stream.feed("Hello there, ") == "Hello there, "
    assert stream.feed("write to <EMA") == "write to "
    assert stream.feed("IL_ADDRESS_1") == ""  # may still be <EMAIL_ADDRESS_1> or ..._12
    assert stream.feed("> now") == "jane@acme.io now"
    assert stream.feed(" <") == " "
    assert stream.flush() == "<"


def test_stream_without_placeholders_passes_through() -> None:
    stream = PlaceholderMap({}).stream()
    assert stream.feed("<EMAIL_ADDRESS_1>") == "<EMAIL_ADDRESS_1>"
    assert stream.flush() == ""


ANSWER = "Sure <EMAIL_ADDRESS_1>, I called [phone_number_1] and EMAIL_ADDRESS_2. <EMAIL_ADDRESS_1"


def test_every_two_chunk_split() -> None:
    _, mapping = redacted()
    expected = mapping.restore(ANSWER)
    for cut in range(len(ANSWER) + 1):
        stream = mapping.stream()
        got = stream.feed(ANSWER[:cut]) + stream.feed(ANSWER[cut:]) + stream.flush()
        assert got == expected, cut


def test_one_character_chunks() -> None:
    _, mapping = redacted()
    stream = mapping.stream()
    got = "".join(stream.feed(ch) for ch in ANSWER) + stream.flush()
    assert got == mapping.restore(ANSWER)


_PIECES = st.sampled_from(
    [
        "<EMAIL_ADDRESS_1>",
        "<PHONE_NUMBER_1>",
        "EMAIL_ADDRESS_2",
        "[email_address_2]",
        "&lt;PHONE_NUMBER_1&gt;",
        "<EMAIL_ADDRESS_",
        "EMAIL_ADDRESS_12",
        "<",
        ">",
        "_",
        "1",
        " ",
        "x",
        "E",
        "EMAIL",
        "&lt;",
        "\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=14), data=st.data())
def test_stream_equals_restore_for_any_chunking(pieces: list[str], data: st.DataObject) -> None:
    _, mapping = redacted()
    answer = "".join(pieces)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(answer)), max_size=8)))
    stream = mapping.stream()
    out, prev = [], 0
    for cut in cuts:
        out.append(stream.feed(answer[prev:cut]))
        prev = cut
    out.append(stream.feed(answer[prev:]))
    out.append(stream.flush())
    assert "".join(out) == mapping.restore(answer)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_text_without_placeholder_prefix_is_never_held(text: str) -> None:
    _, mapping = redacted()
    stream = mapping.stream()
    emitted = stream.feed(text)
    held = text[len(emitted) :] if text.startswith(emitted) else None
    assert held is not None or mapping.restore(text) != text
    if held:
        assert any(
            form.lower().startswith(held.lower())
            for name in mapping.values
            for form in (f"<{name}>", f"[{name}]", f"&lt;{name}&gt;", name)
        )


def test_a_found_value_is_redacted_wherever_else_it_stands() -> None:
    texts = [
        "My neighbour Walter Whitfield keeps parking in front of our gate.",
        "Sure, I can help with that.",
        "Why does Walter Whitfield park there every night? Ask Walter Whitfields too.",
    ]
    found = [Entity("PERSON", 13, 29, 0, 0.85)]  # the scan judged only the first turn private
    out, mapping = Redactor().redact(texts, found)
    assert out[0] == "My neighbour <PERSON_1> keeps parking in front of our gate."
    assert out[2] == "Why does <PERSON_1> park there every night? Ask Walter Whitfields too."
    assert [mapping.restore(t) for t in out] == texts


def test_short_values_are_not_searched_again() -> None:
    texts = ["Al called", "Also Al"]
    out, _ = Redactor().redact(texts, [Entity("PERSON", 0, 2, 0, 0.85)])
    assert out == ["<PERSON_1> called", "Also Al"]  # two letters: found spans only
