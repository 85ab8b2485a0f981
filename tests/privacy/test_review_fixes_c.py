"""Prompts plainly about private people that an earlier draft of the knowledge-question,
exam and public-word rules let through (found by the fifth session's review of 2026-12-01):
statements that begin like questions, questions about pay, religion, papers, the police or
whereabouts, lettered sections that are no exam, and ordinary words once read as public."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.public_question import multiple_choice
from scan_support import persons

CASES = [
    ("Es geht um Walter Whitfield, er kommt morgen vorbei.", "Walter Whitfield"),
    ("Zijn vrouw heet Anna de Vries en woont in Utrecht.", "Anna de Vries"),
    ("Sono uscito con Giulia Ferraresi ieri sera.", "Giulia Ferraresi"),
    ("Kim Whitfield took the car keys again.", "Kim Whitfield"),
    ("When Walter Whitfield arrives, give him the spare keys.", "Walter Whitfield"),
    ("Walter Whitfield, who lives two doors down, parks in front of the gate.", "Walter"),
    ("Jean Dupont, qui habite au troisième, fait du bruit la nuit.", "Jean Dupont"),
    ("List every payment Walter Whitfield made in May.", "Walter Whitfield"),
    ("How much does Walter Whitfield earn?", "Walter Whitfield"),
    ("Who is Teresa Okonkwo sleeping with?", "Teresa Okonkwo"),
    ("Is Walter Whitfield an illegal immigrant?", "Walter Whitfield"),
    ("Why did Teresa Okonkwo get a criminal record?", "Teresa Okonkwo"),
    ("What is Teresa Okonkwo's date of birth?", "Teresa Okonkwo"),
    ("Czy powinnam zgłosić Tomasza Wieczorka na policję?", "Tomasza Wieczorka"),
    ("Devo denunciare Luca Bertinelli alla polizia?", "Luca Bertinelli"),
    ("Should Walter Whitfield be reported to the police?", "Walter Whitfield"),
    ("I need to give feedback on Walter Whitfield's presentation tomorrow.", "Walter"),
    ("My primary contact at the bank is Walter Whitfield.", "Walter Whitfield"),
    ("Mio figlio Luca Bertinelli ha mal di gola da tre giorni.", "Luca Bertinelli"),
    ("Walter Whitfield is throwing a party on Saturday at his place.", "Walter Whitfield"),
    ("My team leader Walter Whitfield keeps shouting.", "Walter Whitfield"),
    ("Walter Whitfield hosts poker nights at 14 Elm Road.", "Walter Whitfield"),
    ("I was reading Teresa Okonkwo's diary last night.", "Teresa Okonkwo"),
    ("I watched Teresa Okonkwo leave the house at 3 am.", "Teresa Okonkwo"),
    ("Czytam maila od Anny Wieczorek i nie wiem co odpisać.", "Anny Wieczorek"),
    (
        "Meeting notes:\na. Teresa Okonkwo is going on maternity leave in June.\n"
        "b. Walter Whitfield takes over the account.\nc. Budget review next week.",
        "Teresa Okonkwo",
    ),
    (
        "(a) Walter Whitfield will vacate 14 Elm Road by June.\n(b) Teresa Okonkwo keeps the"
        " car.\n(c) Costs are split.",
        "Walter Whitfield",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_private_persons_name_is_kept(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in span or span in name for span in persons(detector, text))


def test_lettered_sections_are_no_exam(detector: SensitivityDetector) -> None:
    summary = (
        "Discharge summary\nA. History: Walter Whitfield, 54, admitted with chest pain. "
        "He has type 1 diabetes and HIV.\nB. Findings: stable.\nC. Plan: follow-up."
    )
    assert not multiple_choice(summary)
    kinds = [e.type for e in detector.scan([summary], deep=True)]
    assert kinds.count("MEDICAL") == 2
    assert not multiple_choice("Which?\n" + "A. one\nB. two\nC. three\nD. four\n" * 2_000)


@pytest.mark.parametrize(
    "text",
    [
        "my netflix password is Dummy4Life!",
        "DB_PASSWORD=Xk9#dummyQ7!pL2w",
        "password: Changeme2024!",
        "Tanaka Hiroshi 0466-12-3456",
        "Frau Gruber erreichen Sie unter 0664-12-34567",
    ],
)
def test_values_that_only_contain_a_placeholder_word_or_a_date_shape_are_found(
    detector: SensitivityDetector, text: str
) -> None:
    kinds = {e.type for e in detector.scan([text], deep=True)}
    assert kinds & {"PASSWORD", "SECRET", "PHONE_NUMBER"}
