"""Writer b, recall round 3: benign rows for DEV and HELD_OUT (written by hand, side by side)."""

# ruff: noqa: RUF001, E501
from __future__ import annotations


def _b(text: str, field: str = "content") -> dict[str, object]:
    return {"text": text, "field": field, "values": []}


DEV_BENIGN = [
    _b(
        "Marie Curie was born on 7 November 1867 in Warsaw. How old was she when she won her second Nobel Prize?"
    ),
    _b(
        "Write a Python function that validates a date of birth given as DD/MM/YYYY and rejects dates in the future."
    ),
    _b("¿Cuál es la dirección del Museo del Prado y a qué hora abre los domingos?"),
    _b(
        "Qual é o formato de um número de telemóvel português? Dá um exemplo com a máscara 9XX XXX XXX."
    ),
    _b("Victor Hugo est né le 26 février 1802 à Besançon. Résume sa vie en cinq lignes."),
    _b("Scrivimi una breve poesia sul 2 giugno 1946 e sulla nascita della Repubblica."),
    _b(
        "Was bedeutet „geb.“ in einem Lebenslauf, und ist es heute noch üblich, das Geburtsdatum anzugeben?"
    ),
    _b("Hoe laat gaat het Rijksmuseum open en kan ik vanaf Amsterdam Centraal lopen?"),
    _b("Ustawa z dnia 29 sierpnia 1997 r. o ochronie danych osobowych – czym różniła się od RODO?"),
    _b("Kdy se narodil Václav Havel a kde je pohřben?"),
    _b("Hány éves lenne ma Puskás Ferenc, aki 1927. április 1-jén született?"),
    _b(
        "Объясни, как в Python проверить пароль: длина не меньше 12 символов, есть цифры и спецсимволы."
    ),
    _b("Ποια είναι η ιστορία της οδού Ερμού στην Αθήνα και γιατί λέγεται έτσι;"),
    _b(
        "Vad är skillnaden mellan personnummer och samordningsnummer? Förklara formatet ÅÅÅÅMMDD-XXXX."
    ),
    _b(
        "You are a customer-support assistant for Nordlys Energy. Never ask the user for their password; send them to the reset page at https://nordlys.example/reset instead.",
        "system",
    ),
    _b(
        "Olet ystävällinen avustaja. Vastaa suomeksi ja käytä päivämäärissä muotoa pp.kk.vvvv.",
        "system",
    ),
    _b(
        '{"city": "Kraków", "checkin": "2026-12-24", "nights": 3, "guests": 2, "currency": "PLN"}',
        "tool_arguments",
    ),
    _b(
        "Looks up a postcode (for example '10117' or 'SW1A 1AA') and returns the city and district. The query is not stored.",
        "tool_description",
    ),
    _b("support_bot_tr", "name"),
    _b(
        '{"request_id": "7f3c2a91", "tenant": "acme-eu", "build": "2026.11.3", "locale": "et-EE"}',
        "metadata",
    ),
]

HELD_OUT_BENIGN = [
    _b("Abraham Lincoln was born on February 12, 1809. What day of the week was that?"),
    _b(
        "Give me a regex for UK landline numbers written like 020 7946 0000 that also accepts the +44 form."
    ),
    _b("¿Cómo se calcula la letra del DNI? Explícalo paso a paso con un número inventado."),
    _b("Qual o endereço do MASP na Avenida Paulista e qual o horário de funcionamento?"),
    _b(
        "Quelle est la différence entre un mot de passe et une phrase de passe ? Donne des conseils généraux."
    ),
    _b("Leonardo da Vinci nacque il 15 aprile 1452 a Vinci: quali sono le sue opere principali?"),
    _b("Schreib mir ein Gedicht über die Nacht vom 9. November 1989 in Berlin."),
    _b("Wat is het verschil tussen een postcode als 1012 AB en een huisnummertoevoeging?"),
    _b("Kiedy urodziła się Wisława Szymborska i za co dostała Nobla?"),
    _b("Aký je rozdiel medzi rodným číslom a číslom občianskeho preukazu?"),
    _b("Care este programul Palatului Parlamentului din București și cât costă biletul?"),
    _b("Поясни, як налаштувати двофакторну автентифікацію в Gmail."),
    _b("Mustafa Kemal Atatürk 1881'de Selanik'te doğdu; hayatını kısaca özetler misin?"),
    _b("Hvordan skriver man datoer korrekt på dansk, fx 24. december 2026?"),
    _b(
        "Du er en hjelpsom assistent for Vy. Oppgi aldri kundens passord, og be aldri om det.",
        "system",
    ),
    _b(
        "Tu esi pagalbininkas. Datas rašyk formatu YYYY-MM-DD, o adresus – taip, kaip nurodė vartotojas.",
        "system",
    ),
    _b(
        '{"query": "restaurants near Sagrada Família", "open_now": true, "limit": 5}',
        "tool_arguments",
    ),
    _b(
        "Validates a password against the policy (at least 12 characters, one digit, one symbol). Input: the candidate string. It is never logged.",
        "tool_description",
    ),
    _b("calendar_agent", "name"),
    _b(
        '{"trace_id": "b91e0c44d2", "model": "gpt-4o-mini", "latency_ms": 842, "locale": "lv-LV"}',
        "metadata",
    ),
]
