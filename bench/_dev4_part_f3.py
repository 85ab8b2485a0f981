# ruff: noqa: E501
"""Development set 4, writer F, sensitive prompts 1-50 (seed 915532 for the generated values).

Mostly English (US, UK, Irish, Australian, Indian, Canadian, South African), German (incl.
Austrian and Swiss), French, Spanish, Italian, Portuguese, Dutch and Polish: private people's
names next to health, money, HR, school, family, housing and legal matters, names in questions,
dates of birth, addresses, phones and passwords in prose. Each prompt written by hand.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

from _dev4_part_f2 import BSN, CODICE, PESEL_F, row

ROWS = [
    row(
        "content",
        "why is tomasz always late to standup? is it ok to ask him directly or should i go through my manager first",
        ("PERSON", "tomasz"),
    ),
    row(
        "content",
        "does anna from sales know about the layoffs yet?? i really don't want to be the one who tells her",
        ("PERSON", "anna"),
    ),
    row(
        "content",
        "Can you help me write a quick note to school? Freddie's been off since Tuesday with tonsillitis and the GP says he needs the rest of the week at home. His teacher is Mrs Okafor, keep it short and not too grovelling.",
        ("PERSON", "Freddie"),
        ("MEDICAL", "tonsillitis"),
        ("PERSON", "Okafor"),
    ),
    row(
        "content",
        "my flatmate jas hasnt paid rent in 3 months, owes me about $2,400. lease is in both our names, 14/27 Kembla St, Wollongong NSW 2500. what are my options, can i take it to NCAT or is that only for landlords",
        ("PERSON", "jas"),
        ("STREET_ADDRESS", "14/27 Kembla St, Wollongong NSW 2500"),
    ),
    row(
        "content",
        "Rewrite this more gently please, it's going to a parent: 'Siobhán, Cian bit another child again today. This is the third time this month. We need to meet about a behaviour plan before the mid-term.'",
        ("PERSON", "Siobhán"),
        ("PERSON", "Cian"),
    ),
    row(
        "content",
        "Please draft leave application to my manager Rajesh sir. My mother Mrs. Lakshmi Venkataraman is admitted in hospital for bypass surgery from 12th, I need leave till 20th. Make it formal but not too long.",
        ("PERSON", "Rajesh"),
        ("PERSON", "Lakshmi Venkataraman"),
        ("MEDICAL", "bypass surgery"),
    ),
    row(
        "content",
        "turn this into json for me pls\nname Dakota R. Whitfield\ndob 07/04/1996\nemployer: Hollis & Grant LLC\nstart date 06/01/2024",
        ("PERSON", "Dakota R. Whitfield"),
        ("DATE_OF_BIRTH", "07/04/1996"),
    ),
    row(
        "content",
        "Kannst du mir helfen, eine Mail an die Hausverwaltung zu schreiben? Bei uns (Gneisenaustraße 41, 10961 Berlin, 3. OG links) ist seit zwei Wochen die Heizung kaputt, mein Nachbar Herr Yilmaz hat auch schon zweimal angerufen und keiner meldet sich.",
        ("STREET_ADDRESS", "Gneisenaustraße 41, 10961 Berlin"),
        ("PERSON", "Yilmaz"),
    ),
    row(
        "content",
        "wie sag ich meinem chef dass jürgen aus der buchhaltung seit wochen morgens nach alkohol riecht? will ihn nicht reinreiten aber so gehts nicht weiter",
        ("PERSON", "jürgen"),
    ),
    row(
        "content",
        "Im Lebenslauf von Frau Schubert-Haas steht 'geb. 03.11.1979 in Chemnitz, verheiratet, 2 Kinder'. Sollen wir das für die Weitergabe an den Kunden rausnehmen?",
        ("PERSON", "Schubert-Haas"),
        ("DATE_OF_BIRTH", "03.11.1979"),
    ),
    row(
        "content",
        "Notiz für die Elternsprechstunde morgen: Leni (4b) hat laut Mutter seit den Herbstferien Panikattacken vor Mathearbeiten, ist in Therapie bei Dr. Brandauer. Bitte Nachteilsausgleich prüfen. Kannst du das als kurze Mail an die Klassenlehrerin formulieren?",
        ("PERSON", "Leni"),
        ("MEDICAL", "Panikattacken"),
        ("PERSON", "Brandauer"),
    ),
    row(
        "content",
        "schreib das bitte ordentlich als sms: ruf mal kurz zurück 0176 48392017 bin bis 18 uhr erreichbar gruß micha",
        ("PHONE_NUMBER", "0176 48392017"),
        ("PERSON", "micha"),
    ),
    row(
        "content",
        "pourquoi Mathilde répond jamais sur Teams ?? elle est en arrêt ou elle m'ignore, je sais plus quoi penser",
        ("PERSON", "Mathilde"),
    ),
    row(
        "content",
        "Aide-moi à rédiger une attestation d'hébergement : je soussignée Nadia Belkacem, née le 9 février 1988 à Villeurbanne, demeurant 17 rue des Tanneurs, 69003 Lyon, certifie héberger mon frère Karim depuis le mois de mars.",
        ("PERSON", "Nadia Belkacem"),
        ("DATE_OF_BIRTH", "9 février 1988"),
        ("STREET_ADDRESS", "17 rue des Tanneurs, 69003 Lyon"),
        ("PERSON", "Karim"),
    ),
    row(
        "content",
        "ce soir c chez mamie, 4 bis allée des Pins 33700 Mérignac, tu sonnes à Lacoste au 2e. reformule ça en message pour le groupe de la famille",
        ("STREET_ADDRESS", "4 bis allée des Pins 33700 Mérignac"),
        ("PERSON", "Lacoste"),
    ),
    row(
        "tool_arguments",
        '{"destinataire": "Élodie Marchand", "objet": "tes résultats", "corps": "Coucou ma belle, le labo a rappelé, ta TSH est haute, hypothyroïdie probable. Rappelle le Dr Perrin avant vendredi."}',
        ("PERSON", "Élodie Marchand"),
        ("MEDICAL", "hypothyroïdie"),
        ("PERSON", "Perrin"),
    ),
    row(
        "content",
        "mi compañero de piso, nacho, tiene depresión y no sale de su cuarto desde hace semanas. cómo le hablo sin agobiarle? no quiero que piense que le estoy echando",
        ("PERSON", "nacho"),
        ("MEDICAL", "depresión"),
    ),
    row(
        "content",
        "¿Sabes si Maite de RR. HH. ha revisado ya las nóminas de marzo? A Jorge Ibarra le han vuelto a pagar de menos y está que trina. Redáctame un correo cortito.",
        ("PERSON", "Maite"),
        ("PERSON", "Jorge Ibarra"),
    ),
    row(
        "content",
        "no me sale la CURP en la página, me llamo Guadalupe Ramírez Soto, nací el 23 de julio de 1992 en Puebla. qué hago, voy al registro civil?",
        ("PERSON", "Guadalupe Ramírez Soto"),
        ("DATE_OF_BIRTH", "23 de julio de 1992"),
    ),
    row(
        "content",
        "che, armame un mensaje para el flete: que lo dejen en Av. Corrientes 3458, piso 7 depto B, CABA, y que pregunten por la Flor en portería, que ella tiene la llave",
        ("STREET_ADDRESS", "Av. Corrientes 3458, piso 7 depto B, CABA"),
        ("PERSON", "Flor"),
    ),
    row(
        "content",
        "Come rispondo a Gianluca che mi chiede sempre soldi in prestito? Gli ho già dato 800 euro a gennaio e non me li ha mai restituiti, però è il mio migliore amico.",
        ("PERSON", "Gianluca"),
    ),
    row(
        "content",
        "Scrivimi una giustificazione per la scuola: mia figlia Beatrice Colombo (classe 2ªB) è stata assente dal 3 al 5 marzo per febbre alta. Firmato Paola Ferri.",
        ("PERSON", "Beatrice Colombo"),
        ("MEDICAL", "febbre alta"),
        ("PERSON", "Paola Ferri"),
    ),
    row(
        "content",
        f"aiutami con la DSU per l'ISEE, i dati sono: intestataria Giulia Bruno, nata a Milano il 17/08/1991, C.F. {CODICE}, residente in via Padova 112, 20127 Milano, un figlio a carico",
        ("PERSON", "Giulia Bruno"),
        ("DATE_OF_BIRTH", "17/08/1991"),
        ("IT_FISCAL_CODE", CODICE),
        ("STREET_ADDRESS", "via Padova 112, 20127 Milano"),
    ),
    row(
        "content",
        "como eu falo pro meu chefe que o Thiago tá assediando a estagiária? tenho print de tudo mas ele é amigo do diretor",
        ("PERSON", "Thiago"),
    ),
    row(
        "content",
        "Preciso de uma carta para o senhorio. Moro na Rua de Cedofeita, 211, 2.º Esq., 4050-179 Porto e a humidade no quarto está a piorar a asma do meu filho Duarte. Quero que ele resolva até ao fim do mês.",
        ("STREET_ADDRESS", "Rua de Cedofeita, 211, 2.º Esq., 4050-179 Porto"),
        ("MEDICAL", "asma"),
        ("PERSON", "Duarte"),
    ),
    row(
        "content",
        "a data de nascimento do Enzo é 14/03/2019, quantos meses ele tem hoje? a enfermeira falou que a vacina é com 5 anos",
        ("PERSON", "Enzo"),
        ("DATE_OF_BIRTH", "14/03/2019"),
    ),
    row(
        "content",
        "Hoe zeg ik tegen mijn teamleider dat Sanne al drie weken thuis zit met een burn-out en dat wij met z'n tweeën al haar klanten doen?",
        ("PERSON", "Sanne"),
        ("MEDICAL", "burn-out"),
    ),
    row(
        "content",
        f"Kun je dit invullen voor de huurtoeslag? Naam: Joost van der Heijden, BSN {BSN}, geb. 12-08-1990, adres Vechtstraat 88-II, 1079 JH Amsterdam, inkomen ongeveer 2.300 netto",
        ("PERSON", "Joost van der Heijden"),
        ("NL_BSN", BSN),
        ("DATE_OF_BIRTH", "12-08-1990"),
        ("STREET_ADDRESS", "Vechtstraat 88-II, 1079 JH Amsterdam"),
    ),
    row(
        "content",
        "czemu kaśka z księgowości zawsze wychodzi o 14? ma jakieś zwolnienie czy co, bo reszta siedzi do 16",
        ("PERSON", "kaśka"),
    ),
    row(
        "content",
        "Napisz krótką wiadomość do Tomka, że nie dam rady odebrać Zosi z przedszkola, bo mam wizytę o 15:30 i nie zdążę. Ma być miło, bez tłumaczenia się.",
        ("PERSON", "Tomka"),
        ("PERSON", "Zosi"),
    ),
    row(
        "content",
        f"pomóż mi z wnioskiem do banku: Agnieszka Dudek, PESEL {PESEL_F}, umowa o pracę na czas nieokreślony, chcę 40 tys. kredytu gotówkowego na 5 lat",
        ("PERSON", "Agnieszka Dudek"),
        ("PL_PESEL", PESEL_F),
    ),
    row(
        "content",
        "jak napisać w formularzu adres do korespondencji jeśli mieszkam na ul. Mickiewicza 14/3, 31-120 Kraków, a zameldowana jestem dalej u rodziców w Tarnowie?",
        ("STREET_ADDRESS", "ul. Mickiewicza 14/3, 31-120 Kraków"),
    ),
    row(
        "content",
        "hasło do wifi u babci to kotek_mruczek77 jakby co, jak jej to ustawić na tablecie żeby się samo łączyło?",
        ("PASSWORD", "kotek_mruczek77"),
    ),
    row(
        "content",
        "my netflix password is the same as my email one, Summer2023!! lol. is that strong enough or should i change both",
        ("PASSWORD", "Summer2023!!"),
    ),
    row(
        "system",
        "You are the scheduling assistant for Dr. Priya Natarajan's family practice in Dayton. Be brief and friendly. Today's first patient is Marcus Leland (type 2 diabetes, foot check, tends to reschedule), so send him a reminder at 7:30.",
        ("PERSON", "Priya Natarajan"),
        ("PERSON", "Marcus Leland"),
        ("MEDICAL", "type 2 diabetes"),
    ),
    row("name", "Bartek", ("PERSON", "Bartek")),
    row("user", "ines.carvalho88@gmail.com", ("EMAIL_ADDRESS", "ines.carvalho88@gmail.com")),
    row("metadata", "patiënt: Hendrik de Vries", ("PERSON", "Hendrik de Vries")),
    row(
        "content",
        "Could you tidy this into a proper note for the babysitter: ring Mum on 07700 914382 if we're not back by 6, and Auntie Bev has the spare key",
        ("PHONE_NUMBER", "07700 914382"),
        ("PERSON", "Bev"),
    ),
    row(
        "content",
        "text jordan at (503) 724-1189 when the package shows up, he's grabbing it for me while im at work. how do i say that in the delivery instructions box",
        ("PERSON", "jordan"),
        ("PHONE_NUMBER", "(503) 724-1189"),
    ),
    row(
        "content",
        "Our daughter Mei-Lin was diagnosed with ADHD last month. Her IEP meeting at Glenview PS is Thursday. What should we ask for and how do we prepare?",
        ("PERSON", "Mei-Lin"),
        ("MEDICAL", "ADHD"),
    ),
    row(
        "content",
        "Help me reply to my landlord Mr Pretorius, he wants to keep the whole R12 000 deposit for 'wear and tear' at 8 Jacaranda Rd, Melville, Johannesburg 2092. I've got photos from move-in.",
        ("PERSON", "Pretorius"),
        ("STREET_ADDRESS", "8 Jacaranda Rd, Melville, Johannesburg 2092"),
    ),
    row(
        "content",
        "is it even worth suing? my ex brandon kowalski hasnt paid child support since august and he just posted pics of his new boat",
        ("PERSON", "brandon kowalski"),
    ),
    row(
        "tool_arguments",
        '{"to": "lukas.brenner@posteo.de", "subject": "Kündigung Mietvertrag", "body": "Hallo Lukas, wie besprochen kündige ich das WG-Zimmer zum 31.05. Die Kaution bitte auf mein Konto. LG Svenja"}',
        ("EMAIL_ADDRESS", "lukas.brenner@posteo.de"),
        ("PERSON", "Lukas"),
        ("PERSON", "Svenja"),
    ),
    row(
        "content",
        "Für den Meldezettel: Stefanie Gruber, geboren am 5. Mai 1993 in Linz, Hauptwohnsitz Kaiserstraße 17/2/9, 1070 Wien. Welche Felder muss ich noch ausfüllen?",
        ("PERSON", "Stefanie Gruber"),
        ("DATE_OF_BIRTH", "5. Mai 1993"),
        ("STREET_ADDRESS", "Kaiserstraße 17/2/9, 1070 Wien"),
    ),
    row(
        "content",
        "Chönntsch mir hälfe es Mail a d Lehrerin z schriibe? De Nico het sit Mäntig Magen-Darm und chunnt bis Friitig nöd id Schuel.",
        ("PERSON", "Nico"),
        ("MEDICAL", "Magen-Darm"),
    ),
    row(
        "content",
        "Mon fils Arthur (né le 02/12/2014) a fait une commotion cérébrale au foot samedi. Quel certificat je dois demander pour l'école et pour le club ?",
        ("PERSON", "Arthur"),
        ("DATE_OF_BIRTH", "02/12/2014"),
        ("MEDICAL", "commotion cérébrale"),
    ),
    row(
        "content",
        "oye apúntame esto en una nota bonita para la nevera: la clave del router es Pepita.2020, la P en mayúscula",
        ("PASSWORD", "Pepita.2020"),
    ),
    row(
        "content",
        "per il condominio chiama la signora Russo al 347 218 9054, è quella del terzo piano che ha le chiavi della cantina. mi fai un avviso da appendere in bacheca?",
        ("PERSON", "Russo"),
        ("PHONE_NUMBER", "347 218 9054"),
    ),
    row(
        "content",
        "pakketje mag bij de buren op 23, fam. Bakker. anders bellen naar 06-41827730. hoe zet ik dat netjes in de bezorginstructie?",
        ("PERSON", "Bakker"),
        ("PHONE_NUMBER", "06-41827730"),
    ),
]
