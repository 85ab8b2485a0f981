"""Evaluation 5, part A (third file): hand-written blind prompts, seed 913407.

Each row was written by hand, one by one, without looking at the scanner or its tests, to read
like real chat-API traffic. This file holds the sensitive rows whose values need no check
digits (names, addresses, phones, e-mails, dates of birth, passwords, health details); it
extends the ROWS of `_eval5_part_a4.py` (benign rows) and `_eval5_part_a2.py` extends these.

Row: {"text": str, "field": str, "values": [[TYPE, value], ...]}; benign rows have no values.
"""

from __future__ import annotations

try:
    from bench._eval5_part_a4 import ROWS as _A4_ROWS
    from bench._eval5_part_a4 import _row
except ImportError:  # run with bench/ itself on sys.path
    from _eval5_part_a4 import ROWS as _A4_ROWS  # type: ignore[no-redef]
    from _eval5_part_a4 import _row  # type: ignore[no-redef]

# Sensitive rows whose values are written by hand (no check digits involved).
_SENSITIVE: list[dict] = [
    _row(
        "content",
        "send a message to ravi shankar iyer saying the plumber will come tuesday at 10 and "
        "the address is flat 4b sai krupa apartments 12th cross malleswaram bangalore 560003 "
        "also ask him to keep the gate open",
        ("PERSON", "ravi shankar iyer"),
        ("STREET_ADDRESS", "flat 4b sai krupa apartments 12th cross malleswaram bangalore 560003"),
    ),
    _row(
        "content",
        "pls help me rewrite this msg properly: 'Good evening sir, its Chinonso Eze, my acct "
        "details changed, new number is 0803 412 7765, kindly update ur records. I now stay "
        "at 14 Adeola Odeku St, Victoria Island' thanks",
        ("PERSON", "Chinonso Eze"),
        ("PHONE_NUMBER", "0803 412 7765"),
        ("STREET_ADDRESS", "14 Adeola Odeku St, Victoria Island"),
    ),
    _row(
        "content",
        "Hi po! I cant login to my account. email ko is marites.dcruz88@yahoo.com and my "
        "password is Mahal-kita2019! pls reset po its urgent kasi the bills are due tmrw",
        ("EMAIL_ADDRESS", "marites.dcruz88@yahoo.com"),
        ("PASSWORD", "Mahal-kita2019!"),
    ),
    _row(
        "content",
        "Rewrite this claim summary so it sounds professional for the adjuster:\n"
        "Insured: Dale R. Whitaker, DOB 04/17/1962, 2281 Cottonwood Ln, Abilene, TX 79601. "
        "On 11/03 insured was stopped at a red light and got rear-ended by a pickup. He says "
        "he had whiplash right away and was seen at the ER same night, dx cervical strain, "
        "2 weeks PT recommended. Other driver's insurer already contacted.",
        ("PERSON", "Dale R. Whitaker"),
        ("DATE_OF_BIRTH", "04/17/1962"),
        ("STREET_ADDRESS", "2281 Cottonwood Ln, Abilene, TX 79601"),
        ("MEDICAL", "whiplash"),
        ("MEDICAL", "cervical strain"),
    ),
    _row(
        "content",
        "Can you make my email signature look nicer and more modern?\n\n"
        "Kind regards,\n"
        "Siobhán Ní Dhuibhir\n"
        "Practice Manager | Ballina Family Dental\n"
        "M: +353 87 214 9930\n"
        "E: siobhan@ballinafamilydental.ie",
        ("PERSON", "Siobhán Ní Dhuibhir"),
        ("PHONE_NUMBER", "+353 87 214 9930"),
        ("EMAIL_ADDRESS", "siobhan@ballinafamilydental.ie"),
    ),
    _row(
        "content",
        "My mother Wang Xiuying (王秀英), born 1958年3月12日, needs an invitation letter for "
        "visitor visa to come see me in Canada. I live at 88 Harbour St, Unit 3107, Toronto ON "
        "M5J 0C3. Please write the letter, I am her son and I pay for her trip.",
        ("PERSON", "Wang Xiuying"),
        ("PERSON", "王秀英"),
        ("DATE_OF_BIRTH", "1958年3月12日"),
        ("STREET_ADDRESS", "88 Harbour St, Unit 3107, Toronto ON M5J 0C3"),
    ),
    _row(
        "content",
        "Translate to polite Korean please: Dear landlord, I am Park Ji-hoon from room 502. My "
        "phone number is changed to 010-4821-7730. Please contact me about the boiler, it "
        "makes noise since Monday.",
        ("PERSON", "Park Ji-hoon"),
        ("PHONE_NUMBER", "010-4821-7730"),
    ),
    _row(
        "content",
        "write a short note to the class parents group: Nguyen Thi Lan (class 3B, 8 years old, "
        "DOB 12/05/2016) was absent 4 days because of dengue fever, she is ok now. her mother "
        "Tran Thi Hoa called from 0912 384 551 to confirm",
        ("PERSON", "Nguyen Thi Lan"),
        ("DATE_OF_BIRTH", "12/05/2016"),
        ("MEDICAL", "dengue fever"),
        ("PERSON", "Tran Thi Hoa"),
        ("PHONE_NUMBER", "0912 384 551"),
    ),
    _row(
        "content",
        "I need a formal warning letter for an employee, Mohammed Al-Harbi, he came late 6 "
        "times this month. Please mention that the sick leave for his back surgery in October "
        "is not counted in this.",
        ("PERSON", "Mohammed Al-Harbi"),
        ("MEDICAL", "back surgery"),
    ),
    _row(
        "content",
        "listing copy pls, punchy but not cheesy: 3 bed weatherboard at 17 Kookaburra Cres, "
        "Mullumbimby NSW 2482, big deck, bore water, 5 min to town. Owners Brett and Kylie "
        "Hanrahan want offers over 1.2m. For inspections call the owners direct on 0412 558 093",
        ("STREET_ADDRESS", "17 Kookaburra Cres, Mullumbimby NSW 2482"),
        ("PERSON", "Brett"),
        ("PERSON", "Kylie Hanrahan"),
        ("PHONE_NUMBER", "0412 558 093"),
    ),
    _row(
        "content",
        "getting this on startup since we rotated the db, any idea?\n\n"
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "
        '"db-prod-2.internal" (10.12.0.7), port 5432 failed: FATAL:  password authentication '
        'failed for user "billing_app"\n'
        "(Background on this error at: https://sqlalche.me/e/20/e3q8)\n\n"
        "env: DATABASE_URL=postgresql://billing_app:Tr0ub4dor&3x@db-prod-2.internal:5432/billing",
        (
            "CONNECTION_STRING",
            "postgresql://billing_app:Tr0ub4dor&3x@db-prod-2.internal:5432/billing",
        ),
    ),
    _row(
        "content",
        "Turn these into proper minutes:\n"
        "weekly ops 14/11, present Priya Natarajan, Tomasz Wiśniewski, Grace Odhiambo\n"
        "- Q4 rota agreed\n"
        "- GO starts maternity leave 15 Jan, PN covers her accounts\n"
        "- TW off wk 48 for knee surgery, no on-call that week\n"
        "- next mtg 21/11",
        ("PERSON", "Priya Natarajan"),
        ("PERSON", "Tomasz Wiśniewski"),
        ("PERSON", "Grace Odhiambo"),
        ("MEDICAL", "maternity leave"),
        ("MEDICAL", "knee surgery"),
    ),
    _row(
        "system",
        "You are the billing assistant for Crestview Dental. Current caller: Mrs. Eleanor Voss, "
        "patient since 2015, callback number 614-872-3390. Open balance $240 for the crown on "
        "tooth 14. Speak slowly and clearly, she is hard of hearing. Do not discuss other "
        "patients.",
        ("PERSON", "Eleanor Voss"),
        ("PHONE_NUMBER", "614-872-3390"),
        ("MEDICAL", "crown on tooth 14"),
        ("MEDICAL", "hard of hearing"),
    ),
    _row(
        "tool_arguments",
        '{"to": "k.asante77@outlook.com", "subject": "Your lab results", "body": "Hi Kwame, '
        "your HbA1c came back at 8.1%, the doctor would like to discuss starting insulin at "
        'your next visit."}',
        ("EMAIL_ADDRESS", "k.asante77@outlook.com"),
        ("PERSON", "Kwame"),
        ("MEDICAL", "HbA1c came back at 8.1%"),
    ),
    _row("name", "Aoife_Gallagher", ("PERSON", "Aoife_Gallagher")),
    _row("name", "rahul-mehta", ("PERSON", "rahul-mehta")),
    _row("name", "Oluwaseun_Adeyemi", ("PERSON", "Oluwaseun_Adeyemi")),
    _row("user", "jmarquez.lima@gmail.com", ("EMAIL_ADDRESS", "jmarquez.lima@gmail.com")),
    _row("user", "cust-48812|fatima.zahra.benali", ("PERSON", "fatima.zahra.benali")),
    _row(
        "metadata",
        '{"customer": "Harpreet Kaur Sandhu", "tier": "gold", "callback": "+44 7700 918442", '
        '"note": "prefers evenings"}',
        ("PERSON", "Harpreet Kaur Sandhu"),
        ("PHONE_NUMBER", "+44 7700 918442"),
    ),
    _row(
        "tool_description",
        "lookup_order(order_id: str). Internal only. The staging test account belongs to "
        "Jordan Blake (jordan.blake@brightpathlogistics.com, login password H3ll0W0rld!), "
        "do not send real notifications to it.",
        ("PERSON", "Jordan Blake"),
        ("EMAIL_ADDRESS", "jordan.blake@brightpathlogistics.com"),
        ("PASSWORD", "H3ll0W0rld!"),
    ),
    # Spanish
    _row(
        "content",
        "oye pásame bien redactado esto pa la comunidad de vecinos: el piso de calle Fuencarral "
        "112, 3ºB, Madrid es de Lucía Ortega Prieto y su móvil es el 622 418 903, q la llamen a "
        "ella x lo de la derrama y no al inquilino",
        ("STREET_ADDRESS", "calle Fuencarral 112, 3ºB, Madrid"),
        ("PERSON", "Lucía Ortega Prieto"),
        ("PHONE_NUMBER", "622 418 903"),
    ),
    _row(
        "content",
        "Buenas tardes, soy Jorge Alberto Ramírez Huerta, nací el 9 de noviembre de 1984, "
        "necesito cambiar el correo de mi cuenta a jorge.ramirez.h84@hotmail.com porque el "
        "anterior ya no lo uso. ¿Me ayudan?",
        ("PERSON", "Jorge Alberto Ramírez Huerta"),
        ("DATE_OF_BIRTH", "9 de noviembre de 1984"),
        ("EMAIL_ADDRESS", "jorge.ramirez.h84@hotmail.com"),
    ),
    _row(
        "content",
        "che necesito redactar un reclamo formal a la prepaga, a mi viejo Héctor Daniel Sosa "
        "le diagnosticaron EPOC y le negaron el oxígeno domiciliario. vive en Av. Rivadavia "
        "5120 piso 7 dto C, Caballito. que suene firme pero educado",
        ("PERSON", "Héctor Daniel Sosa"),
        ("MEDICAL", "EPOC"),
        ("STREET_ADDRESS", "Av. Rivadavia 5120 piso 7 dto C, Caballito"),
    ),
    _row(
        "system",
        "Eres el asistente de citas de la Clínica Santa Lucía en Medellín. Paciente actual: "
        "Valentina Restrepo Gómez, fecha de nacimiento 22/06/1997, celular 310 554 2871. "
        "Motivo de la cita: control prenatal semana 28. Confirma la cita y recuerda traer "
        "ayuno de 8 horas.",
        ("PERSON", "Valentina Restrepo Gómez"),
        ("DATE_OF_BIRTH", "22/06/1997"),
        ("PHONE_NUMBER", "310 554 2871"),
        ("MEDICAL", "control prenatal semana 28"),
    ),
    _row(
        "content",
        "mi contraseña del wifi es $olYplaya_77 pero mi hermano la cambió y no me la quiere "
        "decir, ¿cómo entro al router TP-Link para resetearla?",
        ("PASSWORD", "$olYplaya_77"),
    ),
    # Portuguese
    _row(
        "content",
        "oi me ajuda a escrever um recado pra professora: meu filho Davi Lucas Nascimento do "
        "3º ano B vai faltar essa semana pq ta com catapora. qualquer coisa pode me ligar no "
        "(11) 97413-5582",
        ("PERSON", "Davi Lucas Nascimento"),
        ("MEDICAL", "catapora"),
        ("PHONE_NUMBER", "(11) 97413-5582"),
    ),
    _row(
        "content",
        "Bom dia, preciso de uma declaração para o senhorio com este texto: Eu, Inês Carvalho "
        "Matos, nascida a 3 de agosto de 1991, resido na Rua da Boavista 214, 2.º Esq., "
        "4050-102 Porto desde janeiro de 2023. Pode pôr isto em linguagem formal?",
        ("PERSON", "Inês Carvalho Matos"),
        ("DATE_OF_BIRTH", "3 de agosto de 1991"),
        ("STREET_ADDRESS", "Rua da Boavista 214, 2.º Esq., 4050-102 Porto"),
    ),
    _row(
        "tool_arguments",
        '{"nome": "Rafael Pereira Duarte", "email": "rafa.duarte@uol.com.br", '
        '"senha_temporaria": "Xq7#pL2m", "perfil": "vendedor"}',
        ("PERSON", "Rafael Pereira Duarte"),
        ("EMAIL_ADDRESS", "rafa.duarte@uol.com.br"),
        ("PASSWORD", "Xq7#pL2m"),
    ),
    _row("user", "thiago.moreira.sp", ("PERSON", "thiago.moreira")),
    # French
    _row(
        "content",
        "Peux-tu reformuler ce mail pour qu'il soit plus poli ? « Bonjour, je suis Mme Sophie "
        "Lefèvre-Garnier, née le 14 février 1979, je veux résilier mon contrat box internet. "
        "Mon adresse : 27 rue des Lilas, 69003 Lyon. Merci de confirmer. »",
        ("PERSON", "Sophie Lefèvre-Garnier"),
        ("DATE_OF_BIRTH", "14 février 1979"),
        ("STREET_ADDRESS", "27 rue des Lilas, 69003 Lyon"),
    ),
    _row(
        "content",
        "note pour le dossier de Karim Benali il a fait une crise d'épilepsie mardi en classe "
        "pendant la récré la maman a été prévenue au zéro six quarante et un dix-neuf "
        "quatre-vingt-deux zéro trois et elle est venue le chercher à onze heures",
        ("PERSON", "Karim Benali"),
        ("MEDICAL", "crise d'épilepsie"),
        ("PHONE_NUMBER", "zéro six quarante et un dix-neuf quatre-vingt-deux zéro trois"),
    ),
    _row(
        "metadata",
        "note agent : M. Jean-Baptiste Moreau à rappeler au 01 45 22 87 61 après 18h, mdp "
        "provisoire donné : Lilas*2024",
        ("PERSON", "Jean-Baptiste Moreau"),
        ("PHONE_NUMBER", "01 45 22 87 61"),
        ("PASSWORD", "Lilas*2024"),
    ),
    # German
    _row(
        "content",
        "Kannst du das als formelle Kündigung schreiben: Sehr geehrte Damen und Herren, mein "
        "Name ist Jürgen Hoffmann, geb. 02.11.1966, wohnhaft Lindenstraße 48, 70563 Stuttgart. "
        "Ich kündige meinen Fitnessvertrag zum nächstmöglichen Termin.",
        ("PERSON", "Jürgen Hoffmann"),
        ("DATE_OF_BIRTH", "02.11.1966"),
        ("STREET_ADDRESS", "Lindenstraße 48, 70563 Stuttgart"),
    ),
    _row(
        "content",
        "Protokoll Personalgespräch bitte in neutrale Sprache umformulieren: Frau Sabine Krüger "
        "ist seit drei Wochen wegen Burnout krankgeschrieben, stufenweise Wiedereingliederung "
        "ab 1.12. geplant, erst 4 Stunden täglich.",
        ("PERSON", "Sabine Krüger"),
        ("MEDICAL", "Burnout"),
    ),
    _row(
        "system",
        "Du bist der Kundenservice-Bot der Stadtwerke Kiel. Angemeldeter Kunde: Dr. Heinrich "
        "Albers, Holtenauer Str. 121, 24105 Kiel, Tel. 0431 5593218, E-Mail h.albers@posteo.de. "
        "Beantworte nur Fragen zu Strom, Gas und Wasser.",
        ("PERSON", "Heinrich Albers"),
        ("STREET_ADDRESS", "Holtenauer Str. 121, 24105 Kiel"),
        ("PHONE_NUMBER", "0431 5593218"),
        ("EMAIL_ADDRESS", "h.albers@posteo.de"),
    ),
    _row(
        "content",
        "Mein WLAN-Passwort ist gerade Sonnenblume!Katze42 - ist das sicher genug? Oder sollte "
        "ich lieber was Zufälliges nehmen, das ich mir nicht merken kann?",
        ("PASSWORD", "Sonnenblume!Katze42"),
    ),
    # Italian
    _row(
        "content",
        "ciao mi scrivi un messaggio per l'amministratore del condominio? sono Francesca "
        "Esposito, interno 12 di via Toledo 256, 80134 Napoli, l'ascensore è fermo da una "
        "settimana. il mio cell è 333 918 4472",
        ("PERSON", "Francesca Esposito"),
        ("STREET_ADDRESS", "via Toledo 256, 80134 Napoli"),
        ("PHONE_NUMBER", "333 918 4472"),
    ),
    _row(
        "content",
        "Mio padre Giuseppe Rinaldi, nato il 5/9/1948, ha la fibrillazione atriale e prende "
        "l'Eliquis. Posso dargli l'ibuprofene per il mal di schiena o è meglio il paracetamolo?",
        ("PERSON", "Giuseppe Rinaldi"),
        ("DATE_OF_BIRTH", "5/9/1948"),
        ("MEDICAL", "fibrillazione atriale"),
    ),
    # Dutch
    _row(
        "content",
        "Kun je deze mail netter maken? 'Beste, ik ben Sanne de Vries, geboren op 19-10-1988, "
        "en woon sinds kort op Prinsengracht 263-2, 1016 GV Amsterdam. Graag mijn adres "
        "aanpassen. Mijn nummer is 06 2841 7390.'",
        ("PERSON", "Sanne de Vries"),
        ("DATE_OF_BIRTH", "19-10-1988"),
        ("STREET_ADDRESS", "Prinsengracht 263-2, 1016 GV Amsterdam"),
        ("PHONE_NUMBER", "06 2841 7390"),
    ),
    _row(
        "content",
        "Maak hier een nette overdrachtsnotitie van: leerling Daan Bakker (groep 6) heeft ADHD, "
        "medicatie om 12 uur ophalen bij de juf. Moeder heet Femke, bereikbaar op 06-41287753, "
        "vader liever niet bellen.",
        ("PERSON", "Daan Bakker"),
        ("MEDICAL", "ADHD"),
        ("PERSON", "Femke"),
        ("PHONE_NUMBER", "06-41287753"),
    ),
    # Catalan
    _row(
        "content",
        "Em pots redactar un correu per a l'escola? Sóc la Montserrat Puig i Ferrer, mare de "
        "l'Arnau de 2n B, que té al·lèrgia a la fruita seca i dijous van d'excursió. El meu "
        "telèfon és el 639 27 41 88.",
        ("PERSON", "Montserrat Puig i Ferrer"),
        ("PERSON", "Arnau"),
        ("MEDICAL", "al·lèrgia a la fruita seca"),
        ("PHONE_NUMBER", "639 27 41 88"),
    ),
    # Irish
    _row(
        "content",
        "An féidir leat an litir seo a aistriú go Béarla? 'A chara, is mise Pádraig Ó "
        "Súilleabháin, rugadh mé ar an 12 Márta 1975, agus tá cónaí orm ag 7 Bóthar na Trá, "
        "Gaillimh. Ba mhaith liom cárta leabharlainne a fháil.'",
        ("PERSON", "Pádraig Ó Súilleabháin"),
        ("DATE_OF_BIRTH", "12 Márta 1975"),
        ("STREET_ADDRESS", "7 Bóthar na Trá, Gaillimh"),
    ),
]

ROWS: list[dict] = _A4_ROWS + _SENSITIVE
