"""The name gazetteer's rules and the street-address pattern's suffixes (data/names.txt.gz and
data/street_suffixes.txt, built by bench/build_name_gazetteer.py and build_street_suffixes.py):
what each rule is for, and the ordinary text it must leave alone."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.gazetteer import GazetteerNames

NAMES = [
    # names-dataset's given names and surnames: Yoruba, Polish, Turkish, in lower case too
    ("invoice for adeniyi babatunde, overdue", "adeniyi babatunde"),
    ("Please ask Wiktoria Szczepańska to sign", "Wiktoria Szczepańska"),
    ("cc: oğuzhan yıldırım", "oğuzhan yıldırım"),  # noqa: RUF001 (Turkish dotless i)
    # a given name no dictionary spells in lower case, then a frequent surname that is a word
    ("the ticket was opened by margaret price yesterday", "margaret price"),
    ("ship it to michael walker", "michael walker"),
    # two dictionary words capitalised: a name only near health, money or address context
    ("Mark Price owes three months of rent", "Mark Price"),
    # capitalised, frequent in web text but no English words
    ("Please schedule a call with Yuki Tanaka", "Yuki Tanaka"),
    # frequent given name and surname, both also words (and "john" a top-500 word)
    ("Contact John Smith about the refund", "John Smith"),
    # surname first, as lists and forms write it; an initial; a user name
    ("Kowalski, Jan - room 4", "Kowalski, Jan"),
    ("patient: NOWAK Anna, ward 3", "NOWAK Anna"),
    ("Attendees: Anna NOWAK", "Anna NOWAK"),
    ("signed by A. Nowak on Friday", "A. Nowak"),
    ("login failed for jan_kowalski", "jan_kowalski"),
    ('{"name": "Saverio_Omma"}', "Saverio_Omma"),  # the OpenAI name field allows no spaces
    ("assigned to saverio-omma", "saverio-omma"),
    ("assigned to SaverioOmma", "SaverioOmma"),
    # scripts other than Latin (names-dataset lists them)
    ("Иван Петров опоздал", "Иван Петров"),
]

NOT_NAMES = [
    "On Monday the office is closed.",  # a function word, then a capitalised word
    "In March we ship the new release.",
    "Is GB00 a valid prefix? Explain British IBANs.",  # "IBANs" is not a capitalised name
    "Barium sulfate is BaSO4 and manganese dioxide MnO2.",  # glued to a digit: a formula
    "The Memory Test and the Law School exam are both tomorrow.",  # dictionary words
    "denise ran to the shop and dylan likes it",  # given names, then verbs
    "venus shows phases; the london stock exchange opened",
    "carry a bag, rob a bank, file a claim",  # one-letter words are never a name's part
    "rue de la paix is a street in monopoly",  # "de", "la": particles, not given names
    "Offices in Lyon, France and Austin, Texas",  # a city, then a country or a state
    "C. Paris  D. Rome",  # a multiple-choice list: the initial's word is an ordinary word
    "import os.path and numpy.linalg",
    "JavaScript, PowerPoint, LinkedIn and a follow-up e-mail",  # one-word brands, compounds
]

KEYED = [
    ('{"customer_name": "omodunni ojo", "amount": 3}', "omodunni ojo"),
    ("Patient: nowak anna\nward 3", "nowak anna"),
    ("name=jan kowalski&age=3", "jan kowalski"),
    ("customer:\n  name: lucía pérez\n  age: 3", "lucía pérez"),
]

NOT_KEYED = [
    '{"name": "get_weather", "parameters": {}}',  # an identifier, not words
    "file name: my report.docx",  # does not end at a quote, comma or line end
    "tool name: search web\n",  # "name" inside a longer key written with spaces
]

STREETS = [
    ("I live at 12 Mill Run, Dayton", "12 Mill Run"),  # USPS suffixes beyond the common ones
    ("post it to 7 Hawthorn Knoll", "7 Hawthorn Knoll"),
    ("ship to 9 de Vries Drive please", "9 de Vries Drive"),  # a particle in the street's name
    ("she moved to 44 Mac an Iascaire Road", "44 Mac an Iascaire Road"),
    ("Meet me at 221 Baker Street", "221 Baker Street"),
    # the street word first (Slavic), after the name (Hungarian, Turkish), or a suffix (Nordic)
    ("ul. Marszałkowska 10/12, 00-590 Warszawa", "ul. Marszałkowska 10/12"),
    ("вул. Хрещатик, 22, Київ", "вул. Хрещатик, 22"),
    ("Váci utca 5, Budapest", "Váci utca 5"),
    ("Atatürk Caddesi No: 12, İstanbul", "Atatürk Caddesi No: 12"),
    ("Mannerheimintie 10, Helsinki", "Mannerheimintie 10"),
    ("Storgata 5, Oslo", "Storgata 5"),
]

NOT_STREETS = [
    "Here are 5 Key Points to remember.",  # plurals and generic nouns are not street types
    "We sailed the 3 Great Lakes and saw 4 Green Hills.",
    "The 1996 World Food Summit set targets.",
]


@pytest.fixture(scope="module")
def names() -> GazetteerNames:
    return GazetteerNames.load()


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_found(names: GazetteerNames, text: str, name: str) -> None:
    assert name in [text[start:end] for _, start, end, _ in names.find(text)]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_ordinary_words_are_not_names(names: GazetteerNames, text: str) -> None:
    assert [text[start:end] for _, start, end, _ in names.find(text)] == []


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_streets_found(detector: SensitivityDetector, text: str, street: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)]
    assert ("STREET_ADDRESS", street) in found, found


@pytest.mark.parametrize("text", NOT_STREETS)
def test_counted_things_are_not_streets(detector: SensitivityDetector, text: str) -> None:
    found = [e.type for e in detector.scan([text], deep=True)]
    assert "STREET_ADDRESS" not in found, found


@pytest.mark.parametrize(("text", "name"), KEYED)
def test_values_under_person_keys(detector: SensitivityDetector, text: str, name: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)]
    assert ("PERSON", name) in found, found


@pytest.mark.parametrize("text", NOT_KEYED)
def test_other_values_under_name_keys(detector: SensitivityDetector, text: str) -> None:
    assert detector.scan([text], deep=True) == ()
