# ruff: noqa: RUF001, E501
"""Evaluation 6, part a (hand-written blind): sensitive rows 51-100, seed 604219.

German (Germany, Switzerland, Austria), Spanish (Spain, Mexico, Argentina, Colombia, Chile),
Italian, Portuguese (Portugal, Brazil), Dutch and Flemish, Catalan and Galician. Each prompt
written by hand; identifiers, cards, IBANs, tokens and keys come from ``G`` in
``_eval6_part_a2.py``.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval6_part_a2 import G
    from bench._eval6_part_a3 import (
        ADDR,
        AUTH,
        CARD,
        CONN,
        DOB,
        EMAIL,
        IBAN,
        KEY,
        MED,
        PHONE,
        PW,
        SECRET,
        TOKEN,
        P,
        R,
    )
except ImportError:
    from _eval6_part_a2 import G
    from _eval6_part_a3 import (
        ADDR,
        AUTH,
        CARD,
        CONN,
        DOB,
        EMAIL,
        IBAN,
        KEY,
        MED,
        PHONE,
        PW,
        SECRET,
        TOKEN,
        P,
        R,
    )

ROWS_A4: list[dict[str, object]] = [
    # --- German: Switzerland, Austria, Germany -------------------------------------------------
    R(
        "content",
        "Grüezi, chönd Sie mer hälfe es Mail a d'Vermieterin z'schriibe? Ich bi de Reto Brunner, wohne a de Badenerstrasse 188 in Züri, und d'Heizig gaht sit drei Täg nöd.",
        (P, "Reto Brunner"),
        (ADDR, "Badenerstrasse 188 in Züri"),
    ),
    R(
        "content",
        "Kannst ma bitte a Schreiben an die Pensionsversicherung aufsetzen? Es geht um meine Oma, Hermine Pichler, geb. 7.11.1938, wohnhaft in Wels. Sie hört schlecht, drum bitte schriftlich antworten.",
        (P, "Hermine Pichler"),
        (DOB, "7.11.1938"),
    ),
    R(
        "content",
        "Gesprächsnotiz Personalabteilung, 03.04.\nHerr Jürgen Kowalski-Meier informiert, dass bei ihm Multiple Sklerose diagnostiziert wurde. Wunsch: Homeoffice 3 Tage/Woche.\nBitte in sachlichen Ton für die Personalakte umformulieren.",
        (P, "Jürgen Kowalski-Meier"),
        (MED, "Multiple Sklerose"),
    ),
    R(
        "content",
        "warum startet mein django container nicht?\n\nservices:\n  web:\n    environment:\n      - REDIS_URL=redis://:"
        + G["pw_redis"]
        + "@cache:6379/0\n      - DJANGO_SECRET_KEY="
        + G["django_key"]
        + "\n  cache:\n    image: redis:7",
        (CONN, "redis://:" + G["pw_redis"] + "@cache:6379/0"),
        (SECRET, G["django_key"]),
    ),
    R(
        "content",
        "Kannst du mir sagen ob diese IBAN stimmt? "
        + G["iban_de"]
        + " – Empfängerin Annegret Schröder, Verwendungszweck Nachhilfe Mai. Die Bank meckert.",
        (IBAN, G["iban_de"]),
        (P, "Annegret Schröder"),
    ),
    R(
        "content",
        "wir planen Lenas Kindergeburtstag, sie wird am 4. Juli sechs (geboren 04.07.2019), Motto Dinos, 8 Kinder. Ideen für Spiele?",
        (P, "Lenas"),
        (DOB, "04.07.2019"),
    ),
    R(
        "tool_arguments",
        '{"empfaenger": "Nicole Ammann", "iban": "'
        + G["iban_ch"]
        + '", "betrag": "1250.00", "waehrung": "CHF", "mitteilung": "Miete Juni"}',
        (P, "Nicole Ammann"),
        (IBAN, G["iban_ch"]),
    ),
    R(
        "content",
        "Servus! Suche Nachmieter für meine Wohnung in der Zieglergasse 38/11, 1070 Wien, 54m², ab August. Bei Interesse bitte melden unter 0664 381 27 90, Florian. Bitte schöner formulieren für willhaben.",
        (ADDR, "Zieglergasse 38/11, 1070 Wien"),
        (PHONE, "0664 381 27 90"),
        (P, "Florian"),
    ),
    R(
        "content",
        "2025-06-02T08:14:51Z WARN gateway upstream 502 path=/api/v2/kunden method=GET headers={Authorization: Bearer "
        + G["jwt1"]
        + "}\nwas bedeutet das, liegt's am Token?",
        (AUTH, "Bearer " + G["jwt1"]),
    ),
    R(
        "content",
        "Hilfe, mein Workflow schlägt fehl:\n\n- name: notify\n  run: |\n    curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy ok\"}' "
        + G["slack_hook"]
        + "\n    gh release create v1.4.2 --repo firma/app\n  env:\n    GH_TOKEN: "
        + G["gh_pat"]
        + "\n",
        (SECRET, G["slack_hook"]),
        (TOKEN, G["gh_pat"]),
    ),
    # --- Spanish: Spain and Latin America ------------------------------------------------------
    R(
        "content",
        "Necesito un escrito para reclamar a la comunidad de propietarios. Soy Inmaculada Gallardo Ruiz, DNI "
        + G["dni1"]
        + ", propietaria del 3ºB de la calle Sierpes 41, Sevilla. Tono formal.",
        (P, "Inmaculada Gallardo Ruiz"),
        ("ES_DNI", G["dni1"]),
        (ADDR, "calle Sierpes 41, Sevilla"),
    ),
    R(
        "content",
        "mi compañero de piso, Andrei Popescu, tiene NIE "
        + G["nie1"]
        + " y le piden empadronarse, ¿qué papeles necesita llevar al ayuntamiento de Getafe?",
        (P, "Andrei Popescu"),
        ("ES_NIE", G["nie1"]),
    ),
    R(
        "content",
        "oye me ayudas a redactar un mensaje pa mi tía Guadalupe Hernández Ríos? es pa felicitarla, cumple 60, nació el 12 de diciembre del 65. su whats es +52 55 4187 2093 por si lo pongo en la tarjeta",
        (P, "Guadalupe Hernández Ríos"),
        (DOB, "12 de diciembre del 65"),
        (PHONE, "+52 55 4187 2093"),
    ),
    R(
        "content",
        "che, ¿me armás un mensaje para la psicóloga de mi hermano Facundo? le están dando ataques de pánico en el laburo y quiere adelantar el turno del jueves",
        (P, "Facundo"),
        (MED, "ataques de pánico"),
    ),
    R(
        "content",
        "INSERT INTO clientes (nombre, apellidos, nif, email, fecha_nac) VALUES ('Aitana', 'Montero Vidal', '"
        + G["dni2"]
        + "', 'aitana.montero@hotmail.es', '2001-09-30');\n-- me da error de clave duplicada, ¿por qué?",
        (P, "Aitana"),
        (P, "Montero Vidal"),
        ("ES_DNI", G["dni2"]),
        (EMAIL, "aitana.montero@hotmail.es"),
        (DOB, "2001-09-30"),
    ),
    R(
        "content",
        "[14:02] Cliente: buenas, me cobraron dos veces el plan\n[14:03] Agente: Con gusto le ayudo. ¿Me confirma los datos de la tarjeta?\n[14:03] Cliente: "
        + G["visa1"]
        + " vence 08/27\n[14:04] Agente: Gracias, señor Jhon Jairo Cardona.\n\nResume esta conversación para el ticket",
        (CARD, G["visa1"]),
        (P, "Jhon Jairo Cardona"),
    ),
    R(
        "content",
        "¿Por qué falla la conexión? Mi .env:\nMONGO_URI=mongodb+srv://facturas:"
        + G["pw_mongo"]
        + "@cluster0.x7kqz.mongodb.net/prod?retryWrites=true\nSENDGRID_API_KEY="
        + G["sendgrid"]
        + "\nPORT=3000",
        (
            CONN,
            "mongodb+srv://facturas:"
            + G["pw_mongo"]
            + "@cluster0.x7kqz.mongodb.net/prod?retryWrites=true",
        ),
        (TOKEN, G["sendgrid"]),
    ),
    R(
        "content",
        "Arriendo depto 2D+1B en Av. Providencia 1208, depto 503, Providencia. $480.000 + GC. Contacto: Valentina, +56 9 8213 4470. ¿Me lo dejas más atractivo para Portal Inmobiliario?",
        (ADDR, "Av. Providencia 1208, depto 503, Providencia"),
        (P, "Valentina"),
        (PHONE, "+56 9 8213 4470"),
    ),
    R(
        "metadata",
        "expediente=RX-55102;solicitante=Yusuf El Amrani;nie=" + G["nie2"] + ";estado=pendiente",
        (P, "Yusuf El Amrani"),
        ("ES_NIE", G["nie2"]),
    ),
    R(
        "tool_arguments",
        '{"method": "GET", "url": "https://erp.interno.example/api/pedidos?desde=2025-05-01", "headers": {"Authorization": "Basic '
        + G["basic1"]
        + '", "Accept": "application/json"}}',
        (AUTH, "Basic " + G["basic1"]),
    ),
    # --- Italian --------------------------------------------------------------------------------
    R(
        "content",
        "Mi serve una delega per ritirare un pacco in posta. Delegante: Gennaro Esposito, nato a Napoli il 2 settembre 1979, codice fiscale "
        + G["cf1"]
        + ". Delegato mio cugino.",
        (P, "Gennaro Esposito"),
        (DOB, "2 settembre 1979"),
        ("IT_FISCAL_CODE", G["cf1"]),
    ),
    R(
        "content",
        "cognome;nome;cf;cell\nBianchi;Chiara;"
        + G["cf2"]
        + ";347 219 8864\n\nmi fai una formula excel che estrae la data di nascita dal cf?",
        (P, "Bianchi"),
        (P, "Chiara"),
        ("IT_FISCAL_CODE", G["cf2"]),
        (PHONE, "347 219 8864"),
    ),
    R(
        "metadata",
        "pratica INAIL 2025/3371 – infortunato: Salvatore Lo Russo – CF "
        + G["cf3"]
        + " – frattura del polso destro",
        (P, "Salvatore Lo Russo"),
        ("IT_FISCAL_CODE", G["cf3"]),
        (MED, "frattura del polso destro"),
    ),
    R(
        "content",
        "Buongiorno a tutti, sono la mamma di Edoardo Santoro (3ªB). Vi avviso che ha la varicella, quindi controllate i vostri bimbi. Mi aiuti a scriverlo meglio per il gruppo WhatsApp della classe?",
        (P, "Edoardo Santoro"),
        (MED, "la varicella"),
    ),
    R(
        "content",
        "Condominio Via Garibaldi 12: le quote vanno versate sull'IBAN "
        + G["iban_it"]
        + " intestato all'amministratore, rag. Ottavio Pellegrini. Correggi gli errori",
        (ADDR, "Via Garibaldi 12"),
        (IBAN, G["iban_it"]),
        (P, "Ottavio Pellegrini"),
    ),
    R(
        "content",
        "perché wordpress dice 'error establishing a database connection'? in wp-config ho messo\nDB_URL = mysql://wp_admin:"
        + G["pw_mysql"]
        + "@localhost:3306/wp_trattoria",
        (CONN, "mysql://wp_admin:" + G["pw_mysql"] + "@localhost:3306/wp_trattoria"),
    ),
    R(
        "system",
        "Sei l'assistente degli ospiti di Casa Limoni a Positano. Check-out entro le 10. Se chiedono il wifi: rete CasaLimoni_5G, password "
        + G["pw2"]
        + ". Rispondi sempre in modo cordiale.",
        (PW, G["pw2"]),
    ),
    # --- Portuguese: Brazil and Portugal --------------------------------------------------------
    R(
        "content",
        "me ajuda a escrever um anúncio de aluguel? apê de 2 quartos na Rua Augusta, 1520, apto 84, Consolação, São Paulo. fala com a Jéssica no (11) 98452-3317",
        (ADDR, "Rua Augusta, 1520, apto 84, Consolação, São Paulo"),
        (P, "Jéssica"),
        (PHONE, "(11) 98452-3317"),
    ),
    R(
        "content",
        "minha vó, dona Zuleide Aparecida Moraes, foi diagnosticada com Alzheimer em estágio inicial. como explicar isso pros netos pequenos?",
        (P, "Zuleide Aparecida Moraes"),
        (MED, "Alzheimer em estágio inicial"),
    ),
    R(
        "content",
        "Boa tarde, preciso de fazer uma transferência para o senhorio, Sr. Joaquim Mendes Carvalho, IBAN "
        + G["iban_pt"]
        + ". Qual é o prazo de uma transferência SEPA?",
        (P, "Joaquim Mendes Carvalho"),
        (IBAN, G["iban_pt"]),
    ),
    R(
        "tool_arguments",
        '{"folha": "Inscrições Rancho Folclórico", "linha": {"nome": "Beatriz Sousa Lopes", "nascimento": "15/08/1972", "telemovel": "912 448 705", "quota_paga": true}}',
        (P, "Beatriz Sousa Lopes"),
        (DOB, "15/08/1972"),
        (PHONE, "912 448 705"),
    ),
    R(
        "content",
        "to recebendo esse erro no bot:\nslack_sdk.errors.SlackApiError: invalid_auth\ntoken usado: "
        + G["slack_bot"]
        + "\no que pode ser?",
        (TOKEN, G["slack_bot"]),
    ),
    R(
        "user",
        "rafaela.tavares.bh@outlook.com.br",
        (EMAIL, "rafaela.tavares.bh@outlook.com.br"),
    ),
    R(
        "content",
        "Participação de sinistro automóvel\nTomador: Rui Miguel Antunes\nPagamento da franquia com cartão "
        + G["visa2"]
        + "\nDescrição: embate traseiro na rotunda de Aveiro.\nResume para o perito.",
        (P, "Rui Miguel Antunes"),
        (CARD, G["visa2"]),
    ),
    R(
        "content",
        "galera, esse script pra subir arquivo no S3 não funciona:\n\nimport boto3\ns3 = boto3.client('s3', aws_access_key_id='"
        + G["aws_id"]
        + "', aws_secret_access_key='"
        + G["aws_secret"]
        + "')\ns3.upload_file('nota.pdf', 'notas-fiscais', 'nota.pdf')",
        (TOKEN, G["aws_id"]),
        (SECRET, G["aws_secret"]),
    ),
    # --- Dutch and Flemish ----------------------------------------------------------------------
    R(
        "content",
        "Kun je een bezwaarschrift voor de Belastingdienst opstellen? Mijn gegevens: Hendrik-Jan van der Veen, BSN "
        + G["bsn1"]
        + ". Het gaat om de aanslag 2023.",
        (P, "Hendrik-Jan van der Veen"),
        ("NL_BSN", G["bsn1"]),
    ),
    R(
        "content",
        "sms van de huisartsenpraktijk herschrijven in gewone taal: 'Mw. Kübra Yılmaz-de Boer, uw astma-controle is verzet naar di 10:40. Bel bij verhindering.'",
        (P, "Kübra Yılmaz-de Boer"),
        (MED, "astma"),
    ),
    R(
        "content",
        "Kunde gij dees efkes nakijken op fouten? 't Is voor de mutualiteit. Mijn schoonmoeder Godelieve Vanhoutte, geboren op 12 februari 1949, moet haar terugbetaling krijgen op "
        + G["iban_be"]
        + ".",
        (P, "Godelieve Vanhoutte"),
        (DOB, "12 februari 1949"),
        (IBAN, G["iban_be"]),
    ),
    R(
        "content",
        "naam\tbsn\tindienst\tafdeling\nDaan Visser\t"
        + G["bsn2"]
        + "\t2021-03-01\tmagazijn\n\nhoe maak ik hier in Excel een draaitabel van per afdeling?",
        (P, "Daan Visser"),
        ("NL_BSN", G["bsn2"]),
    ),
    R(
        "name",
        "Sanne_Bakker-Oosterhuis",
        (P, "Sanne_Bakker-Oosterhuis"),
    ),
    R(
        "content",
        'appsettings.json:\n"ConnectionStrings": { "Default": "Server=sql01.magazijn.local;Database=Voorraad;User Id=app_voorraad;Password='
        + G["pw_mssql"]
        + ';" }\nde app kan niet verbinden, wat zie ik over het hoofd?',
        (
            CONN,
            "Server=sql01.magazijn.local;Database=Voorraad;User Id=app_voorraad;Password="
            + G["pw_mssql"]
            + ";",
        ),
    ),
    R(
        "content",
        "ssh zegt 'invalid format' bij deze sleutel, wat is er mis?\n\n" + G["ssh_key"] + "\n",
        (KEY, G["ssh_key"]),
    ),
    # --- Catalan --------------------------------------------------------------------------------
    R(
        "content",
        "Em pots ajudar a escriure un correu a la Montserrat Vilaró i Soler per dir-li que la reunió de l'AMPA passa a dijous? El seu correu és montse.vilaro@xtec.cat",
        (P, "Montserrat Vilaró i Soler"),
        (EMAIL, "montse.vilaro@xtec.cat"),
    ),
    R(
        "content",
        "Fes-me una felicitació divertida per en Jordi Casals Pujol, que va néixer el 30 de gener de 1983 i ara fa 42 anys. Li agrada el Barça i la muntanya.",
        (P, "Jordi Casals Pujol"),
        (DOB, "30 de gener de 1983"),
    ),
    R(
        "system",
        "Ets l'assistent de l'AMPA de l'Escola Pompeu Fabra. Si algú pregunta on pagar la quota, respon amb el compte "
        + G["iban_es2"]
        + " (titular: AMPA). No donis cap altra dada.",
        (IBAN, G["iban_es2"]),
    ),
    R(
        "content",
        "per què no em funciona? tinc\nOPENAI_API_KEY="
        + G["openai"]
        + "\ni el client diu 'incorrect API key provided'",
        (TOKEN, G["openai"]),
    ),
    # --- Galician -------------------------------------------------------------------------------
    R(
        "content",
        "Podes axudarme a escribir unha carta para a miña avoa, Xosefa Outeiro Pazos, que vive na Rúa do Vilar 27, Santiago? Quero contarlle que imos polo Nadal.",
        (P, "Xosefa Outeiro Pazos"),
        (ADDR, "Rúa do Vilar 27, Santiago"),
    ),
    R(
        "content",
        "o contrasinal da wifi da casa da aldea é "
        + G["pw10"]
        + " pero o móbil non o colle, será polo acento?",
        (PW, G["pw10"]),
    ),
    R(
        "content",
        "Formulario do concello: Nome e apelidos: Antía Rodríguez Figueroa. DNI: "
        + G["dni3"]
        + ". Teléfono: 698 23 41 57. Revisa a ortografía en galego, por favor.",
        (P, "Antía Rodríguez Figueroa"),
        ("ES_DNI", G["dni3"]),
        (PHONE, "698 23 41 57"),
    ),
    R(
        "content",
        "o meu fillo Brais ten enfermidade celíaca, como llo explico ao comedor do colexio nunha nota curta?",
        (P, "Brais"),
        (MED, "enfermidade celíaca"),
    ),
]
