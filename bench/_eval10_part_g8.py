# ruff: noqa: E501
"""Evaluation 10, writer G: benign rows in Spanish (Mexico, Colombia, Chile, Venezuela),
Portuguese (Portugal, Mozambique), French (Switzerland, Senegal, Morocco, Canada), Italian (Italy,
Ticino), Catalan, Galician, Basque and one English-Spanish prompt: public and historical figures,
characters, streets and brands named after people, placeholders, tracking numbers, prices.

Writer G's module; seed 604117 (no values are drawn here).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(field: str, text: str) -> dict[str, object]:
    return {"text": text, "field": field, "values": []}


ROWS = [
    # Mexico, Colombia, Chile, Venezuela
    _b(
        "content",
        "¿Quién fue Sor Juana Inés de la Cruz y por qué es tan importante? Necesito una ficha de media cuartilla para secundaria con su fecha de nacimiento, dónde vivió y sus obras principales, como Primero sueño y la Respuesta a sor Filotea.",
    ),
    _b(
        "content",
        "resúmeme el capítulo donde el coronel Aureliano Buendía promueve las treinta y dos guerras civiles en Cien años de soledad, y qué pasa con los pescaditos de oro",
    ),
    _b(
        "content",
        "¿Cómo hago pastel de choclo para 8 personas? ¿Cuánta albahaca le pongo al pino y si se puede congelar?",
    ),
    _b(
        "content",
        "Voy a Caracas en agosto de turista. ¿Qué hay alrededor de la Plaza Bolívar, se puede visitar la Casa Natal del Libertador y el Panteón Nacional el mismo día?",
    ),
    _b(
        "content",
        "¿Cuántos días de vacaciones tocan por ley en México desde la reforma de 2023 si uno lleva 3 años en la empresa? ¿Y la prima vacacional sigue siendo del 25%?",
    ),
    _b(
        "tool_arguments",
        "buscar productos: categoría=vinos, cepa=Carménère, precio_max=12990 CLP, región=Colchagua, orden=precio_asc",
    ),
    _b(
        "content",
        "Convierte esto en una tabla bonita y saca el precio por kilo:\n\n"
        "SKU;Producto;Precio COP\n"
        "CF-250;Café Juan Valdez Volcán 250 g;18.900\n"
        "CF-500;Café Juan Valdez Volcán 500 g;34.500\n"
        "CF-1000;Café Juan Valdez Cumbre 1 kg;62.000\n"
        "PN-500;Panela Doña Paula 500 g;4.200",
    ),
    _b(
        "content",
        "Estoy armando un ejemplo para un taller. ¿Así se cargan bien las variables?\n\n"
        "# .env.example\n"
        "TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
        "TWILIO_AUTH_TOKEN=tu_token_aqui\n"
        "SMTP_USER=usuario@example.com\n"
        "SMTP_PASSWORD=cambiame\n",
    ),
    # Portugal, Mozambique
    _b(
        "content",
        "Quem foi Aristides de Sousa Mendes e o que fez em Bordéus em junho de 1940? Preciso de um texto curto para o 9.º ano.",
    ),
    _b(
        "content",
        "Qual é a história da Avenida Samora Machel em Maputo, e porque é que tantas ruas da Baixa têm nomes de líderes como Karl Marx, Mao Tsé-Tung ou Kim Il Sung? Fica perto do ponto -25.9692, 32.5732, certo?",
    ),
    _b(
        "content",
        "receita de pastéis de nata como os de Belém, mas com massa folhada comprada. quantos minutos no forno a 250 graus?",
    ),
    _b(
        "metadata",
        "Encomenda 2025/PT/004417, envio CTT RR123456785PT, entregue 2025-01-28 14:02, 2 volumes, 3,4 kg",
    ),
    _b(
        "content",
        "Quais são os sinais de malária grave em crianças e quando se deve correr para o hospital? É para um folheto da escola primária, em português simples, com uma parte sobre redes mosquiteiras.",
    ),
    # Switzerland, Senegal, Morocco, Canada
    _b(
        "content",
        "Qui était Henri Dunant et pourquoi le Musée international de la Croix-Rouge est à Genève? Mon fils a un exposé de 5 minutes à faire pour jeudi.",
    ),
    _b(
        "content",
        "Fais-moi un résumé d'« Une si longue lettre » de Mariama Bâ pour un exposé de première, avec les personnages principaux (Ramatoulaye, Aïssatou, Modou, Mawdo Bâ) et les thèmes de la polygamie et de l'amitié.",
    ),
    _b(
        "content",
        "Recette de la pastilla au poulet pour 6 personnes, avec les amandes, la cannelle et le sucre glace dessus comme à Fès. On peut préparer la farce la veille?",
    ),
    _b(
        "content",
        "C'est quoi exactement la loi 25 au Québec sur la protection des renseignements personnels? Résume-moi les obligations pour une PME de 12 employés qui a une boutique en ligne, avec les dates d'entrée en vigueur de 2022, 2023 et 2024.",
    ),
    _b(
        "system",
        "Tu es l'assistant du service client d'une boulangerie à Fribourg. Horaires: du mardi au samedi de 6h30 à 18h30, le dimanche de 7h à 12h. Tu peux parler des produits (taillaule, cuchaule, bricelets) et des commandes de gâteaux. Ne demande jamais de données personnelles.",
    ),
    _b(
        "tool_description",
        "Renvoie l'horaire des trains entre deux gares suisses (par ex. Lausanne → Brig) pour une date au format AAAA-MM-JJ et une heure de départ HH:MM.",
    ),
    _b(
        "content",
        "Mon appel marche pas, ça répond 'invalid_token'. Qu'est-ce que je fais de pas correct?\n\n"
        'curl -H "Authorization: Bearer VOTRE_JETON_ICI" -H "Accept: application/json" https://api.example.com/v1/items?limit=20',
    ),
    # Italy, Ticino
    _b(
        "content",
        "Spiegami la legge di Ohm e l'effetto Joule come se dovessi ripassare per la maturità, con due esercizi svolti e le unità di misura.",
    ),
    _b(
        "content",
        "Cosa vedere a Bellinzona in un giorno? Castelgrande, Montebello e Sasso Corbaro si fanno a piedi? E il mercato del sabato in Piazza Nosetto c'è anche a novembre?",
    ),
    _b(
        "content",
        "Che differenze ci sono tra il commissario Montalbano dei romanzi di Camilleri e quello della serie con Luca Zingaretti? Penso soprattutto a Livia e a Mimì Augello.",
    ),
    _b(
        "content",
        "Calcolami l'IVA al 22% su questo listino e dammi il totale:\n\n"
        "codice,descrizione,prezzo_netto\n"
        "A-1001,Moka Bialetti 3 tazze,24.50\n"
        "A-1002,Pasta Barilla spaghetti n.5 1kg,1.55\n"
        "A-1003,Nutella Ferrero 750g,6.90\n"
        "A-1004,Amaro Ramazzotti 70cl,14.20",
    ),
    _b(
        "content",
        "Qual è la dose massima giornaliera di ibuprofene per un adulto? E per un bambino di 20 kg quanti ml dello sciroppo da 100 mg/5 ml?",
    ),
    # Catalan, Galician, Basque
    _b(
        "content",
        "Explica'm la llegenda de Sant Jordi i per què el 23 d'abril es regalen roses i llibres. És per a una activitat de 3r de primària.",
    ),
    _b(
        "content",
        "Quin horari té la Sagrada Família al juliol i quant costa l'entrada amb torre? Som dos adults i un nen de 9 anys.",
    ),
    _b(
        "content",
        "Cal é a historia de Rosalía de Castro e que poema de Cantares gallegos sería máis axeitado para ler no Día das Letras Galegas cun grupo de 5º de primaria?",
    ),
    _b(
        "content",
        "Azaldu iezadazu zer den Guggenheim museoa Bilbon, nork diseinatu zuen eta noiz ireki zuten. Eskolako lan baterako da.",
    ),
    # English and Spanish
    _b(
        "content",
        "Translate our brunch menu to Spanish: 'Caesar salad, eggs Benedict, beef Wellington, peach Melba'. ¿Los nombres de los platos se traducen o se dejan en inglés?",
    ),
]
