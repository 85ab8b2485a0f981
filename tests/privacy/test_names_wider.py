"""Issue 10: names as they occur in text nobody tuned on (bench/names_dev.py measures it on
Faker names in 34 locales): capitals, particles, native Cyrillic and Greek script, inflected
Slavic/Baltic/Finnish forms, a lone given name next to health context; the Worker's names.js
finds the same; crafted input stays linear."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from meshroute.edge.export_privacy import export_gazetteer
from meshroute.privacy.gazetteer import GazetteerNames

NAMES_JS = Path(__file__).resolve().parents[2] / "src/meshroute/edge/templates/names.js"

NAMES = [
    # capitals carry no case information: the lower-case rules
    ("ATTN: ANNA KOWALSKA - REFUND PENDING", "ANNA KOWALSKA"),
    ("PATIENT JUAN PÉREZ ADMITTED", "JUAN PÉREZ"),
    ("ПАЦИЕНТ: ПИМЕН ГОРШКОВ", "ПИМЕН ГОРШКОВ"),
    # particles between the given name and the surname
    ("Please ask Liv van der Laan to sign", "Liv van der Laan"),
    ("Thales da Costa still owes the deposit", "Thales da Costa"),
    ("ticket from gael da rosa", "gael da rosa"),
    ("NAME: SARA VAN DER LAAN", "SARA VAN DER LAAN"),
    ("Please ask Maria De Luca to sign", "Maria De Luca"),
    # native script: the folded form finds the Latin entry ("Остап" -> "ostap")
    ("I spoke to Остап Соболев about it", "Остап Соболев"),
    ("Βαλέριος Δραζιώτης θα έρθει αύριο", "Βαλέριος Δραζιώτης"),
    ("ИПАТ ПЕТУХОВ ОПОЗДАЛ", "ИПАТ ПЕТУХОВ"),  # in capitals before a listed surname
    # surnames by their shape, nominative and inflected
    ("Rozmawiałem z Janem Kowalskim wczoraj", "Janem Kowalskim"),
    ("umowa Jana Brzęczyszczykiewicza", "Jana Brzęczyszczykiewicza"),
    ("Передайте Ирине Мангъфовой документы", "Ирине Мангъфовой"),
    ("Передайте документы Ивановой Анне", "Ивановой Анне"),  # surname first, inflected
    ("Soitin Mikko Virtasen kanssa", "Mikko Virtasen"),
    ("send it to Bērends Vītoliņš", "Bērends Vītoliņš"),
    # letters NFKD cannot take apart: the dotless i, "ø", "ł"
    ("Gülzadiye Fırat was diagnosed with asthma", "Gülzadiye Fırat"),  # noqa: RUF001
    ("hey can u ask mathias bøe to send the deck", "mathias bøe"),
    # a frequent given name, then a surname frequent in web text but no dictionary word
    ("hey can u ask eduardo gomes to send the deck", "eduardo gomes"),
    # the surname's entry without its apostrophe
    ("cc alex o'brien on the thread", "alex o'brien"),
    # romanised Asian names
    ("Please book a room for Nguyen Van An", "Nguyen Van An"),
    ("Zhang Wei still owes 4,200 EUR on the loan", "Zhang Wei"),
    # a lone given name first in its sentence, next to health context
    ("Agnieszka has been off sick with depression since May.", "Agnieszka"),
    ("Susan was diagnosed with cancer last month.", "Susan"),
    ("Thomas has been off sick with depression.", "Thomas"),  # a frequent surname too: a verb
]

NOT_NAMES = [
    "In June, patients with diabetes were screened.",  # a month, not a given name
    "Miranda rights must be read after an arrest.",  # a frequent surname alone
    "January was the month the hospital opened.",
    "Howard University opened a cancer centre.",  # a given name, not the subject
    "the ruling was prima facie evidence of a bona fide claim",  # Latin, not names
    "Calculate the occupancies of the Nα and Nβ levels.",  # noqa: RUF001 (Latin + Greek)
    "the state's statute and the man's modus operandi",  # possessives
    "THE NEW API IS LIVE FOR ALL USERS",  # capitals of ordinary words
    "Sign up for the music festival, chosen by the jury.",  # -ic, -sen: common words
    "rue de la paix is a street in monopoly",
    # other languages in lower case: their words are in no list ("señor", "pravda")
    "señor gracias, eran al quiero",
    "radość солнце, pravda van jejich, sourd avant",
    "один магазин и мера, με τον φίλο",
    "Haare Vater Leben Luft",  # German nouns, surnames too
]


@pytest.mark.parametrize("locale", ["ru_RU", "uk_UA", "el_GR", "pl_PL", "fr_FR", "es_ES"])
def test_other_languages_no_more_names_than_before(names: GazetteerNames, locale: str) -> None:
    """Faker's text in other languages: with no list of their ordinary words, the rules for
    lower case and other scripts must not take word pairs for names. The bound is what the
    rules before issue 10 flagged on these texts (26, 5, 3, 65, 46, 75 of 100)."""
    from faker import Faker

    before = {"ru_RU": 26, "uk_UA": 5, "el_GR": 3, "pl_PL": 65, "fr_FR": 46, "es_ES": 75}
    fake = Faker(locale)
    fake.seed_instance(3)
    texts = [fake.paragraph(nb_sentences=3) for _ in range(100)]
    assert sum(bool(names.find(text)) for text in texts) <= before[locale]


# The whole name is one span, so that redaction hides every part of it
WHOLE = [
    ("Please ask Aditya Kumar Sharma to sign", "Aditya Kumar Sharma"),
    ("Pani Agnieszka Nowak-Kowalska ma raka", "Agnieszka Nowak-Kowalska"),
    ("invoice for Abdul Rahman bin Ahmad, overdue", "Abdul Rahman bin Ahmad"),
    ("ATTN: ANNA MARIA KOWALSKA", "ANNA MARIA KOWALSKA"),
]
NOT_EXTENDED = [
    ("Anna Nowak Consulting Ltd", "Anna Nowak"),  # a dictionary word ends the name
    ("Please ask John Smith On Monday", "John Smith"),
]


@pytest.fixture(scope="module")
def names() -> GazetteerNames:
    return GazetteerNames.load()


def _spans(names: GazetteerNames, text: str) -> list[str]:
    return [text[start:end] for _, start, end, _ in names.find(text)]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_found(names: GazetteerNames, text: str, name: str) -> None:
    start = text.index(name)
    found = [(s, e) for _, s, e, _ in names.find(text)]
    assert any(s < start + len(name) and e > start for s, e in found), _spans(names, text)


@pytest.mark.parametrize(("text", "name"), WHOLE)
def test_whole_name_is_one_span(names: GazetteerNames, text: str, name: str) -> None:
    assert any(name in span for span in _spans(names, text)), _spans(names, text)


@pytest.mark.parametrize(("text", "name"), NOT_EXTENDED)
def test_name_ends_before_ordinary_words(names: GazetteerNames, text: str, name: str) -> None:
    assert _spans(names, text) == [name]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_ordinary_text_is_not_a_name(names: GazetteerNames, text: str) -> None:
    assert _spans(names, text) == []


def test_places_written_like_particle_names_are_not_names(names: GazetteerNames) -> None:
    # not in NOT_NAMES: names.js, which test_names_js_agrees_with_the_gateway holds to the same
    # texts, has not taken this rule yet (the Worker may flag more, never less)
    text = "I flew to Rio de Janeiro, then Costa da Caparica and Santiago de Chile."
    assert _spans(names, text) == []


KB = 1024
CRAFTED = {
    "particles-500k": "Anna van der de la " * 26 * KB,
    "capitals-500k": "ANNA KOWALSKA " * 36 * KB,
    "cyrillic-500k": "Остап Ивановой " * 34 * KB,
    "apostrophes-500k": "o'brien d'angelo " * 30 * KB,
    "one-word-500k": "a" * 500 * KB + "ski",
    "lone-names-health-500k": "Agnieszka has cancer. " * 23 * KB,
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_input_is_linear(names: GazetteerNames, name: str) -> None:
    started = time.perf_counter()
    names.find(CRAFTED[name])
    elapsed = time.perf_counter() - started
    assert elapsed < 10.0, f"{name}: {elapsed:.1f} s"  # seconds, not the minutes of a quadratic


def _dev_texts() -> list[str]:
    from faker import Faker

    texts = [text for text, _ in NAMES] + NOT_NAMES
    for locale in ("pl_PL", "ru_RU", "el_GR", "nl_NL", "tr_TR", "fi_FI", "lv_LV", "pt_BR"):
        fake = Faker(locale)
        fake.seed_instance(7)
        for _ in range(25):
            given, surname = fake.first_name(), fake.last_name()
            texts += [
                f"hey can u ask {given.lower()} {surname.lower()} to send the deck",
                f"ATTN: {given.upper()} {surname.upper()} - REFUND PENDING",
                f"{given} has been off sick with depression since May.",
                f"Please book a room for Dr. {given} {surname} on Thursday.",
            ]
        texts += [fake.paragraph(nb_sentences=3) for _ in range(10)]  # no names, mostly
    return texts


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed (.ci/run does)")
def test_names_js_agrees_with_the_gateway(names: GazetteerNames, tmp_path: Path) -> None:
    """names.js on the exported list finds a name in every text the gazetteer does (it may
    find more: public_names.py's function-word rule is the gateway's alone)."""
    (tmp_path / "names.mjs").write_text(NAMES_JS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "data.json").write_text(json.dumps(export_gazetteer()), encoding="utf-8")
    texts = _dev_texts()
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    script = (
        "const fs = await import('node:fs');"
        "const [dir] = process.argv.slice(1);"
        "const { NameFinder } = await import(dir + '/names.mjs');"
        "const finder = new NameFinder(JSON.parse(fs.readFileSync(dir + '/data.json', 'utf8')));"
        "const texts = JSON.parse(fs.readFileSync(dir + '/texts.json', 'utf8'));"
        "console.log(JSON.stringify(texts.map((t) => finder.hasName(t))));"
    )
    command = ["node", "--input-type=module", "-e", script, str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    worker = json.loads(result.stdout)
    python = [bool(names.find(text)) for text in texts]
    assert sum(python) > len(texts) // 2
    differ = [(t, p) for t, p, w in zip(texts, python, worker, strict=True) if p and not w]
    assert differ == []


def test_a_full_word_cache_starts_afresh_rather_than_freezing() -> None:
    names = GazetteerNames.load()
    # more distinct words than it keeps ("Qxbaaaa", "Qxbaaab", ...)
    junk = " ".join("Qx" + "".join("abcdefghij"[int(d)] for d in f"{n:06d}") for n in range(60_000))
    names.find(junk)
    names.find("Agnieszka Kowalczyk")
    assert "Kowalczyk" in names._cache  # a word seen after the junk is still cached
