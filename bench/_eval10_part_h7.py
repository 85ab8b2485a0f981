# ruff: noqa: E501, RUF001
"""Evaluation 10, writer H: benign prompts in German (Germany, Austria, Switzerland), Dutch, Flemish, Danish, Norwegian, Swedish, Icelandic, Finnish, Estonian, Latvian and Lithuanian.

Writer H's part (seed of the generated values: ``random.Random(918263)``; none are used here).
No private person's data and no real secret, though many look as if they might: public and
historical people, fictional characters, places and laws named after people, placeholder
credentials, tracking numbers, prices and measurements. Written by hand, one by one.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def row(field: str, text: str) -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    row(
        "content",
        "Wer war Maria Theresia eigentlich und warum sind in Wien so viele Dinge nach ihr benannt? Bitte kurz, ist für ein Referat in der 7. Klasse.",
    ),
    row(
        "content",
        "Wie komme ich vom Westbahnhof zum Hundertwasserhaus in der Kegelgasse 34–38? Lohnt es sich zu Fuß zu gehen oder lieber mit der U3 und dann ein Stück laufen?",
    ),
    row(
        "content",
        "Ist Morbus Crohn erblich? Welche Symptome treten meistens zuerst auf und ab welchem Alter wird eine Darmspiegelung empfohlen?",
    ),
    row(
        "content",
        "Ich hab aus einem Tutorial diese Dateien kopiert, aber der Container startet nicht:\n\n```yaml\n# docker-compose.yml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: user\n      POSTGRES_PASSWORD: changeme\n    ports:\n      - \"5432:5432\"\n  app:\n    build: .\n    env_file: .env\n```\n\n```\n# .env.example\nDATABASE_URL=postgres://user:password@localhost:5432/mydb\nOPENAI_API_KEY=YOUR_API_KEY\nSECRET_KEY=changeme\n```\n\nMuss ich die .env.example erst umbenennen, damit Compose sie liest? Und warum sagt die App 'connection refused', obwohl die DB läuft?",
    ),
    row(
        "content",
        "Erkläre mir das Ohmsche Gesetz und die Kirchhoffschen Regeln so, dass es ein Schüler der 10. Klasse versteht. Mit Rechenbeispiel: 12 V Batterie, drei Widerstände à 4,7 kΩ in Reihe, wie groß ist der Strom?",
    ),
    row(
        "content",
        "Rezept für Zürcher Geschnetzeltes für 4 Personen? Ich habe 600 g Kalbfleisch, 2 dl Rahm und 250 g Champignons da. Passt Rösti dazu oder lieber Nüdeli?",
    ),
    row(
        "content",
        "Mein Paket mit der Sendungsnummer 00340434161094042557 hängt seit fünf Tagen im Paketzentrum Hannover fest, Status 'in Bearbeitung'. Ab wann kann ich einen Nachforschungsauftrag stellen?",
    ),
    row(
        "content",
        'Kannst du mein Anschreiben sprachlich glätten? Inhaltlich soll alles so bleiben.\n\n"Sehr geehrte Damen und Herren,\n\nmit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Projektleiter Elektrotechnik gelesen. In meiner bisherigen Tätigkeit bei einem mittelständischen Anlagenbauer habe ich Projekte mit einem Volumen von bis zu 2 Mio. € verantwortet und Teams von bis zu acht Personen koordiniert. Besonders gereizt hat mich an Ihrer Anzeige der Schwerpunkt auf Photovoltaik-Großanlagen, da ich mich in den letzten drei Jahren intensiv mit Netzanschlussverfahren und Speicherlösungen beschäftigt habe.\n\nIch arbeite strukturiert, behalte auch bei mehreren parallelen Baustellen den Überblick und kommuniziere gern auf Augenhöhe mit Kunden, Behörden und Monteuren. Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.\n\nÜber eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\nMit freundlichen Grüßen"',
    ),
    row(
        "content",
        'Python wirft mir das hier, woran liegt\'s?\n\n```\nTraceback (most recent call last):\n  File "/app/auswertung.py", line 42, in <module>\n    df = pd.read_csv("umsatz_2024.csv", sep=";")\n  File "/usr/local/lib/python3.11/site-packages/pandas/io/parsers/readers.py", line 1026, in read_csv\n    return _read(filepath_or_buffer, kwds)\nUnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xe4 in position 1183: invalid continuation byte\n```\n\nDie CSV kommt aus einem alten Warenwirtschaftssystem unter Windows.',
    ),
    row(
        "content",
        "Wat is eigenlijk het verschil tussen de ziekte van Lyme en de ziekte van Pfeiffer? Allebei moe en koorts toch? Vraag het algemeen, niet voor mezelf.",
    ),
    row(
        "content",
        "Schrijf een korte samenvatting van 'Max Havelaar' van Multatuli voor mijn boekverslag, 4 havo, maximaal 250 woorden, en noem ook wie Batavus Droogstoppel is.",
    ),
    row(
        "content",
        "Is het Atomium op maandag open en hoe ver is dat van het Koning Boudewijnstadion? We komen met de trein om 10u12 aan in Brussel-Noord en moeten om 15u terug.",
    ),
    row(
        "content",
        "Hvem var H.C. Andersen forelsket i? Jeg har læst at han aldrig blev gift, men at der var en svensk sangerinde involveret.",
    ),
    row(
        "content",
        "Hva er forskjellen på Vigelandsparken og Frognerparken? Skal vise en venn rundt i Oslo på lørdag, vi har ca. tre timer og starter ved Nationaltheatret.",
    ),
    row(
        "content",
        "vad heter pippi långstrump egentligen i sin helhet? min dotter påstår att det är jättelångt och att hon kan det utantill",
    ),
    row(
        "content",
        "Kuka on Matti Meikäläinen ja miksi hän on kaikissa lomakemalleissa? Onko muissa maissa vastaavia nimiä, esim. Ruotsissa tai Saksassa?",
    ),
    row(
        "content",
        "Mis kuupäeval on Eesti Vabariigi aastapäev ja kes oli Konstantin Päts? Vajan lühikest teksti kooli stendile, umbes 100 sõna.",
    ),
    row(
        "content",
        "Kāpēc Rīgā ir Krišjāņa Barona iela? Kas viņš bija un ko viņš izdarīja latviešu dainu labā? Vajag īsi, bērnam skolai.",
    ),
    row(
        "content",
        "Kas buvo Gediminas ir kodėl pagrindinė Vilniaus gatvė vadinasi Gedimino prospektas? Kada ji taip pavadinta?",
    ),
    row(
        "content",
        "Hvað er Hallgrímskirkja há og hvenær var hún vígð? Hún heitir eftir Hallgrími Péturssyni, er það ekki rétt?",
    ),
    row(
        "system",
        "Du bist ein freundlicher Nachhilfelehrer für Physik. Erkläre Konzepte wie das Newtonsche Gravitationsgesetz, den Doppler-Effekt oder die Lorentzkraft schülergerecht auf Deutsch, mit Alltagsbeispielen und höchstens einer Formel pro Antwort.",
    ),
    row(
        "tool_description",
        "Haalt de actuele vertrektijden op voor een NS-station, bijvoorbeeld Amsterdam Centraal of Utrecht Centraal. Parameters: station (string, stationsnaam of code), aantal (int, standaard 10).",
    ),
    row(
        "tool_arguments",
        '{"city": "Reykjavík", "lat": 64.1466, "lon": -21.9426, "units": "metric", "lang": "is"}',
    ),
    row("name", "nachhilfe_bot"),
    row(
        "metadata",
        "A/B-Test Variante B, Prompt v3.2, Locale de-AT, Ticket INC-20931, erstellt 2024-11-18T07:42:13Z",
    ),
]
