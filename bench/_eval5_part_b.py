"""Evaluation 5, part B: hand-written prompts (seed 266183), written blind.

150 rows in all (100 sensitive, 50 benign) in Polish, Czech, Slovak, Hungarian, Romanian,
Croatian, Serbian, Slovenian, Bulgarian, Russian, Ukrainian, Greek, Turkish, Finnish, Estonian,
Latvian, Lithuanian, Swedish, Danish, Norwegian, Icelandic and their speakers' English. This
module extends part B2's ROWS; its check-digit values continue B2's seeded RNG.
"""

# ruff: noqa: RUF001  (multilingual prompts: Cyrillic/Greek letters and dashes are the point)

from __future__ import annotations

import base64
import json

try:
    from bench import _eval5_part_b2 as _b2
    from bench import _eval5_part_b3 as _b3
except ModuleNotFoundError:  # run from inside bench/
    import _eval5_part_b2 as _b2  # type: ignore[no-redef]
    import _eval5_part_b3 as _b3  # type: ignore[no-redef]

RNG, row, token, make_iban = _b3.RNG, _b3.row, _b3.token, _b3.make_iban


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _jwt() -> str:
    head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = {"sub": f"svc-lager-{RNG.randint(100, 999)}", "iat": 1732000000 + RNG.randint(0, 9999)}
    body = _b64url(json.dumps(claims).encode())
    return f"{head}.{body}.{_b64url(bytes(RNG.randrange(256) for _ in range(32)))}"


_PESEL_OM = _b3.pesel(1988, 5, 9, female=True)
_IDNR_AB = _b3.de_idnr()
_IBAN_UA = make_iban("UA", "n" * 25)
_IBAN_GR = make_iban("GR", "n" * 23)
_PASSPORT_EG = str(RNG.randint(5, 6)) + "".join(str(RNG.randrange(10)) for _ in range(8))
_CARD_TR = _b3.card("5" + str(RNG.randint(1, 5)))
_IBAN_TR = make_iban("TR", "n" * 5 + "0" + "n" * 16)
_IBAN_FI = make_iban("FI", "n" * 14)
_IBAN_EE = make_iban("EE", "n" * 16)
_IBAN_LV = make_iban("LV", "HABA" + "n" * 13)
_SSN_AJ = _b3.us_ssn()
_AWS_SV = _b3.aws_key_id()
_SLACK_SV = f"xoxb-{RNG.randint(10**10, 10**11)}-{RNG.randint(10**12, 10**13)}-" + token("", 24)
_JWT_SV = _jwt()
_IBAN_SE = make_iban("SE", "n" * 20)
_IBAN_DK = make_iban("DK", "n" * 14)
_IBAN_NO = make_iban("NO", "n" * 11, spaced=False)
_PAN_RM = _b3.in_pan("M")
_AADHAAR_RM = _b3.in_aadhaar()
_INSEE_MW = _b3.fr_insee(2, 90, 5, "99", "122")
_DNI_JM = _b3.es_dni()
_PEM_HR = _b3.pem_key("OPENSSH PRIVATE KEY", 6)
_BASIC_SK = "Basic " + base64.b64encode(b"faktury:Kr4va#Mlieko").decode()
_SMSAPI_PL = token("", 40, _b3.ALNUM)

ROWS: list[dict[str, object]] = [
    *_b2.ROWS,
    # --- Ukrainian ---
    row(
        "content",
        "Добрий день, мене звати Оксана Мельник, я живу у Вроцлаві. Мій PESEL "
        f"{_PESEL_OM}, телефон +48 732 118 405. Допоможіть написати польською заяву до ZUS на "
        "виплату 800+ на двох дітей.",
        ("PERSON", "Оксана Мельник"),
        ("PL_PESEL", _PESEL_OM),
        ("PHONE_NUMBER", "+48 732 118 405"),
    ),
    row(
        "content",
        "Hi, my employer in Munich asks for my Steuer-ID. I got the letter, the number is "
        f"{_IDNR_AB}, name on it Andrii Bondarenko, born 02.02.1993 in Kharkiv. Where do i put "
        "it in the Personalfragebogen and what is Steuerklasse for me if I am not married?",
        ("DE_TAX_ID", _IDNR_AB),
        ("PERSON", "Andrii Bondarenko"),
        ("DATE_OF_BIRTH", "02.02.1993"),
    ),
    row(
        "content",
        "Направлення на консультацію\n"
        "Пацієнт: Коваленко Ірина Петрівна, 12.06.1968 р.н.\n"
        "Діагноз: ішемічна хвороба серця, стенокардія напруги II ФК\n"
        "Адреса: м. Львів, вул. Городоцька, 174, кв. 9\n"
        "Перевір, будь ласка, чи все правильно написано і чи не бракує чогось.",
        ("PERSON", "Коваленко Ірина Петрівна"),
        ("DATE_OF_BIRTH", "12.06.1968"),
        ("MEDICAL", "ішемічна хвороба серця, стенокардія напруги II ФК"),
        ("STREET_ADDRESS", "м. Львів, вул. Городоцька, 174, кв. 9"),
    ),
    row("name", "Bohdan_Tkachenko", ("PERSON", "Bohdan_Tkachenko")),
    row(
        "tool_arguments",
        '{"iban": "'
        f"{_IBAN_UA}"
        '", "otrymuvach": "Ткаченко Марія Олегівна", "suma": "3200.00", '
        '"pryznachennia": "оплата за навчання, 2 семестр"}',
        ("IBAN_CODE", _IBAN_UA),
        ("PERSON", "Ткаченко Марія Олегівна"),
    ),
    # --- Greek ---
    row(
        "content",
        "Καλησπέρα, θέλω να κάνω κράτηση για δύο άτομα στις 20 Δεκεμβρίου, 21:00, στο όνομα "
        "Γιώργος Παπαδόπουλος, τηλ. 694 512 3381, email g.papadopoulos82@gmail.com. Γράψε μου "
        "ένα ευγενικό μήνυμα για το εστιατόριο.",
        ("PERSON", "Γιώργος Παπαδόπουλος"),
        ("PHONE_NUMBER", "694 512 3381"),
        ("EMAIL_ADDRESS", "g.papadopoulos82@gmail.com"),
    ),
    row(
        "content",
        "Γράψε μια αγγελία για το Spitogatos: Πωλείται διαμέρισμα 85 τ.μ., 3ος όροφος, "
        "Ερμού 45, 105 63 Αθήνα, ανακαινισμένο το 2021. Ιδιοκτήτρια: Αικατερίνη Νικολάου, "
        "επικοινωνία 210 3245 871, όχι μεσίτες.",
        ("STREET_ADDRESS", "Ερμού 45, 105 63 Αθήνα"),
        ("PERSON", "Αικατερίνη Νικολάου"),
        ("PHONE_NUMBER", "210 3245 871"),
    ),
    row(
        "system",
        "Είσαι βοηθός της ασφαλιστικής εταιρείας. Ασφαλισμένος: Δημήτρης Κωνσταντίνου, γεν. "
        "14/03/1976, διεύθυνση Λεωφ. Κηφισίας 118, Μαρούσι, IBAN για αποζημιώσεις "
        f"{_IBAN_GR}. Απάντα μόνο για το συμβόλαιο αυτοκινήτου.",
        ("PERSON", "Δημήτρης Κωνσταντίνου"),
        ("DATE_OF_BIRTH", "14/03/1976"),
        ("STREET_ADDRESS", "Λεωφ. Κηφισίας 118, Μαρούσι"),
        ("IBAN_CODE", _IBAN_GR),
    ),
    row(
        "content",
        "can you check this booking for me? Passenger: Eleni Georgiou, DOB 1989-11-23, US "
        f"passport {_PASSPORT_EG}, flight ATH-JFK Dec 22. the airline app says passport number "
        "is invalid but i copied it from the passport",
        ("PERSON", "Eleni Georgiou"),
        ("DATE_OF_BIRTH", "1989-11-23"),
        ("US_PASSPORT", _PASSPORT_EG),
    ),
    # --- Turkish ---
    row(
        "content",
        f"Ayşe abla kart numaram {_CARD_TR} son kullanma 11/27, aidatı bundan çekiver acil "
        "lazım, akşam parayı atarım",
        ("PERSON", "Ayşe"),
        ("CREDIT_CARD", _CARD_TR),
    ),
    row(
        "content",
        "Merhaba, Mehmet Yılmaz'ın doğum tarihi 14 Şubat 1983, ikametgâh adresi Bağdat Cad. "
        "No: 215 D: 8 Kadıköy/İstanbul. Bunu noterdeki vekâletname taslağına uygun şekilde "
        "ekler misin?",
        ("PERSON", "Mehmet Yılmaz"),
        ("DATE_OF_BIRTH", "14 Şubat 1983"),
        ("STREET_ADDRESS", "Bağdat Cad. No: 215 D: 8 Kadıköy/İstanbul"),
    ),
    row(
        "tool_arguments",
        '{"alici": "Zeynep Kaya", "iban": "'
        f"{_IBAN_TR}"
        '", "tutar": 4750, "aciklama": "aralik kirasi"}',
        ("PERSON", "Zeynep Kaya"),
        ("IBAN_CODE", _IBAN_TR),
    ),
    row("user", "emre.demir1988@hotmail.com", ("EMAIL_ADDRESS", "emre.demir1988@hotmail.com")),
    row(
        "content",
        "bu fixture'ı stajyer gerçek müşteriden kopyalamış, anonimleştirir misin? testler "
        "aynı formatla geçmeli\n\n"
        "# tests/fixtures.py\n"
        "TEST_USER = {\n"
        '    "ad_soyad": "Burak Şahin",\n'
        '    "telefon": "+90 532 418 77 06",\n'
        '    "sifre": "12345Aa!",\n'
        "}",
        ("PERSON", "Burak Şahin"),
        ("PHONE_NUMBER", "+90 532 418 77 06"),
        ("PASSWORD", "12345Aa!"),
    ),
    row("name", "Elif_Yildiz", ("PERSON", "Elif_Yildiz")),
    # --- Finnish ---
    row(
        "content",
        "lähetä mikko virtaselle viesti että hänen uusi vpn salasana on kesä-Helsinki-88 ja se "
        "vanhenee kuukauden päästä",
        ("PERSON", "mikko virtaselle"),
        ("PASSWORD", "kesä-Helsinki-88"),
    ),
    row(
        "content",
        "Muistio, tiimipalaveri 4.11.\n"
        "Läsnä: Anna Korhonen, Jukka Mäkinen, Sari Laine\n"
        "- Annan sairausloma jatkuu tammikuun loppuun (uupumus)\n"
        "- sprintin suunnittelun hoitaa Mäkisen tiimi\n"
        "Kirjoita tästä siisti versio koko osastolle ilman terveystietoja.",
        ("PERSON", "Anna Korhonen"),
        ("PERSON", "Jukka Mäkinen"),
        ("PERSON", "Sari Laine"),
        ("PERSON", "Annan"),
        ("MEDICAL", "uupumus"),
        ("PERSON", "Mäkisen"),
    ),
    row(
        "metadata",
        f"asiakas: Pekka Nieminen, tilinro {_IBAN_FI}, maksumuistutus lähetetty 2x",
        ("PERSON", "Pekka Nieminen"),
        ("IBAN_CODE", _IBAN_FI),
    ),
    row(
        "system",
        "Olet taloyhtiön isännöitsijän avustaja. Keskustelet asukkaan kanssa: Laura Heikkinen, "
        "osoite Hämeenkatu 12 B 34, 33100 Tampere, puh. 040 718 2293. Vastaa lyhyesti suomeksi "
        "ja ohjaa vikailmoitukset huoltoyhtiölle.",
        ("PERSON", "Laura Heikkinen"),
        ("STREET_ADDRESS", "Hämeenkatu 12 B 34, 33100 Tampere"),
        ("PHONE_NUMBER", "040 718 2293"),
    ),
    row(
        "tool_description",
        "Lähettää viikkoraportin sähköpostilla. Oletusvastaanottaja: Janne Lehtonen "
        "<janne.lehtonen@keskoviiva.fi>. Liitteet PDF-muodossa, enintään 10 Mt.",
        ("PERSON", "Janne Lehtonen"),
        ("EMAIL_ADDRESS", "janne.lehtonen@keskoviiva.fi"),
    ),
    # --- Estonian ---
    row(
        "content",
        "Tere, palun koostage arve Mari Tamme nimele, aadress Narva mnt 7-12, 10117 Tallinn, "
        f"makse kontole {_IBAN_EE}. Summa 480 eurot, tähtaeg 15. jaanuar.",
        ("PERSON", "Mari Tamme"),
        ("STREET_ADDRESS", "Narva mnt 7-12, 10117 Tallinn"),
        ("IBAN_CODE", _IBAN_EE),
    ),
    row(
        "content",
        "Tere, õpetaja! Kristjan ei tule homme kooli, tal on palavik ja kõhuviirus. "
        "Lugupidamisega Liis Saar, tel +372 5123 4588\n\nKas see kõlab piisavalt viisakalt?",
        ("PERSON", "Kristjan"),
        ("MEDICAL", "palavik ja kõhuviirus"),
        ("PERSON", "Liis Saar"),
        ("PHONE_NUMBER", "+372 5123 4588"),
    ),
    row(
        "tool_description",
        "Loeb laoseisu andmeid Postgresist. Ühendus: "
        "postgres://raamat:Kuusk.Mets9@10.20.0.4:5432/ladu . Ära muuda tabeleid, ainult SELECT.",
        ("CONNECTION_STRING", "postgres://raamat:Kuusk.Mets9@10.20.0.4:5432/ladu"),
    ),
    # --- Latvian ---
    row(
        "content",
        "Apdrošināšanas atlīdzības pieteikums\n"
        "Apdrošinātā persona: Jānis Bērziņš, dzimis 1976. gada 2. oktobrī\n"
        "Adrese: Brīvības iela 88-15, Rīga, LV-1001\n"
        "Notikums: applūdināts dzīvoklis no augšējā stāva\n"
        f"Konts: {_IBAN_LV}\n"
        "Palīdzi uzrakstīt notikuma aprakstu, lai apdrošinātājs neatteiktu.",
        ("PERSON", "Jānis Bērziņš"),
        ("DATE_OF_BIRTH", "1976. gada 2. oktobrī"),
        ("STREET_ADDRESS", "Brīvības iela 88-15, Rīga, LV-1001"),
        ("IBAN_CODE", _IBAN_LV),
    ),
    row(
        "content",
        "čau, parole no internetbankas ir Saulīte#1985 nesaki nevienam, vēlāk nomainīšu",
        ("PASSWORD", "Saulīte#1985"),
    ),
    row("name", "Līga_Ozola", ("PERSON", "Līga_Ozola")),
    # --- Lithuanian ---
    row(
        "system",
        "Tu esi šilumos tiekėjo klientų aptarnavimo asistentas. Klientė: Rūta Kazlauskienė, "
        "Gedimino pr. 9-14, LT-01103 Vilnius, tel. +370 612 34 567. Ji skundžiasi per didele "
        "šildymo sąskaita už lapkritį. Atsakyk mandagiai lietuviškai.",
        ("PERSON", "Rūta Kazlauskienė"),
        ("STREET_ADDRESS", "Gedimino pr. 9-14, LT-01103 Vilnius"),
        ("PHONE_NUMBER", "+370 612 34 567"),
    ),
    row(
        "content",
        "Siuntimas konsultacijai. Pacientas Tomas Petrauskas, gim. 1990-08-23. Dg.: bronchinė "
        "astma, paūmėjimas. Išverskite į anglų kalbą, reikia klinikai Dubline.",
        ("PERSON", "Tomas Petrauskas"),
        ("DATE_OF_BIRTH", "1990-08-23"),
        ("MEDICAL", "bronchinė astma, paūmėjimas"),
    ),
    row(
        "content",
        "hello, my uncle Algirdas Jonaitis in Chicago asks me to help with his tax return, SSN "
        f"{_SSN_AJ}, he was born 7/4/1961 and retired last year. which forms does he need?",
        ("PERSON", "Algirdas Jonaitis"),
        ("US_SSN", _SSN_AJ),
        ("DATE_OF_BIRTH", "7/4/1961"),
    ),
    # --- Swedish ---
    row(
        "content",
        "Kan du sammanfatta mejlet nedan och föreslå ett kort svar?\n\n"
        "Hej! Fakturan för oktober saknar momsspecifikation, kan ni skicka en ny?\n\n"
        "Med vänliga hälsningar\n"
        "Karin Lindqvist\n"
        "Ekonomiansvarig\n"
        "Storgatan 14, 411 38 Göteborg\n"
        "070-512 34 88",
        ("PERSON", "Karin Lindqvist"),
        ("STREET_ADDRESS", "Storgatan 14, 411 38 Göteborg"),
        ("PHONE_NUMBER", "070-512 34 88"),
    ),
    row(
        "content",
        "# config.py – bara för test, ska flyttas till vault\n"
        f"AWS_KEY = '{_AWS_SV}'\n"
        f"SLACK_BOT_TOKEN = '{_SLACK_SV}'\n\n"
        "varför får jag 'invalid_auth' från Slack när jag kör botten lokalt?",
        ("AWS_ACCESS_KEY", _AWS_SV),
        ("API_TOKEN", _SLACK_SV),
    ),
    row(
        "tool_description",
        "Hämtar order från lager-API:t. Skicka alltid headern "
        f"Authorization: Bearer {_JWT_SV} och max 100 rader per anrop.",
        ("AUTH_HEADER", f"Authorization: Bearer {_JWT_SV}"),
    ),
    row(
        "system",
        "Du är kundtjänst för Nordbanken. Kunden heter Oskar Bergström, konto "
        f"{_IBAN_SE}, mejl oskar.bergstrom@telia.se. Bekräfta aldrig saldo i chatten.",
        ("PERSON", "Oskar Bergström"),
        ("IBAN_CODE", _IBAN_SE),
        ("EMAIL_ADDRESS", "oskar.bergstrom@telia.se"),
    ),
    # --- Danish ---
    row(
        "content",
        "Hej, jeg skal flytte og vil gerne have hjælp til at skrive til min udlejer. Jeg hedder "
        "Mette Sørensen og fraflytter Nørrebrogade 112, 3. tv., 2200 København N den 1. "
        f"februar. Depositum bedes overført til {_IBAN_DK}.",
        ("PERSON", "Mette Sørensen"),
        ("STREET_ADDRESS", "Nørrebrogade 112, 3. tv., 2200 København N"),
        ("IBAN_CODE", _IBAN_DK),
    ),
    row(
        "content",
        "Referat fra ledermøde 28/11: Lars Kjær er sygemeldt med stress til og med uge 2, "
        "Pia Holm overtager hans kunder imens. Kan du lave en neutral mail til teamet?",
        ("PERSON", "Lars Kjær"),
        ("MEDICAL", "sygemeldt med stress"),
        ("PERSON", "Pia Holm"),
    ),
    row("user", "mads_frederiksen_dk", ("PERSON", "mads_frederiksen")),
    # --- Norwegian ---
    row(
        "content",
        "Hei! Kan du skrive en klage til Posten? Pakken til Ingrid Hansen, Storgata 23B, 0184 "
        "Oslo, har stått som «under transport» i tre uker. Sporingsnummer 70712345678901234. "
        "Mobil +47 912 34 567.",
        ("PERSON", "Ingrid Hansen"),
        ("STREET_ADDRESS", "Storgata 23B, 0184 Oslo"),
        ("PHONE_NUMBER", "+47 912 34 567"),
    ),
    row(
        "tool_arguments",
        '{"mottaker": "Ole Martin Berg", "kontonummer": "'
        f"{_IBAN_NO}"
        '", "belop": 2500, "melding": "leie januar"}',
        ("PERSON", "Ole Martin Berg"),
        ("IBAN_CODE", _IBAN_NO),
    ),
    row(
        "metadata",
        'note: ny bruker opprettet, midlertidig passord "Blå båt på stille fjord" - må byttes '
        "ved første innlogging",
        ("PASSWORD", "Blå båt på stille fjord"),
    ),
    # --- Icelandic ---
    row(
        "content",
        "Halló, ég heiti Guðrún Sigurðardóttir og bý á Laugavegi 54, 101 Reykjavík. Síminn "
        "minn er 862 4517 og netfang gudrun.sig@simnet.is. Getur þú hjálpað mér að skrifa "
        "kvörtun til leigusalans?",
        ("PERSON", "Guðrún Sigurðardóttir"),
        ("STREET_ADDRESS", "Laugavegi 54, 101 Reykjavík"),
        ("PHONE_NUMBER", "862 4517"),
        ("EMAIL_ADDRESS", "gudrun.sig@simnet.is"),
    ),
    row(
        "content",
        "Skrifaðu stutt bréf til starfsmannastjóra: Jóni Einarssyni var sagt upp vegna "
        "langvarandi veikinda (MS-sjúkdómur) og hann vill fá launaseðla frá 2023.",
        ("PERSON", "Jóni Einarssyni"),
        ("MEDICAL", "MS-sjúkdómur"),
    ),
    # --- English from the region, and credentials ---
    row(
        "content",
        "Hi, we're onboarding a new dev in our Bangalore office (I'm writing from Helsinki). "
        f"Details: Rahul Mehta, PAN {_PAN_RM}, Aadhaar {_AADHAAR_RM}, DOB 14-Aug-1994. Can you "
        "draft the welcome email and a checklist of what payroll still needs from him?",
        ("PERSON", "Rahul Mehta"),
        ("IN_PAN", _PAN_RM),
        ("IN_AADHAAR", _AADHAAR_RM),
        ("DATE_OF_BIRTH", "14-Aug-1994"),
    ),
    row(
        "content",
        "I work in Lyon and CPAM sent me letter, my numéro de sécurité sociale is "
        f"{_INSEE_MW} and name Magdalena Wójcik. They say my carte vitale is blocked. Help me "
        "write reply in french, polite",
        ("FR_INSEE", _INSEE_MW),
        ("PERSON", "Magdalena Wójcik"),
    ),
    row(
        "content",
        "Please draft an employment contract summary for our new colleague Javier Morales Ruiz, "
        f"DNI {_DNI_JM}, start 1.3.2025 in our Brno office, salary 68 000 CZK gross, 25 days "
        "holiday. Keep it in English, we will translate to Czech later.",
        ("PERSON", "Javier Morales Ruiz"),
        ("ES_DNI", _DNI_JM),
    ),
    row(
        "content",
        "ne radi mi deploy preko ssh na server, evo ključa iz CI varijable:\n"
        f"{_PEM_HR}\n"
        'greška je: Load key "/root/.ssh/id_ed25519": invalid format. Što krivo radim?',
        ("PRIVATE_KEY", _PEM_HR),
    ),
    row(
        "tool_arguments",
        '{"method": "GET", "url": "https://api.interny-system.sk/v1/faktury?rok=2024", '
        '"headers": {"Authorization": "'
        f"{_BASIC_SK}"
        '"}}',
        ("AUTH_HEADER", _BASIC_SK),
    ),
    row(
        "tool_description",
        f"Wysyła SMS-y przez SMSAPI. Token: {_SMSAPI_PL}. Nadawca: SklepRowerowy. Nie wysyłaj "
        "więcej niż 10 wiadomości na minutę.",
        ("API_TOKEN", _SMSAPI_PL),
    ),
    row("user", "ext-tomas.blaha", ("PERSON", "tomas.blaha")),
]
