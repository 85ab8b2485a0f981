# ruff: noqa: E501
"""Evaluation 10, writer G: the values made by code for the rows of part G.

Only numbers with check digits (python-stdnum), card and account numbers, and random secrets are
made here, from ``random.Random(604117)``, always in the same order (appending at the end keeps
every earlier value). Everything else in part G (names, phones, dates, addresses, passwords that a
person would type) is written by hand in the row modules. Writer G's module; seed 604117.
Identifiers: US_SSN, UK_NINO, DE_TAX_ID, FR_INSEE, ES_DNI, ES_NIE, NL_BSN, PL_PESEL, IT_FISCAL_CODE, IN_AADHAAR, IN_PAN.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

_rng = random.Random(604117)
_B62 = string.ascii_letters + string.digits
_URLSAFE = _B62 + "-_"


def _digits(n: int) -> str:
    return "".join(_rng.choice(string.digits) for _ in range(n))


def _pick(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def _b64(nbytes: int) -> str:
    return base64.b64encode(bytes(_rng.randrange(256) for _ in range(nbytes))).decode()


def _us_ssn() -> str:
    while True:
        area = _rng.randint(1, 899)
        value = f"{area:03d}-{_rng.randint(1, 99):02d}-{_rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value


def _uk_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = _rng.choice(first) + _rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    body = _digits(6)
    return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {_rng.choice('ABCD')}"


def _de_idnr() -> str:
    while True:
        body = str(_rng.randint(1, 9)) + _digits(9)
        for check in string.digits:
            if idnr.is_valid(body + check):
                return idnr.format(body + check)


def _fr_nir(sex: str, yy: str, mm: str, dept: str, commune: str) -> str:
    head = sex + yy + mm + dept + commune + _digits(3)
    return nir.format(head + nir.calc_check_digits(head + "00"))


def _es_dni() -> str:
    body = _digits(8)
    return body + dni.calc_check_digit(body)


def _es_nie() -> str:
    body = _rng.choice("XYZ") + _digits(7)
    return body + nie.calc_check_digit(body)


def _nl_bsn() -> str:
    while True:
        value = str(_rng.randint(1, 9)) + _digits(8)
        if bsn.is_valid(value):
            return value


def _pl_pesel(yy: int, mm: int, dd: int, female: bool) -> str:
    serial = _digits(3) + str(_rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = f"{yy:02d}{mm:02d}{dd:02d}{serial}"
    return body + pesel.calc_check_digit(body)


def _it_cf(first15: str) -> str:
    return first15 + codicefiscale.calc_check_digit(first15)


def _aadhaar() -> str:
    while True:
        body = str(_rng.randint(2, 9)) + _digits(10)
        value = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(value):
            return f"{value[:4]} {value[4:8]} {value[8:]}"


def _pan(surname_initial: str) -> str:
    while True:
        value = (
            _pick(string.ascii_uppercase, 3)
            + "P"
            + surname_initial
            + f"{_rng.randint(1, 9999):04d}"
            + _rng.choice(string.ascii_uppercase)
        )
        if pan.is_valid(value):
            return value


def _iban(country: str, bban: str) -> str:
    check = iban.calc_check_digits(country + "00" + bban)
    value = country + check + bban
    assert iban.is_valid(value), value
    return value


def _iban_es() -> str:
    bank, branch, account = _pick("0123456789", 4), _digits(4), _digits(10)
    checks = ccc.calc_check_digits(bank + branch + "00" + account)
    return _iban("ES", bank + branch + checks + account)


def _iban_pt() -> str:
    body = _digits(19)
    key = 98 - (int(body) * 100) % 97
    return _iban("PT", body + f"{key:02d}")


def _iban_fr() -> str:
    bank, branch, account = _digits(5), _digits(5), _digits(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return _iban("FR", bank + branch + account + f"{key:02d}")


def _iban_it() -> str:
    rest = _digits(5) + _digits(5) + _digits(12)
    return _iban("IT", codicefiscale.calc_check_digit(rest) + rest)


def _iban_gb_ie(country: str, bank: str) -> str:
    return _iban(country, bank + _digits(6) + _digits(8))


def _iban_ch() -> str:
    return _iban("CH", _digits(5) + _digits(12))


def _spaced(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def _card(prefix: str, length: int) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _pem(kind: str, head: str, nbytes: int) -> str:
    body = head + _b64(nbytes)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def _jwt(payload: dict[str, object]) -> str:
    def enc(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = enc(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = enc(json.dumps(payload, separators=(",", ":")).encode())
    return f"{header}.{body}.{_pick(_URLSAFE, 43)}"


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


# national identifiers (order matters: never reorder, only append)
SSN_1, SSN_2, SSN_3 = _us_ssn(), _us_ssn(), _us_ssn()
NINO_1, NINO_2, NINO_3 = _uk_nino(), _uk_nino(), _uk_nino()
DE_ID_1, DE_ID_2 = _de_idnr(), _de_idnr()
INSEE_SN = _fr_nir("1", "86", "07", "99", "341")  # born in Senegal
INSEE_MA = _fr_nir("2", "92", "11", "99", "350")  # born in Morocco
INSEE_CH = _fr_nir("2", "79", "03", "74", "010")  # Haute-Savoie, works in Geneva
DNI_1, DNI_2, DNI_3 = _es_dni(), _es_dni(), _es_dni()
NIE_1, NIE_2, NIE_3 = _es_nie(), _es_nie(), _es_nie()
BSN_1, BSN_2 = _nl_bsn(), _nl_bsn()
PESEL_1 = _pl_pesel(91, 6, 17, female=True)
PESEL_2 = _pl_pesel(84, 11, 3, female=False)
CF_1 = _it_cf("CLMFRC91D52C933")  # Colombo Federica, 12/04/1991, Como
CF_2 = _it_cf("SPSGNR78S03F839")  # Esposito Gennaro, 03/11/1978, Napoli
CF_3 = _it_cf("FRRCHR95L61A944")  # Ferrari Chiara, 21/07/1995, Bologna
AADHAAR_1, AADHAAR_2, AADHAAR_3 = _aadhaar(), _aadhaar(), _aadhaar()
PAN_1 = _pan("S")
PAN_2 = _pan("I")

# bank accounts and cards
IBAN_GB = _spaced(_iban_gb_ie("GB", "NWBK"))
IBAN_IE = _iban_gb_ie("IE", "AIBK")
IBAN_ES_1 = _spaced(_iban_es())
IBAN_ES_2 = _iban_es()
IBAN_PT = _spaced(_iban_pt())
IBAN_CH = _spaced(_iban_ch())
IBAN_IT = _iban_it()
IBAN_FR = _spaced(_iban_fr())
_visa, _mc, _amex = _card("4", 16), _card("5" + str(_rng.randint(1, 5)), 16), _card("37", 15)
CARD_VISA = " ".join(_visa[i : i + 4] for i in range(0, 16, 4))
CARD_MC = "-".join(_mc[i : i + 4] for i in range(0, 16, 4))
CARD_AMEX = f"{_amex[:4]} {_amex[4:10]} {_amex[10:]}"
CARD_VISA_2 = _card("4", 16)
CARD_MC_2 = _card("5" + str(_rng.randint(1, 5)), 16)

# provider keys and tokens
OPENAI_KEY = "sk-proj-" + _pick(_URLSAFE, 64)
ANTHROPIC_KEY = "sk-ant-api03-" + _pick(_URLSAFE, 93) + "AA"
GITHUB_PAT = "ghp_" + _pick(_B62, 36)
AWS_ACCESS_KEY = "AKIA" + _pick(string.ascii_uppercase + "234567", 16)
AWS_SECRET_KEY = _pick(_B62 + "/+", 40)
SLACK_BOT = f"xoxb-{_digits(11)}-{_digits(13)}-{_pick(_B62, 24)}"
STRIPE_KEY = "sk_live_" + _pick(_B62, 24)
GOOGLE_KEY = "AIza" + _pick(_URLSAFE, 35)
HF_TOKEN = "hf_" + _pick(string.ascii_letters, 34)
GITLAB_PAT = "glpat-" + _pick(_URLSAFE, 20)
SENDGRID_KEY = f"SG.{_pick(_URLSAFE, 22)}.{_pick(_URLSAFE, 43)}"

# authorization headers
BEARER_JWT = _jwt(
    {"sub": _digits(8), "role": "admin", "iat": 1730000000 + _rng.randint(0, 9999999)}
)
BASIC_1 = _basic("facturacion", "Bogota.2023!")
BEARER_OPAQUE = _pick(_B62, 40)

# other secrets
FLASK_SECRET = _pick("0123456789abcdef", 64)
DJANGO_SECRET = "django-insecure-" + _pick(
    string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50
)
WEBHOOK_SECRET = "whsec_" + _pick(_B62, 32)
CLIENT_SECRET = _pick(_B62 + "~._-", 40)
JWT_SIGNING = _b64(48)
AES_KEY = _b64(32)
DB_PASS_1 = _pick(_B62, 20)
DB_PASS_2 = _pick(_B62 + "!#%", 18)
DB_PASS_3 = _pick(_B62, 24)
REDIS_PASS = _pick(_B62, 32)
TWILIO_TOKEN = _pick("0123456789abcdef", 32)

# private keys
SSH_KEY = _pem(
    "OPENSSH PRIVATE KEY",
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA",
    190,
)
RSA_KEY = _pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 330)
