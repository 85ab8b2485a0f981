"""Evaluation 8, part b (2): the generator section and the first hand-written rows.

Only check-digit numbers (cards, IBANs, national identifiers) and random secrets come from
code: python-stdnum computes the check digits, ``random.Random(276381)`` draws the rest, in a
fixed order, so every value is reproducible. Names, addresses, phones, dates of birth and
the prompts themselves are written by hand. Blind: composed without looking at the scanner,
its tests or any other evaluation set.
"""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban, luhn
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.verhoeff import calc_check_digit as verhoeff_check

SEED = 276381
RNG = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"

# --- generator section -------------------------------------------------------------------

IBAN_BBAN = {
    # country: pieces of the BBAN, "n" digits, "a" capitals, "c" capitals or digits
    "PL": [(24, "n")],
    "CZ": [(20, "n")],
    "SK": [(20, "n")],
    "HU": [(24, "n")],
    "SI": [(15, "n")],
    "HR": [(17, "n")],
    "RS": [(18, "n")],
    "BA": [(16, "n")],
    "ME": [(18, "n")],
    "BG": [(4, "a"), (6, "n"), (8, "c")],
    "MK": [(3, "n"), (10, "c"), (2, "n")],
    "LT": [(16, "n")],
    "LV": [(4, "a"), (13, "c")],
    "EE": [(16, "n")],
    "FI": [(14, "n")],
    "SE": [(20, "n")],
    "NO": [(11, "n")],
    "DK": [(14, "n")],
    "IS": [(22, "n")],
    "GR": [(7, "n"), (16, "c")],
    "TR": [(5, "n"), (1, "0"), (16, "c")],
    "AL": [(8, "n"), (16, "c")],
    "MT": [(4, "a"), (5, "n"), (18, "c")],
    "UA": [(6, "n"), (19, "c")],
}


def _draw(count: int, kind: str) -> str:
    pool = {"n": string.digits, "a": string.ascii_uppercase, "c": UPPER_NUM, "0": "0"}[kind]
    return "".join(RNG.choice(pool) for _ in range(count))


def make_iban(country: str, grouped: bool = True) -> str:
    """A valid IBAN of the country (national checks included), grouped by four or compact."""
    while True:
        bban = "".join(_draw(count, kind) for count, kind in IBAN_BBAN[country])
        if country == "BG":
            bban = "BNBG" + bban[4:]
        if country == "MT":
            bban = "VALL" + bban[4:]
        check = iban.calc_check_digits(country + "00" + bban)
        number = country + check + bban
        if iban.is_valid(number):
            return iban.format(number) if grouped else number


def make_card(prefix: str, length: int, sep: str = " ") -> str:
    body = prefix + "".join(RNG.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    if length == 15:
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i : i + 4] for i in range(0, length, 4)]
    return sep.join(parts)


def make_pesel(year: int, month: int, day: int, female: bool) -> str:
    offset = {18: 80, 19: 0, 20: 20}[year // 100]
    serial = f"{RNG.randrange(1000):03d}"
    sex = RNG.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{month + offset:02d}{day:02d}{serial}{sex}"
    number = body + pesel.calc_check_digit(body)
    assert pesel.is_valid(number)
    return number


def make_ssn() -> str:
    while True:
        area = RNG.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}-{RNG.randrange(1, 100):02d}-{RNG.randrange(1, 10000):04d}"


def make_nino() -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = RNG.choice(first_ok) + RNG.choice(second_ok)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = "".join(RNG.choice(string.digits) for _ in range(6))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {RNG.choice('ABCD')}"


def make_insee(female: bool, yy: int, mm: int, dept: str) -> str:
    body = f"{2 if female else 1}{yy:02d}{mm:02d}{dept}{RNG.randrange(1, 990):03d}{RNG.randrange(1, 999):03d}"
    number = body + nir.calc_check_digits(body)
    assert nir.is_valid(number)
    return f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"


def make_dni() -> str:
    body = f"{RNG.randrange(10_000_000, 99_999_999):08d}"
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = RNG.choice("XYZ") + f"{RNG.randrange(10**7):07d}"
    number = body + nie.calc_check_digit(body)
    assert nie.is_valid(number)
    return f"{number[0]}-{number[1:8]}-{number[8]}"


def make_bsn() -> str:
    while True:
        number = f"{RNG.randrange(10**8, 10**9):09d}"
        if bsn.is_valid(number):
            return number


def make_cf(surname: str, name: str, yy: int, month: str, day: int, place: str) -> str:
    body = f"{surname}{name}{yy:02d}{month}{day:02d}{place}"
    number = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(number)
    return number


def make_aadhaar() -> str:
    body = RNG.choice("23456789") + "".join(RNG.choice(string.digits) for _ in range(10))
    number = body + verhoeff_check(body)
    assert aadhaar.is_valid(number)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def rand(pool: str, count: int) -> str:
    return "".join(RNG.choice(pool) for _ in range(count))


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def make_jwt(claims: dict[str, object]) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = b64url(bytes(RNG.randrange(256) for _ in range(32)))
    return f"{header}.{payload}.{signature}"


def make_pem(label: str, lines: int) -> str:
    raw = bytes(RNG.randrange(256) for _ in range(48 * lines))
    body = base64.b64encode(raw).decode()
    wrapped = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {label}-----\n{wrapped}\n-----END {label}-----"


# Drawn once, in this order. Changing the order changes every value after it.
IB = {cc: make_iban(cc, grouped=RNG.random() < 0.6) for cc in IBAN_BBAN}
IB_PL2 = make_iban("PL", grouped=False)
IB_SE2 = make_iban("SE")
IB_HR2 = make_iban("HR", grouped=False)
VISA = [make_card("4", 16, sep) for sep in (" ", "", "-", " ")]
MC = [make_card(p, 16, sep) for p, sep in (("52", " "), ("5455", ""), ("2223", " "))]
AMEX = make_card("37", 15)
PESEL_A = make_pesel(1987, 3, 14, female=True)
PESEL_B = make_pesel(2003, 11, 2, female=False)
PESEL_C = make_pesel(1958, 7, 30, female=False)
SSN = [make_ssn() for _ in range(2)]
NINO = [make_nino() for _ in range(2)]
INSEE = make_insee(True, 91, 4, "75")
DNI = make_dni()
NIE = [make_nie() for _ in range(2)]
BSN = [make_bsn() for _ in range(2)]
CF_BG = make_cf("GRG", "TDR", 84, "E", 19, "Z104")  # Georgiev Todor, 19 May 1984, Bulgaria
CF_AL = make_cf("KRS", "RBR", 92, "L", 47, "Z100")  # Krasniqi Arbëra, 7 Jul 1992, Albania
AADHAAR = make_aadhaar()

GH_PAT = "ghp_" + rand(ALNUM, 36)
GH_FINE = "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59)
STRIPE_SK = "sk_live_" + rand(ALNUM, 24)
STRIPE_RK = "rk_live_" + rand(ALNUM, 24)
STRIPE_WH = "whsec_" + rand(ALNUM, 32)
SLACK_BOT = f"xoxb-{rand(string.digits, 11)}-{rand(string.digits, 13)}-{rand(ALNUM, 24)}"
SLACK_HOOK = f"https://hooks.slack.com/services/T{rand(UPPER_NUM, 8)}/B{rand(UPPER_NUM, 10)}/{rand(ALNUM, 24)}"
AWS_ID = "AKIA" + rand(UPPER_NUM, 16)
AWS_SECRET = rand(ALNUM + "+/", 40)
OPENAI = "sk-proj-" + rand(ALNUM + "-_", 48)
GOOGLE = "AIza" + rand(ALNUM + "-_", 35)
GITLAB = "glpat-" + rand(ALNUM + "-_", 20)
NPM = "npm_" + rand(ALNUM, 36)
SENDGRID = "SG." + rand(ALNUM + "-_", 22) + "." + rand(ALNUM + "-_", 43)
TELEGRAM = f"{RNG.randrange(10**9, 7 * 10**9)}:AA{rand(ALNUM + '-_', 33)}"
TWILIO_SID = "AC" + rand(HEX, 32)
TWILIO_TOKEN = rand(HEX, 32)
HF = "hf_" + rand(ALNUM, 34)
ANTHROPIC = "sk-ant-api03-" + rand(ALNUM + "-_", 93) + "AA"
JWT_A = make_jwt({"sub": "4471902", "role": "operator", "iat": 1718022400, "exp": 1718108800})
JWT_B = make_jwt({"uid": "e81c2", "scope": "orders:write", "exp": 1731456000})
BASIC = base64.b64encode(b"svc-import:" + rand(ALNUM, 18).encode()).decode()
DJANGO_KEY = rand(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50)
FLASK_KEY = rand(HEX, 64)
HMAC_KEY = base64.b64encode(bytes(RNG.randrange(256) for _ in range(32))).decode()
RSA_KEY = make_pem("RSA PRIVATE KEY", 8)
EC_KEY = make_pem("EC PRIVATE KEY", 3)
SSH_KEY = make_pem("OPENSSH PRIVATE KEY", 6)
PW = [rand(ALNUM + "!#%&*?@", n) for n in (14, 12, 18, 10, 16)]
DB_PW = [rand(ALNUM, 20) for _ in range(4)]


def r(text: str, *values: tuple[str, str], field: str = "content") -> dict[str, object]:
    """One row: the text, where it goes, and its sensitive values as written."""
    return {"text": text, "field": field, "values": [list(v) for v in values]}


def args(**kwargs: object) -> str:
    """Tool-call arguments as the model would send them."""
    return json.dumps(kwargs, ensure_ascii=False)


# --- hand-written rows -----------------------------------------------------------------

ROWS_B2: list[dict[str, object]] = [
    r(
        "hej, możesz mi pomóc napisać krótkie podziękowanie dla pani Wróblewskiej z księgowości? pomogła mi ogarnąć rozliczenie delegacji w piątek po godzinach, chcę żeby było ciepło ale nie przesłodzone",
        ("PERSON", "Wróblewskiej"),
    ),
    r(
        "Ahoj mami, do tý přihlášky na tábor potřebujou Vojtovo datum narození, je to 23.6.2014 nebo o den pozdějc? Já si to nikdy nepamatuju 🙈",
        ("PERSON", "Vojtovo"),
        ("DATE_OF_BIRTH", "23.6.2014"),
    ),
    r(
        f"""---------- Továbbított üzenet ----------
Feladó: <ildiko.toth.kovacsne@freemail.hu>
Dátum: 2024. márc. 12., K 9:41
Tárgy: Re: bérleti szerződés, kaució

Kedves Gábor!

A kauciót (két havi bérleti díj) a következő számlára kérném utalni: {IB["HU"]}
A kulcsokat a hónap első napján tudom átadni, előtte kérem jelezzen.

Üdvözlettel:
Kovácsné Tóth Ildikó
+36 30 418 2276
1134 Budapest, Dévai utca 19. III/9.

fordítsd le angolra, a kolléganőm nem beszél magyarul""",
        ("EMAIL_ADDRESS", "ildiko.toth.kovacsne@freemail.hu"),
        ("PERSON", "Gábor"),
        ("IBAN_CODE", IB["HU"]),
        ("PERSON", "Kovácsné Tóth Ildikó"),
        ("PHONE_NUMBER", "+36 30 418 2276"),
        ("STREET_ADDRESS", "1134 Budapest, Dévai utca 19. III/9."),
    ),
    r(
        "prosim te sprav mi z toho formalny email: zuzka hrnciarova od pondelka nebude chodit do prace lebo ma zlomenu nohu a je na PN do konca mesiaca, jej projekty preberie tomas",
        ("PERSON", "zuzka hrnciarova"),
        ("MEDICAL", "zlomenu nohu"),
        ("PERSON", "tomas"),
    ),
    r(
        f"DATABASE_URL=postgres://app_rw:{DB_PW[0]}@db-prod-2.internal.kovinar.si:5432/narocila\nREDIS_URL=redis://localhost:6379/0\nDEBUG=false\n\nzakaj mi django vrže 'connection refused' samo v produkciji?",
        (
            "CONNECTION_STRING",
            f"postgres://app_rw:{DB_PW[0]}@db-prod-2.internal.kovinar.si:5432/narocila",
        ),
    ),
    r(
        "ime;prezime;datum_rodjenja;grad\nIvana;Babić;1990-02-17;Split\nJosip;Matić;1986-10-03;Osijek\n\nmožeš ovo pretvoriti u JSON niz objekata?",
        ("PERSON", "Ivana"),
        ("PERSON", "Babić"),
        ("DATE_OF_BIRTH", "1990-02-17"),
        ("PERSON", "Josip"),
        ("PERSON", "Matić"),
        ("DATE_OF_BIRTH", "1986-10-03"),
    ),
    r(
        args(
            to="Милица Јовановић",
            channel="sms",
            phone="+381 64 2219 870",
            body="Поштовани, Ваш термин код стоматолога је померен на среду у 10 часова.",
        ),
        ("PERSON", "Милица Јовановић"),
        ("PHONE_NUMBER", "+381 64 2219 870"),
        field="tool_arguments",
    ),
    r(
        "Ispravi gramatiku molim te: Selma Mujkanović je rođena 4. aprila 1998. godine u Zenici, a od 2021 radi kao medicinska sestra u Sarajevu.",
        ("PERSON", "Selma Mujkanović"),
        ("DATE_OF_BIRTH", "4. aprila 1998"),
    ),
    r(
        "Здравейте, казвам се Цветелина Стоянова, клиент съм ви от 2019. Картата ми с номер "
        + VISA[0]
        + " беше таксувана два пъти за една и съща поръчка. Моля за възстановяване на сумата.",
        ("PERSON", "Цветелина Стоянова"),
        ("CREDIT_CARD", VISA[0]),
    ),
    r(
        "Ти си асистент за закажување термини во ординацијата на д-р Билјана Стојановска. Одговарај кратко и љубезно, на македонски. Итни случаи упатувај на 070 318 442.",
        ("PERSON", "Билјана Стојановска"),
        ("PHONE_NUMBER", "070 318 442"),
        field="system",
    ),
    r(
        "напиши пожалуйста вежливый ответ соседу Игорю Савельеву, он опять поставил машину на мою парковку у подъезда, но ругаться не хочу",
        ("PERSON", "Игорю Савельеву"),
    ),
    r(
        f"Доброго дня! Прошу перерахувати кошти за скасоване замовлення на рахунок {IB['UA']}, отримувач Ткачук Оксана Богданівна. Дякую",
        ("IBAN_CODE", IB["UA"]),
        ("PERSON", "Ткачук Оксана Богданівна"),
    ),
    r(
        "Алесь Карповіч, 12.09.1979 н., дыягназ: астма лёгкай ступені. перакладзі гэта на англійскую для страхоўкі, калі ласка",
        ("PERSON", "Алесь Карповіч"),
        ("DATE_OF_BIRTH", "12.09.1979"),
        ("MEDICAL", "астма лёгкай ступені"),
    ),
    r(
        "rūta.kazlauskiene",
        ("PERSON", "rūta.kazlauskiene"),
        field="user",
    ),
    r(
        "labas, parašyk sveikinimą Mindaugui Petrauskui 50-mečio proga, jis mūsų skyriaus vadovas, mėgsta žvejybą ir krepšinį",
        ("PERSON", "Mindaugui Petrauskui"),
    ),
    r(
        f"Sveiki! Rēķinu lūdzu apmaksāt uz kontu {IB['LV']} (saņēmējs SIA Ozolkalni). Jautājumu gadījumā zvaniet Ilzei Bērziņai, tālr. 26 114 907.",
        ("IBAN_CODE", IB["LV"]),
        ("PERSON", "Ilzei Bērziņai"),
        ("PHONE_NUMBER", "26 114 907"),
    ),
    r(
        "Tere! Kadri Tamm, sünd 3. veebruaril 1995, taotleb lapsehoolduspuhkust alates 1. juunist. Palun koosta selle põhjal ametlik avaldus tööandjale.",
        ("PERSON", "Kadri Tamm"),
        ("DATE_OF_BIRTH", "3. veebruaril 1995"),
    ),
    r(
        "moi, voitko muotoilla tän viestin vähän kohteliaammaksi: jussi heikkiselle tiedoksi että avain on postilaatikossa ja salasana wifiin on Mustikka#Piirakka77",
        ("PERSON", "jussi heikkiselle"),
        ("PASSWORD", "Mustikka#Piirakka77"),
    ),
    r(
        f"""2024-05-18T07:12:44.918Z ERROR payments.refund  failed for customer_id=88213 name="Karin Lindqvist" iban={IB["SE"]} reason=BANK_REJECTED
2024-05-18T07:12:44.920Z WARN  payments.retry   scheduling retry #2 in 300s
vad betyder BANK_REJECTED här, är det vårt fel eller bankens?""",
        ("PERSON", "Karin Lindqvist"),
        ("IBAN_CODE", IB["SE"]),
    ),
    r(
        "hei! kan du skrive en kort og hyggelig invitasjon til dåpen til lille Sigrid, hun ble født 14. januar 2024. foreldrene er Ingrid Haugland og Ole-Martin Bakken. festen blir på Bryne samfunnshus",
        ("PERSON", "Sigrid"),
        ("DATE_OF_BIRTH", "14. januar 2024"),
        ("PERSON", "Ingrid Haugland"),
        ("PERSON", "Ole-Martin Bakken"),
    ),
    r(
        "Mette Kjærgaard",
        ("PERSON", "Mette Kjærgaard"),
        field="name",
    ),
    r(
        "Góðan dag, ég heiti Guðrún Sigurðardóttir og bý á Lindargötu 42, 101 Reykjavík. Getur þú hjálpað mér að skrifa kvörtun til leigusalans míns vegna myglu í baðherberginu?",
        ("PERSON", "Guðrún Sigurðardóttir"),
        ("STREET_ADDRESS", "Lindargötu 42, 101 Reykjavík"),
    ),
    r(
        "Γεια σου, μπορείς να μου γράψεις ένα μήνυμα για τη γιαγιά μου την Ελένη Παπαδοπούλου; Έχει Αλτσχάιμερ και μένει σε γηροκομείο στη Θεσσαλονίκη, θέλω να ζητήσω από το προσωπικό να της διαβάζουν τα γράμματα μου",
        ("PERSON", "Ελένη Παπαδοπούλου"),
        ("MEDICAL", "Αλτσχάιμερ"),
    ),
    r(
        "Emre Çelik'e yarınki toplantının iptal olduğunu söyleyen kısa ve resmi bir mesaj yaz, numarası 0532 614 29 08, whatsapp'tan atacağım",
        ("PERSON", "Emre Çelik"),
        ("PHONE_NUMBER", "0532 614 29 08"),
    ),
    r(
        "pershendetje, me ndihmo te shkruaj nje kerkese per leje: Arbër Krasniqi, lindur me 08/11/1989, banues ne Rruga e Durrësit 114, Tiranë",
        ("PERSON", "Arbër Krasniqi"),
        ("DATE_OF_BIRTH", "08/11/1989"),
        ("STREET_ADDRESS", "Rruga e Durrësit 114, Tiranë"),
    ),
    r(
        "Bonġu, jien Rita Vella. It-tifel tiegħi, Luke, għandu allerġija għall-ġewż u l-iskola qed titlob ittra uffiċjali. Tista' tgħinni nikteb waħda bl-Ingliż?",
        ("PERSON", "Rita Vella"),
        ("PERSON", "Luke"),
        ("MEDICAL", "allerġija għall-ġewż"),
    ),
    r(
        f"PESEL: {PESEL_A}\nczy da się z samego numeru pesel wyczytać datę urodzenia? napisz funkcję w pythonie co to robi i sprawdź na tym",
        ("PL_PESEL", PESEL_A),
    ),
    r(
        f"export GITHUB_TOKEN={GH_PAT}\ngh release create v2.3.1 --notes-file CHANGELOG.md\n\nproč mi to hází HTTP 403 Resource not accessible by integration?",
        ("API_TOKEN", GH_PAT),
    ),
    r(
        f"Szia! A webshop fizetésnél ezt a kulcsot használom: {STRIPE_SK}, de a teszt módban is éles tranzakciók mennek át. Mit rontok el?",
        ("API_TOKEN", STRIPE_SK),
    ),
    r(
        "sastanak tima, 14.3.\nprisutni: Nina Kranjc, Luka Pavlin i ja\n- Matevž Potočnik na bolovanju do 25.3. (operacija kolena)\n- njegove izvještaje preuzima kolegica iz prodaje\n- sljedeći sastanak u utorak\n\nnapravi od ovog kratki zapisnik u tablici",
        ("PERSON", "Nina Kranjc"),
        ("PERSON", "Luka Pavlin"),
        ("PERSON", "Matevž Potočnik"),
        ("MEDICAL", "operacija kolena"),
    ),
]
