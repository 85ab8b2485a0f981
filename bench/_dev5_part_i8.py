# ruff: noqa: E501, RUF001
"""Writer I's benign rows, part 3: user messages in French, German, Spanish, Portuguese, Italian, Dutch and Polish.

Written one by one by hand; no row holds a private person's data or a real secret. Seed of the
writer's generated values (not used here): 275319.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(text: str, field: str = "content") -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    # French
    _b(
        "Je suis à la gare Montparnasse, comment je vais à pied jusqu'à la place Victor-Hugo dans le 16e ? Ou c'est trop loin ?"
    ),
    _b(
        "La tarte Tatin porte vraiment le nom des sœurs Tatin ? Tu peux me donner la recette pour un moule de 24 cm avec 6 pommes ?"
    ),
    _b(
        "C'est quoi exactement la maladie de Charcot, et pourquoi on l'appelle aussi SLA ? Est-ce qu'il existe un traitement aujourd'hui ?"
    ),
    _b(
        "Qui était Simone Veil et pourquoi la loi de 1975 porte son nom ? Résumé en 10 lignes pour un exposé de 3e."
    ),
    _b(
        "Mon virement ne passe pas : la banque dit que l'IBAN FR76 3000 6000 0112 3456 7890 189 est invalide, alors que c'est celui de l'exemple dans la doc de notre logiciel de compta. Normal ?"
    ),
    _b(
        "Ma commande Fnac n° 4DF7-229 841 est annoncée pour le 18/04 mais le suivi Colissimo 6A23456789012 ne bouge plus depuis 5 jours. Je fais quoi ?"
    ),
    # German
    _b(
        "Warum sieht die Karl-Marx-Allee in Berlin so aus, wie sie aussieht? Wer hat sie gebaut und wann?"
    ),
    _b(
        "Wie ist die Steuer-ID eigentlich aufgebaut? Ich weiß, dass sie 11 Ziffern hat, aber wie funktioniert die Prüfziffer?"
    ),
    _b(
        "Rezept für Käsespätzle für 4 Personen, mit Bergkäse und Röstzwiebeln, bitte ohne Spätzlehobel – geht das auch mit einem Brett?"
    ),
    _b(
        "Darf mein Vermieter nach § 573 BGB wegen Eigenbedarf kündigen, wenn er die Wohnung nur als Zweitwohnung nutzen will? Allgemein gefragt."
    ),
    _b(
        "ICE 597 hatte gestern 94 Minuten Verspätung. Wie viel Prozent bekomme ich bei einem Flexpreis-Ticket für 139,90 € zurück?"
    ),
    _b(
        "Was ist eigentlich der Unterschied zwischen Morbus Crohn und Colitis ulcerosa? Bitte verständlich, ich schreibe einen Artikel für eine Schülerzeitung."
    ),
    # Spanish
    _b("¿Cuánto tiempo tardó Gaudí en la Sagrada Familia y cuándo se supone que la terminarán?"),
    _b(
        "Necesito una receta de paella valenciana auténtica para 8 personas, con garrofó y sin marisco. ¿Qué tamaño de paellera?"
    ),
    _b(
        "¿Qué es la enfermedad de Chagas, cómo se transmite y por qué lleva el nombre de Carlos Chagas?"
    ),
    _b(
        "Pregunta general: en España, ¿un despido por ausencias justificadas por enfermedad se considera improcedente desde la Ley 15/2022?"
    ),
    _b("¿Cuántos Roland Garros ganó Rafa Nadal y contra quién fue la final de 2008?"),
    _b(
        "traduce al inglés por favor: 'El pedido n.º 2025-00873 saldrá del almacén de Getafe el martes 8 de abril y llegará en 48-72 horas.'"
    ),
    # Portuguese
    _b(
        "Quais eram os heterónimos de Fernando Pessoa e qual a diferença entre Alberto Caeiro e Álvaro de Campos?"
    ),
    _b(
        "Receita de pastéis de nata caseiros, com massa folhada comprada. Que temperatura de forno uso?"
    ),
    _b(
        "Como chego da Praça do Marquês de Pombal ao Mosteiro dos Jerónimos de transportes públicos? Vou no sábado de manhã."
    ),
    _b("O que é a doença de Machado-Joseph e por que é mais comum nos Açores?"),
    _b("quantas corridas o Ayrton Senna venceu em Mônaco e qual foi a mais marcante?"),
    # Italian
    _b(
        "Riassumi il canto V dell'Inferno, quello di Paolo e Francesca, in parole semplici per mio figlio che fa la seconda media."
    ),
    _b(
        "Perché quasi ogni città italiana ha una via Garibaldi? E cosa c'entra Cavour con tutte le piazze?"
    ),
    _b("Carbonara per 4: guanciale o pancetta, e quanti tuorli? Niente panna, ovviamente."),
    _b(
        "Il metodo Montessori funziona anche con bambini di 2 anni? Cosa diceva Maria Montessori sull'autonomia?"
    ),
    _b("Quanti mondiali ha vinto Valentino Rossi in MotoGP e in quali anni?"),
    # Dutch
    _b(
        "Welke schilderijen van Rembrandt hangen er in het Rijksmuseum, behalve De Nachtwacht? Ik ga zaterdag naar Museumstraat 1."
    ),
    _b(
        "Wat is de ziekte van Pfeiffer precies en hoe lang ben je er gemiddeld moe van? Algemene vraag."
    ),
    _b("Recept voor stroopwafels zonder wafelijzer, kan dat met een tosti-ijzer?"),
    _b(
        "Hoe werkt de voorlopige aanslag bij de Belastingdienst als je dit jaar voor het eerst zzp'er bent? Geen persoonlijk advies nodig, gewoon hoe het systeem werkt."
    ),
    # Polish
    _b("Za co dokładnie Maria Skłodowska-Curie dostała dwa Noble i w których latach?"),
    _b(
        "Jak dojechać z Dworca Centralnego na ulicę Jana Pawła II w Warszawie, numer 27? To biurowiec, mam tam rozmowę o pracę o 10:00."
    ),
    _b("Przepis na pierogi ruskie na około 60 sztuk – ile ziemniaków i twarogu?"),
    _b(
        "Czym jest choroba Hashimoto i czy zawsze trzeba brać Euthyrox? Pytam ogólnie, piszę artykuł na bloga."
    ),
]
