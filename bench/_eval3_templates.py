"""Sensitive templates for bench/make_privacy_eval3.py. A template returns parts: plain text, or
(entity type, value) for a labelled span. Written for this corpus alone, in the shapes requests
really take (mail, tickets, chat, CSV, JSON, logs, forms, notes, contracts); secrets are in
bench/_eval3_secrets.py, national IDs in bench/_eval3_ids.py.
"""

from __future__ import annotations

from collections.abc import Callable

import _eval3_ids as ids
import _eval3_secrets as sec
from _eval3_values import Values

Part = str | tuple[str, str]
Template = Callable[[Values], list[Part]]

P, PH, EM, AD, DOB = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH"
CC, IB, PW = "CREDIT_CARD", "IBAN_CODE", "PASSWORD"


def mail_cover(v: Values) -> list[Part]:
    me, cover = v.human(), v.human()
    return [
        "Hi team,\n\nI'm off from Thursday. ",
        (P, v.name(cover, "full")),
        " is covering the supplier calls — reach them on ",
        (PH, v.phone(cover.locale)),
        " or ",
        (EM, v.email(cover)),
        ".\n\nThanks,\n",
        (P, me.first),
    ]


def mail_intro(v: Values) -> list[Part]:
    a, b = v.human(), v.human()
    return [
        "Subject: quick intro\n\n",
        (P, a.first),
        ", meet ",
        (P, v.name(b, "full")),
        " — she ran payroll at her last place. Her direct line is ",
        (PH, v.phone(b.locale)),
        ".",
    ]


def mail_signature(v: Values) -> list[Part]:
    h = v.human()
    return [
        "Thanks, will revert by Friday.\n\n--\n",
        (P, v.name(h, "full")),
        "\nSenior Buyer\nM: ",
        (PH, v.phone(h.locale)),
        "\n",
        (EM, v.email(h)),
    ]


def ticket_contact(v: Values) -> list[Part]:
    h = v.human()
    return [
        f"Ticket #{v.digits(6)} | Priority: P2 | Channel: web\nRequester: ",
        (P, v.name(h)),
        "\nContact: ",
        (EM, v.email(h)),
        " / ",
        (PH, v.phone(h.locale)),
        "\nIssue: export to CSV times out after 30 s since the last update.",
    ]


def ticket_parcel(v: Values) -> list[Part]:
    h = v.human()
    return [
        f"[ZD-{v.digits(5)}] parcel never arrived, tracking stuck at 'in transit'. ship-to: ",
        (AD, v.address(h.locale)),
        " — customer ",
        (P, v.name(h, "lower")),
        " wants a refund",
    ]


def ticket_card(v: Values) -> list[Part]:
    return [
        f"Ticket {v.digits(7)}: customer says the charge failed twice on card ",
        (CC, v.card()),
        ". Please check whether the gateway blocked it.",
    ]


def chat_text_them(v: Values) -> list[Part]:
    h = v.human()
    return [
        "hey can u text ",
        (P, h.first.lower()),
        " at ",
        (PH, v.phone(h.locale)),
        " and say im running late",
    ]


def chat_iban(v: Values) -> list[Part]:
    h = v.human()
    return [
        "lol ",
        (P, v.name(h, "lower")),
        " just sent me their iban ",
        (IB, v.iban()),
        " is that the right format for sepa",
    ]


def chat_card(v: Values) -> list[Part]:
    mm, yy = v.rng.randint(1, 12), v.rng.randint(27, 31)
    return [
        "can i use ",
        (CC, v.card()),
        f" exp {mm:02d}/{yy} cvc {v.digits(3)} for the annual plan or does it have to be"
        " a company card",
    ]


def chat_wifi(v: Values) -> list[Part]:
    return ["wifi at the cabin is 'Fjellstua_5G' and the pw is ", (PW, v.password()), " btw"]


def chat_no_cue(v: Values) -> list[Part]:
    a, b = v.human(), v.human()
    return [
        (P, v.name(a, "lower")),
        " and ",
        (P, v.name(b, "lower")),
        " both said no to the offsite, should we still book the bus",
    ]


def chat_phone_bare(v: Values) -> list[Part]:
    h = v.human()
    return [(P, h.first), " ", (PH, v.phone(h.locale))]


def chat_dob(v: Values) -> list[Part]:
    h = v.human()
    return [(P, v.name(h, "full")), " was born ", (DOB, v.dob()), ", how old is she now?"]


def csv_people(v: Values) -> list[Part]:
    out: list[Part] = ["name,email,phone,plan\n"]
    for i in range(2):
        h = v.human()
        out += [
            (P, v.name(h, "full")),
            ",",
            (EM, v.email(h)),
            ",",
            (PH, v.phone(h.locale)),
            ",pro\n" if i == 0 else ",team",
        ]
    return out


def csv_headerless(v: Values) -> list[Part]:
    h = v.human()
    return [
        f"{v.digits(4)};",
        (P, v.name(h, "last-first")),
        ";",
        (DOB, v.dob()),
        ";",
        (IB, v.iban()),
        ";aktiv",
    ]


def json_customer(v: Values) -> list[Part]:
    h = v.human()
    return [
        '{"customer": {"name": "',
        (P, v.name(h, "full")),
        '", "email": "',
        (EM, v.email(h)),
        '", "dob": "',
        (DOB, v.dob()),
        '"}, "plan": "pro", "seats": 4}',
    ]


def json_payment(v: Values) -> list[Part]:
    h = v.human()
    return [
        '{"card": "',
        (CC, v.card()),
        '", "exp": "09/29", "holder": "',
        (P, h.full.upper()),
        '", "amount": 4999}',
    ]


def log_login(v: Values) -> list[Part]:
    return [
        f"2026-11-0{v.rng.randint(1, 9)}T09:14:{v.rng.randint(10, 59)}Z INFO auth.login ok user=",
        (EM, v.email(v.human())),
        " mfa=totp latency_ms=84",
    ]


def log_payment(v: Values) -> list[Part]:
    return [
        f"WARN  payment.retry attempt=3 order={v.digits(8)} card=",
        (CC, v.card().replace(" ", "")),
        " reason=do_not_honor",
    ]


def form_en(v: Values) -> list[Part]:
    h = v.human(v.locale(("en", "en-gb", "en-au")))
    return [
        "Full name: ",
        (P, v.name(h, "full")),
        "\nDate of birth: ",
        (DOB, v.dob()),
        "\nHome address: ",
        (AD, v.address(h.locale)),
        "\nMobile: ",
        (PH, v.phone(h.locale)),
        "\nPlease check the form above before I submit it.",
    ]


def form_de(v: Values) -> list[Part]:
    h = v.human(v.locale(("de", "de-at")))
    return [
        "Name: ",
        (P, v.name(h, "full")),
        "\nGeburtsdatum: ",
        (DOB, v.dob()),
        "\nAnschrift: ",
        (AD, v.address(h.locale)),
        "\nIBAN: ",
        (IB, v.iban()),
        "\nBitte auf Vollständigkeit prüfen.",
    ]


def medical_note(v: Values) -> list[Part]:
    h, kin = v.human(), v.human()
    return [
        "Pt ",
        (P, v.name(h, "full")),
        f", {v.rng.randint(24, 88)}yo, DOB ",
        (DOB, v.dob()),
        ". Presents with intermittent chest pain x3 days, worse on exertion. Allergies: "
        "penicillin. NOK: ",
        (P, v.name(kin, "full")),
        " ",
        (PH, v.phone(kin.locale)),
    ]


def medical_discharge(v: Values) -> list[Part]:
    h = v.human()
    return [
        "Discharge summary — ",
        (P, f"{h.last.upper()}, {h.first}"),
        f". MRN {v.digits(8)}.\n"
        "Dx: T2DM, newly started on metformin 500 mg BD. Follow-up with GP in 2/52.",
    ]


def hr_concern(v: Values) -> list[Part]:
    h = v.human()
    return [
        "Confidential — performance concern re ",
        (P, v.name(h, "full")),
        " (Payments team). Spoke on 3/11; ",
        (P, h.first),
        " mentioned burnout and a sick parent. Draft a kind reply?",
    ]


def hr_salary(v: Values) -> list[Part]:
    h = v.human()
    a = v.rng.randint(48, 90)
    return [
        "Salary change for ",
        (P, v.name(h, "full")),
        f": €{a},000 → €{a + 6},000 from 1 Jan. Paid into ",
        (IB, v.iban()),
        ".",
    ]


def contract_party(v: Values) -> list[Part]:
    h = v.human()
    return [
        "This Services Agreement is made between Northwind Logistics Ltd and ",
        (P, v.name(h, "full")),
        ", residing at ",
        (AD, v.address(h.locale)),
        ' (the "Contractor"). Tighten clause 4 please.',
    ]


def contract_lease(v: Values) -> list[Part]:
    a, b = v.human(), v.human()
    return [
        "Landlord: ",
        (P, v.name(a, "full")),
        "\nTenant: ",
        (P, v.name(b, "full")),
        "\nPremises: ",
        (AD, v.address(a.locale)),
        "\nDeposit of two months' rent paid to ",
        (IB, v.iban()),
    ]


def address_bare(v: Values) -> list[Part]:
    h = v.human()
    return [
        "drop the keys at ",
        (AD, v.address(h.locale, street_word=False)),
        ", ",
        (P, h.first.lower()),
        " will be in",
    ]


def address_ship(v: Values) -> list[Part]:
    return ["ship to ", (AD, v.address()), " please, not the office"]


def attendees(v: Values) -> list[Part]:
    out: list[Part] = ["attendees: "]
    for i in range(3):
        out += [(P, v.name(v.human(), "full"))] + (
            [", "] if i < 2 else ["\nagenda: Q1 hiring plan"]
        )
    return out


def lead_role(v: Values) -> list[Part]:
    return [
        "thoughts on ",
        (P, v.name(v.human())),
        " for the lead role? strong on delivery, weak on stakeholder stuff",
    ]


def iban_de(v: Values) -> list[Part]:
    h = v.human(v.locale(("de", "de-at")))
    return [
        "Bitte überweisen Sie den Betrag auf ",
        (IB, v.iban()),
        " (Kontoinhaber: ",
        (P, v.name(h, "full")),
        ").",
    ]


def git_author(v: Values) -> list[Part]:
    h = v.human()
    return [
        "commit 3f9c2a1\nAuthor: ",
        (P, v.name(h, "full")),
        " <",
        (EM, v.email(h)),
        ">\n\n    fix flaky retry test",
    ]


def ics_event(v: Values) -> list[Part]:
    h = v.human()
    return [
        "BEGIN:VEVENT\nSUMMARY:1:1\nORGANIZER;CN=",
        (P, v.name(h, "full")),
        ":mailto:",
        (EM, v.email(h)),
        "\nEND:VEVENT",
    ]


def sql_insert(v: Values) -> list[Part]:
    h = v.human()
    name = v.name(h, "full").replace("'", "''")
    return [
        "INSERT INTO customers (name, email, phone) VALUES ('",
        (P, name),
        "', '",
        (EM, v.email(h)),
        "', '",
        (PH, v.phone(h.locale)),
        "');",
    ]


def tr_contact(v: Values) -> list[Part]:
    h = v.human("tr")
    return [
        "kargo için ",
        (P, v.name(h, "full")),
        " aranacak: ",
        (PH, v.phone("tr")),
        ", adres: ",
        (AD, v.address("tr")),
    ]


def br_contact(v: Values) -> list[Part]:
    h = v.human("pt-br")
    return ["oi, me passa o zap da ", (P, h.first), "? acho que é ", (PH, v.phone("pt-br"))]


def uk_contact(v: Values) -> list[Part]:
    h = v.human("uk")
    return [
        "Передайте, будь ласка, ",
        (P, v.name(h, "full")),
        " — телефон ",
        (PH, v.phone("uk")),
        ", пошта ",
        (EM, v.email(h)),
    ]


# (template, rows) — 268 rows spread over content, system, tool arguments/description, metadata
SENSITIVE: tuple[tuple[Template, int], ...] = (
    (mail_cover, 6), (mail_intro, 5), (mail_signature, 5), (ticket_contact, 6), (ticket_parcel, 5),
    (ticket_card, 5), (chat_text_them, 6), (chat_iban, 5), (ids.chat_ssn, 4), (chat_card, 6),
    (chat_wifi, 3), (chat_no_cue, 6), (chat_phone_bare, 5), (chat_dob, 4), (csv_people, 4),
    (csv_headerless, 4), (json_customer, 5), (json_payment, 4), (log_login, 4), (log_payment, 4),
    (sec.log_db, 4), (form_en, 5), (form_de, 5), (ids.form_fr, 6), (ids.form_es, 6),
    (ids.es_nie, 6), (ids.pl_patient, 4), (ids.pl_bare, 3), (ids.it_holder, 6), (ids.nl_bsn, 6),
    (ids.uk_nino, 6), (ids.in_aadhaar, 6), (medical_note, 5), (medical_discharge, 4),
    (hr_concern, 4), (hr_salary, 4), (contract_party, 4), (contract_lease, 3), (sec.env_file, 4),
    (sec.curl_bearer, 3), (sec.curl_user, 3), (sec.http_basic, 3), (sec.http_jwt, 2),
    (sec.py_client, 3), (sec.git_remote, 2), (sec.aws_creds, 3), (sec.aws_export, 3),
    (sec.yaml_stripe, 3), (sec.slack_token, 2), (sec.docker_pw, 3), (sec.portal_pw, 3),
    (sec.jwt_secret, 3), (address_bare, 5), (address_ship, 5), (attendees, 4), (lead_role, 5),
    (iban_de, 4), (git_author, 3), (ics_event, 3), (sql_insert, 3), (ids.ssn_form, 4),
    (tr_contact, 3), (br_contact, 3), (uk_contact, 3),
)  # fmt: skip


def name_field(v: Values) -> list[Part]:
    """A message's `name`: how a client labels its human speaker."""
    h = v.human()
    style = v.rng.choice(("full", "lower", "snake", "dot"))
    if style == "snake":
        return [(P, f"{h.first}_{h.last}".lower().replace(" ", "_"))]
    if style == "dot":
        return [(P, f"{h.first}.{h.last}".lower().replace(" ", "."))]
    return [(P, v.name(h, style))]


def user_field(v: Values) -> list[Part]:
    """The `user` field: clients put whatever identifies their end user there."""
    h = v.human()
    kind = v.rng.randrange(4)
    if kind == 0:
        return [(EM, v.email(h))]
    if kind == 1:
        return [(P, v.name(h, "full")), " <", (EM, v.email(h)), ">"]
    if kind == 2:
        return [(PH, v.phone(h.locale))]
    return ["customer:", (P, v.name(h, "lower"))]
