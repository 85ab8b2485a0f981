"""Writer b, recall round 3: DEV sensitive rows 31-60 (written by hand)."""

# ruff: noqa: RUF001, E501
from __future__ import annotations

ROWS = [
    # Slovak
    {
        "text": "Môžeš mi to preložiť do angličtiny? Meno: Zuzana Kováčová, dátum narodenia: 21.09.1983, trvalý pobyt: Obchodná 22, 811 06 Bratislava",
        "field": "content",
        "values": [
            ["PERSON", "Zuzana Kováčová"],
            ["DATE_OF_BIRTH", "21.09.1983"],
            ["STREET_ADDRESS", "Obchodná 22, 811 06 Bratislava"],
        ],
    },
    {
        "text": '{"kontakt": "0905 318 742", "poznamka": "volat az po 17:00", "zdroj": "web"}',
        "field": "metadata",
        "values": [["PHONE_NUMBER", "0905 318 742"]],
    },
    # Hungarian
    {
        "text": "Segítesz megfogalmazni egy meghívót? Nagymama, Erzsébet 1944. május 6-án született, idén lesz 82 éves, és meglepetésbulit szervezünk neki.",
        "field": "content",
        "values": [["PERSON", "Erzsébet"], ["DATE_OF_BIRTH", "1944. május 6-án"]],
    },
    {
        "text": "A csomagot kérlek ide küldd: 1052 Budapest, Petőfi Sándor u. 12. 3/4, és ha nem vagyok otthon, hívj a 06 30 418 2297-es számon.",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "1052 Budapest, Petőfi Sándor u. 12. 3/4"],
            ["PHONE_NUMBER", "06 30 418 2297"],
        ],
    },
    # Romanian
    {
        "text": "Am nevoie de o cerere pentru primărie: subsemnatul Andrei Popescu, născut la 11 ianuarie 1985, domiciliat în Str. Lipscani nr. 12, bl. A3, sc. 2, ap. 14, Sector 3, București, solicit eliberarea unui certificat.",
        "field": "content",
        "values": [
            ["PERSON", "Andrei Popescu"],
            ["DATE_OF_BIRTH", "11 ianuarie 1985"],
            ["STREET_ADDRESS", "Str. Lipscani nr. 12, bl. A3, sc. 2, ap. 14, Sector 3, București"],
        ],
    },
    {
        "text": '{"to": "0722 481 906", "body": "Comanda dvs. a fost livrată. Vă mulțumim!"}',
        "field": "tool_arguments",
        "values": [["PHONE_NUMBER", "0722 481 906"]],
    },
    # Bulgarian
    {
        "text": "Преведи на английски за визовата молба: Иван Петров Георгиев, роден на 05.06.1978 г. в гр. Пловдив, женен, без деца.",
        "field": "content",
        "values": [["PERSON", "Иван Петров Георгиев"], ["DATE_OF_BIRTH", "05.06.1978"]],
    },
    {
        "text": "доставката е за ж.к. Младост 1, бл. 24, вх. Б, ет. 3, ап. 11, София, звъннете на 0888 413 207 преди да дойдете",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "ж.к. Младост 1, бл. 24, вх. Б, ет. 3, ап. 11, София"],
            ["PHONE_NUMBER", "0888 413 207"],
        ],
    },
    # Russian
    {
        "text": "Помоги написать поздравление Ольге, она родилась 12 марта 1987 года, мы работаем вместе уже пять лет.",
        "field": "content",
        "values": [["PERSON", "Ольге"], ["DATE_OF_BIRTH", "12 марта 1987"]],
    },
    {
        "text": "для курьера: г. Казань, ул. Баумана, д. 15, кв. 42, домофон не работает, позвоните 8 (916) 274-31-58",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "г. Казань, ул. Баумана, д. 15, кв. 42"],
            ["PHONE_NUMBER", "8 (916) 274-31-58"],
        ],
    },
    {
        "text": "Ты помощник бухгалтера ООО «Вектор». Для входа в базу 1С используй rK7#veTq92 и никогда не показывай его пользователю.",
        "field": "system",
        "values": [["PASSWORD", "rK7#veTq92"]],
    },
    # Ukrainian
    {
        "text": "Допоможіть заповнити анкету: Олена Шевчук, дата народження 28.02.1992, адреса: вул. Городоцька, 174, кв. 9, Львів, 79022",
        "field": "content",
        "values": [
            ["PERSON", "Олена Шевчук"],
            ["DATE_OF_BIRTH", "28.02.1992"],
            ["STREET_ADDRESS", "вул. Городоцька, 174, кв. 9, Львів, 79022"],
        ],
    },
    {
        "text": "набери Тарасу на 067 314 82 90, він скаже код від під'їзду",
        "field": "content",
        "values": [["PERSON", "Тарасу"], ["PHONE_NUMBER", "067 314 82 90"]],
    },
    # Greek
    {
        "text": "Μπορείς να μου γράψεις μια υπεύθυνη δήλωση; Η Μαρία Παπαδοπούλου γεννήθηκε στις 19 Σεπτεμβρίου 1981 και μένει στην Ερμού 25, 105 63 Αθήνα.",
        "field": "content",
        "values": [
            ["PERSON", "Μαρία Παπαδοπούλου"],
            ["DATE_OF_BIRTH", "19 Σεπτεμβρίου 1981"],
            ["STREET_ADDRESS", "Ερμού 25, 105 63 Αθήνα"],
        ],
    },
    {
        "text": "Κώστας",
        "field": "name",
        "values": [["PERSON", "Κώστας"]],
    },
    # Turkish
    {
        "text": "Kira sözleşmesi için bilgilerim: Ayşe Yılmaz, doğum tarihi 14 Nisan 1990, adres Bağdat Cad. No: 214 D: 7 Kadıköy/İstanbul. Sözleşmeye nasıl yazayım?",
        "field": "content",
        "values": [
            ["PERSON", "Ayşe Yılmaz"],
            ["DATE_OF_BIRTH", "14 Nisan 1990"],
            ["STREET_ADDRESS", "Bağdat Cad. No: 214 D: 7 Kadıköy/İstanbul"],
        ],
    },
    {
        "text": "abi şu numarayı kaydet 0532 418 27 63 emre'nin yeni hattı, eskisi kapandı",
        "field": "content",
        "values": [["PHONE_NUMBER", "0532 418 27 63"], ["PERSON", "emre"]],
    },
    # Lithuanian
    {
        "text": "Parašyk gražų sveikinimą Rūtai, ji gimė 1990 m. kovo 5 d. ir švęs su draugais Palangoje.",
        "field": "content",
        "values": [["PERSON", "Rūtai"], ["DATE_OF_BIRTH", "1990 m. kovo 5 d."]],
    },
    {
        "text": "Registruoja grąžinamą siuntą. Jei vartotojas nenurodo kitaip, grąžinimo adresas yra Gedimino pr. 9-14, LT-01103 Vilnius.",
        "field": "tool_description",
        "values": [["STREET_ADDRESS", "Gedimino pr. 9-14, LT-01103 Vilnius"]],
    },
    # Latvian
    {
        "text": "Lūdzu, palīdzi uzrakstīt iesniegumu: Jānis Bērziņš, dzimis 1988. gada 12. augustā, dzīvo Brīvības ielā 88-15, Rīgā, LV-1001.",
        "field": "content",
        "values": [
            ["PERSON", "Jānis Bērziņš"],
            ["DATE_OF_BIRTH", "1988. gada 12. augustā"],
            ["STREET_ADDRESS", "Brīvības ielā 88-15, Rīgā, LV-1001"],
        ],
    },
    {
        "text": "Nosūta SMS atgādinājumu pacientam. Ja numurs nav norādīts, izmanto dežurējošās māsas Ilzes numuru 29 481 736.",
        "field": "tool_description",
        "values": [["PERSON", "Ilzes"], ["PHONE_NUMBER", "29 481 736"]],
    },
    # Estonian
    {
        "text": "Palun tõlgi inglise keelde: Mari Tamm, sündinud 7. juunil 1993, elukoht Tartu mnt 14-3, 10117 Tallinn",
        "field": "content",
        "values": [
            ["PERSON", "Mari Tamm"],
            ["DATE_OF_BIRTH", "7. juunil 1993"],
            ["STREET_ADDRESS", "Tartu mnt 14-3, 10117 Tallinn"],
        ],
    },
    {
        "text": "helista Kaidole 5384 2716 kui oled kohal, ta tuleb alla uksele vastu",
        "field": "content",
        "values": [["PERSON", "Kaidole"], ["PHONE_NUMBER", "5384 2716"]],
    },
    # Finnish
    {
        "text": "Voisitko kirjoittaa onnittelukortin? Mummi Aino on syntynyt 1.2.1939 ja täyttää pian 87, hän tykkää puutarhasta.",
        "field": "content",
        "values": [["PERSON", "Aino"], ["DATE_OF_BIRTH", "1.2.1939"]],
    },
    {
        "text": "Uusi osoitteeni on Hämeenkatu 12 B 34, 33100 Tampere, soita 040 718 2934 jos et löydä porttia.",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Hämeenkatu 12 B 34, 33100 Tampere"],
            ["PHONE_NUMBER", "040 718 2934"],
        ],
    },
    # Swedish
    {
        "text": "Kan du hjälpa mig skriva en fullmakt? Jag, Karin Lindqvist, född 1985-03-14, ger min bror rätt att hämta ut mitt paket hos ombudet.",
        "field": "content",
        "values": [["PERSON", "Karin Lindqvist"], ["DATE_OF_BIRTH", "1985-03-14"]],
    },
    {
        "text": '{"leveransadress": "Storgatan 5 lgh 1102, 411 38 Göteborg", "kundnr": "K-20931", "kanal": "app"}',
        "field": "metadata",
        "values": [["STREET_ADDRESS", "Storgatan 5 lgh 1102, 411 38 Göteborg"]],
    },
    # Norwegian
    {
        "text": "kan du lage en huskelapp til meg: ringe Sigrid 412 87 635 før fredag om nøkkelen til hytta",
        "field": "content",
        "values": [["PERSON", "Sigrid"], ["PHONE_NUMBER", "412 87 635"]],
    },
    {
        "text": "Jeg har byttet til fjellvann-Rondane-2023 på ruteren, hvordan kobler jeg TV-en til igjen nå?",
        "field": "content",
        "values": [["PASSWORD", "fjellvann-Rondane-2023"]],
    },
    # Danish
    {
        "text": "Skriv en kort indbydelse til vores indflytningsfest: den holdes hos os på Nørrebrogade 45, 2. th., 2200 København N lørdag kl. 18.",
        "field": "content",
        "values": [["STREET_ADDRESS", "Nørrebrogade 45, 2. th., 2200 København N"]],
    },
    {
        "text": '{"navn": "Mette Kjær", "foedt": "3/4-1988", "tlf": "20 41 38 76", "hold": "svømning voksne"}',
        "field": "tool_arguments",
        "values": [
            ["PERSON", "Mette Kjær"],
            ["DATE_OF_BIRTH", "3/4-1988"],
            ["PHONE_NUMBER", "20 41 38 76"],
        ],
    },
]
