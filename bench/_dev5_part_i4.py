# ruff: noqa: E501, RUF001
"""Writer I's sensitive rows, part 2: user messages (``content``) in European languages and Turkish.

Written one by one by hand; identifiers, cards, IBANs and secrets come from ``_dev5_part_i2``
(seed 275319, python-stdnum check digits).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _dev5_part_i2 as v

ROWS = [
    {
        "text": "Bonjour, pouvez-vous reformuler ce mail de façon plus professionnelle ? « Salut Karine, je te confirme que Mathieu Lefèvre sera en arrêt maladie jusqu'au 14 mars suite à son burn-out, merci de ne pas le mettre sur le planning et de ne rien dire à l'équipe. »",
        "field": "content",
        "values": [
            ["PERSON", "Karine"],
            ["PERSON", "Mathieu Lefèvre"],
            ["MEDICAL", "arrêt maladie"],
            ["MEDICAL", "burn-out"],
        ],
    },
    {
        "text": f"Kannst du mir helfen, eine Kündigung für meine Wohnung zu schreiben? Ich wohne in der Gneisenaustraße 41, 10961 Berlin, Vermieterin ist Frau Brigitte Hoffmann. Die Kaution soll bitte auf mein Konto {v.IBAN_DE_1} zurücküberwiesen werden. Kündigungsfrist sind 3 Monate, Auszug wäre zum 30.06. Unterschreiben würde ich mit Jonas Weber.",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Gneisenaustraße 41"],
            ["PERSON", "Brigitte Hoffmann"],
            ["IBAN_CODE", v.IBAN_DE_1],
            ["PERSON", "Jonas Weber"],
        ],
    },
    {
        "text": f"necesito rellenar el formulario de empadronamiento para mi madre, se llama Rosario Giménez Paredes, DNI {v.ES_DNI_1}, y su móvil es 612 48 93 07. ¿qué documentos me van a pedir en el ayuntamiento de Zaragoza?",
        "field": "content",
        "values": [
            ["PERSON", "Rosario Giménez Paredes"],
            ["ES_DNI", v.ES_DNI_1],
            ["PHONE_NUMBER", "612 48 93 07"],
        ],
    },
    {
        "text": f"Hallo, meine Steuer-ID ist {v.DE_IDNR_1}, aber ich finde die alte Mitteilung vom BZSt nicht mehr. Brauche ich die für die Anlage Kind für unsere Tochter (geb. 12.09.2019), oder reicht ihre eigene Nummer?",
        "field": "content",
        "values": [["DE_TAX_ID", v.DE_IDNR_1], ["DATE_OF_BIRTH", "12.09.2019"]],
    },
    {
        "text": f"J'ai perdu ma carte Vitale. Mon numéro de sécu c'est le {v.FR_NIR_1}, née le 03/07/1988 à Lyon. Je peux faire la demande en ligne sur ameli ou il faut forcément passer à la CPAM ?",
        "field": "content",
        "values": [["FR_INSEE", v.FR_NIR_1], ["DATE_OF_BIRTH", "03/07/1988"]],
    },
    {
        "text": f"Hola, soy Oksana Melnyk, mi NIE es {v.ES_NIE_1}. Me ha llegado una carta del INSS diciendo que me dan el alta el lunes, pero sigo de baja por depresión y mi psiquiatra dice que no estoy para volver. ¿Puedo reclamar el alta? ¿Cuánto tiempo tengo?",
        "field": "content",
        "values": [["PERSON", "Oksana Melnyk"], ["ES_NIE", v.ES_NIE_1], ["MEDICAL", "depresión"]],
    },
    {
        "text": f"Kun je deze brief aan de gemeente nakijken op spelling? 'Geachte heer/mevrouw, hierbij meld ik de verhuizing van mijn vader, Henk de Vries (BSN {v.NL_BSN_1}), per 1 april naar het verpleeghuis aan de Laan van Meerdervoort 410 in Den Haag, omdat hij vanwege zijn dementie niet meer zelfstandig kan wonen. Met vriendelijke groet'",
        "field": "content",
        "values": [
            ["PERSON", "Henk de Vries"],
            ["NL_BSN", v.NL_BSN_1],
            ["STREET_ADDRESS", "Laan van Meerdervoort 410"],
            ["MEDICAL", "dementie"],
        ],
    },
    {
        "text": f"Pomóż mi napisać pismo do ZUS. Jestem Małgorzata Zielińska, PESEL {v.PL_PESEL_1}, tel. 601 234 587. ZUS zakwestionował moje zwolnienie lekarskie po operacji kręgosłupa, bo ktoś im doniósł, że widział mnie w ogrodzie. Chcę się odwołać.",
        "field": "content",
        "values": [
            ["PERSON", "Małgorzata Zielińska"],
            ["PL_PESEL", v.PL_PESEL_1],
            ["PHONE_NUMBER", "601 234 587"],
            ["MEDICAL", "operacji kręgosłupa"],
        ],
    },
    {
        "text": f"Devo compilare il 730 precompilato per mia moglie, Francesca Rossi, codice fiscale {v.IT_CF_1}. Abitiamo in Via Padova 88 a Milano. Le sedute di fisioterapia dopo la frattura al polso si possono detrarre anche se pagate in contanti?",
        "field": "content",
        "values": [
            ["PERSON", "Francesca Rossi"],
            ["IT_FISCAL_CODE", v.IT_CF_1],
            ["STREET_ADDRESS", "Via Padova 88"],
            ["MEDICAL", "frattura al polso"],
        ],
    },
    {
        "text": f'Podes validar este JSON contra o nosso schema? O pagamento continua a falhar:\n{{\n  "beneficiario": {{"nome": "Ana Luísa Correia", "iban": "{v.IBAN_PT_1}", "bic": "CGDIPTPL", "telemovel": "+351 912 408 337"}},\n  "montante": 1250.00,\n  "moeda": "EUR",\n  "descricao": "Reembolso despesas março"\n}}',
        "field": "content",
        "values": [
            ["PERSON", "Ana Luísa Correia"],
            ["IBAN_CODE", v.IBAN_PT_1],
            ["PHONE_NUMBER", "+351 912 408 337"],
        ],
    },
    {
        "text": "Ahoj, potřebuju přepsat tuhle žádost do slušnější češtiny: Žádám o přidělení bytu v přízemí pro svou matku, nar. 14. 5. 1948, bytem Koněvova 1127/56, Praha 3. Je po mrtvici a schody už nezvládá.",
        "field": "content",
        "values": [
            ["DATE_OF_BIRTH", "14. 5. 1948"],
            ["STREET_ADDRESS", "Koněvova 1127/56"],
            ["MEDICAL", "mrtvici"],
        ],
    },
    {
        "text": "kan du hjälpa mig formulera ett sms till min chef? typ: hej! jag är sjukskriven resten av veckan, läkaren tror att det är lunginflammation. ring mig på 070-318 44 92 om det är något akut. mvh",
        "field": "content",
        "values": [
            ["MEDICAL", "sjukskriven"],
            ["MEDICAL", "lunginflammation"],
            ["PHONE_NUMBER", "070-318 44 92"],
        ],
    },
    {
        "text": "Hei! Kan du sette opp en enkel leieavtale for en hybel? Utleier er Ingrid Solberg, Thereses gate 18B, 0358 Oslo, og leietaker er Magnus Haugen, mob 915 27 384. Husleie 9 500 kr i måneden, depositum tre måneders leie, oppstart 1. august.",
        "field": "content",
        "values": [
            ["PERSON", "Ingrid Solberg"],
            ["STREET_ADDRESS", "Thereses gate 18B"],
            ["PERSON", "Magnus Haugen"],
            ["PHONE_NUMBER", "915 27 384"],
        ],
    },
    {
        "text": "Min søn Frederik på 9 har lige fået konstateret ADHD, og skolen vil gerne have noget på skrift. Kan du skrive et udkast til en mail til klasselæreren, Mette, om hvad vi har aftalt med lægen?",
        "field": "content",
        "values": [["PERSON", "Frederik"], ["MEDICAL", "ADHD"], ["PERSON", "Mette"]],
    },
    {
        "text": "Voitko kääntää tämän englanniksi vakuutusyhtiötä varten: 'Potilas Juha Mäkinen, syntynyt 2.11.1972, on ollut hoidossa masennuksen vuoksi ja käyttää essitalopraamia 10 mg vuorokaudessa.'",
        "field": "content",
        "values": [
            ["PERSON", "Juha Mäkinen"],
            ["DATE_OF_BIRTH", "2.11.1972"],
            ["MEDICAL", "masennuksen"],
            ["MEDICAL", "essitalopraamia 10 mg"],
        ],
    },
    {
        "text": "Γεια σου, θέλω να γράψω ένα ευγενικό αλλά αυστηρό email στον ιδιοκτήτη ότι η βρύση στην κουζίνα στο διαμέρισμα στη Λεωφόρο Αλεξάνδρας 52 στάζει εδώ και τρεις μήνες. Το κινητό μου είναι 694 512 3387 αν θέλει να στείλει υδραυλικό.",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Λεωφόρο Αλεξάνδρας 52"],
            ["PHONE_NUMBER", "694 512 3387"],
        ],
    },
    {
        "text": "Merhaba, annem için hastaneden randevu almam lazım, tansiyonu çok yükseldi ve iki yıldır kalp ilacı kullanıyor. Doğum tarihi 17 Ağustos 1956, telefonu 0532 418 27 95. MHRS'de formu nasıl doldururum?",
        "field": "content",
        "values": [
            ["MEDICAL", "tansiyonu çok yükseldi"],
            ["MEDICAL", "kalp ilacı"],
            ["DATE_OF_BIRTH", "17 Ağustos 1956"],
            ["PHONE_NUMBER", "0532 418 27 95"],
        ],
    },
    {
        "text": f"Salut, poți să-mi corectezi gramatica? „Subsemnatul Andrei Popescu, domiciliat în Str. Mihai Eminescu nr. 23, ap. 7, Cluj-Napoca, solicit returnarea garanției de 2.400 lei în contul {v.IBAN_RO_1}, deschis la Banca Transilvania.”",
        "field": "content",
        "values": [
            ["PERSON", "Andrei Popescu"],
            ["STREET_ADDRESS", "Str. Mihai Eminescu nr. 23, ap. 7"],
            ["IBAN_CODE", v.IBAN_RO_1],
        ],
    },
    {
        "text": "Segítesz megírni egy levelet a munkáltatómnak? A 14. héten járok, terhes vagyok, és szeretném jelezni, hogy novembertől szülési szabadságra megyek. Telefonszámom: +36 30 455 1287.",
        "field": "content",
        "values": [["MEDICAL", "terhes vagyok"], ["PHONE_NUMBER", "+36 30 455 1287"]],
    },
    {
        "text": "Moj sin Luka Horvat (rođen 08.03.2011.) ima dijabetes tipa 1 i netko u školi mora znati kako mu dati inzulin ako mu padne šećer. Kako da to lijepo napišem ravnateljici?",
        "field": "content",
        "values": [
            ["PERSON", "Luka Horvat"],
            ["DATE_OF_BIRTH", "08.03.2011."],
            ["MEDICAL", "dijabetes tipa 1"],
            ["MEDICAL", "inzulin"],
        ],
    },
]
