# ruff: noqa: E501
"""Evaluation 7, part a (hand-written blind): benign prompts, no sensitive value at all.

About half name public people, fictional characters, places, streets as places, brands, works
and events; the rest are code, configs with obvious placeholders, maths, recipes, travel and
numbers that are not personal. Blind: composed without looking at the scanner, its tests or any
other evaluation set.
"""

from __future__ import annotations

import json

try:
    from bench import _eval7_part_a2 as g
except ImportError:
    import _eval7_part_a2 as g  # type: ignore[no-redef]

row = g.row

ROWS_BENIGN: list[dict[str, object]] = [
    row(
        "content",
        "who scored more Test centuries, Sachin Tendulkar or Ricky Ponting, and who had the better average away from home?",
    ),
    row(
        "content",
        "write a 200 word summary of why Jacinda Ardern resigned in 2023, neutral tone, for a year 10 civics class",
    ),
    row(
        "content",
        "was Nelson Mandela's release in February 1990 broadcast live? my dad says he watched it on SABC",
    ),
    row(
        "content",
        "compare Wangari Maathai's Green Belt Movement with what Greta Thunberg does now, bullet points pls",
    ),
    row(
        "content",
        "in Pride and Prejudice, why does Mr Darcy's first proposal go so badly? quote two lines from Elizabeth Bennet",
    ),
    row(
        "content",
        "can you recommend a walking route from Trafalgar Square to Camden Market that goes past the British Museum",
    ),
    row(
        "content",
        "best hawker centre near Orchard Road for chicken rice that isn't Maxwell? going on a Sunday",
    ),
    row(
        "content",
        "¿Quién ganó más Balones de Oro, Messi o Cristiano Ronaldo? Y cuántos tiene Luka Modrić",
    ),
    row(
        "content",
        "explícame en pocas palabras quién fue Mario Vargas Llosa y por qué le dieron el Nobel en 2010",
    ),
    row(
        "content",
        "cuál es la mejor época para hacer el Camino Inca a Machu Picchu y cuántos días hay que reservar en Cusco antes?",
    ),
    row(
        "content",
        "receta de chipá como la hacen en Corrientes, con queso Mar del Plata, para 20 unidades",
    ),
    row(
        "content",
        "me dices 3 canciones de Rosalía y 3 de Bad Bunny para una playlist de cumpleaños, nada muy explícito",
    ),
    row(
        "content",
        "quem foi Oscar Niemeyer e quais prédios dele dá pra visitar em Brasília num fim de semana?",
    ),
    row(
        "content",
        "faz um resumo do livro Dom Casmurro, o Bentinho e a Capitu, para prova do ensino médio",
    ),
    row(
        "content",
        "qual a diferença entre a moamba de galinha de Luanda e a do Congo? quero fazer no domingo",
    ),
    row(
        "content",
        "Ayrton Senna ou Lewis Hamilton, quem foi melhor na chuva? argumenta dos dois lados",
    ),
    row(
        "content",
        "Quel rôle a joué Simone Veil dans la loi de 1975 ? Réponds en cinq phrases pour un exposé de 3e",
    ),
    row(
        "content",
        "c'est quoi la meilleure façon d'aller de la Gare du Nord à la Tour Eiffel avec deux valises, RER ou taxi ?",
    ),
    row(
        "content",
        "Dans Astérix chez les Belges, qui est le chef du village belge ? et c'est quoi la blague avec les frites",
    ),
    row(
        "content",
        "donne-moi une recette de tourtière du Lac-Saint-Jean pour 8 personnes, version pas trop grasse",
    ),
    row(
        "content",
        "Léopold Sédar Senghor a été président du Sénégal de quelle année à quelle année ? et il était aussi à l'Académie française ?",
    ),
    row(
        "content",
        "spiegami la differenza tra il Barocco di Bernini e quello di Borromini con due esempi a Roma",
    ),
    row(
        "content",
        "Wie lange braucht man mit dem ICE von Köln nach München, und lohnt sich ein Halt in Würzburg?",
    ),
    row(
        "content",
        "Was hat Angela Merkel 2015 mit 'Wir schaffen das' genau gemeint? Kurze Einordnung bitte",
    ),
    row(
        "content",
        "welke schilderijen van Vermeer hangen in het Mauritshuis en welke in het Rijksmuseum?",
    ),
    row("content", "cine a fost Ana Aslan și ce e cu Gerovitalul? am văzut un documentar"),
    row(
        "content",
        "quin és el millor moment per veure els castells a Tarragona? el concurs és cada dos anys, oi?",
    ),
    row(
        "content",
        "python: how do I flatten a list of lists without importing itertools, one-liner please",
    ),
    row(
        "content",
        "DATABASE_URL=postgres://<user>:<password>@localhost:5432/<db>\nREDIS_URL=redis://localhost:6379/0\nSECRET_KEY=change-me\n\nis this enough for a docker-compose dev setup or do i need more?",
    ),
    row("content", "solve for x: 3x^2 - 12x + 9 = 0, and show the steps, my kid is stuck"),
    row(
        "content",
        "order #A-20931 arrived with 2 of 6 plates broken, total was €84.90, how do I word the complaint to the shop?",
    ),
    row(
        "content",
        "upgrade from Django 4.2 to 5.1: which deprecations will bite me, we still use django.utils.timezone.utc",
    ),
    row("content", "¿cuánto es el 21 % de IVA sobre 1.450 €? y si es el 10 %?"),
    row(
        "content",
        "calcule-moi les intérêts d'un prêt de 180 000 € sur 20 ans à 3,45 %, mensualité et coût total",
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "dialect": "postgres",
                "sql": "SELECT region, SUM(amount) FROM sales WHERE sale_date >= '2026-01-01' GROUP BY region",
            }
        ),
    ),
    row("content", "Rezept für Zwetschgendatschi mit Hefeteig, für ein halbes Backblech"),
    row(
        "content",
        "hoeveel kilometer is de Elfstedentocht en wanneer werd hij voor het laatst verreden? was dat 1997?",
    ),
    row(
        "content", "quick one: what's the time difference between Nairobi and Auckland in December?"
    ),
    row(
        "content",
        "traduci in inglese: 'il treno regionale delle 7:42 per Firenze è soppresso per sciopero'",
    ),
    row(
        "system",
        "You are a friendly travel assistant for a tour company in Cape Town. Suggest activities around Table Mountain, the V&A Waterfront and Cape Point. Prices in rand. Never invent opening hours.",
    ),
    row(
        "system",
        "Eres un asistente de cocina. Responde siempre con recetas en gramos, indica el tiempo total y sugiere una alternativa vegetariana.",
    ),
    row(
        "tool_description",
        "get_weather(city: str, days: int = 3) -> forecast. Returns temperature in °C and chance of rain for the next few days. Use for questions like 'will it rain in Porto on Saturday?'.",
    ),
    row(
        "tool_description",
        "Sucht Zugverbindungen der Deutschen Bahn. Parameter: von, nach, abfahrt (ISO-8601). Gibt höchstens fünf Verbindungen zurück.",
    ),
    row(
        "tool_arguments",
        json.dumps({"city": "Valparaíso", "days": 5, "units": "metric"}, ensure_ascii=False),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "sql": "SELECT title, release_year FROM films WHERE director = 'Pedro Almodóvar' ORDER BY release_year",
                "limit": 20,
            },
            ensure_ascii=False,
        ),
    ),
    row(
        "tool_arguments",
        json.dumps({"api_key": "${WEATHER_API_KEY}", "lat": -33.9249, "lon": 18.4241}),
    ),
    row("metadata", '{"experiment": "prompt-v7", "locale": "pt-BR", "build": "2026.11.3"}'),
    row("metadata", "tenant=acme-retail;env=staging;region=eu-west-1"),
    row("user", "u_7f3a9c21e04b"),
    row("name", "Sherlock_Holmes"),
]
