# ruff: noqa: RUF001
"""Names by their place and form: account names with an initial in the participant fields,
a surname before an initial, a name alone as a letter's greeting or signature
(structured_values.participant, names.initial_after, names.letter_line)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from meshroute.api.schemas import texts_of
from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.gazetteer import GazetteerNames


@pytest.fixture(scope="module")
def finder() -> GazetteerNames:
    return GazetteerNames.load()


def _persons(detector: SensitivityDetector, body: Mapping[str, object]) -> set[str]:
    texts = texts_of("chat", {"model": "m", **body})
    found = detector.scan(texts, deep=True)
    return {texts[e.message][e.start : e.end] for e in found if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("handle", "person"),
    [("j.smith", True), ("anna_n", True), ("dmitri.v", True), ("mkowalczyk", True),
     ("p.novak", True), ("thomas-b", True), ("jsmith", True),
     ("data_v", False), ("main_b", False), ("the_x", False), ("app_v2", False),
     ("node_a", False), ("bcrypt", False), ("nginx", False), ("support-team", False),
     ("guest_42", False), ("li_x", False)],
)  # fmt: skip
def test_an_account_name_with_an_initial(
    detector: SensitivityDetector, handle: str, person: bool
) -> None:
    for body in (
        {"messages": [{"role": "user", "name": handle, "content": "hi"}]},
        {"messages": [{"role": "user", "content": "hi"}], "user": handle},
    ):
        assert _persons(detector, body) == ({handle} if person else set())


def test_an_initialled_handle_in_running_text_is_left_alone(detector: SensitivityDetector) -> None:
    # only the participant fields say that a word is an account name
    body = {"messages": [{"role": "user", "content": "run jsmith and anna_n on the data"}]}
    assert _persons(detector, body) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [("Signed: Kowalski J., accounts payable", "Kowalski J"),
     ("Faktura dla: Zieliński M., ul. Długa 5", "Zieliński M"),
     ("Approved by: Nowicki P. (HR)", "Nowicki P"),
     ("Thanks for the help.\n\nThanks,\nMarek\n", "Marek"),
     ("Bitte bis Montag.\nViele Grüße\nMatthias", "Matthias"),
     ("Un saludo,\nLucía", "Lucía"),
     ("Hello Fatima,\nyour results are ready.", "Fatima")],
)  # fmt: skip
def test_a_name_by_its_place(finder: GazetteerNames, text: str, name: str) -> None:
    # the finder's rule (the notable filter may still call a name only likely public)
    assert name in {text[start:end] for _, start, end, _ in finder.find(text)}


@pytest.mark.parametrize(
    "text",
    ["Henry V. was crowned in 1413.", "Take Vitamin B. every day.", "Dear Sir,\nplease advise.",
     "Hi Team,\nthe build is green.", "Hello World!\nprint it", "What is the capital?\nParis",
     "Options:\nA. Paris\nB. Rome", "Answer the question.\nJordan",
     "Hello Fatima, how do I cook rice?"],
)  # fmt: skip
def test_near_misses_stay_clean(
    finder: GazetteerNames, detector: SensitivityDetector, text: str
) -> None:
    assert finder.find(text) == []
    assert not [e for e in detector.scan([text], deep=True) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("rozmawiałem z Piotrem o jego długach", "Piotrem"),
     ("powiedz Piotrowi, że jutro", "Piotrowi"),
     ("я говорил с Ольгой вчера", "Ольгой"),
     ("beszéltem Péterrel tegnap", "Péterrel"),
     ("puhuin Annalle eilen", "Annalle"),
     ("Привіт, Тарасе! Як справи?", "Тарасе"),
     ("razgovarao sam s Ivanom Horvatom o plaći", "Ivanom Horvatom"),
     ("mluvil jsem s Petrem Dvořákem včera", "Petrem Dvořákem")],
)  # fmt: skip
def test_a_given_name_in_another_case(finder: GazetteerNames, text: str, name: str) -> None:
    assert name in {text[start:end] for _, start, end, _ in finder.find(text)}


@pytest.mark.parametrize(
    "text",
    ["Mieszkam w Warszawie od roku.", "Die Kirche ist geschlossen.", "Byłem w Polsce w maju.",
     "Siamo stati a Milano ieri.", "Ich wohne in Berlinie nicht."],
)  # fmt: skip
def test_a_case_of_a_place_is_no_name(finder: GazetteerNames, text: str) -> None:
    assert finder.find(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [("can u ask kristian dahl to call me", True), ("ping siiri johansson today", True),
     ("radość, sourd avant la nuit", False)],
)  # fmt: skip
def test_a_rare_given_name_before_a_web_frequent_surname(
    finder: GazetteerNames, text: str, found: bool
) -> None:
    assert bool(finder.find(text)) is found


@pytest.mark.parametrize(
    ("word", "given"),
    [("Сергею", True), ("Натальей", True), ("Тарасові", True), ("Оксані", True),
     ("Красной", False), ("Москве", False), ("Πλάτωνα", False)],
)  # fmt: skip
def test_cyrillic_cases_read_the_lists_own_cyrillic_names(
    finder: GazetteerNames, word: str, given: bool
) -> None:
    assert ("f" in finder._flags(word)) is given


@pytest.mark.parametrize(
    ("text", "found"),
    [("včera som volal jánovi horváthovi", True), ("hovoril som s martinom kováčom", True),
     ("napisz do marka wójcika jutro", True), ("передай сергею иванову привет", True),
     ("the internal intercostal muscles", False), ("для новой работы вере новой", False),
     ("marka samochodu toyota", False)],
)  # fmt: skip
def test_a_given_name_and_a_surname_in_a_case_in_lower_case(
    finder: GazetteerNames, text: str, found: bool
) -> None:
    got = [text[start:end] for _, start, end, _ in finder.find(text)]
    assert bool([hit for hit in got if hit != "для новой"]) is found  # "для": listed as a name
