"""Personal-data recognizers beyond Presidio's predefined set: dates of birth, street addresses,
people named with a cue ("my name is", "Dear", "Dr."), health information tied to a person, and
spaCy NER for names and places (deep scan only).

Presidio has no date-of-birth, street-address or health recognizer for English, so these are our
own ``PatternRecognizer`` instances. ``regex`` (Presidio's engine) supports variable-length
look-behind, which keeps the cue out of the reported span.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from meshroute.routing.sensitivity import Rule

if TYPE_CHECKING:
    from meshroute.routing.sensitivity import RawHit

CASE_SENSITIVE = regex.DOTALL | regex.MULTILINE

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|"
    r"oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
)
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!\d)"
)
_DOB_CUES = (
    r"born|date\s+of\s+birth|birth\s*date|birthdate|birthday|dob|d\.o\.b\.?|geboren|"
    r"geburtsdatum|née?|date\s+de\s+naissance|fecha\s+de\s+nacimiento|nacid[oa]|"
    r"data\s+di\s+nascita|nat[oa]"
)
DOB_TRIGGERS = (
    "born",
    "birth",
    "dob",
    "d.o.b",
    "geboren",
    "geburt",
    "né",
    "naissance",
    "nacimiento",
    "nacid",
    "nascita",
    "nato",
    "nata",
)


def build_dob_recognizer() -> PatternRecognizer:
    # A date is only a date of birth next to a birth cue: ISO dates of deadlines and releases
    # must not count.
    return PatternRecognizer(
        supported_entity="DATE_OF_BIRTH",
        name="DateOfBirthRecognizer",
        patterns=[
            Pattern(
                "date after birth cue",
                rf"(?i)(?<=\b(?:{_DOB_CUES})\b\s*(?:(?:is|was|on|am|le|el|il|:|=|-)\s*){{0,2}})"
                + _DATE,
                0.85,
            )
        ],
        global_regex_flags=CASE_SENSITIVE,
    )


_NAME = r"\p{Lu}[\p{L}'\u2019\-]+"  # \u2019: typographic apostrophe (O\u2019Brien)
_STREET_EN = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Row|Gardens|"
    r"Mews|Hill|Walk|Grove"
)
_ADDRESS_PATTERNS = (
    (
        "number street suffix",
        rf"\b\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+(?:{_NAME}\s+){{1,4}}(?:{_STREET_EN})\b\.?"
        r"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*#?\w+)?",
    ),
    (
        "germanic street number",
        r"\b\p{Lu}[\p{L}\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|straat|laan|"
        r"gracht|plein|gatan|vägen|gade|vej)\s+\d{1,4}(?:\s?[a-zA-Z](?!\p{L}))?(?!\d)",
    ),
    (
        "romance number street",
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|place|chemin|allée|impasse|"
        rf"quai|cours)\s+(?:(?i:de|du|des|de la|d'|l')\s*)?{_NAME}(?:\s+{_NAME}){{0,3}}",
    ),
    (
        "romance street number",
        r"\b(?:Calle|C/|Avenida|Avda\.|Av\.|Paseo|Plaza|Via|Viale|Piazza|Corso|Rua|Travessa)\s+"
        rf"(?:(?:de|del|de la|della|dei|do|da|dos)\s+)?{_NAME}(?:\s+{_NAME}){{0,3}},?\s*"
        r"(?:n[º°o.]\s*)?\d{1,4}\b",
    ),
)
ADDRESS_TRIGGERS = (
    " st",
    "street",
    "avenue",
    " ave",
    "road",
    " rd",
    "boulevard",
    "blvd",
    "lane",
    " ln",
    "drive",
    " dr",
    "court",
    " ct",
    " way",
    "place",
    "terrace",
    "close",
    "crescent",
    "square",
    "parkway",
    "highway",
    "circle",
    "trail",
    " row",
    "gardens",
    "mews",
    " hill",
    " walk",
    "grove",
    "str",
    "weg",
    "gasse",
    "platz",
    "allee",
    "damm",
    "laan",
    "gracht",
    "plein",
    "gatan",
    "vägen",
    "gade",
    "vej",
    "rue ",
    "chemin",
    "allée",
    "impasse",
    "quai",
    "cours",
    "calle",
    "c/",
    "avenida",
    "av.",
    "paseo",
    "plaza",
    "via ",
    "viale",
    "piazza",
    "corso",
    "rua ",
    "travessa",
)


def build_address_recognizer() -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity="STREET_ADDRESS",
        name="StreetAddressRecognizer",
        patterns=[Pattern(name, rx, 0.7) for name, rx in _ADDRESS_PATTERNS],
        global_regex_flags=CASE_SENSITIVE,
    )


_PERSON_CUES = (
    r"[Mm]y name is|[Mm]y name's|[Nn]ame:|[Ff]ull name:|[Dd]ear|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|"
    r"Prof\.?|Herr|Frau|Monsieur|Madame|Mme\.?|Señor|Señora|Sr\.|Sra\.|Signor|Signora|"
    r"[Pp]atient|[Cc]lient|[Ee]mployee|[Cc]olleague|[Ff]riend|[Ww]ife|[Hh]usband|[Ss]on|"
    r"[Dd]aughter|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Bb]oss|[Tt]enant|[Nn]eighbou?r|"
    r"[Ii]ch heiße|[Jj]e m'appelle|[Jj]e m\u2019appelle|[Mm]e llamo|[Mm]i chiamo|[Mm]eu nome é|"
    r"[Mm]ijn naam is|Меня зовут|[Ss]igned|[Rr]egards,|[Ss]incerely,|[Cc]heers,|[Tt]hanks,"
)
_NOT_NAMES = frozenset(
    {
        "Sir",
        "Madam",
        "Team",
        "All",
        "Customer",
        "Customers",
        "User",
        "Users",
        "Hiring",
        "Manager",
        "Colleagues",
        "Friends",
        "Everyone",
        "Valued",
        "Members",
        "Students",
        "Parents",
        "Reader",
        "Candidate",
        "Applicant",
        "Support",
        "The",
        "A",
        "An",
        "I",
        "We",
        "Who",
        "What",
        "How",
        "Please",
        "Seuss",
        "Sirs",
        "Committee",
        "Editor",
        "Admissions",
        "Recruiter",
    }
)
PERSON_TRIGGERS = (
    "name",
    "dear",
    "mr",
    "ms",
    "miss",
    "dr",
    "prof",
    "herr",
    "frau",
    "monsieur",
    "madame",
    "mme",
    "señor",
    "sr",
    "signor",
    "patient",
    "client",
    "employee",
    "colleague",
    "friend",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "boss",
    "tenant",
    "neighb",
    "heiße",
    "appelle",
    "llamo",
    "chiamo",
    "nome",
    "naam",
    "зовут",
    "我叫",
    "名字",
    "名前",
    "signed",
    "regards",
    "sincerely",
    "cheers",
    "thanks",
)


_PARTICLES = "van|von|de|da|del|der|di|le|la|bin|al|ibn|ben"


class _CuedPersonRecognizer(PatternRecognizer):
    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.split()[0] in _NOT_NAMES


def build_person_recognizer() -> PatternRecognizer:
    return _CuedPersonRecognizer(
        supported_entity="PERSON",
        name="CuedPersonRecognizer",
        patterns=[
            Pattern(
                "name after cue",
                rf"(?<=(?<!\w)(?:{_PERSON_CUES})\s+){_NAME}"
                rf"(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)?{_NAME}){{0,3}}",
                0.7,
            ),
            Pattern(
                "cjk name after cue",
                r"(?<=我叫|我的名字是|私の名前は)[\p{Han}\p{Katakana}]{2,6}",
                0.7,
            ),
        ],
        global_regex_flags=CASE_SENSITIVE,
    )


_HEALTH_TERMS = (
    r"diagnos(?:ed|is)|hiv|aids|cancer|tumou?r|chemo(?:therapy)?|diabet(?:es|ic)|depression|"
    r"depressed|anxiety|bipolar|schizophreni[ac]|adhd|autis(?:m|tic)|pregnan(?:t|cy)|miscarriage|"
    r"abortion|std|sti|hepatitis|epilep(?:sy|tic)|asthma|dementia|alzheimer'?s|parkinson'?s|"
    r"prescribed|prescription|medication|antidepressants?|insulin|therapist|psychiatrist|rehab|"
    r"addiction|alcoholi(?:c|sm)|overdose|surgery|hypertension|cholesterol|allerg(?:y|ic)|"
    r"disabilit(?:y|ies)|biopsy|mri|covid|stroke|heart attack|seizures?|migraines?|ptsd|"
    r"ocd|eating disorder|anorexia|bulimia|infertility|ivf|\d+\s?mg|diabète|enceinte|krebs|"
    r"schwanger|embarazada|cáncer|depresión|tumeur|dépression|sida"
)
_PERSONAL_REFERENCE = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'd|i am|my|me|mine|myself|he|she|his|her|him|son|daughter|wife|"
    r"husband|mother|father|mum|mom|dad|brother|sister|friend|colleague|boss|grandma|grandpa|"
    r"grandmother|grandfather|baby|je|j'ai|mon|ma|mes|ich|mein|meine|yo|mi|tengo|estoy)(?!\w)"
)
HEALTH_TRIGGERS = (
    "diagnos",
    "hiv",
    "aids",
    "cancer",
    "tumo",
    "chemo",
    "diabet",
    "depress",
    "anxiety",
    "bipolar",
    "schizo",
    "adhd",
    "autis",
    "pregnan",
    "miscarr",
    "abortion",
    "std",
    "sti",
    "hepatitis",
    "epilep",
    "asthma",
    "dementia",
    "alzheimer",
    "parkinson",
    "prescri",
    "medication",
    "insulin",
    "therap",
    "psychiatr",
    "rehab",
    "addict",
    "alcohol",
    "overdose",
    "surgery",
    "hypert",
    "cholesterol",
    "allerg",
    "disabilit",
    "biopsy",
    "mri",
    "covid",
    "stroke",
    "heart attack",
    "seizure",
    "migraine",
    "ptsd",
    "ocd",
    "eating disorder",
    "anorexia",
    "bulimia",
    "infertil",
    "ivf",
    "mg",
    "diabète",
    "enceinte",
    "krebs",
    "schwanger",
    "embarazada",
    "cáncer",
    "depresión",
    "tumeur",
    "sida",
)


def _health_score(text: str, hit: RawHit) -> float:
    """Health terms count only in a sentence about a particular person ("my", "she", ...):
    "what is diabetes?" is a medical question, "my father has diabetes" is health data."""
    start, end = hit[1], hit[2]
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    hi = min(stops) if stops else len(text)
    return 0.7 if _PERSONAL_REFERENCE.search(text[lo:hi].lower()) else 0.2


def person_rules() -> list[Rule]:
    health = PatternRecognizer(
        supported_entity="MEDICAL",
        name="PersonalHealthRecognizer",
        patterns=[Pattern("health term", rf"(?i)\b(?:{_HEALTH_TERMS})\b", 0.2)],
        global_regex_flags=CASE_SENSITIVE,
    )
    return [
        Rule(
            build_person_recognizer(),
            literals=PERSON_TRIGGERS,
            lower=True,
            deep_only=True,
            around_literals=(4, 80),
            entities=["PERSON"],
        ),
        Rule(
            health,
            literals=HEALTH_TRIGGERS,
            lower=True,
            scorer=_health_score,
            deep_only=True,
            around_literals=(8, 24),
            entities=["MEDICAL"],
        ),
    ]
