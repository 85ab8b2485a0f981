# ruff: noqa: RUF001, E501
"""Evaluation 6, part b (hand-written blind): generator section and the first sensitive rows.

Seed 771503. Check-digit numbers (cards, IBANs, PESEL and the foreign IDs of emigrants) come
from python-stdnum with ``random.Random(771503)``; secrets and tokens are random strings in real
formats from the same generator. Everything else was typed by hand. Blind: composed without
looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import base64
import json
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 771503
R = random.Random(SEED)
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def _n(k: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(k))


def _s(k: int, alphabet: str = ALNUM) -> str:
    return "".join(R.choice(alphabet) for _ in range(k))


def _iban(cc: str, bban_spec: str, bank: str = "", spaced: bool = True) -> str:
    """An IBAN of country cc; bban_spec is a run of n (digit), c (digit) characters after bank."""
    while True:
        bban = bank + "".join(R.choice(string.digits) for _ in bban_spec)
        number = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number) if spaced else number


def _card(prefix: str, length: int, sep: str = " ") -> str:
    body = prefix + _n(length - len(prefix) - 1)
    digits = body + luhn.calc_check_digit(body)
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    return sep.join(groups)


def _pesel(yy: int, mm: int, dd: int, century2000: bool = False) -> str:
    while True:
        body = f"{yy:02d}{mm + (20 if century2000 else 0):02d}{dd:02d}{_n(4)}"
        number = body + pesel.calc_check_digit(body)
        if pesel.is_valid(number):
            return number


def _bsn() -> str:
    while True:
        number = R.choice("123456789") + _n(8)
        if bsn.is_valid(number):
            return number


def _nie() -> str:
    body = R.choice("XYZ") + _n(7)
    return body + nie.calc_check_digit(body)


def _dni() -> str:
    body = _n(8)
    return body + dni.calc_check_digit(body)


def _cf(fifteen_without_serial: str) -> str:
    body = fifteen_without_serial
    return body + codicefiscale.calc_check_digit(body)


def _nir(prefix: str) -> str:
    body = prefix + _n(13 - len(prefix))
    return nir.format(body + nir.calc_check_digits(body))


def _ssn() -> str:
    while True:
        number = f"{R.randint(101, 665):03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if ssn.is_valid(number):
            return number


def _aadhaar() -> str:
    while True:
        body = R.choice("23456789") + _n(10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return aadhaar.format(number)


def _nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = R.choice(first) + R.choice(second)
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = _n(6)
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {R.choice('ABCD')}"


def _b64(raw: dict[str, object]) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(raw, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def _jwt(payload: dict[str, object]) -> str:
    return f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64(payload)}.{_s(43, B64URL)}"


def _pem(kind: str, lines: int) -> str:
    body = "\n".join(_s(64, ALNUM + "+/") for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n{_s(24, ALNUM + '+/')}==\n-----END {kind}-----"


V: dict[str, str] = {
    "iban_pl": _iban("PL", "n" * 24),
    "iban_cz": _iban("CZ", "n" * 20),
    "iban_sk": _iban("SK", "n" * 20, spaced=False),
    "iban_si": _iban("SI", "n" * 15),
    "iban_hr": _iban("HR", "n" * 17, spaced=False),
    "iban_rs": _iban("RS", "n" * 18),
    "iban_ba": _iban("BA", "n" * 16),
    "iban_hu": _iban("HU", "n" * 24),
    "iban_ro": _iban("RO", "n" * 16, bank="BTRL"),
    "iban_bg": _iban("BG", "n" * 14, bank="UNCR"),
    "iban_lt": _iban("LT", "n" * 16, spaced=False),
    "iban_lv": _iban("LV", "n" * 13, bank="HABA"),
    "iban_ee": _iban("EE", "n" * 16),
    "iban_fi": _iban("FI", "n" * 14),
    "iban_se": _iban("SE", "n" * 20),
    "iban_no": _iban("NO", "n" * 11, spaced=False),
    "iban_dk": _iban("DK", "n" * 14),
    "iban_is": _iban("IS", "n" * 22),
    "iban_gr": _iban("GR", "n" * 23),
    "iban_tr": _iban("TR", "n" * 22),
    "iban_al": _iban("AL", "n" * 24),
    "iban_ua": _iban("UA", "n" * 25),
    "visa1": _card("4", 16),
    "visa2": _card("4", 16, sep=""),
    "visa3": _card("4", 16, sep="-"),
    "mc1": _card("52", 16),
    "mc2": _card("2221", 16, sep=""),
    "mc3": _card("55", 16),
    "amex": _card("37", 15),
    "maestro": _card("6759", 16),
    "pesel1": _pesel(88, 11, 23),
    "pesel2": _pesel(3, 4, 9, century2000=True),
    "pesel3": _pesel(61, 2, 14),
    "pesel4": _pesel(95, 7, 30),
    "pesel5": _pesel(12, 9, 1, century2000=True),
    "bsn": _bsn(),
    "nie1": _nie(),
    "nie2": _nie(),
    "dni": _dni(),
    "cf": _cf("PPSNDR84E12Z129"),
    "insee": _nir("2870399122"),
    "ssn": _ssn(),
    "aadhaar": _aadhaar(),
    "nino1": _nino(),
    "nino2": _nino(),
    "gh": "ghp_" + _s(36),
    "gh2": "github_pat_11" + _s(20, string.ascii_uppercase + string.digits) + "_" + _s(59),
    "stripe": "sk_live_" + _s(24),
    "stripe_rk": "rk_live_" + _s(24),
    "slack": f"xoxb-{_n(12)}-{_n(13)}-{_s(24)}",
    "slack_hook": f"https://hooks.slack.com/services/T{_s(8, string.ascii_uppercase + string.digits)}/B{_s(10, string.ascii_uppercase + string.digits)}/{_s(24)}",
    "aws_id": "AKIA" + _s(16, string.ascii_uppercase + "234567"),
    "aws_secret": _s(40, ALNUM + "/+"),
    "openai": "sk-proj-" + _s(48, B64URL),
    "google": "AIza" + _s(35, B64URL),
    "sendgrid": f"SG.{_s(22, B64URL)}.{_s(43, B64URL)}",
    "gitlab": "glpat-" + _s(20, B64URL),
    "npm": "npm_" + _s(36),
    "hf": "hf_" + _s(34, string.ascii_letters),
    "tg": f"{_n(10)}:AA{_s(33, B64URL)}",
    "twilio": "SK" + _s(32, "0123456789abcdef"),
    "mailgun": "key-" + _s(32, "0123456789abcdef"),
    "jwt1": _jwt({"sub": _n(6), "role": "admin", "exp": 1767225600}),
    "jwt2": _jwt({"uid": _s(10), "iat": 1764547200}),
    "basic": base64.b64encode(f"integracja:{_s(14)}".encode()).decode(),
    "pem_rsa": _pem("RSA PRIVATE KEY", 4),
    "pem_ssh": _pem("OPENSSH PRIVATE KEY", 3),
    "pem_ec": _pem("EC PRIVATE KEY", 2),
    "pw1": _s(16, ALNUM + "!#%&*?"),
    "pw2": _s(12, ALNUM + "@$!"),
    "pw3": _s(20, ALNUM),
    "hex32": _s(32, "0123456789abcdef"),
    "hex64": _s(64, "0123456789abcdef"),
    "dbpw1": _s(18, ALNUM),
    "dbpw2": _s(14, ALNUM + "-_"),
    "dbpw3": _s(22, ALNUM),
    "dbpw4": _s(16, ALNUM),
}


def _r(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


def _j(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


C = "content"

# Polish, Czech, Slovak, Slovenian, Croatian, Serbian (Latin and Cyrillic), Bosnian.
ROWS_B2: list[dict[str, object]] = [
    _r(
        C,
        f"hej możesz mi to przerobić na normalnego maila bo brzmi jak wyrzut: pani basiu przelew za pazdziernik poszedl na {V['iban_pl']} prosze potwierdzic bo ksiegowa marudzi",
        ("PERSON", "basiu"),
        ("IBAN_CODE", V["iban_pl"]),
    ),
    _r(
        "tool_arguments",
        _j(
            {
                "pracownik": "Grzegorz Wąsowicz",
                "pesel": V["pesel1"],
                "rodzaj": "L4",
                "od": "2024-11-04",
                "do": "2024-11-15",
            }
        ),
        ("PERSON", "Grzegorz Wąsowicz"),
        ("PL_PESEL", V["pesel1"]),
    ),
    _r(
        C,
        "napisz do sąsiadki pani Haliny Kołodziejczyk że paczka z allegro leży u mnie i może ją odebrać po dziewiętnastej kropka dzięki",
        ("PERSON", "Haliny Kołodziejczyk"),
    ),
    _r(
        C,
        "Szanowni Państwo,\nuprzejmie informuję, że Oliwier Dąbrowski (kl. 3b) ma od października potwierdzoną celiakię i prosimy o dietę bezglutenową na stołówce. Zaświadczenie doniosę w piątek.\nZ poważaniem, mama",
        ("PERSON", "Oliwier Dąbrowski"),
        ("MEDICAL", "celiakię"),
    ),
    _r(
        C,
        f"Zgłoszenie szkody nr 55/2024\nPoszkodowana: Wiktoria Szewczyk-Lis, PESEL {V['pesel2']}\nData zdarzenia: 02.02.2024, parking przy Galerii Bałtyckiej\nOpis: otarcie lewych drzwi, sprawca odjechał",
        ("PERSON", "Wiktoria Szewczyk-Lis"),
        ("PL_PESEL", V["pesel2"]),
    ),
    _r(
        "metadata",
        f"assurée: Joanna Pawlak-Mercier | n° sécu: {V['insee']} | mutuelle: oui",
        ("PERSON", "Joanna Pawlak-Mercier"),
        ("FR_INSEE", V["insee"]),
    ),
    _r(
        C,
        f"przetłumacz na angielski do agencji w Londynie: Nazywam się Bogdan Zieliński, mój numer NIN to {V['nino1']}, proszę o przesłanie P60 za rok 2023",
        ("PERSON", "Bogdan Zieliński"),
        ("UK_NINO", V["nino1"]),
    ),
    _r(
        C,
        "Ahoj, tady Vašek Procházka, číslo na mě je 737 214 508, cinkni až budeš u brány, pustím tě",
        ("PERSON", "Vašek Procházka"),
        ("PHONE_NUMBER", "737 214 508"),
    ),
    _r(
        C,
        f"proč mi to nejede? .env vypadá takhle:\n\nFIO_TOKEN={V['hex64']}\nDATABASE_URL=postgresql://eshop:{V['dbpw1']}@db.int.kosikcz.local:5432/eshop\nDEBUG=0\n\na django píše ImproperlyConfigured",
        ("SECRET", V["hex64"]),
        ("CONNECTION_STRING", f"postgresql://eshop:{V['dbpw1']}@db.int.kosikcz.local:5432/eshop"),
    ),
    _r(
        C,
        "Pacientka Nguyen Thi Lan, nar. 14. 6. 1979, přichází pro exacerbaci astmatu po viróze, SpO2 93 %. Navýšen Symbicort, kontrola za 5 dní.",
        ("PERSON", "Nguyen Thi Lan"),
        ("DATE_OF_BIRTH", "14. 6. 1979"),
        ("MEDICAL", "exacerbaci astmatu"),
    ),
    _r("name", "Zdeňka Horáčková", ("PERSON", "Zdeňka Horáčková")),
    _r(
        C,
        f"Platba nájmu – prosinec\nPříjemce: SVJ Jiráskova 418\nÚčet: {V['iban_cz']}\nVS: 1207\nZpráva: byt č. 12, Štěpán Kratochvíl",
        ("STREET_ADDRESS", "Jiráskova 418"),
        ("IBAN_CODE", V["iban_cz"]),
        ("PERSON", "Štěpán Kratochvíl"),
    ),
    _r(
        C,
        "Prenajmem 2-izbový byt po rekonštrukcii, Kopčianska 24, Bratislava-Petržalka, 650 € + energie, voľný od januára. Volajte 0905 318 442 po 17:00, nie RK!",
        ("STREET_ADDRESS", "Kopčianska 24, Bratislava-Petržalka"),
        ("PHONE_NUMBER", "0905 318 442"),
    ),
    _r(
        C,
        f"dobry den, platil som kartou {V['visa1']} v e-shope a strhlo mi to dvakrat 89,90 €, mozete to prosim preverit",
        ("CREDIT_CARD", V["visa1"]),
    ),
    _r(
        "metadata",
        "zamestnanec=Ľubomír Krajčovič; stav=PN od 3.11.; dovod=zlomenina predlaktia; navrat=neurcene",
        ("PERSON", "Ľubomír Krajčovič"),
        ("MEDICAL", "zlomenina predlaktia"),
    ),
    _r(
        C,
        f"Pomôž mi napísať žiadosť o prídavok na dieťa v Holandsku. Som Marek Hudák, BSN {V['bsn']}, pracujem v Tilburgu od marca.",
        ("PERSON", "Marek Hudák"),
        ("NL_BSN", V["bsn"]),
    ),
    _r(
        C,
        "kako naj napišem opravičilo za šolo, moj sin žiga kos je bil tri dni doma z angino, razredničarka hoče pisno",
        ("PERSON", "žiga kos"),
        ("MEDICAL", "angino"),
    ),
    _r(
        C,
        f"---------- Posredovano sporočilo ---------\nOd: Mojca Zupančič <mojca.zupancic@siol.net>\nZadeva: kavcija\n\nPozdravljeni, kavcijo 900 EUR nakažite na {V['iban_si']}.\n\nLp\n041 552 903",
        ("PERSON", "Mojca Zupančič"),
        ("EMAIL_ADDRESS", "mojca.zupancic@siol.net"),
        ("IBAN_CODE", V["iban_si"]),
        ("PHONE_NUMBER", "041 552 903"),
    ),
    _r("user", "tadej.mlakar88@gmail.com", ("EMAIL_ADDRESS", "tadej.mlakar88@gmail.com")),
    _r(
        C,
        "PRIJAVNICA – rekreativni tek 10 km\nIme in priimek: Nika Potočnik\nRojena: 23. 8. 1994\nNaslov: Celovška cesta 112, 1000 Ljubljana\nVelikost majice: S",
        ("PERSON", "Nika Potočnik"),
        ("DATE_OF_BIRTH", "23. 8. 1994"),
        ("STREET_ADDRESS", "Celovška cesta 112, 1000 Ljubljana"),
    ),
    _r(
        C,
        "[14.03.24, 19:02] Ivana Babić: šifra od wifija u apartmanu je Jadran#2024more, ključ je ispod saksije\n[14.03.24, 19:05] Vi: super, hvala puno!",
        ("PERSON", "Ivana Babić"),
        ("PASSWORD", "Jadran#2024more"),
    ),
    _r(
        C,
        f'mail:\n  smtp:\n    host: mail.ribarnica-split.hr\n    port: 587\n    user: narudzbe@ribarnica-split.hr\n    password: "{V["pw1"]}"\n    tls: true',
        ("EMAIL_ADDRESS", "narudzbe@ribarnica-split.hr"),
        ("PASSWORD", V["pw1"]),
    ),
    _r(
        C,
        f"uplati mi pola za apartman na {V['iban_hr']}, u opis stavi 'Vir kolovoz' i to je to",
        ("IBAN_CODE", V["iban_hr"]),
    ),
    _r(
        "tool_arguments",
        _j(
            {
                "ime": "Tomislav",
                "prezime": "Jurić",
                "datum_rodjenja": "1981-02-17",
                "klub": "HNK Rijeka veterani",
            }
        ),
        ("PERSON", "Tomislav"),
        ("PERSON", "Jurić"),
        ("DATE_OF_BIRTH", "1981-02-17"),
    ),
    _r(
        C,
        'Traceback (most recent call last):\n  File "app/users.py", line 88, in register\n    db.session.commit()\npsycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(milica.jovanovic@eunet.rs) already exists.',
        ("EMAIL_ADDRESS", "milica.jovanovic@eunet.rs"),
    ),
    _r(
        C,
        "Zapisnik sa sastanka tima, 12.11.\nPrisutni: Dragan Petrović, Jelena Stanković\nOdsutan: Nemanja Ilić (bolovanje do kraja meseca, posle operacije kolena)\n1. Rok za isporuku pomeren na 20.12.\n2. Njegove zadatke preuzima QA.",
        ("PERSON", "Dragan Petrović"),
        ("PERSON", "Jelena Stanković"),
        ("PERSON", "Nemanja Ilić"),
        ("MEDICAL", "operacije kolena"),
    ),
    _r(
        C,
        f"brate posalji mi opet onaj broj kartice za netflix, {V['mc1']} ili sta vec, istice 09/27 cvv 412 jel tako",
        ("CREDIT_CARD", V["mc1"]),
    ),
    _r(
        "metadata",
        "kontakt: +381 64 2281937 (tata), preuzima dete iz vrtića utorkom",
        ("PHONE_NUMBER", "+381 64 2281937"),
    ),
    _r(
        C,
        "Поштовани,\nмолим вас да ми потврду о уплати пошаљете на адресу Булевар ослобођења 46, 21000 Нови Сад.\nСрдачно,\nБранислава Илић",
        ("STREET_ADDRESS", "Булевар ослобођења 46, 21000 Нови Сад"),
        ("PERSON", "Бранислава Илић"),
    ),
    _r(
        "system",
        "Ти си љубазан асистент ординације опште праксе. Пацијент са којим разговараш је Милош Радовановић, рођен 03.09.1966, има дијабетес типа 2 и пије метформин. Не дај савете о дозама.",
        ("PERSON", "Милош Радовановић"),
        ("DATE_OF_BIRTH", "03.09.1966"),
        ("MEDICAL", "дијабетес типа 2"),
    ),
    _r(
        C,
        f"ПРЕДРАЧУН бр. 44/24\nКупац: Столарија Јанковић доо\nЗа уплату: 38.400,00 РСД\nРачун (IBAN): {V['iban_rs']}\nРок плаћања: 8 дана",
        ("IBAN_CODE", V["iban_rs"]),
    ),
    _r("name", "Јована Ђорђевић", ("PERSON", "Јована Ђорђевић")),
    _r(
        C,
        "trebam pomoć da napišem žalbu osiguranju, auto mi je udaren dok je bio parkiran ispred kuće u Kranjčevićevoj 33 na Marijin Dvoru, a oni kažu da nema dokaza",
        ("STREET_ADDRESS", "Kranjčevićevoj 33"),
    ),
    _r(
        C,
        "ime_prezime;telefon;grupa\nAmra Hadžić;061 234 567;početnici\nEmir Mujić;062 887 120;napredni\nLejla Čaušević;066 310 045;početnici",
        ("PERSON", "Amra Hadžić"),
        ("PHONE_NUMBER", "061 234 567"),
        ("PERSON", "Emir Mujić"),
        ("PHONE_NUMBER", "062 887 120"),
        ("PERSON", "Lejla Čaušević"),
        ("PHONE_NUMBER", "066 310 045"),
    ),
    _r(
        "tool_arguments",
        _j({"racun": V["iban_ba"], "iznos": "250.00 KM", "svrha": "članarina sekcija"}),
        ("IBAN_CODE", V["iban_ba"]),
    ),
    _r(
        C,
        "Nalaz i mišljenje: Senad Kovačević, 54 god., dolazi radi kontrole. Hipertenzija slabo regulisana, TA 165/100. Korigovana terapija.",
        ("PERSON", "Senad Kovačević"),
        ("MEDICAL", "Hipertenzija slabo regulisana"),
    ),
]
