# ruff: noqa: E501, RUF001
"""Development set 4, writer F, the 30 benign prompts (no values; seed 915532 is not used here).

Prompts that look risky but hold no private data: fictional characters, historical and public
people with their birth dates, streets and public buildings as places, placeholder credentials,
example.com addresses, contract dates, order and tracking numbers, a public hotline, a medical
question about nobody, in English, Polish, French, German, Spanish, Italian, Portuguese,
Norwegian, Croatian, Greek, Turkish, Russian, Ukrainian, Bulgarian, Hungarian, Romanian,
Swedish, Finnish, Dutch, Danish and Czech, in every field. Each prompt written by hand.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

from _dev4_part_f2 import row

ROWS = [
    row(
        "content",
        "in part 4 of anna karenina does levin already know kitty still loves him, or does he only find out at the Oblonskys' dinner? i keep losing track",
    ),
    row(
        "content",
        "Napisz krótką notkę o Marii Skłodowskiej-Curie na plakat dla 5 klasy: urodzona 7 listopada 1867 w Warszawie przy ulicy Freta 16, dwie Nagrody Nobla (1903 i 1911), zmarła 4 lipca 1934.",
    ),
    row(
        "content",
        "C'est mieux pour le shopping, la rue de Rivoli ou le boulevard Haussmann ? On arrive Gare du Nord le 14 à 9h40 et on repart le 16, hôtel rue Montorgueil.",
    ),
    row(
        "content",
        "why does docker compose ignore my env file?\n\nOPENAI_API_KEY=YOUR_API_KEY\nPOSTGRES_USER=postgres\nPOSTGRES_PASSWORD=changeme\nDATABASE_URL=postgres://postgres:<password>@db:5432/app\nSECRET_KEY=replace-me-in-prod",
    ),
    row(
        "content",
        "Explain what this seed script does, line by line:\n\nINSERT INTO users (id, name, email, born) VALUES\n  (1, 'Jane Doe', 'jane.doe@example.com', '1970-01-01'),\n  (2, 'John Smith', 'john@example.org', '1980-12-31');",
    ),
    row(
        "content",
        "Der Vertrag läuft vom 01.04.2024 bis 31.03.2026 mit drei Monaten Kündigungsfrist zum Quartalsende. Bis wann muss spätestens gekündigt werden, und wie viele Arbeitstage sind das in Bayern?",
    ),
    row(
        "content",
        "Order 204-7719382-5561907 says delivered on 12/11 but nothing arrived; the Royal Mail tracking is JD014600006281234567 and the item is a Bosch PSR 18 LI-2 (product code 06039A3000). What's the best way to word the complaint?",
    ),
    row(
        "content",
        "¿Cuál es la diferencia entre la diabetes tipo 1 y tipo 2 en niños? ¿Qué síntomas hay que vigilar y a partir de qué glucemia (mg/dl) hay que ir a urgencias?",
    ),
    row(
        "content",
        "Qual è la ricetta originale della carbonara? Gualtiero Marchesi ci metteva la panna o è una leggenda? Per 4 persone: 320 g di spaghetti, 150 g di guanciale, 4 tuorli e 50 g di pecorino.",
    ),
    row(
        "content",
        "Roteiro de 3 dias em Lisboa: Rua Augusta, Praça do Comércio, Alfama, elétrico 28 e Belém. Vale a pena o Passe Navegante de 40 € ou compro bilhetes avulsos a 1,85 €?",
    ),
    row(
        "content",
        "hvor mange mål scoret Erling Haaland for Bryne før han gikk til Molde i 2017? og stemmer det at faren Alf-Inge spilte for Leeds?",
    ),
    row(
        "content",
        "Je li Luka Modrić stvarno odrastao u izbjeglištvu u Zadru? I zašto se crkva sv. Jeronima u Rimu zove hrvatska?",
    ),
    row(
        "content",
        "Γιατί ο Νίκος Καζαντζάκης αφορίστηκε από την Εκκλησία; Και τι γράφει στον τάφο του στο Ηράκλειο;",
    ),
    row(
        "content",
        "Orhan Pamuk'un Masumiyet Müzesi gerçek bir müze mi? Adresi Çukurcuma Caddesi, Dalgıç Çıkmazı No: 2, Beyoğlu diye gördüm, pazartesi açık mı?",
    ),
    row(
        "content",
        "Пётр Первый родился 9 июня 1672 года, а по новому стилю это какое число? И почему его назвали Великим?",
    ),
    row(
        "content",
        "Яка різниця між поезією Лесі Українки і Тараса Шевченка? Готуюсь до НМТ 2025, треба коротко, з датами.",
    ),
    row(
        "content",
        "Кой е Христо Ботев и защо на 2 юни в 12 часа спират колите и бият сирените?",
    ),
    row(
        "content",
        "Mit akart mondani Petőfi Sándor a Nemzeti dalban? Holnap felelek belőle, 1848. március 15.",
    ),
    row(
        "content",
        "De ce este Ștefan cel Mare considerat sfânt? Am citit că a câștigat 34 din 36 de bătălii, e adevărat?",
    ),
    row(
        "content",
        "vad handlar Bröderna Lejonhjärta egentligen om? min dotter är 8 och vill läsa den efter Pippi Långstrump, är Astrid Lindgren för mörk där?",
    ),
    row(
        "content",
        "Paljonko Sibeliuksen syntymäkodissa Hämeenlinnassa maksaa sisäänpääsy ja onko se auki juhannuksena? Sibelius syntyi siellä 8.12.1865.",
    ),
    row(
        "content",
        "Hoe lang moet je wachten bij het Anne Frank Huis op de Prinsengracht 263? Kaartjes kosten €16 en we zijn met 2 volwassenen en een kind van 11.",
    ),
    row(
        "content",
        "is 1-800-273-8255 still the suicide & crisis lifeline number or is it only 988 now? need it correct for a poster at our school",
    ),
    row(
        "content",
        "Hvornår blev H.C. Andersen født, og hvilke eventyr er bedst at læse højt for en 6-årig? Vi skal til Odense i efterårsferien.",
    ),
    row(
        "system",
        "You are the help assistant for Nordwind Travel. Never print real keys; in examples use placeholders such as <API_KEY>, YOUR_TOKEN_HERE or user@example.com. Prices in EUR, dates as DD.MM.YYYY.",
    ),
    row(
        "tool_description",
        "Looks up an order by its order number (for example ORD-2024-008812) or its tracking code and returns the status, carrier and estimated delivery date.",
    ),
    row(
        "tool_arguments",
        '{"query": "Prodaná nevěsta Národní divadlo", "date_from": "2025-03-01", "date_to": "2025-03-31", "max_price_czk": 1200}',
    ),
    row("metadata", "locale=pt-BR; plan=pro; build=2024.11.3"),
    row("name", "support-bot-eu"),
    row("user", "usr_7f3a9c21e04b"),
]
