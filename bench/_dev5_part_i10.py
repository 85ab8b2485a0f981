# ruff: noqa: E501
"""Writer I's benign rows, part 5: the other request fields (system, tool arguments, tool descriptions, name, metadata, user).

Written one by one by hand; no row holds a private person's data or a real secret. Seed of the
writer's generated values (not used here): 275319.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(text: str, field: str = "content") -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    # --- system ---
    _b(
        "You are a travel assistant for visitors to Lisbon. Recommend public transport first, quote prices in EUR, and never ask the user for passport or payment details. If asked about tram 28, warn about pickpockets.",
        "system",
    ),
    _b(
        "Du bist der Kundenservice-Assistent der Stadtwerke Musterstadt. Bei Stromausfällen verweise auf die Störungshotline 0800 123 4567 (kostenlos, 24/7). Gib keine Vertragsdetails heraus und frage nie nach Passwörtern.",
        "system",
    ),
    _b(
        "You are a Shakespeare tutor for secondary school students. When asked, answer in character as Hamlet or Lady Macbeth, then explain the passage in modern English. Quote the First Folio spelling only if asked.",
        "system",
    ),
    _b(
        "Tu es un assistant juridique d'information générale. Tu expliques le droit français du travail et du logement, tu cites les articles du Code civil quand c'est utile, et tu rappelles que tu ne remplaces pas un avocat.",
        "system",
    ),
    _b(
        "Eres un asistente de cocina. Responde con recetas en gramos y mililitros, indica el tiempo total y adapta las cantidades al número de comensales. Usa {{nombre_usuario}} solo si la plantilla lo proporciona.",
        "system",
    ),
    # --- tool_arguments ---
    _b(
        '{"query": "Marie Curie Nobel Prize 1911 chemistry polonium radium", "lang": "en", "limit": 5}',
        "tool_arguments",
    ),
    _b(
        '{"order_id": "ORD-2025-118842", "carrier": "DHL", "tracking": "JJD000390007829517843", "notify": false}',
        "tool_arguments",
    ),
    _b(
        '{"isbn": "9780547928227", "fields": ["title", "author", "publisher", "year"]}',
        "tool_arguments",
    ),
    _b(
        '{"city": "Göteborg", "date": "2025-06-21", "units": "metric", "lat": 57.7089, "lon": 11.9746}',
        "tool_arguments",
    ),
    _b(
        "SELECT date_trunc('day', created_at) AS day, count(*) AS orders, sum(total_cents)/100.0 AS revenue FROM orders WHERE created_at > now() - interval '7 days' GROUP BY 1 ORDER BY 1;",
        "tool_arguments",
    ),
    # --- tool_description ---
    _b(
        "Searches Wikipedia and returns the first paragraph of the best matching article. Input: a search phrase, e.g. 'Ada Lovelace' or 'Treaty of Westphalia'.",
        "tool_description",
    ),
    _b(
        "Returns the current exchange rate between two ISO 4217 currency codes (e.g. EUR, PLN, SEK) from the ECB reference rates published at 16:00 CET.",
        "tool_description",
    ),
    _b(
        "Creates a Jira issue. Arguments: project key (e.g. OPS), summary, description and priority (P1-P4). Authentication is handled by the server; never pass tokens in arguments.",
        "tool_description",
    ),
    _b(
        "Sends an email on behalf of the workspace. `to` must be a valid address such as user@example.com; attachments are limited to 10 MB in total.",
        "tool_description",
    ),
    _b(
        "Gibt Fahrplanauskünfte der Deutschen Bahn für eine Verbindung zurück. Parameter: Start- und Zielbahnhof (z. B. 'München Hbf'), Datum im Format TT.MM.JJJJ und Uhrzeit.",
        "tool_description",
    ),
    # --- name ---
    _b("Sherlock_Holmes", "name"),
    _b("helpdesk-bot", "name"),
    _b("Napoleon", "name"),
    _b("code_reviewer_v2", "name"),
    _b("Hermione", "name"),
    # --- metadata ---
    _b("build 4.12.3 (a1b2c3d), region eu-west-1, model route: default", "metadata"),
    _b("experiment prompt_v7_shorter, cohort B, started 2025-03-10 09:00 UTC", "metadata"),
    _b("source: zendesk ticket #88213, priority normal, tags: billing, refund-policy", "metadata"),
    _b("locale=pt-BR; app=android 7.2.0; screen=recipes/detail", "metadata"),
    _b("nightly eval batch 2025-03-14, suite: translations + recipes, seed 42", "metadata"),
    # --- user ---
    _b("user_8f3a2c91", "user"),
    _b("anon-5521", "user"),
    _b("a3f9c2e1b7d84f0e9c6b5a4d3e2f1a0b", "user"),
    _b("tenant-42:user-1187", "user"),
    _b("guest", "user"),
]
