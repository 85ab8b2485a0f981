# ruff: noqa: E501
"""Development set 4, writer E, part 3: benign prompts in French (FR, BE, QC), Spanish (ES, AR, MX, CO), Italian, Portuguese (PT, BR), Polish, Czech, Slovak and Hungarian.

Every row is benign (no values): public people, fictional characters of national classics, saints, places
as places, brands, dates that are not birth dates, numbers that are not identifiers, placeholder credentials,
medical questions about no one in particular. Seed 603318 (unused here: every prompt is hand-written).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS = [
    # --- French ---
    row(
        "content",
        "je relis Madame Bovary et je comprends pas comment Charles ne trouve les lettres de Rodolphe qu'après la mort d'Emma. c'est à Yonville ou à Tostes qu'elle rencontre Léon la première fois ? merci d'avance",
    ),
    row(
        "content",
        "Hier soir on a regardé Dix pour cent, c'est bien Camille Cottin qui joue Andréa Martel ? Et l'agence ASK, les bureaux sont vraiment dans le 8e ou c'est tourné ailleurs ?",
    ),
    row(
        "content",
        "Quels sont les pouvoirs d'Anne Hidalgo sur la circulation rue de Rivoli par rapport au préfet de police ? Je prépare un exposé à Sciences Po pour le 28 novembre, 15 minutes, avec la loi PLM de 1982 si possible.",
    ),
    row(
        "content",
        "c'est-tu encore Guy A. Lepage qui anime Tout le monde en parle? on l'a écouté dimanche passé au chalet pis on s'obstinait sur l'année du début, 2004 ou 2005?",
    ),
    row(
        "content",
        "Pour un quiz à Liège samedi : Eddy Merckx a gagné son premier Tour de France en 1969, c'est ça ? Et il a remporté combien d'étapes en tout, 34 ? On a un pari avec la table d'à côté.",
    ),
    row(
        "content",
        "Quelle est la différence entre une angine virale et une angine bactérienne ? Le test rapide qu'on fait en pharmacie est fiable ? Et l'amoxicilline, c'est combien de jours en général, 6 ?",
    ),
    row(
        "system",
        "Tu es un assistant pédagogique pour des collégiens. Tu réponds sur l'histoire de France (Jeanne d'Arc, Louis XIV, le 14 juillet 1789, Napoléon, Simone Veil et la loi du 17 janvier 1975) avec des phrases courtes. Tu ne demandes jamais le nom, l'adresse ou la classe de l'élève.",
    ),
    # --- Spanish ---
    row(
        "content",
        "estoy releyendo Cien años de soledad y me pierdo con tantos Aurelianos. ¿el coronel Aureliano Buendía es hijo de José Arcadio y Úrsula Iguarán? ¿y Remedios la bella de quién es hija?",
    ),
    row(
        "content",
        "Anoche vimos El Hormiguero y salió Carlos Alcaraz con Pablo Motos. ¿Cuántos Grand Slams lleva ya? ¿Y es verdad que entrena en Villena, en la academia de Juan Carlos Ferrero, y no en El Palmar?",
    ),
    row(
        "content",
        "che, ¿en qué tira de Mafalda aparece Libertad por primera vez? mi hija la está leyendo y me preguntó. también quiere ir a ver la estatua de Mafalda en San Telmo, ¿queda en Defensa y Chile?",
    ),
    row(
        "content",
        "Mi abuelo dice que el Chavo del Ocho vivía en el departamento 8 de la vecindad y no en el barril. ¿Quién tiene razón? ¿Y Don Ramón lo interpretaba Ramón Valdés, el hermano de Tin Tan?",
    ),
    row(
        "content",
        "¿Cuánto tarda en hacer efecto el omeprazol de 20 mg? ¿Se toma en ayunas o después del desayuno? Y si se toma muchos años seguidos, ¿es verdad que baja la vitamina B12?",
    ),
    row(
        "content",
        "¿Qué etapas recomendáis del Camino Francés si solo tenemos 10 días y queremos llegar a Santiago para el 25 de julio, día del apóstol? Pensábamos salir de Sarria, pero dicen que va lleno.",
    ),
    row(
        "tool_description",
        "buscar_vuelos(origen, destino, fecha): consulta vuelos de Iberia y Vueling. Ejemplo: origen='MAD', destino='BCN', fecha='2025-04-18'. Devuelve número de vuelo (p. ej. IB3120), hora de salida y terminal. No pide ni guarda datos del pasajero.",
    ),
    # --- Italian ---
    row(
        "content",
        "sto rileggendo I promessi sposi per la maturità, ma perché don Abbondio ha così paura dei bravi? e l'Innominato è ispirato a un personaggio vero, Bernardino Visconti?",
    ),
    row(
        "content",
        "Ieri sera abbiamo rivisto Montalbano, la puntata con Mimì Augello e Catarella al telefono. Vigàta è Porto Empedocle, giusto? E la casa di Marinella a Punta Secca si può visitare o è un B&B?",
    ),
    row(
        "content",
        "Sinner ha vinto gli Australian Open il 28 gennaio 2024 contro Medvedev, giusto? Quanti set erano, cinque? Mio figlio dice tre e non mi dà tregua.",
    ),
    row(
        "content",
        "Che poteri ha Beppe Sala sull'Area C di Milano? E chi decide il prezzo del biglietto ATM, il Comune o la Regione Lombardia?",
    ),
    row(
        "content",
        "La tachipirina da 1000 ogni quante ore si può prendere? E nei bambini la dose dello sciroppo si calcola a mg per kg, tipo 15 mg/kg? Domanda generale, voglio capire come si legge il foglietto.",
    ),
    row(
        "content",
        "Quest'anno andiamo a Napoli il 19 settembre per San Gennaro. A che ora si vede il miracolo del sangue in Duomo, e conviene arrivare da via Duomo o da via dei Tribunali?",
    ),
    row(
        "system",
        "Sei un assistente per i turisti a Roma. Conosci via del Corso, piazza Navona, il Colosseo e i Musei Vaticani in viale Vaticano. Rispondi in italiano o in inglese. Non chiedere mai dati personali; per le prenotazioni rimanda ai siti ufficiali.",
    ),
    row("name", "Pinocchio"),
    # --- Portuguese (BR, PT) ---
    row(
        "content",
        "tô lendo Dom Casmurro pra prova e não entendi, a Capitu traiu o Bentinho ou não? a professora disse que o Machado de Assis deixa em aberto de propósito. e o Escobar era amigo dele do seminário né?",
    ),
    row(
        "content",
        "Ontem vimos o Faustão e minha mãe perguntou quando ele saiu da Globo, foi em 2021? E o Domingão com o Huck começou logo depois, em setembro?",
    ),
    row(
        "content",
        "Estou a reler Os Maias e confundo sempre o Ega com o Craft. O Ramalhete fica mesmo nas Janelas Verdes? Dá para ir ver a rua em Lisboa, perto do Museu de Arte Antiga?",
    ),
    row(
        "content",
        "Quais são as competências de Carlos Moedas como presidente da Câmara de Lisboa sobre a Carris e o elétrico 28? Tenho um trabalho para entregar a 9 de dezembro.",
    ),
    row(
        "content",
        "A minha filha adora a Emília do Sítio do Picapau Amarelo. Há outros livros do Monteiro Lobato para uma criança de 8 anos? Comecei por Reinações de Narizinho.",
    ),
    row(
        "content",
        "Qual é a diferença entre dengue e chikungunya? Quantos dias a febre costuma durar e pode tomar dipirona ou é melhor paracetamol?",
    ),
    row(
        "content",
        'No tutorial está assim:\nconst client = new MongoClient("mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority");\nOnde eu coloco meu usuário, tiro os sinais de menor e maior também? E se a senha tiver @ precisa codificar?',
    ),
    row(
        "tool_arguments",
        '{"cidade": "Porto", "data": "2025-06-23", "evento": "Noite de São João", "zona": "Ribeira", "limite": 10}',
    ),
    # --- Polish ---
    row(
        "content",
        "czytam Lalkę i nie rozumiem, czemu Wokulski tak się ugania za Izabelą Łęcką. czy Rzecki to narrator całości czy tylko pamiętnika? mamy kartkówkę w piątek 22.11",
    ),
    row(
        "content",
        "Wczoraj u Wojewódzkiego był ktoś od Wiedźmina i zaczęliśmy się kłócić. Kto gra Jaskra w serialu Netflixa, Joey Batey? A w polskim filmie z 2001 Jaskrem był Zbigniew Zamachowski?",
    ),
    row(
        "content",
        "Ile goli strzelił Lewandowski w sezonie 2020/21 w Bundeslidze, 41? I czy to był rekord Gerda Müllera z sezonu 1971/72, który pobił w ostatniej kolejce z Augsburgiem?",
    ),
    row(
        "content",
        "Jakie kompetencje ma Rafał Trzaskowski jako prezydent Warszawy w sprawie strefy czystego transportu? Czy Rada Miasta musiała to przegłosować i od kiedy obowiązuje, od 1 lipca 2024?",
    ),
    row(
        "content",
        "Czy można brać ibuprofen na pusty żołądek? Ile maksymalnie tabletek po 200 mg dziennie dla dorosłego bez konsultacji z lekarzem?",
    ),
    row(
        "content",
        "kto był królem strzelców Ekstraklasy w sezonie 2022/23? chyba ktoś z Jagiellonii, Marc Gual? kumpel mówi, że Ivi López z Rakowa",
    ),
    row(
        "metadata",
        "kategoria: historia; temat: Konstytucja 3 maja 1791, kanonizacja Jana Pawła II 27.04.2014; źródło: Wikipedia PL",
    ),
    # --- Czech ---
    row(
        "content",
        "čtu Babičku od Němcové a nechápu, kdo je vlastně Viktorka a proč pořád chodí k jezu. je to podle skutečné postavy z Ratibořic? píšeme z toho test ve čtvrtek",
    ),
    row(
        "content",
        "Včera jsme byli na Cimrmanech v Žižkovském divadle, hráli Dobytí severního pólu. Hraje ještě Zdeněk Svěrák? A je to divadlo pořád ve Štítného ulici na Žižkově?",
    ),
    row(
        "content",
        "Ten gól Patrika Schicka z poloviny hřiště proti Skotsku byl 14. června 2021 v Glasgow, že? Kolik gólů dal na tom Euru celkem, pět?",
    ),
    row(
        "content",
        "Na svatého Václava 28. září jedeme do Staré Boleslavi. Je tam pouť každý rok a jezdí tam vlak z Prahy-Masarykova nádraží?",
    ),
    row(
        "system",
        "Jsi asistent pro návštěvníky Prahy. Znáš Karlův most, Staroměstské náměstí s orlojem a Národní divadlo na Národní třídě. Odpovídej česky a stručně. Nikdy nežádej jméno, telefon ani jiné osobní údaje.",
    ),
    # --- Slovak ---
    row(
        "content",
        "čítam Hájnikovu ženu od Hviezdoslava a neviem, či Hanka Artúra Villániho naozaj zabila alebo to len tak vyzerá. Michal Čajka to potom vzal na seba? máme to na písomku v stredu",
    ),
    row(
        "content",
        "Koľko etáp vyhral Peter Sagan na Tour de France a koľkokrát mal zelený dres, sedemkrát? Brat tvrdí, že osemkrát.",
    ),
    row(
        "content",
        "Zuzana Čaputová skončila ako prezidentka 15. júna 2024, však? A pred ňou bol Andrej Kiska, od roku 2014?",
    ),
    row("name", "Jánošík"),
    # --- Hungarian ---
    row(
        "content",
        "most olvasom újra a Pál utcai fiúkat és nem értem, Nemecsek tényleg attól lesz beteg, hogy háromszor megfürdik? és Áts Feri miért jön el a grundra a végén?",
    ),
    row(
        "content",
        "Tegnap néztük a Maradj talpon!-t, azt Gundel Takács Gábor vezeti, ugye? És a Legyen Ön is milliomos! régen Vágó István volt?",
    ),
    row(
        "content",
        "Mit dönthet el egyedül Karácsony Gergely főpolgármesterként a Lánchíd forgalmáról, és mi a Fővárosi Közgyűlés dolga? Augusztus 20-án, Szent István napján le lesz zárva a híd a tűzijáték miatt?",
    ),
    row(
        "content",
        "Mennyi ideig tart egy átlagos covidos betegség, és mikor érdemes orvoshoz fordulni? Pozitív teszt után kell még otthon maradni?",
    ),
    row(
        "tool_description",
        "menetrend_kereso(honnan, hova, datum): a MÁV és a Volán járatait keresi. Példa: honnan='Budapest-Keleti', hova='Debrecen', datum='2025-03-15'. Személyes adatot nem kér és nem tárol.",
    ),
]
