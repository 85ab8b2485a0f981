"""A name in a short prompt that only asks about the world (a knowledge question: every
sentence ends in a question mark, no request to act, no first person, no health, work or
personal-topic word, no private context) is the world's: a character, an athlete, a historical
figure (``public_question.py``). Anything private in the prompt keeps the name personal data,
and so does any statement (the review's cases, below)."""

from __future__ import annotations

import time

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.public_question import knowledge_question, multiple_choice
from scan_support import persons

QUESTIONS = [
    "Why does Holden Caulfield hate phonies in The Catcher in the Rye?",
    "In Breaking Bad, why does Walter White call himself Heisenberg?",
    "Warum verlässt Effi Briest ihren Mann nicht früher?",
    "Pourquoi Julien Sorel tire-t-il sur son ancienne maîtresse ?",
    "¿Quién mató a Santiago Nasar en la novela de García Márquez?",
    "Perché Renzo Tramaglino fugge da Milano?",
    "Dlaczego Stanisław Wokulski wyjeżdża do Paryża?",
    "Ποιος σκότωσε τον Αγαμέμνονα;",  # the Greek question mark (NFKC: a semicolon)
    "Kdo napsal Osudy dobrého vojáka Švejka? Kdo ho ilustroval?",
    "Could Hannibal Barca have taken Rome after Cannae?",  # a modal, not "could you"
    "kto bol juraj jánošík a je pravda, že rozdával chudobným?",  # Slovak "je": "is"
]
PRIVATE = [
    ("My neighbour Holden Caulfield keeps parking in front of our gate, what can I do?", "my"),
    ("Why does Walter Whitfield have diabetes at 30?", "health"),
    ("Schedule a call with Walter Whitfield on Tuesday.", "an action, not a question"),
    ("Walter Whitfield says que no vendrá. Why?", "a statement"),
    ("Dlaczego mój szef Stanisław Wokulski nie odpisuje?", "first person"),
    ("Pourquoi Julien Sorel ne m'appelle plus ?", "m'"),
    ("Pourquoi Julien Sorel dit que je suis en retard ?", "French je"),
    ("Can you draft a thank-you note to Walter Whitfield?", "a request to act"),
    ("¿Puedes escribirle a Santiago Nasar que llego tarde?", "a request to act"),
    ("Kannst du Effi Briest eine Absage schreiben?", "a request to act"),
    ("Why did Walter Whitfield from accounting leave early?", "a workplace"),
    ("was Jorge Luis Borges ever nominated for anything in Stockholm", "no question mark"),
    ("Explain how Ebenezer Scrooge changes between the first and last ghost.", "a request"),
    ("Can you explain why Atticus Finch takes the case?", "a request to the assistant"),
    ("Send the signed contract to Walter Whitfield;", "a semicolon outside Greek"),
    ("How much does Walter Whitfield earn?", "pay"),
    ("Which church does Walter Whitfield attend?", "religion"),
    ("Where is Walter Whitfield staying tonight?", "whereabouts"),
    ("¿Debo denunciar a Pablo Arrieta a la policía?", "the police"),
    ("Pourquoi ma fille Chloé Vasseur pleure ?", "French ma"),
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_knowledge_questions_are_recognised(text: str) -> None:
    assert knowledge_question(text)


@pytest.mark.parametrize(("text", "why"), PRIVATE)
def test_prompts_about_ones_own_life_are_not_knowledge_questions(text: str, why: str) -> None:
    assert not knowledge_question(text), why


def test_names_in_knowledge_questions_are_dropped(detector: SensitivityDetector) -> None:
    flagged = [text for text in QUESTIONS if persons(detector, text)]
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can you draft a thank-you note to Walter Whitfield for the flowers?", "Walter Whitfield"),
        ("Why did Walter Whitfield from accounting get a warning?", "Walter Whitfield"),
        ("Dlaczego mój szef Stanisław Wokulski nie odpisuje?", "Stanisław Wokulski"),
        ("Why is Walter Whitfield's salary lower than mine?", "Walter Whitfield"),
    ],
)
def test_a_private_word_keeps_the_name(detector: SensitivityDetector, text: str, name: str) -> None:
    assert name in " ".join(persons(detector, text))


def test_a_long_prompt_is_never_a_knowledge_question() -> None:
    question = "Why does Walter Whitfield ride a bike? "
    assert knowledge_question(question)  # a bare question about someone: the accepted cost
    assert not knowledge_question(question * 20)  # longer than a question asked in one go
    started = time.perf_counter()
    assert not knowledge_question("Why? " * 200_000)  # a megabyte: the length is read first
    assert time.perf_counter() - started < 5  # generous: it returns at once


EXAM = """A bank clerk, Walter Whitfield, cashes a forged cheque. Is the bank liable?
A. Yes, because Walter Whitfield acted within his duties.
B. No, because the forgery was undetectable.
C. Only if the forgery was reported in time.
D. None of the above.
Answer:"""


def test_names_in_a_multiple_choice_question_are_dropped(detector: SensitivityDetector) -> None:
    assert multiple_choice(EXAM)
    assert persons(detector, EXAM) == []
    two_options = EXAM.split("C.")[0]  # options A and B only: not an exam's shape
    assert not multiple_choice(two_options)
    assert "Walter Whitfield" in persons(detector, two_options)


def test_private_context_keeps_a_name_in_an_exam(detector: SensitivityDetector) -> None:
    leaked = EXAM.replace("A bank clerk,", "My colleague")
    assert "Walter Whitfield" in " ".join(persons(detector, leaked))


VIGNETTE = """A 54-year-old woman comes to the clinic. She has a 2-year history of type 1 diabetes.
Which is the most appropriate next step?
A. Metformin
B. Insulin glargine
C. Dietary advice only
D. Bariatric surgery"""


def test_an_exams_vignette_is_no_ones_health_data(detector: SensitivityDetector) -> None:
    assert not [e for e in detector.scan([VIGNETTE], deep=True) if e.type == "MEDICAL"]
    mine = VIGNETTE.replace("A 54-year-old woman comes to the clinic. She has", "My mother has")
    assert [e for e in detector.scan([mine], deep=True) if e.type == "MEDICAL"]
    no_options = VIGNETTE.split("\nA.")[0]  # the same case told without an exam's options
    assert [e for e in detector.scan([no_options], deep=True) if e.type == "MEDICAL"]
