# ruff: noqa: RUF001, E501
"""Evaluation 6, part b (hand-written blind): the 50 benign rows, in all of writer B's languages.

Public people, characters, places, brands and works; code, configs with placeholders, maths,
recipes, travel questions and non-personal numbers. Blind: composed without looking at the
scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval6_part_b2 import C, _j, _r
except ImportError:
    from _eval6_part_b2 import C, _j, _r  # type: ignore[import-not-found,no-redef]

ROWS_B4: list[dict[str, object]] = [
    _r(C, "kto napisał Lalkę, Bolesław Prus czy Sienkiewicz? i czy to dalej jest lektura w liceum"),
    _r(
        C,
        "przepis na pierogi ruskie, ile twarogu i ziemniaków na 500 g mąki? wychodzi mi za suche ciasto",
    ),
    _r(C, "Ile razy Iga Świątek wygrała Roland Garros i z kim grała w finale w 2022?"),
    _r(
        C,
        "Proč Švejk v knize Jaroslava Haška pořád vypráví historky o lidech z Budějovic? Je to satira na rakouskou armádu?",
    ),
    _r(
        C,
        "mám tohle a chci to udělat rekurzivně:\n\ndef faktorial(n):\n    vysledek = 1\n    for i in range(2, n + 1):\n        vysledek *= i\n    return vysledek",
    ),
    _r(
        C, "koľko meria Gerlachovský štít a dá sa tam ísť bez horského vodcu z Tatranskej Polianky?"
    ),
    _r(C, "Peter Sagan alebo Tadej Pogačar, kto vyhral viac etáp na Tour de France?"),
    _r(C, "Luka Dončić statistika v sezoni 2023/24 pri Dallas Mavericks, točke na tekmo"),
    _r(C, "Kako pridem iz Ljubljane do Bleda z avtobusom ob nedeljah in koliko stane vozovnica?"),
    _r(
        C,
        "objasni mi jednostavno kako je Nikola Tesla zamislio izmjeničnu struju i zašto je Edison bio protiv",
    ),
    _r(
        C,
        "ovo je moj docker .env template, jel dobro?\n\nDB_HOST=localhost\nDB_USER=<korisnik>\nDB_PASSWORD=<upisi-lozinku>\nAPI_KEY=changeme",
    ),
    _r(C, "Novak Đoković koliko grend slem titula ima ukupno i koliko na Vimbldonu?"),
    _r(
        C,
        "Ко је написао На Дрини ћуприја? Треба ми кратак садржај за лектиру, Иво Андрић ако се не варам.",
    ),
    _r(
        C,
        "recept za burek sa mesom, koliko dugo se peče u rerni na 220 i da li se jufke mažu uljem?",
    ),
    _r(C, "Magyarázd el egyszerűen, miért kapott Karikó Katalin Nobel-díjat az mRNS-kutatásért."),
    _r(C, "oldd meg lépésenként: 3x^2 - 12x + 9 = 0"),
    _r(C, "Nadia Comăneci a luat primul 10 la Montreal în 1976, la ce aparat a fost?"),
    _r(
        C,
        "scrie-mi un template de SMS pentru clienți: 'Bună, {prenume}! Comanda {numar_comanda} a fost expediată și ajunge în 2-3 zile.'",
    ),
    _r(C, "Разкажи ми за Христо Стоичков и Златната топка през 1994 г."),
    _r(
        C, "каква е разликата между Rust и Go за писане на уеб сървъри, кое е по-лесно за начинаещ?"
    ),
    _r(
        C,
        "почему в «Преступлении и наказании» Раскольников всё-таки идёт к старухе-процентщице? объясни мотив",
    ),
    _r(
        C,
        "SELECT status, count(*) FROM orders WHERE created_at >= '2024-01-01' GROUP BY status;\nкак ускорить, если в таблице 40 млн строк?",
    ),
    _r(C, "розкажи коротко про Лесю Українку і про що «Лісова пісня»"),
    _r(C, "Інтерсіті 743 Київ–Львів, скільки їхати і чи є розетки у вагоні 2 класу?"),
    _r(C, "За што Святлана Алексіевіч атрымала Нобелеўскую прэмію ў 2015 годзе?"),
    _r(C, "Arvydas Sabonis karjera Portland Trail Blazers komandoje, kiek sezonų žaidė NBA?"),
    _r(C, "cik ilgi jāvāra griķi? viena glāze griķu, cik ūdens?"),
    _r(C, "Mikä oli Tove Janssonin ensimmäinen muumikirja ja esiintyykö Pikku Myy siinä jo?"),
    _r(C, "Var spelades Pippi Långstrump-filmerna in, finns Villa Villekulla kvar på Gotland?"),
    _r(
        C, "hur ångrar jag senaste commit men behåller ändringarna? är det git reset --soft HEAD~1?"
    ),
    _r(C, "Hvor mange mål har Erling Haaland scoret for Manchester City denne sesongen?"),
    _r(
        C, "hva er hovedtemaet i Et dukkehjem av Henrik Ibsen? skal ha fremføring i norsk på fredag"
    ),
    _r(C, "Hvornår udkom H.C. Andersens Den lille havfrue, og hvorfor står statuen på Langelinie?"),
    _r(C, "hvenær gaus Eyjafjallajökull og hvers vegna stöðvaðist flugumferð í Evrópu?"),
    _r(C, "Πόσα βραβεία MVP έχει κερδίσει ο Γιάννης Αντετοκούνμπο με τους Μπακς;"),
    _r(C, "συνταγή για μουσακά για 6 άτομα, πόση μπεσαμέλ χρειάζομαι;"),
    _r(C, "Orhan Pamuk'un Masumiyet Müzesi İstanbul'da nerede, giriş ücreti ne kadar?"),
    _r(
        C,
        'docker compose dosyama postgres nasıl eklerim?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n    ports:\n      - "5432:5432"',
    ),
    _r(C, "më bëj një përmbledhje të shkurtër të romanit Kështjella të Ismail Kadaresë"),
    _r(C, "Kur e ka Dua Lipa koncertin e radhës në Tiranë dhe sa kushtojnë biletat?"),
    _r(
        "system",
        "Jesteś asystentem sklepu internetowego z elektroniką. Odpowiadaj po polsku, krótko, ceny podawaj brutto w złotych.",
    ),
    _r(
        "system",
        "Ты — помощник по рецептам. Отвечай по-русски, используй метрические единицы и граммы.",
    ),
    _r(
        "tool_description",
        "Vrátí jízdní řád spojů PID mezi dvěma zastávkami. Parametry: from, to, time (ISO 8601).",
    ),
    _r("tool_description", "Verilen metni Türkçeden İngilizceye çevirir; hiçbir veriyi saklamaz."),
    _r("tool_arguments", _j({"city": "Ljubljana", "units": "metric", "days": 3})),
    _r(
        "tool_arguments", _j({"query": "Arvo Pärt Spiegel im Spiegel noodid klaverile", "limit": 5})
    ),
    _r("name", "planer_podrozy"),
    _r("user", "u-20948813"),
    _r("metadata", "campaign=black_friday_2024;channel=newsletter;variant=B"),
    _r("metadata", "order_id=DK-2024-118842; sku=LEGO-42115; qty=1; price=2799.00 DKK"),
]
