# ruff: noqa: RUF001
"""Rules of the sixth session of 2026-12-01, each read off development set 4 or 5:

* the writer's own relatives, friends and housemates name the person right after the word, in
  20 languages ("my sister-in-law Rachel", "moja siostra Ania"), never without the possessive,
  and only a listed name that is no notable person's, character's or brand's;
* a patronymic makes a hit a person's full name ("Ольги Викторовны Смирновой");
* a listed surname alone before its illness is an eponym, not a person ("Crohn's disease"),
  unless a frequent given name ("Anna's") or private words are near;
* a saint's name is likely public ("Sant Jordi"); a function word alone is no lower-case name
  near health words among others of its language ("kell"); "C'est" is no name;
* log timestamps are no phone numbers without a cue, and "sk-your-key-here" is a placeholder.

Two reviews sent private prompts the first drafts let through and benign prompts they flagged;
those are here too.
"""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from scan_support import persons


def _types(detector: SensitivityDetector, text: str) -> set[str]:
    return {entity.type for entity in detector.scan([text], deep=True)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my sister-in-law Rachel keeps posting pics of my kids on insta", "Rachel"),
        ("my little cousin Emma won't stop texting me", "Emma"),
        ("our flatmate Gareth wants the deposit in cash", "Gareth"),
        ("ma cousine Léa ne répond plus depuis lundi", "Léa"),
        ("mi cuñada Rocío dice que no vendrá", "Rocío"),
        ("mia suocera Graziella vuole venire a Natale", "Graziella"),
        ("minha irmã Joana vai mudar de emprego", "Joana"),
        ("Meine Kollegin Petra kommt morgen nicht", "Petra"),
        ("mijn buurman Kees parkeert altijd voor onze deur", "Kees"),
        ("min svärmor Birgitta vill flytta hit", "Birgitta"),
        ("moja siostra Ania nie odbiera telefonu", "Ania"),
        ("mojej siostry Ani nie było w domu", "Ani"),
        ("мой брат Иван опять без работы", "Иван"),
        ("oğlum Emre okula gitmek istemiyor", "Emre"),
        ("η αδερφή μου η Μαρία δεν απαντά", "Μαρία"),
        ("sora mea Ioana nu mai răspunde", "Ioana"),
        ("Siskoni Anna muuttaa Tampereelle", "Anna"),
    ],
)
def test_the_writers_relatives_are_named_after_the_word(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in span for span in persons(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "Uncle Tom's Cabin is a novel by Harriet Beecher Stowe",
        "his niece Agrippina married the emperor Claudius",
        "Aunt Polly catches Tom Sawyer in the jam closet",
    ],
)
def test_no_possessive_no_kin_cue(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


def test_a_patronymic_makes_a_full_name(detector: SensitivityDetector) -> None:
    text = "Составь заявление от имени Ольги Викторовны Смирновой о предоставлении отпуска."
    assert persons(detector, text) == ["Ольги Викторовны Смирновой"]


@pytest.mark.parametrize(
    "text",
    [
        "Was ist die Pfeiffer-Krankheit und wie lange ist man krank?",
        "Is Crohn's disease hereditary, and how is it treated?",
        "Hashimoto's thyroiditis: which blood tests confirm it?",
        "Behçet hastalığı için en iyi tedavi hangisidir?",
        "Quina és la millor hora per visitar Sant Jordi?",
        "Mennyi ideig tart egy covidos betegség? Pozitív teszt után kell még otthon maradni?",
        "C'est quoi exactement la maladie de Charcot, et pourquoi on l'appelle aussi SLA ?",
    ],
)
def test_eponyms_saints_and_words_are_no_people(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my colleague Hashimoto has Crohn's disease", "Hashimoto"),
        ("Mehmet Bey'in oğlu Emre'ye otizm tanısı konmuş, ne yapmalıyız?", "Mehmet"),
        ("hey maria, the tumour was benign after all", "maria"),
    ],
)
def test_people_beside_health_words_stay_people(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in span for span in persons(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-14 02:11:07,481 WARN [orders-consumer-3] Heartbeat session expired",
        "experiment prompt_v7, cohort B, started 2025-03-10T09:00Z",
        "OPENAI_API_KEY=sk-your-key-here",
    ],
)
def test_timestamps_and_placeholders_are_clean(detector: SensitivityDetector, text: str) -> None:
    assert _types(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("call me on 07911 123456 after 2025-03-14 02:11", "PHONE_NUMBER"),
        ("OPENAI_API_KEY=sk-proj-Xk9aQ2hereZ7mN4pL0vB8cR1tY6wE3sD", "API_TOKEN"),
    ],
)
def test_real_values_beside_them_are_still_found(
    detector: SensitivityDetector, text: str, kind: str
) -> None:
    assert kind in _types(detector, text)


# The review of the first draft: private prompts its exclusions let through, and benign prompts
# its kin cues flagged. Each is back to what it should be.
@pytest.mark.parametrize(
    "text",
    [
        "Did Laura Finch sign the lease? She already owes three months of rent.",
        "Greg Pemberton law firm is suing me for the unpaid 12,000 dollars, what do I do?",
        "Kevin Brannigan's disease is progressing fast and he can't work anymore.",
        "Help me write to HR about Nadia Okafor's syndrome and the adjustments she needs.",
        "Lars Hansens sygdom er blevet værre, han har mistet sit job.",
        "Ahmet Yılmaz'ın hastalığı ilerledi, artık işe gelemiyor.",
        "La maladie de Jean-Pierre Moreau s'aggrave, il ne peut plus travailler.",
        "Choroba Jana Kowalskiego wróciła, znowu chemioterapia.",
        "Болезнь Ивана Петрова прогрессирует, он больше не может работать.",
        "De ziekte van Jan de Vries is teruggekomen, hij kan niet meer werken.",
        "mert was diagnosed with leukemia last week, what are the survival rates",
        "alla got diagnosed with breast cancer, chemo starts monday",
        "uma has stage 3 ovarian cancer and starts chemo friday",
        "D'Amico ha un tumore al pancreas e non lavora da marzo.",
        "L'Amour was diagnosed with leukemia in 2023.",
        "Sant Jordi Puig té càncer de pulmó i no pot treballar.",
        "Sant Singh owes me 2,000 pounds for the car.",
        "Depuis la maladie de Clémence, je dors très mal.",
        "La malattia di Esposito è peggiorata, chi prende i suoi clienti?",
        "Lars Hansens sygdom er blevet værre.",
        "My coworker Mr Brannigan keeps asking me for money.",
        "Ma voisine Madame Lefèbvre me doit 300 euros.",
        "Mijn buurman Dhr. Jansen is ernstig ziek en ik wil hem helpen.",
        "Upload OLUWASEUN_ADEYEMI_BLOODTEST.pdf to the portal",
        "The wifi password at my flat is put_it_here",
        "La contraseña de mi banco es enter_the_dragon_here",
        "Rename the scan file ANNA_NOWAK_HIV_POSITIVE.pdf to something neutral",
        "my wifi password is Enter-Here-2024",
        "API_KEY=enter-key-here-8f3k2j4h5g6f7d8s9a0",
        "My number is 2013-10-12 55, call after 6",
    ],
)
def test_private_prompts_the_review_found_are_flagged(
    detector: SensitivityDetector, text: str
) -> None:
    assert _types(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I teach my nephew Python if he's only 10?",
        "my mum Googled her symptoms and now she's panicking, how do I calm her down?",
        "Draft an email to our partner Salesforce about the API deprecation timeline.",
        "Our landlord Greystar raised the rent 9%, is that legal in California?",
        "Should I let my kid Roblox chat with strangers?",
        "What's the best way to teach my kid Spanish at home?",
        "Mon voisin Totoro est-il adapté à un enfant de 4 ans ?",
        "Wie erkläre ich meinem Sohn Bruchrechnung am einfachsten?",
        "Wie gebe ich meiner Kollegin Feedback, ohne sie zu verletzen?",
        "¿Cómo le explico a mi abuela Netflix?",
        "babam Excel'de formül yazamıyor, basit bir rehber yazar mısın?",
        "Help me write a birthday poem for my mum Happy 60th style",
        "I want to get my niece Taylor Swift tickets for Christmas, when do they go on sale?",
        "Can I buy my granny Agatha Christie audiobooks on Audible?",
        "Kızım Taylor Swift konserine gitmek istiyor, bilet ne zaman satışa çıkar?",
    ],
)
def test_kin_cues_name_no_product_or_word(detector: SensitivityDetector, text: str) -> None:
    assert persons(detector, text) == []
