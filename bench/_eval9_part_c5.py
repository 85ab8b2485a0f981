# ruff: noqa: E501
"""Evaluation 9, writer C: 50 benign prompts, written by hand (seed 731905, not used here).

Prompts that look risky but hold no private data: public and historical people, fictional
characters, places, brands, titles, placeholder credentials, documentation e-mails, long
numbers, dates that are not birth dates, product codes, order numbers, medical questions about
no one, recipes and travel. Same languages and places as the sensitive part-C prompts.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

from _eval9_part_c2 import row

ROWS = [
    row(
        "content",
        "who was Fannie Lou Hamer and why does she matter so much for the civil rights movement in Mississippi? my 5th grader has a project due friday, need like 3 paragraphs he can understand",
    ),
    row(
        "content",
        "Best New England clam chowder recipe? The kind they serve at Legal Sea Foods, no tomatoes obviously. Feeding 8 on Sunday, have 4 lbs of quahogs from the fish market in Gloucester.",
    ),
    row(
        "content",
        """how do I load the key from an env var instead of hardcoding it here? this is straight from the quickstart

from openai import OpenAI
client = OpenAI(api_key="YOUR_API_KEY")
resp = client.responses.create(model="gpt-4o-mini", input="Say hi from Sacramento")""",
    ),
    row(
        "content",
        "Is Tim Hortons still doing Roll Up To Win in 2025 or did they kill it? Also what's the difference between a double double and a triple triple, asking for my cousin visiting from Manchester",
    ),
    row(
        "content",
        "Write a short bio of Sir Edmund Hillary and Tenzing Norgay for a Year 6 class in Dunedin. Mention the summit on 29 May 1953 and why Hillary is on the $5 note.",
    ),
    row(
        "content",
        "Summarise Cry, the Beloved Country by Alan Paton for a matric essay, focus on how Stephen Kumalo and James Jarvis change after Absalom kills Arthur Jarvis.",
    ),
    row(
        "content",
        "compare okonkwo in Things Fall Apart with Eugene in Purple Hibiscus as fathers. Achebe vs Adichie, who is harsher on tradition? WAEC literature revision",
    ),
    row(
        "content",
        "Why didn't Eliud Kipchoge's 1:59:40 in Vienna on 12 October 2019 count as an official world record? And what is the current men's record, Kelvin Kiptum's 2:00:35 in Chicago?",
    ),
    row(
        "content",
        "ano ba talaga ginawa ni Jose Rizal sa Dapitan nung na-exile siya? at bakit December 30 yung Rizal Day pero June 19 naman yung birthday niya? para sa reporting namin sa AP",
    ),
    row(
        "content",
        "Plan 3 days in Singapore for 2 adults + 1 kid: Jewel Changi, Haji Lane, Tiong Bahru Market, Sentosa, Gardens by the Bay. We land 14 March at 06:40 on SQ 321 and fly out on the 17th at 23:55.",
    ),
    row(
        "content",
        "How do you actually pronounce Llanfairpwllgwyngyll, and is Dylan Thomas's boathouse in Laugharne worth the drive from Tenby? Going on the 2nd of August.",
    ),
    row(
        "content",
        "Explique-moi la relation entre Jean Valjean et Javert dans Les Misérables de Victor Hugo, et pourquoi Javert se jette dans la Seine à la fin. C'est pour un exposé de 1ère.",
    ),
    row(
        "content",
        "Quelle est la meilleure recette de carbonade flamande ? Avec de la Chimay bleue ou de la Leffe brune ? Et on met vraiment du pain d'épices avec de la moutarde de Tierenteyn ?",
    ),
    row(
        "content",
        "peux-tu me résumer la carrière de maurice richard pis c'était quoi l'émeute du 17 mars 1955 au Forum? mon gars pense que c'était à cause de Clarence Campbell",
    ),
    row(
        "content",
        "Kurze Frage: Was ist der Unterschied zwischen Steuer-ID und Steuernummer? Hat die Steuer-ID immer 11 Stellen und wo finde ich sie? Bitte ein Beispiel nur als XX XXX XXX XXX zeigen, keine echte Nummer.",
    ),
    row(
        "tool_arguments",
        '{"query": "Gretchenfrage Goethe Faust I Marthens Garten Bedeutung", "lang": "de", "max_results": 5}',
    ),
    row(
        "content",
        "¿Qué se sabe realmente de la muerte de Federico García Lorca en agosto de 1936 entre Víznar y Alfacar? ¿Se encontraron los restos alguna vez?",
    ),
    row(
        "content",
        "comparame a messi y maradona en los mundiales de 1986 y 2022, goles, asistencias y partidos. y decime quién fue más decisivo en la final, sin chamuyo",
    ),
    row(
        "content",
        "Dame la receta de ají de gallina como la de Gastón Acurio para 6 personas, con ají amarillo fresco y pecanas. ¿Se puede usar pan de molde en vez de pan francés?",
    ),
    row(
        "content",
        "Escríbeme un poema corto al estilo de José Martí sobre la calle Obispo y el Malecón, algo que se pueda leer el 28 de enero en el acto de la escuela.",
    ),
    row(
        "content",
        "qual a diferença entre CPF e CNPJ? vi num tutorial o CNPJ 00.000.000/0001-91 e o CPF 000.000.000-00 como exemplo, esses passam na validação ou são só de mentira?",
    ),
    row(
        "content",
        "Quem foi a Rainha Njinga Mbande e porque é tão importante para Angola? Preciso de um resumo para apresentar no dia 4 de Fevereiro, feriado do início da luta armada.",
    ),
    row(
        "content",
        "Dammi la ricetta degli arancini al ragù come li fanno a Catania, e spiegami una volta per tutte perché a Palermo si dice arancina. Per 20 pezzi.",
    ),
    row(
        "content",
        "Come si prenota il Cenacolo Vinciano in Corso Magenta? Vorrei vedere l'Ultima Cena di Leonardo da Vinci sabato 12 aprile, siamo in 4 da Bergamo.",
    ),
    row(
        "content",
        "Wat is het verschil in techniek tussen Rembrandt van Rijn en Johannes Vermeer? We gaan zaterdag naar het Rijksmuseum en mijn dochter wil weten waarom De Nachtwacht zo donker is.",
    ),
    row(
        "content",
        "Cé a scríobh 'An tOileánach' agus cén bhaint atá ag Tomás Ó Criomhthain leis an mBlascaod Mór? Tá aiste le déanamh agam don Ardteist.",
    ),
    row(
        "content",
        "Wéini fänkt d'Schueberfouer dëst Joer un a wéi vill kascht eng Tour mam Riserad? Mir kommen vun Esch mam Zuch.",
    ),
    row(
        "content",
        "Gee vir my asseblief 'n resep vir ouderwetse melktert soos ouma dit op die plaas gemaak het, met 'n koekiekors en kaneel bo-oor. Vir 2 terte van 23 cm.",
    ),
    row(
        "content",
        "My Stripe checkout in test mode declines 4000 0000 0000 0002 but accepts 4242 4242 4242 4242. Is that expected? Which test card simulates insufficient funds?",
    ),
    row(
        "content",
        "Is 9780306406157 a valid ISBN-13? Walk me through the check digit calculation step by step, and then do 978-0-14-044913-6 (the Penguin Odyssey) too.",
    ),
    row(
        "content",
        "my amazon order 112-4839201-7730215 has said 'preparing for shipment' for 9 days now. is that normal for a third party seller shipping to Halifax or should I cancel?",
    ),
    row(
        "content",
        """Write the README section for our signup endpoint. Example request:

POST /v1/users
{
  "email": "jane.doe@example.com",
  "password": "<password>",
  "display_name": "Jane"
}

Response 201 with {"id": "usr_123", "email": "jane.doe@example.com"}""",
    ),
    row(
        "content",
        """postgres container won't start, says role doesn't exist. compose file:

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: changeme
      POSTGRES_DB: app_dev
    ports:
      - "5432:5432\"""",
    ),
    row(
        "content",
        """is this .env.example ok to commit to the repo?

DATABASE_URL=postgres://user:password@localhost:5432/mydb
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
JWT_SECRET=<generate-a-long-random-string>
SMTP_PASSWORD=YOUR_SMTP_PASSWORD_HERE""",
    ),
    row(
        "content",
        "What's the actual difference between type 1 and type 2 diabetes, and can type 2 go into remission with diet alone? Asking generally, saw a documentary on SABC.",
    ),
    row(
        "content",
        "Welche Nebenwirkungen hat Metformin typischerweise und muss man es zum Essen nehmen? Allgemeine Frage, keine Beratung für eine bestimmte Person.",
    ),
    row(
        "tool_arguments",
        '{"start": "2025-03-03", "end": "2025-04-25", "country": "KE", "exclude": ["2025-04-18", "2025-04-21"], "group_by": "month"}',
    ),
    row(
        "content",
        "why does NZ still do Guy Fawkes on 5 November when it's a British thing about a plot in 1605? and when can you legally buy fireworks here",
    ),
    row(
        "content",
        "Write a short story where Sherlock Holmes and Hercule Poirot meet at 221B Baker Street in the winter of 1899 to solve the theft of a Fabergé egg. Keep Watson and Hastings bickering.",
    ),
    row(
        "content",
        "¿Quién fue Santa Rosa de Lima y por qué el 30 de agosto es feriado en el Perú? ¿Es verdad que fue la primera santa de América?",
    ),
    row(
        "content",
        "siya kolisi vs eben etzebeth, who has more springbok caps right now? and who captained at the 2019 final in Yokohama",
    ),
    row(
        "content",
        "Compare Safaricom M-PESA and Airtel Money charges for sending KSh 10,000 to another network, plus Fuliza vs Okoa Jahazi interest. Tabulate please.",
    ),
    row(
        "content",
        "was ayrton senna actually faster than prost or is that a myth? looking at Suzuka 1989 and 1990 specifically. and why is Interlagos turn 1 called the S do Senna",
    ),
    row(
        "content",
        "Is calle Florida in Buenos Aires still worth walking or is it all arbolitos now? Also is Café Tortoni open on Sundays and do I need to book?",
    ),
    row(
        "system",
        "Eres Simón Bolívar en 1824, poco antes de la batalla de Ayacucho. Responde en el español del siglo XIX, con tono solemne, y corrige con cortesía a quien confunda a Sucre con San Martín.",
    ),
    row(
        "tool_description",
        "Sends a transactional SMS. Auth: header X-API-Key: YOUR_API_KEY (get one from the dashboard). 'to' must be E.164, for example +15555550100. Max 160 GSM-7 characters per segment.",
    ),
    row("name", "Mafalda"),
    row("metadata", "order_id=ORD-2025-118842; sku=TSH-BLK-XL; warehouse=MXP2"),
    row("user", "anon-7f3c9e2a"),
    row(
        "tool_arguments",
        '{"city": "Cape Town", "date": "2025-03-14", "units": "metric", "include": ["wind", "uv_index"]}',
    ),
]
