# ruff: noqa: RUF001  (multilingual prompts: Cyrillic/Greek letters and dashes are the point)
"""Evaluation 5, part B3: hand-written prompts (seed 266183), written blind.

Central/Eastern European, Baltic and Nordic languages plus their speakers' English, as users
of a chat API write them. Each row: text, the request field it sits in, and the labelled
private values (empty for benign rows). Check-digit numbers come from python-stdnum or a Luhn
helper fed by one seeded RNG, so none is copied from anywhere. Part B2 imports and extends ROWS.
"""

from __future__ import annotations

import base64
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.us import ssn

RNG = random.Random(266183)

_UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def _pick(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def _digits(n: int) -> str:
    return _pick(string.digits, n)


def card(prefix: str, length: int = 16, sep: str = " ") -> str:
    """A Luhn-valid card number, grouped as printed on the card."""
    body = prefix + _digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, start = [], 0
    for size in sizes:
        parts.append(number[start : start + size])
        start += size
    return sep.join(parts)


def make_iban(cc: str, pattern: str, spaced: bool = True) -> str:
    """IBAN whose BBAN follows pattern: n digit, a letter, c letter-or-digit, else literal."""
    kinds = {"n": string.digits, "a": _UPPER, "c": _UPPER + string.digits}
    while True:
        bban = "".join(RNG.choice(kinds[ch]) if ch in kinds else ch for ch in pattern)
        number = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number) if spaced else number


def pesel(year: int, month: int, day: int, female: bool) -> str:
    offset = {1800: 80, 1900: 0, 2000: 20}[year // 100 * 100]
    sex = RNG.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{month + offset:02d}{day:02d}{_digits(3)}{sex}"
    number = body + pl_pesel.calc_check_digit(body)
    assert pl_pesel.is_valid(number)
    return number


def us_ssn() -> str:
    while True:
        number = f"{RNG.randint(1, 899):03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"
        if ssn.is_valid(number):
            return number


def uk_nino(spaced: bool = True) -> str:
    first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = RNG.choice(first) + RNG.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = _digits(6)
    suffix = RNG.choice("ABCD")
    if spaced:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return prefix + digits + suffix


def de_idnr() -> str:
    while True:
        body = str(RNG.randint(1, 9)) + _digits(9)
        for check in string.digits:
            if idnr.is_valid(body + check):
                return body + check


def fr_insee(sex: int, yy: int, mm: int, dept: str, commune: str) -> str:
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune}{RNG.randint(1, 999):03d}"
    key = nir.calc_check_digits(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def es_dni() -> str:
    body = _digits(8)
    return body + dni.calc_check_digit(body)


def es_nie() -> str:
    body = RNG.choice("XYZ") + _digits(7)
    return body + nie.calc_check_digit(body)


def nl_bsn() -> str:
    while True:
        number = str(RNG.randint(1, 9)) + _digits(8)
        if bsn.is_valid(number):
            return number


def it_cf(first15: str) -> str:
    number = first15 + codicefiscale.calc_check_digit(first15)
    assert codicefiscale.is_valid(number)
    return number


def in_aadhaar() -> str:
    while True:
        body = str(RNG.randint(2, 9)) + _digits(10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return f"{number[:4]} {number[4:8]} {number[8:]}"


def in_pan(surname_initial: str) -> str:
    number = _pick(_UPPER, 3) + "P" + surname_initial + _digits(4) + _pick(_UPPER, 1)
    assert pan.is_valid(number)
    return number


def token(prefix: str, n: int, alphabet: str = ALNUM) -> str:
    return prefix + _pick(alphabet, n)


def aws_key_id() -> str:
    return "AKIA" + _pick(_UPPER + "234567", 16)


def pem_key(kind: str = "RSA PRIVATE KEY", lines: int = 5) -> str:
    raw = bytes(RNG.randrange(256) for _ in range(48 * lines))
    body = base64.b64encode(raw).decode()
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {kind}-----", *rows, f"-----END {kind}-----"])


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


# Values with check digits, drawn in a fixed order from RNG (part B draws after these).
_PESEL_AW = pesel(1987, 3, 14, female=True)
_IBAN_PL1 = make_iban("PL", "n" * 24)
_PESEL_ZM = pesel(1954, 9, 2, female=True)
_NINO_PZ = uk_nino()
_PESEL_JK = pesel(1991, 6, 30, female=False)
_PESEL_EL = pesel(1978, 12, 5, female=True)
_PESEL_RG = pesel(2001, 2, 17, female=False)
_IBAN_CZ = make_iban("CZ", "0800" + "n" * 16, spaced=False)
_IBAN_SK = make_iban("SK", "1100" + "n" * 16)
_CARD_SK = card("4", sep="")
_IBAN_HU = make_iban("HU", "n" * 24)
_NIE_IP = es_nie()
_CF_MD = it_cf("DMTMHI85E17Z129")

ROWS: list[dict[str, object]] = [
    # --- Polish ---
    row(
        "content",
        "napisz maila do pani agnieszki wróblewskiej że jej pesel "
        f"{_PESEL_AW} jest błędny w systemie i niech oddzwoni na 602 318 447 "
        "najlepiej do piątku dzięki",
        ("PERSON", "agnieszki wróblewskiej"),
        ("PL_PESEL", _PESEL_AW),
        ("PHONE_NUMBER", "602 318 447"),
    ),
    row(
        "content",
        "Zgłoszenie szkody komunikacyjnej nr SK/2024/118734\n"
        "Poszkodowany: Tomasz Jaworski, ur. 03.11.1979\n"
        "Adres: ul. Krasińskiego 14/7, 31-111 Kraków\n"
        "Opis: w dniu 12.10 na parkingu przy Galerii Kazimierz kierowca BMW cofając uderzył w tył "
        "mojego auta. Proszę o wypłatę odszkodowania na konto "
        f"{_IBAN_PL1}.\n\n"
        "Pomóż mi to przeredagować, żeby brzmiało bardziej oficjalnie.",
        ("PERSON", "Tomasz Jaworski"),
        ("DATE_OF_BIRTH", "03.11.1979"),
        ("STREET_ADDRESS", "ul. Krasińskiego 14/7, 31-111 Kraków"),
        ("IBAN_CODE", _IBAN_PL1),
    ),
    row(
        "tool_arguments",
        '{"pacjent": "Zofia Maj", "pesel": "'
        f"{_PESEL_ZM}"
        '", "rozpoznanie": "nadciśnienie tętnicze pierwotne", "poradnia": "POZ Bielany", '
        '"skierowanie_do": "kardiolog"}',
        ("PERSON", "Zofia Maj"),
        ("PL_PESEL", _PESEL_ZM),
        ("MEDICAL", "nadciśnienie tętnicze pierwotne"),
    ),
    row(
        "system",
        "Jesteś asystentem obsługi klienta firmy InterNetPol. Rozmawiasz z klientem: "
        "Marek Dudziński, e-mail marek.dudzinski@onet.pl, nr umowy 4471/2023. Jeśli poprosi o "
        "reset, jego obecne hasło do panelu to Kwiatuszek!2019 – nigdy nie podawaj go w "
        "odpowiedzi, tylko wyślij link resetujący.",
        ("PERSON", "Marek Dudziński"),
        ("EMAIL_ADDRESS", "marek.dudzinski@onet.pl"),
        ("PASSWORD", "Kwiatuszek!2019"),
    ),
    row(
        "content",
        "czemu mi to wywala przy starcie? lokalnie działa\n\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/faktury/app/db.py", line 41, in connect\n'
        "    engine = create_engine(DB_URL)\n"
        "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string "
        "'postgresql://faktury_app:Zaq1@wsx@db-prod.faktury.local:5432/faktury'",
        (
            "CONNECTION_STRING",
            "postgresql://faktury_app:Zaq1@wsx@db-prod.faktury.local:5432/faktury",
        ),
    ),
    row("name", "Katarzyna_Nowicka", ("PERSON", "Katarzyna_Nowicka")),
    row(
        "content",
        "sory ze tak pozno, haslo do wifi u babci: Bocian#Wisla77 a do routera login admin "
        "haslo r0uter!PL nie zmieniaj tam nic plz",
        ("PASSWORD", "Bocian#Wisla77"),
        ("PASSWORD", "r0uter!PL"),
    ),
    row(
        "content",
        "hi, i need help with my self assessment, HMRC says my details dont match. my name is "
        f"Paweł Zieliński, NI number {_NINO_PZ}, address 23 Elmwood Road, Slough SL1 3XY. "
        "what should i write to them? english is not my first language sorry",
        ("PERSON", "Paweł Zieliński"),
        ("UK_NINO", _NINO_PZ),
        ("STREET_ADDRESS", "23 Elmwood Road, Slough SL1 3XY"),
    ),
    row(
        "metadata",
        '{"crm_note": "oddzwonić - Bożena Kaczmarek, tel. +48 501 223 904, reklamacja pralki"}',
        ("PERSON", "Bożena Kaczmarek"),
        ("PHONE_NUMBER", "+48 501 223 904"),
    ),
    row(
        "content",
        "Zrób mi z tego tabelkę w markdown i policz sumę premii:\n"
        "Imię i nazwisko\tStanowisko\tPESEL\tPremia\n"
        f"Jan Kowalczyk\tmagazynier\t{_PESEL_JK}\t1200\n"
        f"Ewa Lis\tkierownik zmiany\t{_PESEL_EL}\t2500\n"
        f"Robert Grabowski\tkierowca\t{_PESEL_RG}\t900",
        ("PERSON", "Jan Kowalczyk"),
        ("PL_PESEL", _PESEL_JK),
        ("PERSON", "Ewa Lis"),
        ("PL_PESEL", _PESEL_EL),
        ("PERSON", "Robert Grabowski"),
        ("PL_PESEL", _PESEL_RG),
    ),
    # --- Czech ---
    row(
        "content",
        "Prosím přepiš do čistopisu:\n"
        "Žádanka o vyšetření – kardiologie\n"
        "Pacient: Jiří Novotný, nar. 12. 4. 1958\n"
        "Dg.: fibrilace síní, st.p. CMP 2019\n"
        "Tel.: 603 445 912\n"
        "Důvod: kontrola antikoagulační léčby",
        ("PERSON", "Jiří Novotný"),
        ("DATE_OF_BIRTH", "12. 4. 1958"),
        ("MEDICAL", "fibrilace síní"),
        ("MEDICAL", "st.p. CMP 2019"),
        ("PHONE_NUMBER", "603 445 912"),
    ),
    row(
        "content",
        "Napiš mi poutavý inzerát na Sreality: byt 3+1, 82 m², Vinohradská 1420/88, Praha 2, "
        "4. patro bez výtahu, cena 9 450 000 Kč. Majitelka paní Hana Procházková, volat jen "
        "odpoledne na 777 214 356.",
        ("STREET_ADDRESS", "Vinohradská 1420/88, Praha 2"),
        ("PERSON", "Hana Procházková"),
        ("PHONE_NUMBER", "777 214 356"),
    ),
    row(
        "tool_arguments",
        '{"recipient_name": "Lucie Dvořáková", "iban": "'
        f"{_IBAN_CZ}"
        '", "amount": 12500, "currency": "CZK", "message": "najem listopad"}',
        ("PERSON", "Lucie Dvořáková"),
        ("IBAN_CODE", _IBAN_CZ),
    ),
    row(
        "content",
        "Proč mi to padá na produkci? Na localu to jede.\n\n"
        "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user "
        "'eshop'@'10.0.0.12' (using password: YES) in /var/www/eshop/src/Db.php:27\n"
        "config.local.neon:\n"
        "  dsn: 'mysql:host=10.0.0.5;port=3306;dbname=eshop;user=eshop;password=Heslo.Eshop2023'",
        (
            "CONNECTION_STRING",
            "mysql:host=10.0.0.5;port=3306;dbname=eshop;user=eshop;password=Heslo.Eshop2023",
        ),
    ),
    row("user", "jana.kralova@seznam.cz", ("EMAIL_ADDRESS", "jana.kralova@seznam.cz")),
    # --- Slovak ---
    row(
        "content",
        "oprav mi to prosím gramaticky:\n"
        "Dobrý deň pani učiteľka, Tomáško Benko z 3.B zajtra nepríde do školy, od včera má "
        "angínu a vysoké horúčky. Úlohy si doplní. S pozdravom Zuzana Benková, 0905 331 842",
        ("PERSON", "Tomáško Benko"),
        ("MEDICAL", "angínu"),
        ("PERSON", "Zuzana Benková"),
        ("PHONE_NUMBER", "0905 331 842"),
    ),
    row(
        "system",
        "Si asistent zákazníckej linky energetickej spoločnosti. Aktuálny zákazník: Peter "
        "Horváth, odberné miesto Hlavná 27, 040 01 Košice, IBAN pre inkaso "
        f"{_IBAN_SK}. Odpovedaj po slovensky a stručne.",
        ("PERSON", "Peter Horváth"),
        ("STREET_ADDRESS", "Hlavná 27, 040 01 Košice"),
        ("IBAN_CODE", _IBAN_SK),
    ),
    row(
        "content",
        f"Majo posielam ti cislo karty {_CARD_SK} platnost 09/28, objednaj tie listky na "
        "Slovan a potom mi vrat peniaze ked budes moct",
        ("PERSON", "Majo"),
        ("CREDIT_CARD", _CARD_SK),
    ),
    row(
        "metadata",
        "zakaznik: Ing. Miroslava Kollárová, nar. 1975-02-19, segment VIP, preferuje e-mail",
        ("PERSON", "Miroslava Kollárová"),
        ("DATE_OF_BIRTH", "1975-02-19"),
    ),
    # --- Hungarian ---
    row(
        "content",
        "Tudnál segíteni egy udvarias válaszban erre a levélre? Ez volt alatta az aláírás:\n\n"
        "Üdvözlettel:\n"
        "Kovács Eszter\n"
        "pénzügyi referens\n"
        "Magyar Agrár Kft.\n"
        "Tel.: +36 30 412 7789\n"
        "E-mail: kovacs.eszter@magyaragrar.hu",
        ("PERSON", "Kovács Eszter"),
        ("PHONE_NUMBER", "+36 30 412 7789"),
        ("EMAIL_ADDRESS", "kovacs.eszter@magyaragrar.hu"),
    ),
    row(
        "tool_arguments",
        '{"title": "Éves teljesítményértékelés és fizetésemelés – Szabó Gáborral", '
        '"start": "2025-01-15T10:00", "end": "2025-01-15T11:00", "location": "3. emeleti '
        'tárgyaló", "description": ""}',
        ("PERSON", "Szabó Gáborral"),
    ),
    row(
        "tool_arguments",
        '{"nev": "Tóth Péterné", "szuletesi_datum": "1962. május 8.", '
        '"lakcim": "1051 Budapest, Petőfi u. 12. II/4.", "telefon": "06 20 318 5524"}',
        ("PERSON", "Tóth Péterné"),
        ("DATE_OF_BIRTH", "1962. május 8."),
        ("STREET_ADDRESS", "1051 Budapest, Petőfi u. 12. II/4."),
        ("PHONE_NUMBER", "06 20 318 5524"),
    ),
    row(
        "content",
        "írj egy levelet a bankomnak hogy elvesztettem a kártyámat a számlaszámom "
        f"{_IBAN_HU} a nevem nagy lászló és kérek egy új kártyát minél hamarabb",
        ("IBAN_CODE", _IBAN_HU),
        ("PERSON", "nagy lászló"),
    ),
    # --- Romanian ---
    row(
        "content",
        "Hello, I live in Valencia and need to fill the modelo 030 to change my address. My "
        f"details: Ionuț Popescu, NIE {_NIE_IP}, new address Calle de Cuba 37, pta 12, 46006 "
        "València. Can you tell me which boxes i have to fill?",
        ("PERSON", "Ionuț Popescu"),
        ("ES_NIE", _NIE_IP),
        ("STREET_ADDRESS", "Calle de Cuba 37, pta 12, 46006 València"),
    ),
    row(
        "content",
        "Bună, am primit confirmarea asta de la agenție și nu înțeleg dacă e inclus transferul:"
        "\n\nRezervare #RZ-558201\n"
        "Titular: Andreea Stănescu\n"
        "Data nașterii: 21/07/1991\n"
        "Telefon: 0744 318 902\n"
        "Email: andreea.stanescu91@yahoo.com\n"
        "Hotel: Iberostar Creta Marine, 7 nopți, all inclusive",
        ("PERSON", "Andreea Stănescu"),
        ("DATE_OF_BIRTH", "21/07/1991"),
        ("PHONE_NUMBER", "0744 318 902"),
        ("EMAIL_ADDRESS", "andreea.stanescu91@yahoo.com"),
    ),
    row(
        "content",
        "Salut, lucrez la Torino și contabilul îmi cere să verific datele pentru 730. Nume: "
        f"Mihai Dumitrescu, codice fiscale {_CF_MD}, născut la Iași pe 17 mai 1985. E corect "
        "codul, având în vedere că m-am născut în România?",
        ("PERSON", "Mihai Dumitrescu"),
        ("IT_FISCAL_CODE", _CF_MD),
        ("DATE_OF_BIRTH", "17 mai 1985"),
    ),
    row(
        "metadata",
        "client: Cristina Ionescu | tel 0722 514 903 | restanta 3 rate | nu suna dupa ora 18",
        ("PERSON", "Cristina Ionescu"),
        ("PHONE_NUMBER", "0722 514 903"),
    ),
    row("name", "Radu_Constantinescu", ("PERSON", "Radu_Constantinescu")),
    row(
        "tool_description",
        "Trimite facturi prin SMTP (smtp.firma-mea.ro:587). Autentificare: utilizator "
        "facturare, parola: #Factur1_2024 (nu o schimba). Folosește doar pentru clienți "
        "existenți.",
        ("PASSWORD", "#Factur1_2024"),
    ),
]
