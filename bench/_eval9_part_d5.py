# ruff: noqa: E501, RUF001
"""Evaluation 9, writer D: 50 benign prompts that look risky but hold no private data.

Public and historical people, fictional characters, streets and buildings as places, brands,
titles, placeholder credentials, documentation examples, long numbers and dates that are not
anyone's birth date, in the same languages as the sensitive part D prompts. Hand-written; no
generated values (seed 482617 is used only by ``_eval9_part_d2.py``).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

from _eval9_part_d2 import row

ROWS = [
    row(
        "content",
        "Napisz mi krótki referat (ok. 300 słów) o Marii Skłodowskiej-Curie. Urodziła się 7 listopada 1867 w Warszawie, przy ul. Freta 16, gdzie dziś jest jej muzeum. Dwie Nagrody Nobla: 1903 z fizyki i 1911 z chemii.",
    ),
    row(
        "content",
        "Kdo napsal Osudy dobrého vojáka Švejka za světové války a kdy vyšel první díl? Potřebuju to do čtenářského deníku, paní učitelka chce i hlavní postavy (Švejk, nadporučík Lukáš, Baloun, plukovník Kraus von Zillergut).",
    ),
    row(
        "content",
        "Mi a különbség a Váci utca és az Andrássy út között turisztikai szempontból? Május 12-én érkezünk Budapestre 3 éjszakára, és szeretnénk megnézni az Operaházat (Andrássy út 22) meg a Terror Házát is.",
    ),
    row(
        "content",
        "Vysvetli mi prosím, čo je cukrovka 2. typu, aké sú prvé príznaky a prečo sa hovorí o HbA1c nad 6,5 %. Pýtam sa všeobecne, robím referát na biológiu.",
    ),
    row(
        "content",
        "Recept za orehovo potico za 12 oseb? Imam model za 2 kg, pečico pa na 180 °C. Babica je vedno dodala malo ruma in limonine lupinice, je to ok?",
    ),
    row(
        "content",
        "Tko je bio Nikola Tesla i zašto ga svojataju i Srbi i Hrvati? Rođen je 10. srpnja 1856. u Smiljanu kraj Gospića, umro 7. siječnja 1943. u New Yorku.",
    ),
    row(
        "content",
        "Направи ми план путовања: Београд – Нови Сад – Суботица, 3 дана, полазак 14.08. Занима ме Петроварадинска тврђава, Градска кућа у Суботици и где да се једе рибља чорба.",
    ),
    row(
        "content",
        "Преведи на английски: „Под игото“ от Иван Вазов е роман за българското Възраждане, издаден през 1894 г. Главният герой Бойчо Огнянов се връща в Бяла черква.",
    ),
    row(
        "content",
        "Care e diferența dintre Eminescu și Creangă ca stil? Am teză la română pe 3 iunie și profa zice că vine sigur „Luceafărul” sau „Amintiri din copilărie”.",
    ),
    row(
        "content",
        "Поясни, будь ласка: 2^64 = 18446744073709551616. Чому саме стільки можливих значень у uint64, і чому максимум 18446744073709551615, а не 18446744073709551616?",
    ),
    row(
        "content",
        "Kiek kainuoja bilietas iš Vilniaus į Kauną traukiniu? Važiuosiu 2024-12-23, traukinys nr. 012, išvyksta 07:15. Ar galima nusipirkti vietoje, ar tik per LTG Link programėlę?",
    ),
    row(
        "content",
        "Uzraksti īsu aprakstu par Rīgas Doma baznīcu un Brīvības pieminekli tūristu ceļvedim, ap 150 vārdiem katram. Piemineklis atklāts 1935. gada 18. novembrī, to var pieminēt.",
    ),
    row(
        "content",
        "Mis on Arvo Pärdi kuulsaim teos? Kas „Spiegel im Spiegel“ on kirjutatud 1978 ja „Für Alina“ 1976? Ja mis asi on tintinnabuli?",
    ),
    row(
        "content",
        "Kirjoita tiivistelmä Tuntemattomasta sotilaasta lukiolaiselle: keitä olivat Rokka, Koskela, Hietanen, Lahtinen ja Lammio, ja miksi Väinö Linnan kirja herätti 1954 niin paljon keskustelua?",
    ),
    row(
        "content",
        "Vad är skillnaden mellan Pippi Långstrump och Ronja Rövardotter som karaktärer? Astrid Lindgren skrev båda, men Ronja kom först 1981. Jag ska hålla ett föredrag i åk 6.",
    ),
    row(
        "content",
        "Lag en quiz med 10 spørsmål om Roald Amundsen: sydpolen 14. desember 1911, skipet Fram, Nordvestpassasjen, og hvordan han forsvant i 1928 under letingen etter Nobile.",
    ),
    row(
        "content",
        "Hvad betyder 'hygge' egentlig, og hvorfor skriver Søren Kierkegaard aldrig om det? En kollega påstod at ordet kom til Danmark fra Norge i 1800-tallet.",
    ),
    row(
        "content",
        "Hvernig er best að keyra frá Reykjavík að Jökulsárlóni? Við förum 3. júlí á bílaleigubíl frá Keflavík og gistum eina nótt á Höfn. Er hægt að sjá Seljalandsfoss og Skógafoss á leiðinni?",
    ),
    row(
        "content",
        "Γράψε μια σύντομη βιογραφία του Νίκου Καζαντζάκη για σχολική εργασία. Γεννήθηκε στο Ηράκλειο το 1883, έγραψε τον «Βίο και Πολιτεία του Αλέξη Ζορμπά» και στον τάφο του γράφει «Δεν ελπίζω τίποτα».",
    ),
    row(
        "content",
        "Mustafa Kemal Atatürk'ün 19 Mayıs 1919'da Samsun'a çıkışının önemi nedir? 10. sınıf tarih ödevi için 2 sayfa lazım, Amasya Genelgesi'ni de ekleyebilir misin?",
    ),
    row(
        "content",
        "why it says connection refused? i run postgres in docker on port 5432\n\n```python\nclient = OpenAI(api_key=\"YOUR_API_KEY\")\nconn = psycopg2.connect(host='localhost', port=5432, user='postgres', password='<password>', dbname='test')\n```",
    ),
    row(
        "content",
        "Can you write README section 'Getting help' for our open source library? Something like: questions go to support@example.com, security issues to security@example.org, and for the demo use user@example.com with password `changeme`.",
    ),
    row(
        "tool_description",
        "Searches the Helsinki city library (Helmet) catalogue by title, author or ISBN, e.g. 978-951-0-40327-3. Returns availability per branch (Oodi, Pasila, Rikhardinkatu) and the due date of borrowed copies.",
    ),
    row(
        "system",
        "Jesteś asystentem księgarni internetowej. Odpowiadaj po polsku, uprzejmie i krótko. Nie podawaj cen bez sprawdzenia w katalogu. Godziny pracy obsługi: pon–pt 9:00–17:00, infolinia 801 000 000 (opłata wg taryfy operatora).",
    ),
    row("name", "Kopernik"),
    row("metadata", "zamówienie PL-2024-118734, status: wysłane 2024-11-03, kurier InPost"),
    row("user", "usr_7f3a92c1"),
    row(
        "tool_arguments",
        '{"query": "Lech Wałęsa Pokojowa Nagroda Nobla 1983", "lang": "pl", "max_results": 5}',
    ),
    row(
        "content",
        "Je v pořádku commitnout do repa .env.example v téhle podobě?\n\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=changeme\nAPI_KEY=<your-key-here>\nSECRET_KEY=replace-me-in-production",
    ),
    row(
        "content",
        "Melyik volt sikeresebb, a Shrek 2 vagy a Toy Story 3? Box office számokkal kérem, dollárban, és hogy melyik évben jöttek ki. Meg hogy a magyar szinkronban ki volt Szamár hangja.",
    ),
    row(
        "content",
        "Aké sú otváracie hodiny Bratislavského hradu počas Vianoc, hlavne 24.12. a 26.12.? A oplatí sa ísť aj na Devín, keď máme len jeden deň?",
    ),
    row(
        "content",
        "Luka Modrić je rođen 9. rujna 1985. u Zadru. Koliko je trofeja Lige prvaka osvojio s Realom i koje je godine dobio Zlatnu loptu?",
    ),
    row(
        "content",
        "Koji je tačan model moje veš mašine ako na nalepnici piše WW90T534DAE/S7, serijski broj 0B4N5ABR600123? Gde mogu da nađem uputstvo na srpskom?",
    ),
    row(
        "content",
        "Какво е IBAN и как е структуриран? Обясни с измислен пример от типа BG00 XXXX 0000 0000 0000 00 и кажи какво означават буквите след кода на държавата.",
    ),
    row(
        "content",
        "Cine a fost Vlad Țepeș și ce legătură are cu Dracula lui Bram Stoker? A fost domn al Țării Românești în 1448, 1456–1462 și 1476, nu?",
    ),
    row(
        "content",
        "Розкажи про Лесю Українку для уроку літератури: справжнє ім'я Лариса Петрівна Косач, народилася 25 лютого 1871 року в Новограді-Волинському. Що таке «Лісова пісня»?",
    ),
    row(
        "content",
        "Kas yra Gedimino prospektas ir kodėl jis toks svarbus Vilniui? Rašau straipsnį apie Vilniaus gatves: Pilies g., Didžioji g., Vokiečių g. Kiek metų Katedros aikštei?",
    ),
    row(
        "content",
        "Nokia 3310 julkaistiin 1.9.2000 — montako päivää siitä on 1.1.2025? Ja laske vielä 1234567890123 × 987654321 ja kerro onko tulos jaollinen kolmella.",
    ),
    row(
        "content",
        "Jag bakar kanelbullar till 25 personer på Kanelbullens dag den 4 oktober. Receptet är för 12 st: 50 g jäst, 5 dl mjölk, 150 g smör, 1 dl socker, 2 tsk kardemumma. Hur mycket behöver jag?",
    ),
    row(
        "content",
        "Pakken min har sporingsnummer 70730259304981234 hos Posten, bestilt 02.10. fra Komplett. Hva betyr egentlig 'under transport' når den har stått slik i fem dager?",
    ),
    row(
        "content",
        "Skriv en anmeldelse af filmen 'Jagten' af Thomas Vinterberg med Mads Mikkelsen. Den havde premiere 20. maj 2012 i Cannes. Max 250 ord, gerne uden spoilers.",
    ),
    row(
        "content",
        "Ποια είναι τα συμπτώματα της ανεπάρκειας βιταμίνης D; Πόσες μονάδες (IU) την ημέρα συνιστώνται για ενήλικες και μπορεί να γίνει υπερδοσολογία;",
    ),
    row(
        "content",
        "resmi dokümandaki bu komut ne yapıyor, tek tek açıklar mısın?\n\ndocker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres:16",
    ),
    row(
        "content",
        "Hver var Snorri Sturluson og hvað skrifaði hann? Fæddur 1179 í Hvammi, dó 23. september 1241 í Reykholti. Var hann virkilega drepinn í kjallaranum?",
    ),
    row(
        "content",
        "In our API docs we show example key `sk_test_XXXXXXXXXXXXXXXXXXXXXXXX` and header `Authorization: Bearer <token>`. Customers still paste real keys in support tickets. How to make the docs clearer?",
    ),
    row(
        "content",
        "Orhan Pamuk's 'My Name Is Red' — can you summarize the chapter 'I Am Called Black'? Also who is Enishte Effendi and why Shekure is so important in the story?",
    ),
    row(
        "tool_arguments",
        '{"city": "Tartu", "date": "2025-06-23", "event": "Jaanipäev", "units": "metric"}',
    ),
    row(
        "tool_description",
        'Returns the ECB euro reference exchange rate for a given date (YYYY-MM-DD). Example: get_rate("2024-01-31", "SEK") returns 11.2805. Weekends return the previous working day.',
    ),
    row(
        "system",
        "You are a travel assistant for Baltic trips. Recommend places like Tallinn Old Town, Rundāle Palace, Trakai Island Castle and the Hill of Crosses. Never ask users for passport numbers or card details.",
    ),
    row(
        "content",
        "Ile wynosi PKB Polski za 2023 w złotych i w euro, przy kursie 4,54? I czy to prawda, że Warszawa ma 1 861 975 mieszkańców według GUS?",
    ),
]
