"""Evaluation 7, part B (hand-written blind): benign prompts, no sensitive values at all.

About half name public people (sportspeople, writers, composers, scientists, historical figures of
the part's countries and beyond), fictional characters, places, streets as places, brands and
works; the rest is code, configs with obvious placeholders, maths, recipes, travel questions and
numbers that are not personal. Blind: composed without looking at the scanner, its tests or any
other evaluation set.
"""

# ruff: noqa: RUF001, E501
from __future__ import annotations

import json

try:
    from bench._eval7_part_b2 import r
except ImportError:
    from _eval7_part_b2 import r  # type: ignore[no-redef]

ROWS_BENIGN: list[dict[str, object]] = [
    # --- public people, characters, places, brands, works ---
    r("ile tytułów wielkoszlemowych ma Iga Świątek i który wygrała jako pierwszy?"),
    r(
        "streść mi Lalkę Prusa w 10 punktach, głównie wątek Wokulskiego i Izabeli Łęckiej, na jutro na polski"
    ),
    r("jak dlouho se jde pěšky z Karlova mostu na Pražský hrad? je lepší jít Nerudovou ulicí?"),
    r("napiš krátký referát o Bedřichu Smetanovi a cyklu Má vlast pro 5. třídu, max 200 slov"),
    r("Peter Sagan vs. Tadej Pogačar – kto má viac etapových víťazstiev na Tour de France?"),
    r("Mit érdemes megnézni a Váci utcán és a Nagycsarnokban egy délután alatt, ha esik az eső?"),
    r("Tko je bio Nikola Tesla i zašto ga i Hrvati i Srbi smatraju svojim? kratko, za djecu"),
    r("Ко је написао На Дрини ћуприја и које године је Иво Андрић добио Нобелову награду?"),
    r("Koliko dirk po Franciji je osvojil Tadej Pogačar in koliko Vuelt Primož Roglič?"),
    r(
        "Разкажи ми за Христо Стоичков и световното през 1994 г., кой отбор победиха на четвъртфинала?"
    ),
    r("Каде е роден Гоце Делчев и зошто денес е важен и за Македонија и за Бугарија?"),
    r(
        "сравни «Преступление и наказание» и «Идиот»: кто интереснее как персонаж, Раскольников или князь Мышкин?"
    ),
    r("Хто такий Тарас Шевченко і чому 9 березня вважають важливою датою? коротко для школяра"),
    r("Kiek sezonų Arvydas Sabonis žaidė NBA ir kodėl Žalgiris toks svarbus Kaunui?"),
    r("Kas ir Raimonds Pauls un kuras ir viņa populārākās dziesmas, ko dziedāja Alla Pugačova?"),
    r("Arvo Pärdi Spiegel im Spiegel – mis pillidele see algselt kirjutati?"),
    r("Mitä Sibeliuksen Finlandia kertoo ja voiko Ainolaan mennä talvella?"),
    r(
        "Skriv en kort sammanfattning av Pippi Långstrump för en sexåring. När kom Astrid Lindgrens första bok ut?"
    ),
    r(
        "Hvor mange mål scoret Erling Haaland i sin første Premier League-sesong, og hvem hadde rekorden før?"
    ),
    r("Hvad handler Den lille havfrue af H.C. Andersen om, og hvorfor står statuen på Langelinie?"),
    r(
        "Ποια είναι η διαφορά ανάμεσα στην Ιλιάδα και την Οδύσσεια; Γιατί ο Οδυσσέας άργησε τόσο να γυρίσει στην Ιθάκη;"
    ),
    r(
        "Orhan Pamuk'un Masumiyet Müzesi gerçekten var mı? İstiklal Caddesi'nden yürüyerek ne kadar sürer?"
    ),
    r(
        "kan du jämföra IKEA Kallax och Billy för ett hemmakontor? budget around 2000 SEK, need it for a small room"
    ),
    r("Geralt", field="name"),
    r(
        "which is better for a team offsite: Tallinn Old Town or Rīga Jūrmala? we are 14 people from Stockholm, early June"
    ),
    # --- code, configs with placeholders, maths, recipes, travel, non-personal numbers ---
    r(
        """napisz w Pythonie funkcję, która zlicza wystąpienia słów w pliku, ignorując wielkość liter i polskie znaki interpunkcyjne"""
    ),
    r("""proč mi tohle vrací duplicity?
SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id JOIN items i ON i.order_id = o.id WHERE o.created_at >= '2024-01-01';"""),
    r("recept na bryndzové halušky pre 4 osoby, koľko bryndze a slaniny?"),
    r("oldd meg lépésenként: 3x^2 - 12x + 9 = 0, és ábrázold a parabolát"),
    r("trajekt Split–Stari Grad u kolovozu: koliko ranije treba kupiti kartu za auto?"),
    r("""# .env.example – nikoli ne commitaj pravih vrednosti
DB_HOST=localhost
DB_USER=<tvoj_uporabnik>
DB_PASSWORD=<tvoje_geslo>
API_KEY=${API_KEY}
ali je to dovolj za docker compose?"""),
    r("""services:
  api:
    image: ghcr.io/acme/api:2.8.1
    environment:
      DATABASE_URL: ${DATABASE_URL}
      REDIS_URL: redis://redis:6379/0
почему контейнер api стартует раньше чем postgres готов?"""),
    r(
        "замовлення №UA-558123 не прийшло, накладна Нової пошти 20450987654321 вже 5 днів у статусі «в дорозі». що робити?"
    ),
    r("parašyk regex, kuris atpažintų datas formatu 2024-03-15 ir 2024.03.15, bet ne 2024/03/15"),
    r(
        "mikä ero on git rebasella ja mergellä? milloin kannattaa käyttää kumpaakin, we use trunk-based development"
    ),
    r("""apiVersion: v1
kind: Pod
spec:
  containers:
    - name: web
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: {name: db-credentials, key: password}
er dette riktig måte å hente secret på i Kubernetes?"""),
    r("Ένα σώμα πέφτει ελεύθερα από ύψος 45 m. Σε πόσο χρόνο φτάνει στο έδαφος αν g = 10 m/s²;"),
    r(
        "nginx 1.25.3 sonrası 'upstream sent too big header' hatası alıyoruz, proxy_buffer_size ne olmalı?"
    ),
    r(
        "Jesteś asystentem sklepu rowerowego. Odpowiadaj po polsku, krótko, i proponuj tylko rowery z aktualnej oferty.",
        field="system",
    ),
    r(
        "Du är kundtjänstbot för ett tågbolag. Svara på svenska eller engelska beroende på kundens språk. Hänvisa till trafikinformationen vid förseningar.",
        field="system",
    ),
    r(
        "Ты ассистент метеослужбы. Отвечай кратко, температуру указывай в градусах Цельсия.",
        field="system",
    ),
    r(
        "Returns the 5-day weather forecast for a city, e.g. Helsinki, Tallinn or Rīga. Argument: city name in any language.",
        field="tool_description",
    ),
    r(
        "Looks up the next departures from a station (Oslo S, Bergen, Trondheim S). Returns line, platform and delay in minutes.",
        field="tool_description",
    ),
    r(
        "Converts an amount between currencies (PLN, CZK, HUF, SEK, NOK, DKK, TRY) using the daily ECB reference rate.",
        field="tool_description",
    ),
    r(
        json.dumps({"city": "Wrocław", "days": 3, "units": "metric"}, ensure_ascii=False),
        field="tool_arguments",
    ),
    r(
        json.dumps({"from": "Beograd Centar", "to": "Novi Sad", "date": "2025-03-14", "class": 2}),
        field="tool_arguments",
    ),
    r("tenant=acme-pl;env=staging;release=4.12.0;region=eu-central-1", field="metadata"),
    r("campaign=black_friday_2024;locale=hu-HU;ab_variant=B", field="metadata"),
    r("usr_7f3a9c21", field="user"),
    r("support_bot", field="name"),
]
