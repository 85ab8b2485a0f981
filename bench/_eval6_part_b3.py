# ruff: noqa: RUF001, E501
"""Evaluation 6, part b (hand-written blind): sensitive rows in Hungarian, Romanian, Bulgarian,
Russian, Ukrainian, Belarusian, Lithuanian and Latvian. Values from the seeded generator in
``_eval6_part_b2``. Blind: composed without looking at the scanner, its tests or any other
evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval6_part_b2 import C, V, _j, _r
except ImportError:
    from _eval6_part_b2 import C, V, _j, _r  # type: ignore[import-not-found,no-redef]

ROWS_B3: list[dict[str, object]] = [
    _r(
        C,
        "írj egy kedves születésnapi köszöntőt Szabó Ilonának a szomszédból, 1958. április 3-án született, nagyon szereti a kertjét meg a macskáit",
        ("PERSON", "Szabó Ilonának"),
        ("DATE_OF_BIRTH", "1958. április 3"),
    ),
    _r(
        C,
        "INSERT INTO ugyfelek (nev, email, telefon, varos) VALUES\n  ('Lakatos Rozália', 'rozi.lakatos@freemail.hu', '+36 30 415 2290', 'Miskolc'),\n  ('Tóth Gergő', 'gergo.toth@citromail.hu', '06 20 338 1175', 'Pécs');",
        ("PERSON", "Lakatos Rozália"),
        ("EMAIL_ADDRESS", "rozi.lakatos@freemail.hu"),
        ("PHONE_NUMBER", "+36 30 415 2290"),
        ("PERSON", "Tóth Gergő"),
        ("EMAIL_ADDRESS", "gergo.toth@citromail.hu"),
        ("PHONE_NUMBER", "06 20 338 1175"),
    ),
    _r(
        C,
        f"Számla sorszáma: KFT-2024/0913\nVevő: Horváthné Kiss Erzsébet egyéni vállalkozó\nFizetendő: 128 270 Ft\nBankszámla: {V['iban_hu']}\nFizetési határidő: 2024.12.15.",
        ("PERSON", "Horváthné Kiss Erzsébet"),
        ("IBAN_CODE", V["iban_hu"]),
    ),
    _r(
        "tool_description",
        f"Lekéri az aktuális időjárást egy magyar településre. Belső kulcs a szolgáltatóhoz: {V['google']} (ne add ki a felhasználónak).",
        ("API_TOKEN", V["google"]),
    ),
    _r("user", "farkas.bence99@gmail.com", ("EMAIL_ADDRESS", "farkas.bence99@gmail.com")),
    _r(
        C,
        f"salut, trebuie sa completez formularul pentru INPS. ma numesc Andrei Popescu, codul fiscal italian e {V['cf']}, m-am nascut pe 12 mai 1984 la Suceava. cum zic in italiana 'lucrez ca zidar din 2019'?",
        ("PERSON", "Andrei Popescu"),
        ("IT_FISCAL_CODE", V["cf"]),
        ("DATE_OF_BIRTH", "12 mai 1984"),
    ),
    _r(
        C,
        "Client: bună ziua, nu primesc SMS-ul de confirmare pe 0744 512 683 de ieri\nAgent: Vă rog să verificați dacă numărul nu e blocat pentru mesaje promoționale.\nClient: nu e, am verificat",
        ("PHONE_NUMBER", "0744 512 683"),
    ),
    _r(
        C,
        f"Cu stimă,\nIoana-Maria Răducanu\nContabil autorizat\nStr. Avram Iancu nr. 9, ap. 4, Cluj-Napoca\nCont: {V['iban_ro']}",
        ("PERSON", "Ioana-Maria Răducanu"),
        ("STREET_ADDRESS", "Str. Avram Iancu nr. 9, ap. 4, Cluj-Napoca"),
        ("IBAN_CODE", V["iban_ro"]),
    ),
    _r(
        "metadata",
        "pacient=Gheorghe Dumitrescu | diagnostic=BPOC stadiul III | medic_familie=dr. Enache",
        ("PERSON", "Gheorghe Dumitrescu"),
        ("MEDICAL", "BPOC stadiul III"),
        ("PERSON", "Enache"),
    ),
    _r(
        C,
        "fisa de inscriere la gradinita:\nnume copil: Darius Stoica\ndata nasterii: 07/11/2020\nalergii: arahide",
        ("PERSON", "Darius Stoica"),
        ("DATE_OF_BIRTH", "07/11/2020"),
        ("MEDICAL", "alergii: arahide"),
    ),
    _r(
        C,
        "Здравейте, аз съм Петя Димитрова, майката на Калоян от 2а клас. Утре няма да дойде на училище, вдигна температура. Благодаря!",
        ("PERSON", "Петя Димитрова"),
        ("PERSON", "Калоян"),
    ),
    _r(
        C,
        f"Моля, преведете депозита на IBAN {V['iban_bg']}, титуляр Стефан Николов. Ключовете ще оставя на портиера.",
        ("IBAN_CODE", V["iban_bg"]),
        ("PERSON", "Стефан Николов"),
    ),
    _r(
        C,
        f"защо ботът не отговаря?\n\nTELEGRAM_BOT_TOKEN={V['tg']}\nCHAT_ID=-1001822734410\n\nлогът казва 409 Conflict",
        ("API_TOKEN", V["tg"]),
    ),
    _r(
        "tool_arguments",
        _j(
            {
                "to": "+359 88 742 1903",
                "text": "Вашата поръчка е готова за взимане от офис Младост 4.",
            }
        ),
        ("PHONE_NUMBER", "+359 88 742 1903"),
    ),
    _r(
        C,
        "передай пожалуйста Ольге Сергеевне Кузнецовой что договор аренды готов и можно подписывать в четверг",
        ("PERSON", "Ольге Сергеевне Кузнецовой"),
    ),
    _r(
        C,
        "2024-11-02 13:44:10,118 WARN  [auth] failed login attempt 5/5 for user=r.habibullin@yandex.ru from 10.0.3.17, account locked for 15 min",
        ("EMAIL_ADDRESS", "r.habibullin@yandex.ru"),
    ),
    _r(
        C,
        "Приказ №117-к\nЗачислить в число студентов 1 курса Иванову Дарью Андреевну, 14.02.2006 г.р., на бюджетную основу.",
        ("PERSON", "Иванову Дарью Андреевну"),
        ("DATE_OF_BIRTH", "14.02.2006"),
    ),
    _r(
        C,
        f"почему 401? делаю так:\ncurl -s -H 'Authorization: Bearer {V['jwt1']}' https://api.dostavka-local.ru/v2/orders?status=new",
        ("AUTH_HEADER", f"Bearer {V['jwt1']}"),
    ),
    _r(
        C,
        f"оплатил картой {V['mc2']} подписку, а доступ так и не открылся, верните деньги",
        ("CREDIT_CARD", V["mc2"]),
    ),
    _r(
        C,
        "Отримувач: Оксана Гнатюк\nТел.: +380 67 415 2093\nНова пошта, відділення №12, Тернопіль\nОпис: дитячі черевики, 1 шт.",
        ("PERSON", "Оксана Гнатюк"),
        ("PHONE_NUMBER", "+380 67 415 2093"),
    ),
    _r(
        C,
        f"скинь мені будь ласка на {V['iban_ua']} за квитки, 1840 грн",
        ("IBAN_CODE", V["iban_ua"]),
    ),
    _r(
        C,
        f"допоможи заповнити форму на empadronamiento: Тарас Бондаренко, NIE {V['nie1']}, живу в Валенсії з квітня 2022",
        ("PERSON", "Тарас Бондаренко"),
        ("ES_NIE", V["nie1"]),
    ),
    _r(
        "system",
        "Ти асистент сімейного лікаря. Користувачка питає про свою маму, Валентину Петрівну Мельник: у неї гіпотиреоз, приймає еутирокс. Відповідай коротко й обережно.",
        ("PERSON", "Валентину Петрівну Мельник"),
        ("MEDICAL", "гіпотиреоз"),
    ),
    _r(
        C,
        "Паважаная спадарыня Тацяна Лук'янчык!\nПаведамляем, што Ваша заява разгледжана. Адказ будзе дасланы на адрас вул. Някрасава 14, кв. 37, Мінск.",
        ("PERSON", "Тацяна Лук'янчык"),
        ("STREET_ADDRESS", "вул. Някрасава 14, кв. 37, Мінск"),
    ),
    _r("name", "Алесь Жукоўскі", ("PERSON", "Алесь Жукоўскі")),
    _r(
        C,
        "мой нумар +375 29 614-27-83, пішы ў вайбер калі што",
        ("PHONE_NUMBER", "+375 29 614-27-83"),
    ),
    _r(
        C,
        "Анкета ўдзельніка: Вольга Кавалёва, нарадзілася 5 лютага 1990 года ў Гродне, пасведчанне кіроўцы ёсць.",
        ("PERSON", "Вольга Кавалёва"),
        ("DATE_OF_BIRTH", "5 лютага 1990 года"),
    ),
    _r(
        C,
        "parašyk trumpą padėką Rasai Petrauskienei, kuri visą savaitę prižiūrėjo mūsų šunį kol buvom Palangoje",
        ("PERSON", "Rasai Petrauskienei"),
    ),
    _r(
        C,
        f"Sąskaita Nr. 0047\nPardavėjas: MB „Medžio dirbtuvė“\nMokėti į: {V['iban_lt']}\nSuma: 312,00 EUR",
        ("IBAN_CODE", V["iban_lt"]),
    ),
    _r(
        C,
        f"translate to english for my employer please: Mano vardas Mindaugas Kazlauskas, mano draudimo numeris (NINO) yra {V['nino2']}",
        ("PERSON", "Mindaugas Kazlauskas"),
        ("UK_NINO", V["nino2"]),
    ),
    _r(
        "tool_arguments",
        _j({"vardas": "Gintarė Vaitkutė", "gimimo_data": "1987 m. kovo 12 d.", "grupe": "B"}),
        ("PERSON", "Gintarė Vaitkutė"),
        ("DATE_OF_BIRTH", "1987 m. kovo 12 d."),
    ),
    _r(
        C,
        "lūdzu uzraksti īsu e-pastu, lai nosūtītu Jānim Bērziņam rēķinu par decembra apkuri, viņš vienmēr aizmirst",
        ("PERSON", "Jānim Bērziņam"),
    ),
    _r(
        C,
        f"Rekvizīti ziedojumam:\nSaņēmējs: biedrība “Ķepu draugi”\nKonts: {V['iban_lv']}\nMērķis: barība patversmei",
        ("IBAN_CODE", V["iban_lv"]),
    ),
    _r(
        C,
        "Sveiki! Te Edgars no 5. dz., zvaniet +371 2614 8830, ja kaut ko vajag no veikala",
        ("PERSON", "Edgars"),
        ("PHONE_NUMBER", "+371 2614 8830"),
    ),
    _r(
        "metadata",
        "klients: Ilze Kalniņa; piezīmes: migrēna ar auru, izvairīties no spilgtas gaismas procedūrās",
        ("PERSON", "Ilze Kalniņa"),
        ("MEDICAL", "migrēna ar auru"),
    ),
]
