"""Evaluation 5, part A (second file): the seeded generators and the English generated rows.

Numbers with check digits (cards, IBANs, national IDs) and random-looking secrets are generated
here with python-stdnum and a Luhn helper from `random.Random(913407)`, all in one fixed order
so the seed fixes every one of them; nothing is copied. The rows here (English) extend the ROWS
of `_eval5_part_a3.py`; `_eval5_part_a.py` imports these ROWS and the generated values.

Row: {"text": str, "field": str, "values": [[TYPE, value], ...]}; benign rows have no values.
"""

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

try:
    from bench._eval5_part_a3 import ROWS as _A3_ROWS
    from bench._eval5_part_a3 import _row
except ImportError:  # run with bench/ itself on sys.path
    from _eval5_part_a3 import ROWS as _A3_ROWS  # type: ignore[no-redef]
    from _eval5_part_a3 import _row  # type: ignore[no-redef]

_RNG = random.Random(913407)
_ALNUM = string.ascii_letters + string.digits


def _digits(n: int) -> str:
    return "".join(_RNG.choice(string.digits) for _ in range(n))


def _chars(n: int, alphabet: str = _ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, pos = [], 0
    for size in sizes:
        parts.append(number[pos : pos + size])
        pos += size
    return sep.join(parts)


def _card(prefix: str, length: int = 16) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _iban(country: str, bank: str, n_digits: int) -> str:
    """A valid IBAN: fixed bank part, random account digits; retried for national checks."""
    while True:
        bban = bank + _digits(n_digits)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def _ssn() -> str:
    while True:
        number = f"{_RNG.randint(1, 899):03d}-{_RNG.randint(1, 99):02d}-{_digits(4)}"
        if ssn.is_valid(number):
            return number


def _nino() -> str:
    # HMRC rules: no D, F, I, Q, U, V; O not second; some prefixes never issued.
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = _RNG.choice(first) + _RNG.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return prefix + _digits(6) + _RNG.choice("ABCD")


def _steuer_id() -> str:
    while True:
        body = str(_RNG.randint(1, 9)) + _digits(9)
        number = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(number):
            return number


def _insee(sex: str, yymm: str, dept: str) -> str:
    body = sex + yymm + dept + _digits(3) + _digits(3)
    return body + nir.calc_check_digits(body)


def _dni() -> str:
    body = _digits(8)
    return body + dni.calc_check_digit(body)


def _nie() -> str:
    body = _RNG.choice("XYZ") + _digits(7)
    return body + nie.calc_check_digit(body)


def _bsn() -> str:
    while True:
        number = str(_RNG.randint(1, 9)) + _digits(8)
        if bsn.is_valid(number):
            return number


def _pesel(yymmdd: str, female: bool) -> str:
    # The tenth digit is even for women and odd for men.
    body = yymmdd + _digits(3) + _RNG.choice("02468" if female else "13579")
    return body + pesel.calc_check_digit(body)


def _fiscal(first15: str) -> str:
    return first15 + codicefiscale.calc_check_digit(first15)


def _aadhaar() -> str:
    while True:
        body = str(_RNG.randint(2, 9)) + _digits(10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return _group(number, (4, 4, 4))


def _pan(surname_initial: str) -> str:
    number = (
        _chars(3, string.ascii_uppercase)
        + "P"
        + surname_initial
        + _digits(4)
        + _chars(1, string.ascii_uppercase)
    )
    assert pan.is_valid(number)
    return number


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(claims: dict) -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{_chars(43, _ALNUM + '-_')}"


def _pem(kind: str, opening: str, lines: int) -> str:
    body = opening + _chars(64 - len(opening), _ALNUM + "+/")
    rows = [body] + [_chars(64, _ALNUM + "+/") for _ in range(lines - 1)]
    rows.append(_chars(24, _ALNUM + "+/") + "==")
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


_AWS_ALPHABET = string.ascii_uppercase + "234567"

# Generated values, in a fixed order so the seed fixes every one of them.
_SSN1, _SSN2, _SSN3 = _ssn(), _ssn(), _ssn()
_NINO1 = _group(_nino(), (2, 2, 2, 2, 1))
_NINO2 = _nino()
_PESEL1, _PESEL2 = _pesel("910722", True), _pesel("880304", False)
_PAN1, _PAN2 = _pan("R"), _pan("K")
_AADHAAR1, _AADHAAR2 = _aadhaar(), _aadhaar()
_CARD1 = _group(_card("4"), (4, 4, 4, 4))
_CARD2 = _group(_card("5" + str(_RNG.randint(1, 5))), (4, 4, 4, 4))
_CARD4 = _group(_card("37", 15), (4, 6, 5))
_CARD5 = _group(_card("4"), (4, 4, 4, 4), "-")
_PASSPORT1 = _digits(9)
_PASSPORT2 = _chars(1, string.ascii_uppercase) + _digits(8)
_AWS_KEY1 = "AKIA" + _chars(16, _AWS_ALPHABET)
_AWS_SECRET1 = _chars(40, _ALNUM + "/+")
_AWS_KEY2 = "AKIA" + _chars(16, _AWS_ALPHABET)
_AWS_SECRET2 = _chars(40, _ALNUM + "/+")
_GITHUB_TOKEN = "ghp_" + _chars(36)
_OPENAI_KEY = "sk-proj-" + _chars(64, _ALNUM + "-_")
_SLACK_TOKEN = f"xoxb-{_digits(12)}-{_digits(13)}-{_chars(24)}"
_JWT = _jwt({"sub": "usr_" + _chars(10), "scope": "payroll:write", "exp": 1764633600})
_RSA_KEY = _pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 12)
_EC_KEY = _pem("EC PRIVATE KEY", "MHcCAQEEI", 2)
_DNI1, _DNI2, _DNI3 = _dni(), _dni(), _dni()
_NIE1, _NIE2 = _nie(), _nie()
_IBAN_ES1 = iban.format(_iban("ES", "2100", 16))
_IBAN_ES2 = _iban("ES", "0049", 16)
_IBAN_ES3 = iban.format(_iban("ES", "2038", 16))
_IBAN_PT1 = iban.format(_iban("PT", "0035", 17))
_IBAN_PT2 = _iban("PT", "0033", 17)
_STRIPE_KEY = "sk_live_" + _chars(24)
_STRIPE_WEBHOOK = "whsec_" + _chars(32)
_APP_PASSWORD = " ".join(_chars(4, string.ascii_lowercase) for _ in range(4))
_INSEE1 = _group(_insee("2", "8604", "75"), (1, 2, 2, 2, 3, 3, 2))
_INSEE2 = _insee("1", "9011", "33")
_INSEE3 = _group(_insee("2", "7702", "93"), (1, 2, 2, 2, 3, 3, 2))
_IBAN_FR1 = iban.format(_iban("FR", "30004", 18))
_IBAN_BE1 = iban.format(_iban("BE", "", 12))
_STEUER1 = _group(_steuer_id(), (2, 3, 3, 3))
_STEUER2 = _steuer_id()
_STEUER3 = _steuer_id()
_IBAN_DE1 = _iban("DE", "10070024", 10)
_IBAN_DE2 = iban.format(_iban("DE", "37040044", 10))
_IBAN_DE3 = iban.format(_iban("DE", "10050000", 10))
_FISCAL1 = _fiscal("BNCGLI87C54H501")
_FISCAL2 = _fiscal("CLMMRC75S02F205")
_FISCAL3 = _fiscal("SPSSVT60A21F839")
_IBAN_IT1 = iban.format(_iban("IT", "X0306909606", 12))
_CARD6 = _group(_card("4"), (4, 4, 4, 4))
_BASIC = "Basic " + base64.b64encode(b"amministrazione:Gatto_Nero$99").decode()
_BSN1, _BSN2, _BSN3 = _bsn(), _bsn(), _bsn()
_IBAN_NL1 = _iban("NL", "RABO", 10)
_MOLLIE_KEY = "live_" + _chars(30)
_IBAN_IE1 = iban.format(_iban("IE", "BOFI900017", 8))

_SENSITIVE: list[dict] = [
    # English
    _row(
        "content",
        "Help me fill in this note for HR onboarding, they want it in a table: name Marcus T. "
        f"Bell, SSN {_SSN1}, home 4410 W Grace St, Richmond, VA 23230, DOB 1989-02-28, "
        "start date Monday",
        ("PERSON", "Marcus T. Bell"),
        ("US_SSN", _SSN1),
        ("STREET_ADDRESS", "4410 W Grace St, Richmond, VA 23230"),
        ("DATE_OF_BIRTH", "1989-02-28"),
    ),
    _row(
        "content",
        "can you turn this into JSON, keys lowercase\n\n"
        "Name\tDOB\tSSN\tPhone\n"
        f"Alicia Gomez\t3/2/1990\t{_SSN2}\t(512) 448-2291\n"
        f"Derek Huang\t11/23/1985\t{_SSN3}\t(737) 210-5584\n",
        ("PERSON", "Alicia Gomez"),
        ("DATE_OF_BIRTH", "3/2/1990"),
        ("US_SSN", _SSN2),
        ("PHONE_NUMBER", "(512) 448-2291"),
        ("PERSON", "Derek Huang"),
        ("DATE_OF_BIRTH", "11/23/1985"),
        ("US_SSN", _SSN3),
        ("PHONE_NUMBER", "(737) 210-5584"),
    ),
    _row(
        "content",
        "Write a letter to HMRC for me. I'm Callum Fraser, National Insurance number "
        f"{_NINO1}. I think I was overcharged tax in 2023/24 because my new job put me on an "
        "emergency tax code for 5 months. Ask for a refund and a corrected P800.",
        ("PERSON", "Callum Fraser"),
        ("UK_NINO", _NINO1),
    ),
    _row(
        "tool_arguments",
        f'{{"employee": "Piotr Zieliński", "ni_number": "{_NINO2}", "pesel": "{_PESEL2}", '
        '"start_date": "2025-01-06", "salary": 38500, "site": "Leicester DC"}',
        ("PERSON", "Piotr Zieliński"),
        ("UK_NINO", _NINO2),
        ("PL_PESEL", _PESEL2),
    ),
    _row(
        "content",
        "sir pls check if my KYC details are correct before i submit, the app keeps rejecting. "
        f"Name: Venkata Subrahmanyam Reddy, PAN {_PAN1}, Aadhaar {_AADHAAR1}, mobile 98480 "
        "22317. is the name order the problem?",
        ("PERSON", "Venkata Subrahmanyam Reddy"),
        ("IN_PAN", _PAN1),
        ("IN_AADHAAR", _AADHAAR1),
        ("PHONE_NUMBER", "98480 22317"),
    ),
    _row(
        "system",
        "You are the loan assistant for QuickRupee. Applicant on this chat: Sneha Kulkarni, "
        f"PAN {_PAN2}, Aadhaar {_AADHAAR2}, DOB 14-08-1995, address 302 Shanti Niketan, Karve "
        "Road, Pune 411004. Explain EMI options for a 3 lakh personal loan; never reveal the "
        "internal credit score.",
        ("PERSON", "Sneha Kulkarni"),
        ("IN_PAN", _PAN2),
        ("IN_AADHAAR", _AADHAAR2),
        ("DATE_OF_BIRTH", "14-08-1995"),
        ("STREET_ADDRESS", "302 Shanti Niketan, Karve Road, Pune 411004"),
    ),
    _row(
        "metadata",
        f'kyc: {{"name": "Katarzyna Nowak", "pesel": "{_PESEL1}", "verified": true}}',
        ("PERSON", "Katarzyna Nowak"),
        ("PL_PESEL", _PESEL1),
    ),
    _row(
        "content",
        f"ok so the card number is {_CARD1} expiry oh nine twenty seven and the name on it is "
        "Michelle Tan Wei Ling please book the Sentosa package for two adults on the 20th",
        ("CREDIT_CARD", _CARD1),
        ("PERSON", "Michelle Tan Wei Ling"),
    ),
    _row(
        "tool_arguments",
        f'{{"passenger": {{"first_name": "Emeka", "last_name": "Okonkwo-Obi", "passport": '
        f'"{_PASSPORT1}", "nationality": "US", "dob": "1987-05-19"}}, "flight": "UA 124", '
        '"seat": "34C"}',
        ("PERSON", "Emeka"),
        ("PERSON", "Okonkwo-Obi"),
        ("US_PASSPORT", _PASSPORT1),
        ("DATE_OF_BIRTH", "1987-05-19"),
    ),
    _row(
        "content",
        f"renewing my passport online. old passport no. {_PASSPORT2}, issued 2016, name on it "
        "Jennifer L. O'Donnell but I got married since. my login.gov password is tiger7 btw "
        "if that matters. does the form want the book number or the card number?",
        ("US_PASSPORT", _PASSPORT2),
        ("PERSON", "Jennifer L. O'Donnell"),
        ("PASSWORD", "tiger7"),
    ),
    _row(
        "content",
        "why do i get SignatureDoesNotMatch with this\n\n"
        "import boto3\n\n"
        "s3 = boto3.client(\n"
        '    "s3",\n'
        f'    aws_access_key_id="{_AWS_KEY1}",\n'
        f'    aws_secret_access_key="{_AWS_SECRET1}",\n'
        '    region_name="ap-southeast-2",\n'
        ")\n"
        's3.upload_file("report.csv", "acme-reports-syd", "2024/11/report.csv")',
        ("AWS_ACCESS_KEY", _AWS_KEY1),
        ("SECRET", _AWS_SECRET1),
    ),
    _row(
        "content",
        "this is my ~/.aws/credentials, is the format right? the cli says it can't find the "
        "profile\n\n"
        "[default]\n"
        f"aws_access_key_id = {_AWS_KEY2}\n"
        f"aws_secret_access_key = {_AWS_SECRET2}\n"
        "region = eu-west-1",
        ("AWS_ACCESS_KEY", _AWS_KEY2),
        ("SECRET", _AWS_SECRET2),
    ),
    _row(
        "tool_description",
        "deploy_site(branch: str = 'main'): builds the static site and pushes it to "
        f"https://{_GITHUB_TOKEN}@github.com/kitchenware-dev/shop-site.git using the embedded "
        "token. Only call after the tests pass.",
        ("API_TOKEN", _GITHUB_TOKEN),
    ),
    _row(
        "content",
        "load_dotenv() isn't picking these up on Windows, print(os.getenv(...)) gives None\n\n"
        ".env:\n"
        f"OPENAI_API_KEY={_OPENAI_KEY}\n"
        "DATABASE_URL=mysql://root:kopi-susu-88@127.0.0.1:3306/crm\n"
        "DEBUG=1",
        ("API_TOKEN", _OPENAI_KEY),
        ("CONNECTION_STRING", "mysql://root:kopi-susu-88@127.0.0.1:3306/crm"),
    ),
    _row(
        "content",
        "this worked yesterday and now 403:\n\n"
        "curl -X POST https://api.payrollhq.io/v2/runs \\\n"
        f"  -H 'Authorization: Bearer {_JWT}' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        '  -d \'{"period": "2024-11"}\'\n\n'
        "did the scope change?",
        ("AUTH_HEADER", f"Authorization: Bearer {_JWT}"),
    ),
    _row(
        "tool_description",
        "post_to_slack(channel: str, text: str): posts a message as the ops bot. Auth: bot "
        f"token {_SLACK_TOKEN} (rotate every quarter). Never post to #general.",
        ("API_TOKEN", _SLACK_TOKEN),
    ),
    _row(
        "content",
        "github actions deploy fails with 'Load key: invalid format'. this is exactly what i "
        f"pasted into the DEPLOY_KEY secret:\n\n{_RSA_KEY}\n\nis the header wrong or do i need "
        "a newline at the end?",
        ("PRIVATE_KEY", _RSA_KEY),
    ),
    _row("user", "emp20931_lakshmi.iyer", ("PERSON", "lakshmi.iyer")),
    _row("name", "Nguyen_Minh_Chau", ("PERSON", "Nguyen_Minh_Chau")),
]

ROWS: list[dict] = _A3_ROWS + _SENSITIVE
