"""Evaluation 7, part B (hand-written blind): sensitive prompts, Central and South-East Europe.

Polish, Czech, Slovak, Hungarian, Croatian, Serbian (both scripts), Slovenian, Bulgarian,
Macedonian and Russian, some mixed with English. Values with check digits and random secrets
come from the part's generator (seed 902144). Blind: composed without looking at the scanner,
its tests or any other evaluation set.
"""

# ruff: noqa: RUF001, E501
from __future__ import annotations

import json

try:
    from bench._eval7_part_b2 import (
        aws_key,
        basic,
        bsn,
        card,
        github_pat,
        iban,
        jwt,
        password,
        pem,
        pesel,
        r,
        sendgrid,
        stripe,
    )
except ImportError:
    from _eval7_part_b2 import (  # type: ignore[no-redef]
        aws_key,
        basic,
        bsn,
        card,
        github_pat,
        iban,
        jwt,
        password,
        pem,
        pesel,
        r,
        sendgrid,
        stripe,
    )

_pesel1 = pesel(1991, 4, 23, female=False)
_pesel2 = pesel(2003, 11, 2, female=True)
_stripe1 = stripe()
_pw1 = password(16)
_iban_pl = iban("PL")
_bsn1 = bsn()
_ghp1 = github_pat()
_iban_sk = iban("SK", spaced=False)
_pw_hu = password(18)
_card_hu = card("5", 16, "-")
_iban_hr = iban("HR")
_iban_rs = iban("RS", spaced=False)
_pw_si = password(12)
_aws_id, _aws_secret = aws_key()
_iban_mk = iban("MK")
_jwt_ru = jwt({"sub": "7731", "role": "operator", "exp": 1767225600})
_pem_ru = pem("OPENSSH PRIVATE KEY", 6)
_iban_cz = iban("CZ")
_sg = sendgrid()
_basic_bg = basic("integracia", "Sofia#Mladost4")

ROWS_CENTRAL: list[dict[str, object]] = [
    # --- Polish ---
    r(
        "napisz mi krótkie podziękowanie dla Bożeny Kamińskiej za pomoc przy przeprowadzce, ciepło ale bez przesady",
        ("PERSON", "Bożeny Kamińskiej"),
    ),
    r(
        "wpisz do formularza data urodzenia siódmy listopada tysiąc dziewięćset osiemdziesiątego czwartego przecinek miejsce urodzenia Tarnów kropka",
        ("DATE_OF_BIRTH", "siódmy listopada tysiąc dziewięćset osiemdziesiątego czwartego"),
    ),
    r(
        f"""imie;nazwisko;pesel;stanowisko;zmiana
Krystian;Wawrzyniak;{_pesel1};magazynier;II
posortuj mi to po zmianie i dodaj kolumnę z datą badań okresowych""",
        ("PERSON", "Krystian"),
        ("PERSON", "Wawrzyniak"),
        ("PL_PESEL", _pesel1),
    ),
    r(
        f"""hej, deploy na stagingu sypie się na migracjach, tu mój .env:
NODE_ENV=staging
DATABASE_URL=postgres://sklep_app:{_pw1}@db-staging.internal:5432/sklep
STRIPE_SECRET_KEY={_stripe1}
LOG_LEVEL=debug
co jest nie tak z tym urlem?""",
        ("CONNECTION_STRING", f"postgres://sklep_app:{_pw1}@db-staging.internal:5432/sklep"),
        ("API_TOKEN", _stripe1),
    ),
    r(
        "Dzień dobry, tu Jadwiga z rejestracji. Przypominamy o wizycie syna jutro 10:30, gabinet 12. W razie zmian prosimy o telefon 512 884 309. -- przetłumacz to na ukraiński, mama chłopca nie mówi po polsku",
        ("PERSON", "Jadwiga"),
        ("PHONE_NUMBER", "512 884 309"),
    ),
    r(
        "zrób mi short summary z calla: Marta Zielińska z procurementu pushuje na discount 7%, my możemy max 4, next steps wysłać updated offer do piątku, action item na mnie",
        ("PERSON", "Marta Zielińska"),
    ),
    r(
        f"""FAKTURA VAT nr FV/2024/11/087
Sprzedawca: Usługi Remontowe Zbigniew Pawlak
ul. Długa 7, 87-100 Toruń
Nr rachunku: {_iban_pl}
Netto 4 200,00 zł, VAT 23%
sprawdź czy brutto wyjdzie 5 166 zł""",
        ("PERSON", "Zbigniew Pawlak"),
        ("STREET_ADDRESS", "ul. Długa 7, 87-100 Toruń"),
        ("IBAN_CODE", _iban_pl),
    ),
    r(
        f"pracuję w Holandii przez agencję, przyszedł list z Belastingdienst że mój BSN {_bsn1} nie zgadza się z umową. co mam im odpisać po angielsku?",
        ("NL_BSN", _bsn1),
    ),
    r(
        json.dumps(
            {
                "uczen": "Zuzanna Michalak",
                "klasa": "3c",
                "pesel": _pesel2,
                "usprawiedliwienie": "2 dni, przeziębienie",
            },
            ensure_ascii=False,
        ),
        ("PERSON", "Zuzanna Michalak"),
        ("PL_PESEL", _pesel2),
        ("MEDICAL", "przeziębienie"),
        field="tool_arguments",
    ),
    r(
        "Protokół z zebrania wspólnoty 14.03: 1) dach – oferta firmy Dach-Bud przyjęta, 2) pan Henryk z lokalu 5 zgłasza przeciek w piwnicy, 3) następne zebranie w maju. Przeredaguj to ładniej.",
        ("PERSON", "Henryk"),
    ),
    r(
        "Jesteś asystentem gabinetu fizjoterapii. Pacjenci: mów do nich per Pan/Pani. Wizyty umawia wyłącznie Ewelina Sobczak-Górecka, nigdy nie podawaj cen przez czat.",
        ("PERSON", "Ewelina Sobczak-Górecka"),
        field="system",
    ),
    # --- Czech ---
    r(
        "potřebuju omluvenku do školy pro Vojtěcha, byl včera u doktorky s angínou a dneska ještě leží",
        ("PERSON", "Vojtěcha"),
        ("MEDICAL", "angínou"),
    ),
    r(
        """---------- Přeposlaná zpráva ---------
Od: Ing. Radek Procházka <radek.prochazka@stavby-cb.cz>
Předmět: RE: nabídka fasáda

dobrý den, cenu držíme do konce měsíce, lešení je v ceně.

S pozdravem
R. Procházka
mob. +420 604 218 937

shrň mi to do dvou vět""",
        ("PERSON", "Radek Procházka"),
        ("EMAIL_ADDRESS", "radek.prochazka@stavby-cb.cz"),
        ("PERSON", "R. Procházka"),
        ("PHONE_NUMBER", "+420 604 218 937"),
    ),
    r(
        "uprav mi inzerát ať zní líp: Pronajmu byt 2+kk, Slezská 46, Praha 2, 18 500 Kč + poplatky, volné od června, volejte 731 402 865, jen dlouhodobě",
        ("STREET_ADDRESS", "Slezská 46, Praha 2"),
        ("PHONE_NUMBER", "731 402 865"),
    ),
    r(
        json.dumps(
            {
                "formular": "prihlaska_krouzek",
                "jmeno_ditete": "Tran Minh Anh",
                "narozeni": "3. 9. 2014",
                "trida": "4.B",
                "krouzek": "florbal",
            },
            ensure_ascii=False,
        ),
        ("PERSON", "Tran Minh Anh"),
        ("DATE_OF_BIRTH", "3. 9. 2014"),
        field="tool_arguments",
    ),
    r(
        f"hi, mám problém s naším Jenkins pipeline, token {_ghp1} furt vrací 401 při push do registry, any idea?",
        ("API_TOKEN", _ghp1),
    ),
    r(
        f"Pojistná událost č. 44-118/24: poškozená Věra Šindelářová, pád na zledovatělém chodníku, zlomenina zápěstí, plnění zaslat na {_iban_cz}. Napiš k tomu průvodní dopis pojišťovně.",
        ("PERSON", "Věra Šindelářová"),
        ("MEDICAL", "zlomenina zápěstí"),
        ("IBAN_CODE", _iban_cz),
    ),
    r(
        "honza_kucera",
        ("PERSON", "honza_kucera"),
        field="name",
    ),
    # --- Slovak ---
    r(
        "Moja mama Alžbeta Hudáková má od marca diagnostikovanú Parkinsonovu chorobu, ako jej môžem doma uľahčiť pohyb po byte?",
        ("PERSON", "Alžbeta Hudáková"),
        ("MEDICAL", "Parkinsonovu chorobu"),
    ),
    r(
        "ahoj zlatko, heslo na wifi u babky je Kremnica1977 keby si zabudla, pusa -- prelož to do angličtiny pre našu au-pair",
        ("PASSWORD", "Kremnica1977"),
    ),
    r(
        f"Prosím o úhradu nájmu za máj na účet {_iban_sk}, VS 202405, príjemca Marek Gavalier. Napíš to formálnejšie do e-mailu pre nájomníkov.",
        ("IBAN_CODE", _iban_sk),
        ("PERSON", "Marek Gavalier"),
    ),
    r(
        "customer_id=88213;meno=Zdenka Ftáčniková;segment=B2C;kanal=eshop",
        ("PERSON", "Zdenka Ftáčniková"),
        field="metadata",
    ),
    # --- Hungarian ---
    r(
        "Kovácsné Szabó Ildikónak kellene egy születésnapi köszöntő, 60 éves lesz, a kollégák nevében",
        ("PERSON", "Kovácsné Szabó Ildikónak"),
    ),
    r(
        """Te a Fehérvári Logisztika Kft. belépési asszisztense vagy. Az új kolléga adatai:
Munkavállaló: Lakatos Bence
Szül.: 1996. 08. 14.
Munkakör: raktári összekészítő, heti 40 óra
Segíts neki az első heti teendőkkel, de a születési dátumot senkinek ne add ki.""",
        ("PERSON", "Lakatos Bence"),
        ("DATE_OF_BIRTH", "1996. 08. 14."),
        field="system",
    ),
    r(
        f"sziasztok, a prod connection string: Server=tcp:ugyfel-sql.database.windows.net,1433;Database=crm;User ID=crmadmin;Password={_pw_hu};Encrypt=True; -- why is it timing out from the new VNet?",
        (
            "CONNECTION_STRING",
            f"Server=tcp:ugyfel-sql.database.windows.net,1433;Database=crm;User ID=crmadmin;Password={_pw_hu};Encrypt=True;",
        ),
    ),
    r(
        "Ügyfél: jó napot, a számlán rossz telefonszám szerepel, a helyes +36 20 417 5583\nÜgyintéző: köszönöm, javítom\n-- foglald össze a beszélgetést a CRM-be",
        ("PHONE_NUMBER", "+36 20 417 5583"),
    ),
    r(
        f"nev\tkartya\tlejarat\nHorváth Tamásné\t{_card_hu}\t09/27\nmiért nem tudom importálni ezt a TSV-t a könyvelőprogramba?",
        ("PERSON", "Horváth Tamásné"),
        ("CREDIT_CARD", _card_hu),
    ),
    # --- Croatian ---
    r(
        "Poštovani, šaljem podatke za prijavu: Ivana Babić, rođena 22.4.1985., Ulica kneza Domagoja 18, 21000 Split. Molim provjerite jesam li sve ispunila.",
        ("PERSON", "Ivana Babić"),
        ("DATE_OF_BIRTH", "22.4.1985."),
        ("STREET_ADDRESS", "Ulica kneza Domagoja 18, 21000 Split"),
    ),
    r(
        "Petra je u 28. tjednu i ima gestacijski dijabetes, što smije jesti za doručak? daj par ideja",
        ("PERSON", "Petra"),
        ("MEDICAL", "gestacijski dijabetes"),
    ),
    r(
        f"racun=112-2024;uplata_na={_iban_hr};model=HR00;status=kasni 14 dana",
        ("IBAN_CODE", _iban_hr),
        field="metadata",
    ),
    # --- Serbian ---
    r(
        "Молим те напиши честитку за Милицу Јовановић, одлази у пензију после 35 година у нашој школи",
        ("PERSON", "Милицу Јовановић"),
    ),
    r(
        f"Nikola, uplati mi na {_iban_rs} do petka za letovanje, hvala. Dragana",
        ("PERSON", "Nikola"),
        ("IBAN_CODE", _iban_rs),
        ("PERSON", "Dragana"),
    ),
    r(
        "2024-05-13 09:14:22 WARN auth: failed login for user=stefan.markovic@posta-ns.rs from 10.2.3.4 (attempt 5/5), account locked\nšta tačno znači ovaj log i da li treba da brinem",
        ("EMAIL_ADDRESS", "stefan.markovic@posta-ns.rs"),
    ),
    # --- Slovenian ---
    r(
        "Janezu Novaku moram poslati opomin, dolguje že tri mesece najemnino, pomagaj mi napisati vljudno a odločno",
        ("PERSON", "Janezu Novaku"),
    ),
    r(
        f"""obvestila:
  smtp_host: smtp.gmail.com
  smtp_port: 587
  user: obvestila.vrtec.soncek@gmail.com
  password: "{_pw_si}"
zakaj mi python skripta javi SMTPAuthenticationError?""",
        ("EMAIL_ADDRESS", "obvestila.vrtec.soncek@gmail.com"),
        ("PASSWORD", _pw_si),
    ),
    r(
        "Si prijazen asistent za stranke trgovine. Če stranka vpraša za reklamacijo, jo usmeri na Tjašo Kralj, tel. 041 338 902.",
        ("PERSON", "Tjašo Kralj"),
        ("PHONE_NUMBER", "041 338 902"),
        field="system",
    ),
    # --- Bulgarian ---
    r(
        "Деси Стоянова, р. 05.09.1990, тел. 0887 312 546 -- моля попълни тази бланка за застраховка Гражданска отговорност",
        ("PERSON", "Деси Стоянова"),
        ("DATE_OF_BIRTH", "05.09.1990"),
        ("PHONE_NUMBER", "0887 312 546"),
    ),
    r(
        f"колеги, някой да знае защо AWS_ACCESS_KEY_ID={_aws_id} и AWS_SECRET_ACCESS_KEY={_aws_secret} не работят в eu-central-1, а в us-east-1 са ок?",
        ("API_TOKEN", _aws_id),
        ("SECRET", _aws_secret),
    ),
    r(
        f"curl -H 'Authorization: Basic {_basic_bg}' https://api.example.bg/v2/orders връща 403, а в Postman минава. защо?",
        ("AUTH_HEADER", f"Basic {_basic_bg}"),
    ),
    # --- Macedonian ---
    r(
        "Марија Стојановска има алергија на пеницилин, да се внесе во картонот пред интервенцијата. Преведи на англиски за болницата во Виена.",
        ("PERSON", "Марија Стојановска"),
        ("MEDICAL", "алергија на пеницилин"),
    ),
    r(
        f"Уплата за котизација на сметка {_iban_mk}, примач Бојан Велјановски. Напиши ми кратко известување за учесниците",
        ("IBAN_CODE", _iban_mk),
        ("PERSON", "Бојан Велјановски"),
    ),
    # --- Russian ---
    r(
        "у Ольги Сергеевны Кузнецовой завтра юбилей, 55 лет, придумай тост от отдела, можно с юмором",
        ("PERSON", "Ольги Сергеевны Кузнецовой"),
    ),
    r(
        json.dumps(
            {
                "patient": "Воронцов Игорь Петрович",
                "birth_date": "1962-03-17",
                "dx": "ишемическая болезнь сердца",
                "ward": 4,
            },
            ensure_ascii=False,
        ),
        ("PERSON", "Воронцов Игорь Петрович"),
        ("DATE_OF_BIRTH", "1962-03-17"),
        ("MEDICAL", "ишемическая болезнь сердца"),
        field="tool_arguments",
    ),
    r(
        json.dumps(
            {
                "db": "crm_prod",
                "sql": "INSERT INTO clients (fio, phone, email, city) VALUES ('Гусейнова Лейла Рамизовна', '+7 (916) 204-38-71', 'leyla.guseynova@mail.ru', 'Москва');",
            },
            ensure_ascii=False,
        ),
        ("PERSON", "Гусейнова Лейла Рамизовна"),
        ("PHONE_NUMBER", "+7 (916) 204-38-71"),
        ("EMAIL_ADDRESS", "leyla.guseynova@mail.ru"),
        field="tool_arguments",
    ),
    r(
        f"""Traceback (most recent call last):
  File "sync.py", line 41, in push
    resp.raise_for_status()
requests.exceptions.HTTPError: 401 Client Error: Unauthorized
request headers: {{'Authorization': 'Bearer {_jwt_ru}', 'Accept': 'application/json'}}
токен вроде свежий, что не так?""",
        ("AUTH_HEADER", f"Bearer {_jwt_ru}"),
    ),
    r(
        "запиши дата рождения двенадцатое апреля восемьдесят девятого года фамилия Шевчук имя Артём",
        ("DATE_OF_BIRTH", "двенадцатое апреля восемьдесят девятого года"),
        ("PERSON", "Шевчук"),
        ("PERSON", "Артём"),
    ),
    r(
        f"вот ключ с сервера, почему ssh пишет invalid format?\n{_pem_ru}",
        ("PRIVATE_KEY", _pem_ru),
    ),
    r(
        f"Sends transactional mail through SendGrid. Uses the key {_sg} configured by the platform team; do not pass a key yourself.",
        ("API_TOKEN", _sg),
        field="tool_description",
    ),
]
