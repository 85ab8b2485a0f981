# ruff: noqa: RUF001, E501
"""Evaluation 6, part a: hand-written blind prompts by writer A, seed 604219.

Written for evaluation 6 by writer A, one prompt at a time, as users of a chat API write them.
150 rows: 100 sensitive (``_eval6_part_a3.py``, ``_eval6_part_a4.py``) and the 50 benign rows
below. Numbers with check digits, tokens, keys and passwords come from the generator section
``_eval6_part_a2.py`` (python-stdnum and ``random.Random(604219)``), so they are reproducible.

Languages: English as written in the US, UK, India, Nigeria (with Pidgin), the Philippines
(Taglish), Australia and Ireland; French; German (Germany, Swiss German, Austrian); Spanish
(Spain, Mexico, Argentina, Colombia, Chile); Italian; Portuguese (Portugal, Brazil); Dutch and
Flemish; Catalan; Maltese; Luxembourgish; Basque; Galician. Names are inflected as the language
inflects them (Basque -ri/-ren, German genitive -s, Irish vocative).

Styles: lower-case chat, voice dictation and voicemail transcripts, SMS, forwarded e-mails with
signatures, CSV/TSV, JSON tool arguments, YAML (docker-compose, CI workflows), .env files, SQL
inserts, log lines, stack traces, meeting minutes, HR and medical notes, insurance claims,
rental listings, school messages, customer-support chats, payment forms, system prompts,
metadata values, ``user`` ids and participant names. Benign rows name public people, fictional
characters, places, brands and works, or are code, configs with placeholders, maths, recipes,
travel questions and non-personal numbers.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval6_part_a3 import ROWS_A3, R
    from bench._eval6_part_a4 import ROWS_A4
except ImportError:
    from _eval6_part_a3 import ROWS_A3, R
    from _eval6_part_a4 import ROWS_A4

BENIGN: list[dict[str, object]] = [
    # --- public people, fictional characters, places, brands, works, events -------------------
    R(
        "content",
        "who has more titles at Roland-Garros, Rafael Nadal or Novak Djokovic? and how many slams each as of now",
    ),
    R(
        "content",
        "Résume en cinq points le discours d'Emmanuel Macron sur l'Europe à la Sorbonne en 2017.",
    ),
    R("content", "Wo und wann hat Angela Merkel Physik studiert, und worüber hat sie promoviert?"),
    R(
        "content",
        "¿qué canciones de Rosalía tienen más influencia del flamenco tradicional? las de El Mal Querer sobre todo",
    ),
    R(
        "content",
        "Spiegami in parole semplici il ruolo di Enrico Fermi nella prima pila atomica di Chicago nel 1942.",
    ),
    R("content", "qual foi o último gol do Pelé pela seleção brasileira e contra quem?"),
    R(
        "content",
        "Hoeveel zelfportretten heeft Rembrandt van Rijn ongeveer geschilderd, en welke hangen in het Rijksmuseum?",
    ),
    R(
        "content",
        "Kindly explain why 1729 is called the Hardy–Ramanujan number, in simple terms for class 8 students.",
    ),
    R(
        "content",
        "recommend me novels like Things Fall Apart by Chinua Achebe, and which Chimamanda Ngozi Adichie book should i start with",
    ),
    R(
        "content",
        "whats the story behind Manny Pacquiao's first world title fight in Thailand? how old was he",
    ),
    R(
        "content",
        "how does Cathy Freeman's 400m time from Sydney 2000 compare to the current world record",
    ),
    R(
        "content",
        "make me a 10 question pub quiz on Ulysses by James Joyce – Leopold Bloom, Molly Bloom, Buck Mulligan, Bloomsday on 16 June 1904",
    ),
    R(
        "tool_arguments",
        '{"q": "obres d\'Antoni Gaudí al Passeig de Gràcia", "lang": "ca", "limit": 5}',
    ),
    R(
        "content",
        "Zein da Bernardo Atxagaren 'Obabakoak' liburuaren gai nagusia? Laburki, mesedez.",
    ),
    R(
        "content",
        "Resume a vida e a obra de Rosalía de Castro en cinco liñas, para unha presentación do instituto.",
    ),
    R(
        "content",
        "Min kien Dom Mintoff u x'kienet l-importanza tiegħu fl-istorja ta' Malta wara l-indipendenza?",
    ),
    R(
        "content",
        "Wéi vill Etappe vum Tour de France huet de Charly Gaul gewonnen, an a wéi engem Joer huet hien d'Tour gewonnen?",
    ),
    R(
        "content",
        "Was macht Roger Federer eigentlich seit seinem Rücktritt 2022? Und spielt er noch Showmatches?",
    ),
    R(
        "tool_description",
        "Looks up the programme of the Vienna Opera Ball (Wiener Opernball) for a given year, e.g. which Johann Strauss waltzes open the evening. Parameter: year (int).",
    ),
    R(
        "content",
        "¿dónde queda la Casa Azul de Frida Kahlo en Coyoacán y cuánto cuesta la entrada? ¿hay que reservar?",
    ),
    R(
        "system",
        "Tu es Javert, l'inspecteur des Misérables de Victor Hugo. Reste dans le personnage et ne révèle jamais à l'utilisateur ce qui arrive à Jean Valjean à la fin du roman.",
    ),
    R(
        "tool_arguments",
        '{"query": "Yellowstone packing list late September, flying into Bozeman", "max_results": 5}',
    ),
    R(
        "metadata",
        "campaign=Wimbledon 2025 summer promo; product=Pimm's No. 1; region=UK; channel=instagram",
    ),
    R(
        "content",
        "Qual é a melhor hora para visitar a Torre de Belém e o Mosteiro dos Jerónimos sem filas? Vale a pena o bilhete combinado?",
    ),
    R("name", "Sherlock_Holmes"),
    # --- code, placeholder configs, maths, recipes, travel, non-personal numbers ---------------
    R(
        "content",
        "in my README the .env example is\nOPENAI_API_KEY=your-key-here\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\nshould I commit a .env.example like this or is that bad practice?",
    ),
    R(
        "content",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_DB: app\nwie lese ich die Variable aus einer .env-Datei ein, ohne sie ins Image zu backen?",
    ),
    R(
        "content",
        "SELECT customer_region, COUNT(*) AS orders, SUM(total_eur) FROM orders WHERE created_at >= '2024-01-01' GROUP BY customer_region ORDER BY 3 DESC;\n-- como añado el porcentaje del total por región?",
    ),
    R(
        "content",
        "résous 3x² − 12x + 9 = 0 en détaillant le discriminant, c'est pour ma fille en 1re",
    ),
    R(
        "content",
        "receta de tortilla de patatas para 6 personas, con cebolla, ¿cuántos huevos y cuánto aceite?",
    ),
    R(
        "content",
        "ricetta del ragù alla bolognese come la fanno a Bologna: quanto deve cuocere e ci va il latte?",
    ),
    R(
        "content",
        "Wie lange braucht der EuroCity von Zürich HB nach Milano Centrale, und muss man reservieren?",
    ),
    R(
        "tool_arguments",
        '{"order_id": "A-448120", "carrier": "UPS", "tracking": "1Z999AA10123456784", "placed": "2025-03-12"}',
    ),
    R(
        "content",
        "after upgrading Django 4.2.11 to 5.0.6 my migrations fail with 'index_together' errors. what changed and how do i fix it?",
    ),
    R(
        "system",
        "You generate invoices in Markdown. Always use this template: 'Invoice {{invoice_no}} for {{customer_name}}, due {{due_date}}, total {{amount}} {{currency}}'. Never invent values for the placeholders.",
    ),
    R(
        "tool_description",
        "Returns the current exchange rate for a currency pair such as EUR/CHF or GBP/EUR. Parameters: base and quote, both ISO 4217 codes.",
    ),
    R("tool_arguments", '{"city": "Bilbao", "units": "metric", "days": 3}'),
    R(
        "system",
        "Je bent de klantenservice-assistent van een bakkerijketen. Antwoord in het Nederlands. Openingstijden: ma–za 7:00–18:00, zondag gesloten. Verwijs voor bestellingen naar de website.",
    ),
    R(
        "metadata",
        "trace_id=7f3a9c2e41d0; region=eu-west-1; model=gpt-4o-mini; latency_ms=842; retries=0",
    ),
    R("user", "tenant-eu-0042"),
    R(
        "content",
        "Hoeveel is 21% btw op €1.249,00, en wat is dan het bedrag exclusief btw als €1.249,00 inclusief is?",
    ),
    R(
        "content",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: app-db\n        key: password\nis this enough or do I also need to mount the secret as a volume?",
    ),
    R(
        "metadata",
        "last_log=2025-06-01 12:00:03 INFO worker-3 processed batch 8812 (1500 records) in 4.2s",
    ),
    R(
        "content",
        "Kif nagħmel il-pastizzi tal-irkotta d-dar? Kemm irid jgħaddi żmien fil-forn u f'kemm grad?",
    ),
    R(
        "content",
        "Com arribo de l'aeroport del Prat a la Sagrada Família amb transport públic, i quant costa el bitllet?",
    ),
    R("content", "Nola egiten da marmitakoa lau lagunentzat? Zenbat denbora behar du hegaluzeak?"),
    R(
        "tool_arguments",
        '{"ruta": "Camiño Francés", "desde": "Sarria", "ata": "Santiago de Compostela", "etapas": 5}',
    ),
    R(
        "content",
        "Wat ass den Ënnerscheed tëscht der TVA vu 17% an där vun 8% zu Lëtzebuerg? Fir wéi eng Produiten gëllt wat?",
    ),
    R(
        "content",
        "une regex pour valider un code postal français à 5 chiffres, sans accepter 00000 ?",
    ),
    R(
        "content",
        "como calcular juros compostos de 1% ao mês durante 24 meses sobre R$ 10.000? quero a fórmula no Excel",
    ),
]

ROWS: list[dict[str, object]] = [*ROWS_A3, *ROWS_A4, *BENIGN]
