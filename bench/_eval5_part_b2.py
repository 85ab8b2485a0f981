"""Evaluation 5, part B2: hand-written prompts (seed 266183), written blind.

Extends part B3's ROWS (helpers and the first rows live there); part B extends this one.
"""

# ruff: noqa: RUF001  (multilingual prompts: Cyrillic/Greek letters and dashes are the point)

from __future__ import annotations

try:
    from bench import _eval5_part_b3 as _b3
except ModuleNotFoundError:  # run from inside bench/
    import _eval5_part_b3 as _b3  # type: ignore[no-redef]

card, make_iban, row, token = _b3.card, _b3.make_iban, _b3.row, _b3.token

_IBAN_HR = make_iban("HR", "n" * 17)
_IBAN_RS = make_iban("RS", "n" * 18, spaced=False)
_IBAN_SI = make_iban("SI", "n" * 15)
_IBAN_BG = make_iban("BG", "UNCR" + "n" * 14)
_BSN_NG = _b3.nl_bsn()
_CARD_RU = card("2200", sep=" ")
_DJANGO_KEY = token("django-insecure-", 38, _b3.ALNUM + "!@#%^&*(-_=+)")
_AWS_RU = _b3.aws_key_id()
_AWS_SECRET_RU = token("", 40, _b3.ALNUM + "/+")
_GH_TOKEN_SL = token("ghp_", 36)

ROWS: list[dict[str, object]] = [
    *_b3.ROWS,
    # --- Croatian ---
    row(
        "content",
        "Trebam pomoć s odgovorom na ovu tužbu, što da napišem?\n\n"
        "OPĆINSKI GRAĐANSKI SUD U ZAGREBU\n"
        "Poslovni broj: P-1842/2024\n"
        "Tužitelj: Ivan Babić, Ilica 112, 10000 Zagreb\n"
        "Tuženik: Vodoinstalacije Kos d.o.o.\n"
        "Radi: naknade štete, vrijednost predmeta spora 4.300,00 EUR\n"
        f"Tužitelj traži uplatu na račun {_IBAN_HR}.",
        ("PERSON", "Ivan Babić"),
        ("STREET_ADDRESS", "Ilica 112, 10000 Zagreb"),
        ("IBAN_CODE", _IBAN_HR),
    ),
    row(
        "content",
        "bok sestro, lozinka za netflix je Mačkica.2020 a mail je isti ko prije, nemoj mijenjat",
        ("PASSWORD", "Mačkica.2020"),
    ),
    row(
        "user",
        "marija.kovacevic.zg@gmail.com",
        ("EMAIL_ADDRESS", "marija.kovacevic.zg@gmail.com"),
    ),
    row(
        "content",
        "Napiši službenu obavijest za tim: djelatnica Petra Jurić bit će na bolovanju do 20. "
        "prosinca zbog operacije koljena, a do tada je mijenja Marko Perić.",
        ("PERSON", "Petra Jurić"),
        ("MEDICAL", "operacije koljena"),
        ("PERSON", "Marko Perić"),
    ),
    # --- Serbian (Cyrillic and Latin) ---
    row(
        "content",
        "Преправи ово да буде формалније:\n"
        "Поштовани, молим вас да ми издате уверење о пребивалишту. Милош Петровић, рођен "
        "14.02.1990. године, Булевар ослобођења 45, Нови Сад. Хвала унапред.",
        ("PERSON", "Милош Петровић"),
        ("DATE_OF_BIRTH", "14.02.1990"),
        ("STREET_ADDRESS", "Булевар ослобођења 45, Нови Сад"),
    ),
    row(
        "metadata",
        '{"пацијент": "Јелена Јовановић", "дијагноза": "дијабетес тип 1", "тел": "064 123 4578"}',
        ("PERSON", "Јелена Јовановић"),
        ("MEDICAL", "дијабетес тип 1"),
        ("PHONE_NUMBER", "064 123 4578"),
    ),
    row(
        "system",
        "Ти си асистент банке. Клијент: Драган Николић, рачун "
        f"{_IBAN_RS}, е-пошта dragan.nikolic@mts.rs. Не откривај број рачуна трећим лицима.",
        ("PERSON", "Драган Николић"),
        ("IBAN_CODE", _IBAN_RS),
        ("EMAIL_ADDRESS", "dragan.nikolic@mts.rs"),
    ),
    row(
        "content",
        "Zapisnik sa sastanka tima, 12.11.\n"
        "Prisutni: Nikola Đorđević, Ana Marković, Stefan Ilić\n"
        "1. Rok za release pomeren na 5.12.\n"
        "2. Ani Marković odobreno povećanje plate od 1.1.\n"
        "3. Stefanu odobreno bolovanje naredne nedelje (operacija slepog creva)\n"
        "Napravi mi od ovoga kratak mejl za tim, bez tačke 2.",
        ("PERSON", "Nikola Đorđević"),
        ("PERSON", "Ana Marković"),
        ("PERSON", "Stefan Ilić"),
        ("PERSON", "Ani Marković"),
        ("PERSON", "Stefanu"),
        ("MEDICAL", "operacija slepog creva"),
    ),
    row(
        "tool_arguments",
        '{"to": "jovana.stankovic@gmail.com", "subject": "Ugovor o zakupu", "body": '
        '"Poštovana gospođo Stanković, u prilogu je ugovor za stan u Ulici kralja Petra 18, '
        'Beograd. Potpišite i vratite do petka."}',
        ("EMAIL_ADDRESS", "jovana.stankovic@gmail.com"),
        ("PERSON", "Stanković"),
        ("STREET_ADDRESS", "Ulici kralja Petra 18, Beograd"),
    ),
    # --- Slovenian ---
    row(
        "content",
        "Lahko napišeš prijazen odgovor na tole povpraševanje za najem apartmaja?\n\n"
        "Zanima me, ali je apartma prost od 3. do 10. avgusta za 4 osebe.\n"
        "Lep pozdrav,\n"
        "Matej Kranjc\n"
        "Slovenska cesta 54, 1000 Ljubljana\n"
        "GSM: 041 558 203",
        ("PERSON", "Matej Kranjc"),
        ("STREET_ADDRESS", "Slovenska cesta 54, 1000 Ljubljana"),
        ("PHONE_NUMBER", "041 558 203"),
    ),
    row(
        "content",
        "Prijava škode – nezgodno zavarovanje. Zavarovanka: Mojca Zupan, rojena 3. 9. 1984. "
        "Dne 2. 11. sem na smučišču Krvavec padla in si strgala križno vez na levem kolenu. "
        "Prosim pomagaj mi lepo opisati dogodek za zavarovalnico.",
        ("PERSON", "Mojca Zupan"),
        ("DATE_OF_BIRTH", "3. 9. 1984"),
        ("MEDICAL", "strgala križno vez na levem kolenu"),
    ),
    row(
        "tool_arguments",
        '{"prejemnik": "Boštjan Vidmar", "iban": "'
        f"{_IBAN_SI}"
        '", "znesek": "650,00", "namen": "najemnina december"}',
        ("PERSON", "Boštjan Vidmar"),
        ("IBAN_CODE", _IBAN_SI),
    ),
    row(
        "content",
        "zakaj github actions ne najde tokena? v workflowu imam\n"
        "env:\n"
        f"  GH_TOKEN: {_GH_TOKEN_SL}\n"
        "pa vseeno dobim 'Bad credentials'",
        ("API_TOKEN", _GH_TOKEN_SL),
    ),
    # --- Bulgarian ---
    row(
        "content",
        "Направление за консултация\n"
        "Пациент: Радослава Петкова, родена на 5 март 1971 г.\n"
        "Диагноза: хипотиреоидизъм, нодозна струма\n"
        "Към: ендокринолог\n"
        "Преведи го на английски, моля.",
        ("PERSON", "Радослава Петкова"),
        ("DATE_OF_BIRTH", "5 март 1971"),
        ("MEDICAL", "хипотиреоидизъм, нодозна струма"),
    ),
    row(
        "metadata",
        '{"customer": "Стефан Колев", "new_address": "ж.к. Младост 1, бл. 24, вх. Б, ап. 16, '
        '1784 София", "phone": "0888 412 905", "order": 100238871}',
        ("PERSON", "Стефан Колев"),
        ("STREET_ADDRESS", "ж.к. Младост 1, бл. 24, вх. Б, ап. 16, 1784 София"),
        ("PHONE_NUMBER", "0888 412 905"),
    ),
    row(
        "system",
        "Ти си асистент на счетоводна къща. Клиентът е Веселина Тодорова, IBAN "
        f"{_IBAN_BG}, имейл vesi.todorova@abv.bg. Помагай с въпроси за ДДС и осигуровки.",
        ("PERSON", "Веселина Тодорова"),
        ("IBAN_CODE", _IBAN_BG),
        ("EMAIL_ADDRESS", "vesi.todorova@abv.bg"),
    ),
    row(
        "content",
        "Hi, I moved to Eindhoven and got my BSN "
        f"{_BSN_NG} in a letter, but the gemeente wrote my name as Nikolay Georgiev and on "
        "my passport it is Nikolai. Is this a problem for DigiD and the bank?",
        ("NL_BSN", _BSN_NG),
        ("PERSON", "Nikolay Georgiev"),
        ("PERSON", "Nikolai"),
    ),
    # --- Russian ---
    row(
        "content",
        "Помоги составить претензию в магазин. Меня зовут Кузнецова Ольга Сергеевна, адрес: "
        "г. Москва, ул. Профсоюзная, д. 84, кв. 112, телефон +7 916 482-33-17. Купила "
        "холодильник 3 октября, через неделю перестал морозить.",
        ("PERSON", "Кузнецова Ольга Сергеевна"),
        ("STREET_ADDRESS", "г. Москва, ул. Профсоюзная, д. 84, кв. 112"),
        ("PHONE_NUMBER", "+7 916 482-33-17"),
    ),
    row(
        "content",
        "# settings/prod.py — настройки прода, не коммитить!\n"
        f"SECRET_KEY = '{_DJANGO_KEY}'\n"
        f"AWS_ACCESS_KEY_ID = '{_AWS_RU}'\n"
        f"AWS_SECRET_ACCESS_KEY = '{_AWS_SECRET_RU}'\n"
        "AWS_STORAGE_BUCKET_NAME = 'shop-media'\n\n"
        "Почему boto3 всё равно пишет NoCredentialsError?",
        ("SECRET", _DJANGO_KEY),
        ("AWS_ACCESS_KEY", _AWS_RU),
        ("SECRET", _AWS_SECRET_RU),
    ),
    row(
        "content",
        "напиши письмо дмитрию волкову что его новый пароль от корпоративной почты солнце2024 "
        "и его надо сменить при первом входе",
        ("PERSON", "дмитрию волкову"),
        ("PASSWORD", "солнце2024"),
    ),
    row(
        "tool_arguments",
        '{"card_number": "'
        f"{_CARD_RU}"
        '", "card_holder": "IVAN SMIRNOV", "exp": "04/27", "amount": 15990, "currency": "RUB"}',
        ("CREDIT_CARD", _CARD_RU),
        ("PERSON", "IVAN SMIRNOV"),
    ),
    row("user", "a.v.kuznetsov@mail.ru", ("EMAIL_ADDRESS", "a.v.kuznetsov@mail.ru")),
    row(
        "content",
        "У моей мамы, Нины Петровны Соколовой, 1949 г.р., нашли мерцательную аритмию. Какие "
        "вопросы задать кардиологу на приёме?",
        ("PERSON", "Нины Петровны Соколовой"),
        ("DATE_OF_BIRTH", "1949"),
        ("MEDICAL", "мерцательную аритмию"),
    ),
    # --- benign ---
    row(
        "content",
        "Napisz rozprawkę na 2 strony: czy Stanisław Wokulski z „Lalki” Prusa był bardziej "
        "romantykiem czy pozytywistą? Uwzględnij jego relację z Izabelą Łęcką i Rzeckiego.",
    ),
    row(
        "content",
        "jak w pythonie posortować listę słowników po dacie? mam coś takiego:\n"
        "orders = [{'id': 1042, 'data': '2024-03-01'}, {'id': 977, 'data': '2023-12-19'}]\n"
        "i chcę od najnowszych",
    ),
    row(
        "content",
        "W dokumentacji AWS jest przykład z kluczem AKIAIOSFODNN7EXAMPLE i sekretem "
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Czy w pliku ~/.aws/credentials muszę mieć "
        "też region, czy wystarczy profil default?",
    ),
    row(
        "tool_description",
        "Wyszukuje zamówienia w sklepie po numerze (np. ZAM/2024/00871) albo po statusie. "
        "Zwraca listę pozycji, kwotę brutto i datę wysyłki.",
    ),
    row(
        "system",
        "Jesteś pomocnym asystentem sklepu internetowego z elektroniką. Odpowiadaj po polsku, "
        "krótko i konkretnie. Nie proś klientów o PESEL ani numer karty.",
    ),
    row(
        "content",
        "Proč je Karel IV. tak důležitý pro Prahu? Potřebuju to na referát do dějepisu, stačí "
        "Karlova univerzita, Nové Město a Karlův most.",
    ),
    row(
        "content",
        "Recept na svíčkovou na smetaně pro 6 lidí, ideálně jak ji dělala babička – s knedlíkem, "
        "brusinkami a šlehačkou. Kolik hodin má maso marinovat?",
    ),
    row("metadata", '{"app_version": "4.12.1", "locale": "cs-CZ", "ts": 1733058000}'),
    row(
        "content",
        "Aké sú podmienky na založenie živnosti na Slovensku v roku 2025? Koľko sú odvody do "
        "Sociálnej poisťovne pre začínajúceho živnostníka?",
    ),
    row(
        "content",
        "Kto bol Milan Rastislav Štefánik a prečo je pochovaný na Bradle? Napíš to pre deti "
        "na základnej škole.",
    ),
    row(
        "content",
        "Írj egy rövid verset Petőfi Sándor stílusában a Balatonról, lehetőleg rímesen, "
        "négy versszakban.",
    ),
    row(
        "content",
        "Miért nem működik ez a connection string? "
        "Server=localhost;Database=raktar;User Id=sa;Password=<YOUR_PASSWORD>; "
        "A hibaüzenet: Login failed for user 'sa'.",
    ),
    row(
        "content",
        "Care e diferența dintre SRL și PFA în 2025? Lucrez ca programator pentru o firmă din "
        "Germania și vreau să plătesc cât mai puține taxe legal.",
    ),
    row(
        "content",
        "Fă-mi un rezumat la „Luceafărul” de Mihai Eminescu, cu accent pe Hyperion și "
        "Cătălina, pentru bacalaureat.",
    ),
    row("name", "support_bot_ro"),
    row(
        "content",
        "Planiram 5 dana od Splita do Dubrovnika s trajektima, bez auta. Koje otoke preporučuješ "
        "i kako idu linije Jadrolinije u lipnju?",
    ),
    row(
        "content",
        "Koliko je utakmica Luka Modrić odigrao za reprezentaciju i koji mu je bio najbolji "
        "turnir? Usporedi ga s Bobanom.",
    ),
    row(
        "content",
        "Koliko traje otkazni rok u Hrvatskoj ako radim 6 godina kod istog poslodavca i "
        "otkaz daje poslodavac?",
    ),
    row(
        "content",
        "Ко је био Никола Тесла и који су његови најважнији патенти? Укратко, за презентацију "
        "у школи.",
    ),
    row(
        "tool_arguments",
        '{"path": "docker-compose.yml", "content": "services:\\n  db:\\n    image: postgres:16\\n'
        '    environment:\\n      POSTGRES_USER: postgres\\n      POSTGRES_PASSWORD: changeme\\n"}',
    ),
    row(
        "content",
        "Razloži mi Prešernovo Zdravljico kitico po kitico – zakaj je sedma kitica postala himna?",
    ),
    row(
        "content",
        "Рецепта за баница със сирене и кисело мляко, с готови кори. Колко яйца ми трябват "
        "за една тава?",
    ),
    row(
        "content",
        "Защо Васил Левски е наричан Апостола на свободата? Трябва ми кратък текст за 19 февруари.",
    ),
    row(
        "system",
        "Ты — опытный Python-разработчик и ревьюер кода. Объясняй разницу между asyncio, "
        "threading и multiprocessing на коротких примерах, отвечай по-русски, код без "
        "комментариев на английском.",
    ),
    row(
        "content",
        "Почему Раскольников в итоге признаётся? Какую роль играют Соня Мармеладова и "
        "Порфирий Петрович? Нужен план сочинения.",
    ),
    # --- benign ---
    row(
        "content",
        "Які симптоми кліщового енцефаліту і через скільки днів після укусу кліща треба йти "
        "до лікаря? Чи варто робити щеплення перед походом у Карпати?",
    ),
    row(
        "content",
        "Чому Тараса Шевченка називають Кобзарем? Коротко, для уроку літератури в 7 класі, "
        "і згадай «Заповіт».",
    ),
    row(
        "content",
        "Εξήγησέ μου τη μάχη των Θερμοπυλών και τον ρόλο του Λεωνίδα. Είναι αλήθεια ότι "
        "πολέμησαν μόνο 300 Σπαρτιάτες;",
    ),
    row(
        "system",
        "Είσαι βοηθός για τουριστικό γραφείο στη Σαντορίνη. Προτείνεις εκδρομές, εστιατόρια "
        "και την καλύτερη ώρα για το ηλιοβασίλεμα στην Οία. Απαντάς στα ελληνικά ή στα αγγλικά.",
    ),
    row(
        "content",
        "Atatürk'ün Nutuk'unu bir sayfada özetler misin? Lise ödevi için, Samsun'a çıkış ve "
        "Sivas Kongresi kısmı önemli.",
    ),
    row(
        "content",
        "React'te useEffect neden iki kere çalışıyor? StrictMode ile mi ilgili? React 18.2.0 "
        "ve Vite 5.1 kullanıyorum, production build'de bir kere çalışıyor.",
    ),
    row(
        "content",
        "Miksi Sibeliuksen Finlandia oli aikanaan niin tärkeä? Ja miten Gallen-Kallela liittyy "
        "Kalevalaan ja Sibeliukseen?",
    ),
    row(
        "content",
        "Kuidas asutada OÜ e-residentsusega ja kas ma pean Eestis raamatupidajat palkama, kui "
        "käive on alla 40 000 euro?",
    ),
    row(
        "content",
        "Kas bija Rainis un Aspazija, un kāpēc viņu dzejai bija tik liela nozīme 1905. gada "
        "revolūcijas laikā?",
    ),
    row(
        "content",
        "Kaip paruošti cepelinus su mėsa? Kiek bulvių reikia 4 žmonėms ir kaip padaryti, kad "
        "nesubyrėtų verdant?",
    ),
    row(
        "content",
        "Skriv en kort sammanfattning av Astrid Lindgrens Bröderna Lejonhjärta för en "
        "bokrecension i årskurs 5. Nämn Skorpan, Jonatan och draken Katla.",
    ),
    row(
        "content",
        "Hvad er forskellen på A-indkomst og B-indkomst, og hvornår skal jeg momsregistreres "
        "som freelancer i Danmark?",
    ),
    row(
        "content",
        "Hvor mange mål scoret Erling Haaland for Manchester City i sin første sesong, og "
        "hvordan står det seg mot Shearer og Salah sine rekorder?",
    ),
    row(
        "content",
        "Um hvað fjallar Egils saga og hver var Egill Skallagrímsson? Ég þarf stutta samantekt "
        "fyrir íslenskutíma.",
    ),
    row(
        "content",
        "Can you review this README section? Is it clear enough for new devs?\n\n"
        "```\n"
        "export OPENAI_API_KEY=sk-your-key-here\n"
        "export DB_URL=postgres://user:password@localhost:5432/mydb\n"
        "```\n"
        "Then run `make dev` and open http://localhost:8080.",
    ),
    row(
        "tool_description",
        "Returns the weather forecast for a city (e.g. 'Kraków', 'Brno', 'Tartu'). Parameters: "
        "city (string), days (integer, 1-7), units ('metric' or 'imperial').",
    ),
    row(
        "tool_description",
        "Αναζητά πτήσεις με βάση κωδικούς IATA (π.χ. ATH, SKG, HER) και ημερομηνία. "
        "Επιστρέφει έως 20 αποτελέσματα ταξινομημένα κατά τιμή.",
    ),
    row(
        "tool_arguments",
        '{"query": "hotele w Zakopanem z basenem", "checkin": "2025-02-14", "nights": 3, '
        '"guests": 2}',
    ),
    row("tool_arguments", '{"sql": "SELECT status, total FROM orders WHERE order_id = 558210;"}'),
    row("tool_arguments", '{"city": "Göteborg", "category": "restauranger", "limit": 10}'),
    row(
        "system",
        "Olet ystävällinen asiakaspalvelubotti verkkokaupassa. Vastaa suomeksi tai ruotsiksi "
        "asiakkaan kielen mukaan. Palautusoikeus on 30 päivää.",
    ),
    row("user", "tenant_4821"),
    row("user", "user-7f3a9c"),
    row("name", "kadry_asystent"),
    row(
        "metadata", "trace_id=9f1c2ab7 region=eu-north-1 model=gpt-4o retry=0 ts=2025-01-08T09:14Z"
    ),
]
