# ruff: noqa: E501, RUF001
"""Blind privacy evaluation 4, part B (second file): the generated identifiers and secrets,
the 60 benign rows and part of the sensitive rows. Every prompt is written by hand; only the
identifiers, cards, IBANs and secrets are generated, so that their check digits are valid.
"""

import base64
import json
import random
import string
from datetime import date

from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.pl import pesel
from stdnum.us import ssn

SEED = 580247
_rng = random.Random(SEED)
_ALNUM = string.ascii_letters + string.digits
_B64URL = _ALNUM + "-_"


def _digits(n: int) -> str:
    return "".join(_rng.choice(string.digits) for _ in range(n))


def _chars(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def _pesel(born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    sex = _rng.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{_digits(3)}{sex}"
    return pesel.validate(body + pesel.calc_check_digit(body))


# BBAN shapes per country: (country, prefix, groups of (kind, length)); n = digit, a = upper
# letter, c = upper alphanumeric. The loop retries because NO and a few others carry a
# national check digit inside the BBAN that stdnum also checks (bounded: 500 tries).
_BBAN: dict[str, list[tuple[str, int]]] = {
    "PL": [("n", 24)],
    "CZ": [("n", 20)],
    "SK": [("n", 20)],
    "HU": [("n", 24)],
    "RO": [("a", 4), ("c", 16)],
    "SE": [("n", 20)],
    "NO": [("n", 11)],
    "DK": [("n", 14)],
    "FI": [("n", 14)],
    "GR": [("n", 7), ("c", 16)],
    "UA": [("n", 6), ("c", 19)],
    "BG": [("a", 4), ("n", 6), ("c", 8)],
    "TR": [("n", 5), ("n", 1), ("c", 16)],
}
# alphanumeric account parts are digits in practice in these countries
_KIND = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits}


def _iban(cc: str, prefix: str = "") -> str:
    for _ in range(500):
        bban = prefix + "".join(_chars(_KIND[k], n) for k, n in _BBAN[cc])[len(prefix) :]
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]  # the reserved digit is always 0
        number = cc + "00" + bban
        number = cc + iban.calc_check_digits(number) + bban
        if iban.is_valid(number):
            return str(iban.format(number))
    raise ValueError(cc)


def _card(prefix: str, length: int, sep: str) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    groups = (
        [number[i : i + 4] for i in range(0, 16, 4)]
        if length == 16
        else [number[:4], number[4:10], number[10:]]
    )
    return sep.join(groups)


def _ssn() -> str:
    for _ in range(500):
        value = f"{_rng.randint(1, 665):03d}-{_rng.randint(1, 99):02d}-{_rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value
    raise ValueError("ssn")


def _nino() -> str:
    # stdnum has no NINO module: HMRC's published prefix rules, written by hand
    first = _rng.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
    second = _rng.choice([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
    if first + second in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        second = "A"
    d = _digits(6)
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {_rng.choice('ABCD')}"


def _steuer_id() -> str:
    for _ in range(2000):
        body = str(_rng.randint(1, 9)) + _digits(9)
        for check in string.digits:
            if idnr.is_valid(body + check):
                return f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:]}{check}"
    raise ValueError("steuer-id")


def _jwt(payload: dict[str, object]) -> str:
    def enc(obj: dict[str, object]) -> str:
        return (
            base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
            .decode()
            .rstrip("=")
        )

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(payload)}.{_chars(_B64URL, 43)}"


def _ssh_key() -> str:
    raw = b"openssh-key-v1\x00" + bytes(_rng.randrange(256) for _ in range(330))
    body = base64.b64encode(raw).decode()
    lines = "\n".join(body[i : i + 70] for i in range(0, len(body), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{lines}\n-----END OPENSSH PRIVATE KEY-----"


PESEL_AGNIESZKA = _pesel(date(1985, 3, 12), female=True)
PESEL_KRZYSZTOF = _pesel(date(1992, 11, 3), female=False)
PESEL_ZUZIA = _pesel(date(2003, 7, 21), female=True)
PESEL_HALINA = _pesel(date(1958, 1, 30), female=True)
IBAN_PL1 = _iban("PL", "10202")
IBAN_PL2 = _iban("PL", "11402")
IBAN_CZ = _iban("CZ", "0800")
IBAN_SK = _iban("SK", "1100")
IBAN_HU = _iban("HU", "117")
IBAN_RO = _iban("RO", "BTRL")
IBAN_SE = _iban("SE", "800")
IBAN_NO = _iban("NO")
IBAN_DK = _iban("DK")
IBAN_FI = _iban("FI", "1")
IBAN_GR = _iban("GR", "011")
IBAN_UA = _iban("UA", "305299")
IBAN_BG = _iban("BG", "UNCR")
IBAN_TR = _iban("TR", "00062")
CARD_V1 = _card("4", 16, " ")
CARD_V2 = _card("4", 16, "")
CARD_MC1 = _card("53", 16, "-")
CARD_MC2 = _card("52", 16, " ")
CARD_AMEX = _card("37", 15, " ")
SSN_1 = _ssn()
NINO_1 = _nino()
STEUER_1 = _steuer_id()
_nie_body = "Y" + _digits(7)
NIE_1 = _nie_body + nie.calc_check_digit(_nie_body)
_dni_body = _digits(8)
DNI_1 = _dni_body + dni.calc_check_digit(_dni_body)
OPENAI_KEY = "sk-proj-" + _chars(_B64URL, 74)
GH_PAT = "ghp_" + _chars(_ALNUM, 36)
AWS_KEY_ID = "AKIA" + _chars(string.ascii_uppercase + "234567", 16)
AWS_SECRET = _chars(_ALNUM + "+/", 40)
SLACK_TOKEN = f"xoxb-{_digits(12)}-{_digits(13)}-{_chars(_ALNUM, 24)}"
STRIPE_KEY = "sk_live_51" + _chars(_ALNUM, 97)
TG_TOKEN = f"{_rng.randint(5_000_000_000, 7_999_999_999)}:AA{_chars(_B64URL, 33)}"
GOOGLE_KEY = "AIza" + _chars(_B64URL, 35)
JWT_1 = _jwt(
    {
        "iss": "supabase",
        "ref": _chars(string.ascii_lowercase, 20),
        "role": "service_role",
        "iat": 1767225600,
        "exp": 2082758400,
    }
)
API_TOKEN_1 = _chars("0123456789abcdef", 40)
SSH_KEY = _ssh_key()

for _v, _ok in [(IBAN_PL1, iban), (CARD_V1, luhn), (CARD_AMEX, luhn), (DNI_1, dni), (NIE_1, nie)]:
    assert _ok.is_valid(_v.replace(" ", "")), _v

P, A, D, PW = "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "PASSWORD"
S, PH, E, CC, IB = "SECRET", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE"


def _r(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"field": field, "text": text, "values": list(values)}


# fmt: off
BENIGN: list[dict[str, object]] = [
    # Polish
    _r("content", "Kiedy urodził się Fryderyk Chopin i dlaczego muzeum jest akurat w Żelazowej Woli?"),
    _r("content", "Jak działa suma kontrolna numeru PESEL? Jakie są wagi dla kolejnych cyfr i co się robi z resztą z dzielenia? Nie mam żadnego numeru do sprawdzenia, chodzi mi tylko o algorytm."),
    _r("content", "Mikołaj Kopernik wydał „De revolutionibus orbium coelestium” w 1543 r. Streść mi tę książkę w trzech zdaniach dla ucznia 7 klasy."),
    _r("content", "zamówienie nr 2026/03/18452 nie dotarło do paczkomatu KRA01M, status od trzech dni \"w drodze\". ile się zwykle czeka zanim można złożyć reklamację?"),
    _r("tool_arguments", '{"query": "Zamek Królewski plac Zamkowy godziny otwarcia niedziela", "lang": "pl"}'),
    _r("name", "asystent_faktur"),
    # Czech / Slovak
    _r("content", "Kdo byl Václav Havel a proč je po něm pojmenované letiště v Praze?"),
    _r("content", "Převeď mi recept na americké míry: 250 g hladké mouky, 2 vejce, 1 lžička prášku do pečiva, 300 ml mléka."),
    _r("system", "Jsi asistent e-shopu s elektronikou. Odpovídej česky, ceny uváděj v Kč včetně DPH a nikdy neslibuj konkrétní termín doručení."),
    _r("metadata", "kanál: web, jazyk: cs, verze klienta 4.7.1, A/B varianta B"),
    _r("content", "Aký je rozdiel medzi Pythonom 3.11.9 a 3.12.2, ak chcem nasadiť Django 5.1 na Debian 12?"),
    _r("content", "kto bol milan rastislav štefánik a prečo je jeho mohyla na bradle?"),
    # Hungarian / Romanian
    _r("content", "Mikor adták át a Széchenyi lánchidat, és ki tervezte?"),
    _r("content", "Karácsony előtt a Váci utca vagy az Andrássy út jobb egy esti sétára? Hol van kevesebb turista?"),
    _r("tool_description", "Lekérdezi a MÁV-vonatok aktuális késését. Paraméter: vonatszám (pl. IC 522) és dátum ÉÉÉÉ-HH-NN formában."),
    _r("content", "Cine a fost Mihai Eminescu și care sunt cele mai cunoscute poezii ale lui? Am nevoie pentru un referat la română."),
    _r("content", "am o problemă în git: commitul 9f3c2e1b7a4d8e06c5b1f2a3d4e5f60718293a4b nu mai apare în log după rebase. cum îl recuperez din reflog?"),
    # Nordic
    _r("content", "Vem var Astrid Lindgren och varför heter Pippi Långstrump just så?"),
    _r("content", "Hur räknar man ut kontrollsiffran i ett svenskt personnummer med Luhn-algoritmen? Visa gärna en Python-funktion, utan att använda något riktigt nummer."),
    _r("metadata", "ärende skapat via webbformulär, kategori: faktura, prioritet: normal, SLA 48 h"),
    _r("content", "Hva er egentlig forskjellen på bokmål og nynorsk, og hvorfor laget Ivar Aasen landsmålet?"),
    _r("content", "Lag en handleliste for tacokveld for fire personer, budsjett 350 kr, ingen koriander."),
    _r("name", "kundeservice"),
    _r("content", "Hvad handler H.C. Andersens »Den grimme ælling« egentlig om? Er det en selvbiografi?"),
    _r("content", "Min ordre DK-7731-0942 står som afsendt siden mandag, men GLS-sporingsnummeret virker ikke i appen. Hvor længe plejer det at tage?"),
    _r("content", "Miksi Jean Sibeliuksen Finlandia-hymni oli sensuroitu Venäjän vallan aikana?"),
    _r("tool_arguments", '{"expression": "3.2 * 14.90 * 1.255", "note": "3,2 kg × 14,90 €/kg + ALV 25,5 %"}'),
    _r("system", "Olet ystävällinen ruoka-avustaja. Ehdota vain kasvisruokia ja mainitse aina allergeenit (gluteeni, maito, pähkinät)."),
    # Greek
    _r("content", "Ποια είναι η ιστορία της Ακρόπολης και πότε ολοκληρώθηκε ο Παρθενώνας;"),
    _r("content", "Τι θέλει να πει ο Νίκος Καζαντζάκης μέσα από τον χαρακτήρα του Αλέξη Ζορμπά;"),
    _r("tool_arguments", '{"city": "Θεσσαλονίκη", "units": "metric", "days": 3}'),
    # Russian / Ukrainian / Bulgarian
    _r("content", "Почему «Анна Каренина» Толстого начинается фразой про счастливые и несчастливые семьи?"),
    _r("content", "Как в Python правильно читать токен бота из переменной окружения, а не хранить его в коде?\n\nimport os\ntoken = os.environ[\"TELEGRAM_BOT_TOKEN\"]\n\nТак нормально или лучше через python-dotenv?"),
    _r("content", "Сколько стоит билет в Эрмитаж для студентов и можно ли зайти со стороны Дворцовой площади?"),
    _r("metadata", "request_id=7c9e6679-7425-40de-944b-e07fc1f90ae7 model=gpt-4o-mini latency_ms=812 status=200 region=eu-central-1"),
    _r("content", "Хто така Леся Українка і про що «Лісова пісня»? Коротко, для 9 класу."),
    _r("content", "Поясни, як перевіряють контрольні цифри IBAN (mod 97) на прикладі українського формату: UA, дві контрольні цифри, 6 цифр МФО і 19 символів рахунку. Реального рахунку не маю, потрібен лише алгоритм."),
    _r("tool_arguments", "SELECT count(*) FROM orders WHERE created_at >= '2026-01-01' AND status = 'shipped';"),
    _r("content", "Кой е Христо Ботев и защо на 2 юни в 12 часа вият сирените?"),
    _r("content", "Какво означава грешката ERR_SSL_PROTOCOL_ERROR в Chrome 131 и как да я оправя на локален nginx?"),
    # Turkish
    _r("content", "Mustafa Kemal Atatürk'ün 19 Mayıs 1919'da Samsun'a çıkışı neden bu kadar önemli?"),
    _r("content", "İstiklal Caddesi'nde akşam yemeği için öneri verir misin? Taksim tarafına yakın olsun, kişi başı 800 TL'yi geçmesin."),
    _r("system", "Sen bir e-ticaret asistanısın. Fiyatları KDV dahil TL olarak ver, kampanya kodlarını asla uydurma."),
    # Latin-American Spanish
    _r("content", "¿Quién fue Frida Kahlo y vale la pena visitar la Casa Azul en Coyoacán un domingo?"),
    _r("content", "Explícame el realismo mágico de «Cien años de soledad» usando al coronel Aureliano Buendía como ejemplo."),
    _r("tool_arguments", "convertir 1.250.000 COP a USD con la tasa de cambio de hoy"),
    _r("content", "Este es el .env de ejemplo que pongo en el README:\n\nOPENAI_API_KEY=tu-clave-aqui\nDATABASE_URL=postgres://usuario:contraseña@localhost:5432/app\n\n¿Está bien dejarlo así o confunde a la gente?"),
    # Brazilian Portuguese
    _r("content", "Quem foi Machado de Assis e por que Capitu, de Dom Casmurro, é tão discutida até hoje?"),
    _r("content", "Qual o horário do MASP na Avenida Paulista aos domingos? É verdade que às terças é grátis?"),
    _r("tool_description", "Consulta um CEP e retorna logradouro, bairro, cidade e UF. Entrada: string com 8 dígitos, sem hífen."),
    _r("content", "Como valido os dígitos verificadores de um CPF em TypeScript? Não tenho nenhum CPF de teste, só quero entender a lógica do módulo 11."),
    # English
    _r("content", "What's the molar mass of C8H10N4O2, and roughly how much caffeine is in a 250 ml can of Red Bull?"),
    _r("content", "Summarise the first season of The Witcher: Geralt of Rivia, Yennefer and Ciri — no spoilers past episode 8."),
    _r("system", "You are a release-notes writer. Product: meshctl v2.14.0-rc.3. Summarise the changelog below in five bullets and do not invent features."),
    _r("tool_arguments", '{"sku": "WH-1000XM5/B", "qty": 2, "warehouse": "WAW-2", "priority": "standard"}'),
    _r("name", "helpdesk_bot"),
    _r("user", "svc-nightly-report"),
    _r("content", "import os\nimport psycopg\n\nconn = psycopg.connect(os.environ[\"DATABASE_URL\"])\n\nIs opening the connection at module level OK for AWS Lambda cold starts, or should it go inside the handler?"),
    _r("content", "docker pull fails with: manifest for sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 not found. What does an all-empty digest like that mean?"),
    _r("tool_description", "Returns the current NBP exchange rates (table A) for an ISO 4217 currency code such as EUR, CHF or CZK."),
]
# fmt: on

# fmt: off
SENSITIVE_2: list[dict[str, object]] = [
    # Swedish
    _r("content", "Hej! Kan du hjälpa mig formulera ett mejl till min hyresvärd? Jag heter Karin Lindqvist och bor på Södra Vägen 38, lgh 1102, 412 54 Göteborg. Diskmaskinen har varit trasig i tre veckor och ingen har hört av sig.",
       (P, "Karin Lindqvist"), (A, "Södra Vägen 38, lgh 1102, 412 54 Göteborg")),
    _r("content", "min pappa sven-erik är född 1951-08-23 och ska söka bostadstillägg hos pensionsmyndigheten, vad behöver han ha med sig?",
       (P, "sven-erik"), (D, "1951-08-23")),
    _r("tool_arguments", "Till: 070-412 88 31\nHej! Din tid hos tandhygienisten är flyttad till fredag 14.15. Svara JA för att bekräfta.",
       (PH, "070-412 88 31")),
    _r("name", "erik_johansson", (P, "erik_johansson")),
    _r("content", f"Skriv en vänlig men tydlig påminnelse till hyresgästen om att aprilhyran saknas. Betalning till {IBAN_SE}, mottagare Maja Holm, ange lägenhetsnummer 1204 som referens.",
       (P, "Maja Holm"), (IB, IBAN_SE)),
    _r("content", "Kan du sammanfatta det här?\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Anders Nyberg <anders.nyberg@bredband.net>\nDatum: 3 mars 2026 10:12\nÄmne: Re: båtplatsen i Saltsjöbaden\n\nHej Linda, jag kan tyvärr inte komma på fredag. Nyckeln till bommen ligger hos grannen som vanligt, och avgiften för sommaren betalar jag i april.",
       (P, "Anders Nyberg"), (E, "anders.nyberg@bredband.net"), (P, "Linda")),
    # Norwegian
    _r("content", "Kan du skrive en kort og varm hilsen til bestemor Ingrid Solberg? Hun fyller 80 i mai (født 02.05.1946) og elsker hagearbeid og kryssord.",
       (P, "Ingrid Solberg"), (D, "02.05.1946")),
    _r("content", "hei, jeg får ikke logget inn i nettbanken til mamma. passordet hun har skrevet ned er Fjellet99 men det står bare 'ugyldig'. er kontoen låst?",
       (PW, "Fjellet99")),
    _r("tool_arguments", '{"to": "+47 915 28 406", "message": "Hei! Pakken din er klar for henting hos Posten i butikk. Ta med legitimasjon."}',
       (PH, "+47 915 28 406")),
    _r("content", "Vi flytter fra Thereses gate 12B, 0452 Oslo til Storgata 7, 9008 Tromsø i august. Lag en huskeliste over alle vi må melde adresseendring til.",
       (A, "Thereses gate 12B, 0452 Oslo"), (A, "Storgata 7, 9008 Tromsø")),
    _r("metadata", f"refusjon godkjent av saksbehandler; kontonr. {IBAN_NO}; kontoeier Håkon Berg; ref. SAK-2026-118",
       (IB, IBAN_NO), (P, "Håkon Berg")),
    # Danish
    _r("content", "Hej, min søn Mikkel Nørgaard er født 9. december 2012. Skal hans fødselsdato stå på ansøgningen om plads i fritidsklubben, eller er det nok med CPR?",
       (P, "Mikkel Nørgaard"), (D, "9. december 2012")),
    _r("content", "Kan du gøre denne mail kortere og lidt mere venlig?\n\nHej Lars\nJeg har stadig ikke fået pengene for sofaen tilbage, selvom I lovede det for tre uger siden. Jeg forventer svar inden fredag.\n\nVenlig hilsen\nMette Kjær Rasmussen\nJernbanegade 4, 1. th.\n5000 Odense C\nTlf. 28 45 61 90",
       (P, "Lars"), (P, "Mette Kjær Rasmussen"), (A, "Jernbanegade 4, 1. th."), (PH, "28 45 61 90")),
    _r("tool_arguments", f"Overfør 4.500 kr. til konto {IBAN_DK} med teksten 'husleje marts'",
       (IB, IBAN_DK)),
    _r("user", "frederik.holm@outlook.dk", (E, "frederik.holm@outlook.dk")),
    _r("content", "Ticket #5512: brugeren kan ikke logge på VPN. Jeg har sat et midlertidigt kodeord: Hygge!4471 – husk at tvinge skift ved næste login. Skriv et kort svar til brugeren på dansk.",
       (PW, "Hygge!4471")),
    # Finnish
    _r("content", "Voitko kirjoittaa lyhyen kiitoskortin Matti Virtaselle? Hän auttoi meitä muutossa koko viikonlopun.",
       (P, "Matti Virtaselle")),
    _r("content", "Osoitteeni on Hämeenkatu 22 B 14, 33200 Tampere ja puhelinnumeroni 040 718 2256. Täytä nämä tähän lomakepohjaan oikeisiin kohtiin.",
       (A, "Hämeenkatu 22 B 14, 33200 Tampere"), (PH, "040 718 2256")),
    _r("content", "unohdin wlan-salasanan, se oli jotain kuten Mustikka_74. miten sen voi vaihtaa reitittimen asetuksista?",
       (PW, "Mustikka_74")),
    _r("system", f"Olet pankin asiakaspalveluavustaja. Tunnistettu asiakas: Aino Korhonen, syntynyt 15.11.1993, tili {IBAN_FI}. Älä koskaan toista tilinumeroa kokonaan.",
       (P, "Aino Korhonen"), (D, "15.11.1993"), (IB, IBAN_FI)),
    _r("content", "mun poika eetu lahtinen sai tänään astmadiagnoosin. miten selitän sen 7-vuotiaalle niin ettei hän pelästy?",
       (P, "eetu lahtinen")),
    # Greek
    _r("content", "Γεια σου, θέλω να γράψω μια επίσημη επιστολή για τον κ. Γιώργο Παπαδόπουλο, που μένει στην Ερμού 45, 105 63 Αθήνα, για να μου επιστρέψει την εγγύηση του διαμερίσματος. Μπορείς να βοηθήσεις;",
       (P, "Γιώργο Παπαδόπουλο"), (A, "Ερμού 45, 105 63 Αθήνα")),
    _r("content", "η αδερφή μου η Μαρία γεννήθηκε στις 3 Απριλίου 1996, τι ζώδιο είναι;",
       (P, "Μαρία"), (D, "3 Απριλίου 1996")),
    _r("tool_arguments", "Στείλε SMS στο 6945123378: Καλησπέρα σας, το ραντεβού σας στο οδοντιατρείο επιβεβαιώθηκε για την Τρίτη στις 18:30.",
       (PH, "6945123378")),
    _r("system", f"Είσαι βοηθός λογιστηρίου. Στοιχεία πληρωμής προμηθευτή: δικαιούχος Κωνσταντίνος Ιωάννου, IBAN {IBAN_GR}. Μην τα επαναλαμβάνεις αυτούσια στον χρήστη.",
       (P, "Κωνσταντίνος Ιωάννου"), (IB, IBAN_GR)),
    _r("content", "κωδικός για το wifi του μαγαζιού: Akropoli2025$ — γιατί το κινητό λέει «λάθος κωδικός»;",
       (PW, "Akropoli2025$")),
    # Turkish
    _r("content", "Merhaba, Ayşe Yılmaz'a bir teşekkür e-postası yazar mısın? Kargo etiketi için adresi de şöyle düzenle: Bağdat Caddesi No: 214 D: 5, Kadıköy/İstanbul.",
       (P, "Ayşe Yılmaz"), (A, "Bağdat Caddesi No: 214 D: 5, Kadıköy/İstanbul")),
    _r("content", "doğum tarihim 07.11.1989, cep 0532 418 76 90. bu bilgilerle trafik sigortası teklif formunu doldurur musun?",
       (D, "07.11.1989"), (PH, "0532 418 76 90")),
    _r("content", f"Kira ödemesini yapacağım: alıcı Mehmet Demir, IBAN: {IBAN_TR}. Açıklamaya sadece 'Mart kirası' yazmam yeterli mi?",
       (P, "Mehmet Demir"), (IB, IBAN_TR)),
    _r("content", "şifremi unuttum sanırım Galatasaray1905 idi, e-Devlet'e yeni şifreyi nasıl alırım?",
       (PW, "Galatasaray1905")),
    _r("name", "emre.kaya", (P, "emre.kaya")),
    _r("content", "[Sesli mesaj dökümü] Merhaba, ben Kerem Aydın. Dün teslim edilen buzdolabı soğutmuyor. Beni 0533 421 66 90 numarasından arayabilir misiniz? Teşekkürler.",
       (P, "Kerem Aydın"), (PH, "0533 421 66 90")),
    # Brazilian Portuguese
    _r("content", "Oi! Me ajuda a escrever um e-mail pro síndico? Sou a Fernanda Oliveira, moro na Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001, e o vazamento do apartamento de cima já estragou o meu teto.",
       (P, "Fernanda Oliveira"), (A, "Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001")),
    _r("content", "meu filho pedro henrique nasceu em 14/02/2015, isso precisa ir na ficha de matrícula ou só a certidão?",
       (P, "pedro henrique"), (D, "14/02/2015")),
    _r("tool_arguments", '{"telefone": "(21) 99418-3276", "mensagem": "Olá Thiago! Seu pedido #48213 saiu para entrega e chega hoje até as 18h."}',
       (PH, "(21) 99418-3276"), (P, "Thiago")),
    _r("content", f"const supabase = createClient(\n  'https://xyzcompany.supabase.co',\n  '{JWT_1}'\n)\n// por que dá 401 quando chamo do navegador?",
       (S, JWT_1)),
    _r("user", "lucas_almeida_rj", (P, "lucas_almeida_rj")),
    _r("metadata", f"cliente pediu estorno de R$ 1.249,90 no cartão {CARD_AMEX}; canal: chat; protocolo 2026031488",
       (CC, CARD_AMEX)),
    _r("content", "faz um pix de 250 reais pra chave camila.nunes.pix@gmail.com e me manda o comprovante",
       (E, "camila.nunes.pix@gmail.com")),
]
# fmt: on
