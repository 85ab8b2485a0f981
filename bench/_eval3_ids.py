"""National-ID templates for bench/make_privacy_eval3.py: forms and notes in the language of
the country that issues the number (values from bench/_eval3_values.py, valid check digits).
"""

from __future__ import annotations

from _eval3_values import Values

Part = str | tuple[str, str]
P, AD = "PERSON", "STREET_ADDRESS"


def chat_ssn(v: Values) -> list[Part]:
    return ["my ssn is ", ("US_SSN", v.us_ssn()), " do i put it on the w-4 or not??"]


def form_fr(v: Values) -> list[Part]:
    h = v.human("fr")
    return [
        "Nom : ",
        (P, h.last.upper()),
        "   Prénom : ",
        (P, h.first),
        "\nN° de sécurité sociale : ",
        ("FR_INSEE", v.fr_nir()),
        "\nMutuelle : en attente",
    ]


def form_es(v: Values) -> list[Part]:
    h = v.human(v.locale(("es", "es-mx")))
    return [
        "Solicitante: ",
        (P, v.name(h, "full")),
        ", con DNI ",
        ("ES_DNI", v.es_dni()),
        ", domicilio en ",
        (AD, v.address("es")),
        ". Adjunto la solicitud de beca.",
    ]


def es_nie(v: Values) -> list[Part]:
    return [
        "NIE del trabajador ",
        ("ES_NIE", v.es_nie()),
        " — hay que darle de alta en la Seguridad Social antes del lunes",
    ]


def pl_patient(v: Values) -> list[Part]:
    h = v.human("pl")
    return [
        "Pacjent ",
        (P, v.name(h, "full")),
        ", PESEL ",
        ("PL_PESEL", v.pl_pesel()),
        ", skierowanie do poradni kardiologicznej.",
    ]


def pl_bare(v: Values) -> list[Part]:
    return [
        "popraw mi ten wniosek, pesel ",
        ("PL_PESEL", v.pl_pesel()),
        " i nie wiem co wpisać dalej",
    ]


def it_holder(v: Values) -> list[Part]:
    h = v.human("it")
    return [
        "Intestatario: ",
        (P, v.name(h, "full")),
        " — C.F. ",
        ("IT_FISCAL_CODE", v.it_fiscal_code(h)),
        "\nBollettino in scadenza il 16.",
    ]


def nl_bsn(v: Values) -> list[Part]:
    h = v.human("nl")
    return [
        "Het BSN ",
        ("NL_BSN", v.nl_bsn()),
        " van ",
        (P, v.name(h, "full")),
        " klopt niet in het systeem, kun je dat nakijken?",
    ]


def uk_nino(v: Values) -> list[Part]:
    return [
        "payroll still needs your NI number (",
        ("UK_NINO", v.uk_nino()),
        ") before the 25th or you go on emergency tax",
    ]


def in_aadhaar(v: Values) -> list[Part]:
    h = v.human()
    return [
        "Aadhaar ",
        ("IN_AADHAAR", v.in_aadhaar()),
        " is linked to the wrong mobile for ",
        (P, v.name(h, "full")),
        ", how do we update it?",
    ]


def ssn_form(v: Values) -> list[Part]:
    h = v.human("en")
    return [
        "Applicant: ",
        (P, v.name(h, "full")),
        "\nSSN: ",
        ("US_SSN", v.us_ssn()),
        "\nEmployer: Contoso",
    ]
