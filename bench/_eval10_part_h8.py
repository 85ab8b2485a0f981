# ruff: noqa: E501, RUF001
"""Evaluation 10, writer H: benign prompts in Polish, Czech, Slovak, Hungarian, Romanian, Russian, Ukrainian, Greek, Turkish, Hebrew, Arabic, Vietnamese, Indonesian and English written by their speakers.

Writer H's part (seed of the generated values: ``random.Random(918263)``; none are used here).
No private person's data and no real secret, though many look as if they might: public and
historical people, fictional characters, placeholder names and identifiers, invoice and
tracking numbers, documentation IP addresses, brands named after people. Written by hand,
one by one. Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def row(field: str, text: str) -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    row(
        "content",
        "Mam szablon wniosku z przykładowymi danymi: 'Jan Kowalski, ul. Przykładowa 1, 00-001 Warszawa, PESEL 00000000000'. Jak zrobić w Wordzie korespondencję seryjną, żeby te pola brały się automatycznie z arkusza w Excelu?",
    ),
    row(
        "content",
        "Ile kosztuje bilet do Muzeum Fryderyka Chopina i czy w poniedziałki jest zamknięte? Będę w Warszawie 2–3 grudnia z dwójką dzieci.",
    ),
    row(
        "content",
        "Proč se Karlův most jmenuje po Karlu IV. a kdy přesně se začal stavět? Potřebuju to do referátu na dějepis, stačí pár vět.",
    ),
    row(
        "content",
        "Přelož do angličtiny: 'Faktura č. 2024-0815 je splatná do 15. 12. 2024, celkem 12 450 Kč včetně DPH. Jako variabilní symbol uveďte 20240815.'",
    ),
    row(
        "content",
        "Aké sú prvé príznaky Parkinsonovej choroby a kedy treba ísť k neurológovi? Pýtam sa všeobecne, píšem článok do školského časopisu.",
    ),
    row(
        "content",
        "Ki volt Semmelweis Ignác, és miért hívják az anyák megmentőjének? Röviden, kb. 10 mondatban, egy 6. osztályos szintjén.",
    ),
    row(
        "content",
        "Oldd meg lépésenként: egy 2,4 m × 3,6 m-es szoba padlójára 60 × 60 cm-es járólapot teszünk. Hány darab kell 10% ráhagyással, és mennyibe kerül, ha egy lap 2 890 Ft?",
    ),
    row(
        "content",
        "Scrie un eseu de 300 de cuvinte despre Mihai Eminescu și poemul 'Luceafărul', pentru clasa a X-a, cu o introducere și o concluzie clară.",
    ),
    row(
        "content",
        "Кто такой Раскольников и почему он убил старуху-процентщицу? Нужно для сочинения, 9 класс, объясни простыми словами.",
    ),
    row(
        "content",
        "Переведи на английский: «Заказ № 58331027 отправлен 12.11.2024, трек-номер для отслеживания RA123456789RU, ожидаемая доставка 5–7 рабочих дней».",
    ),
    row(
        "content",
        "Розкажи коротко біографію Лесі Українки для уроку літератури в 7 класі: коли народилася, основні твори і чому в неї такий псевдонім.",
    ),
    row(
        "content",
        "Ποια είναι η διαφορά ανάμεσα στο Πυθαγόρειο θεώρημα και στο θεώρημα του Θαλή; Με ένα παράδειγμα με αριθμούς, σε παρακαλώ, για τη Β' Γυμνασίου.",
    ),
    row(
        "content",
        "Atatürk'ün doğum tarihi neden tam olarak bilinmiyor? 19 Mayıs'ı doğum günü olarak seçmesinin hikâyesi nedir, kısaca anlatır mısın?",
    ),
    row("content", "מה ההיסטוריה של שדרות רוטשילד בתל אביב, ועל שם מי הן נקראו?"),
    row(
        "content",
        "ما هي أعراض مرض ألزهايمر في مراحله المبكرة، ومتى يجب مراجعة الطبيب؟ أسأل بشكل عام.",
    ),
    row(
        "content",
        "Chủ tịch Hồ Chí Minh sinh ngày nào và quê ở đâu? Mình cần cho bài thuyết trình lớp 5, viết ngắn gọn thôi nhé.",
    ),
    row(
        "content",
        "Resep rendang daging sapi 1 kg untuk 8 orang dong, santannya berapa ml dan berapa lama dimasak sampai kering?",
    ),
    row(
        "content",
        'In our nginx access log I see lines like this:\n\n198.51.100.23 - - [18/Nov/2024:10:22:01 +0100] "GET /api/v1/orders/88412 HTTP/1.1" 200 5123 "-" "okhttp/4.12.0"\n203.0.113.7 - - [18/Nov/2024:10:22:03 +0100] "POST /api/v1/cart HTTP/1.1" 502 157 "-" "Mozilla/5.0 (X11; Linux x86_64)"\n198.51.100.23 - - [18/Nov/2024:10:23:40 +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n\nHow I can count the 5xx per hour with awk? We have around 2 million lines per day, so it must be fast.',
    ),
    row(
        "content",
        "sku;name;price_eur;weight_g\nBOSCH-GSR12;Bosch GSR 12V-15 Akkuschrauber;89.99;950\nPHI-HD9252;Philips Airfryer HD9252/90;99.00;5100\nMIELE-CX1;Miele Boost CX1 Staubsauger;329.00;5500\nBRAUN-S9;Braun Series 9 Rasierer;279.95;620\nDYSON-V8;Dyson V8 Absolute;299.00;2610\n\ncan you sort this by price per kilo and give it back as markdown table? also round to 2 decimals please",
    ),
    row(
        "content",
        '```python\nimport os, requests\n\nAPI_KEY = os.getenv("WEATHER_API_KEY", "YOUR_API_KEY")\nresp = requests.get("https://api.example.com/v1/forecast", params={"q": "Brno", "appid": API_KEY}, timeout=10)\nprint(resp.status_code, resp.json())\n```\n\nit says 401 every time — is it because the default value is used when env var missing? how I check this in docker?',
    ),
    row(
        "system",
        "Jesteś asystentem księgarni internetowej. Polecaj książki Olgi Tokarczuk, Stanisława Lema i Wisławy Szymborskiej, podawaj ceny w złotych i informuj, że dostawa trwa 1–3 dni robocze.",
    ),
    row(
        "tool_description",
        "Looks up a book by ISBN (for example 978-83-08-06341-2) in the national library catalogue and returns title, author, publisher and year of first edition.",
    ),
    row(
        "tool_arguments",
        '{"query": "Marie Curie Nobelova cena 1911", "max_results": 5, "lang": "cs"}',
    ),
    row("name", "dobry_vojak_svejk"),
    row("user", "anon-7f3c2a91"),
]
