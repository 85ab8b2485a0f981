"""Writer b, recall round 3: HELD_OUT sensitive rows 31-60 (written by hand; IDs from _recall_dev3_b2)."""

# ruff: noqa: RUF001, E501
from __future__ import annotations

try:
    from bench._recall_dev3_b2 import IBAN_RO
except ImportError:
    from _recall_dev3_b2 import IBAN_RO

ROWS = [
    # Slovak
    {
        "text": "Prosím o pomoc so žiadosťou o parkovaciu kartu: Michal Horváth, nar. 3. 12. 1980, bytom Hlavná 58, 040 01 Košice",
        "field": "content",
        "values": [
            ["PERSON", "Michal Horváth"],
            ["DATE_OF_BIRTH", "3. 12. 1980"],
            ["STREET_ADDRESS", "Hlavná 58, 040 01 Košice"],
        ],
    },
    {
        "text": "Si asistent e-shopu s keramikou. Do administrácie sa prihlasuješ cez Tatry.Lomnica#44 — nikdy ho nevypisuj zákazníkom.",
        "field": "system",
        "values": [["PASSWORD", "Tatry.Lomnica#44"]],
    },
    # Hungarian
    {
        "text": "Fordítsd le angolra az önéletrajzom elejét: Kovács Péter, született 1976. október 23., lakcím: 6720 Szeged, Kárász utca 8. II/5.",
        "field": "content",
        "values": [
            ["PERSON", "Kovács Péter"],
            ["DATE_OF_BIRTH", "1976. október 23."],
            ["STREET_ADDRESS", "6720 Szeged, Kárász utca 8. II/5."],
        ],
    },
    {
        "text": '{"cimzett": "06 20 517 3386", "uzenet": "A csomagja megérkezett a csomagautomatába."}',
        "field": "tool_arguments",
        "values": [["PHONE_NUMBER", "06 20 517 3386"]],
    },
    # Romanian
    {
        "text": "Scrie o felicitare drăguță pentru Ioana, s-a născut pe 14.02.1998, deci împlinește 28 de ani de Ziua Îndrăgostiților.",
        "field": "content",
        "values": [["PERSON", "Ioana"], ["DATE_OF_BIRTH", "14.02.1998"]],
    },
    {
        "text": "livrați la Bd. Unirii nr. 45, bl. 7B, et. 4, ap. 17, sector 4, București și sunați la 0745 318 260; plata în contul "
        + IBAN_RO
        + " după recepție",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Bd. Unirii nr. 45, bl. 7B, et. 4, ap. 17, sector 4, București"],
            ["PHONE_NUMBER", "0745 318 260"],
            ["IBAN_CODE", IBAN_RO],
        ],
    },
    # Bulgarian
    {
        "text": "Помогни ми с молбата: Мария Димитрова Стоянова, родена на 22 септември 1984 г., адрес: гр. Варна, ул. „Цар Симеон I“ № 31, ет. 2",
        "field": "content",
        "values": [
            ["PERSON", "Мария Димитрова Стоянова"],
            ["DATE_OF_BIRTH", "22 септември 1984"],
            ["STREET_ADDRESS", "гр. Варна, ул. „Цар Симеон I“ № 31, ет. 2"],
        ],
    },
    {
        "text": "обади се на Гошо на 0887 204 519 за колата, той знае кой сервиз",
        "field": "content",
        "values": [["PERSON", "Гошо"], ["PHONE_NUMBER", "0887 204 519"]],
    },
    # Russian
    {
        "text": "Составь заявление на отпуск: я, Смирнов Алексей Викторович, 05.09.1979 г.р., проживающий по адресу: Москва, Профсоюзная ул., 93, корп. 2, кв. 118",
        "field": "content",
        "values": [
            ["PERSON", "Смирнов Алексей Викторович"],
            ["DATE_OF_BIRTH", "05.09.1979"],
            ["STREET_ADDRESS", "Москва, Профсоюзная ул., 93, корп. 2, кв. 118"],
        ],
    },
    {
        "text": "скинь Диме мой новый 8 903 418-27-60, я сменил оператора",
        "field": "content",
        "values": [["PERSON", "Диме"], ["PHONE_NUMBER", "8 903 418-27-60"]],
    },
    {
        "text": '{"wifi": "Морошка-1987", "комната": "214", "завтрак": "7:00-10:00"}',
        "field": "metadata",
        "values": [["PASSWORD", "Морошка-1987"]],
    },
    # Ukrainian
    {
        "text": "Напиши привітання для бабусі Галини, вона народилася 9 травня 1950 р., хочу щось тепле і коротке.",
        "field": "content",
        "values": [["PERSON", "Галини"], ["DATE_OF_BIRTH", "9 травня 1950"]],
    },
    {
        "text": "Створює накладну Нової пошти. Якщо користувач не вказав іншого, адреса відправника: м. Київ, вул. Саксаганського 37, кв. 14.",
        "field": "tool_description",
        "values": [["STREET_ADDRESS", "м. Київ, вул. Саксаганського 37, кв. 14"]],
    },
    # Greek
    {
        "text": "Δέσποινα",
        "field": "name",
        "values": [["PERSON", "Δέσποινα"]],
    },
    {
        "text": "Συμπλήρωσε την αίτηση: γεννημένη 03/11/1990, διεύθυνση Τσιμισκή 112, 546 22 Θεσσαλονίκη, κινητό 694 718 2305",
        "field": "content",
        "values": [
            ["DATE_OF_BIRTH", "03/11/1990"],
            ["STREET_ADDRESS", "Τσιμισκή 112, 546 22 Θεσσαλονίκη"],
            ["PHONE_NUMBER", "694 718 2305"],
        ],
    },
    # Turkish
    {
        "text": "Annem 1 Ocak 1960 doğumlu, emeklilik yaşını hesaplar mısın? 20 yıl da prim ödedi.",
        "field": "content",
        "values": [["DATE_OF_BIRTH", "1 Ocak 1960"]],
    },
    {
        "text": "Kargoyu Atatürk Mah. Cumhuriyet Sok. No: 8 Daire: 5 Çankaya/Ankara adresine gönderin, kapıda ödeme olacak",
        "field": "content",
        "values": [
            ["STREET_ADDRESS", "Atatürk Mah. Cumhuriyet Sok. No: 8 Daire: 5 Çankaya/Ankara"]
        ],
    },
    # Lithuanian
    {
        "text": "Paskambink Jonui 8 687 31 904 ir pasakyk, kad vėluosiu pusvalandį",
        "field": "content",
        "values": [["PERSON", "Jonui"], ["PHONE_NUMBER", "8 687 31 904"]],
    },
    {
        "text": "Gimimo data 1985-11-07, gyvenu Savanorių pr. 176-12, Kaunas – ar taip tinka įrašyti į šią formą?",
        "field": "content",
        "values": [
            ["DATE_OF_BIRTH", "1985-11-07"],
            ["STREET_ADDRESS", "Savanorių pr. 176-12, Kaunas"],
        ],
    },
    # Latvian
    {
        "text": "Uzraksti jauku apsveikumu Lienei, viņa dzimusi 1992. gada 3. februārī.",
        "field": "content",
        "values": [["PERSON", "Lienei"], ["DATE_OF_BIRTH", "1992. gada 3. februārī"]],
    },
    {
        "text": '{"adrese": "Elizabetes iela 45-7, Rīga, LV-1010", "tālrunis": "26 318 945", "piegāde": "kurjers"}',
        "field": "tool_arguments",
        "values": [
            ["STREET_ADDRESS", "Elizabetes iela 45-7, Rīga, LV-1010"],
            ["PHONE_NUMBER", "26 318 945"],
        ],
    },
    # Estonian
    {
        "text": "Kirjuta Tiinale lühike õnnitlus, ta sündis 14.10.1991 ja saab nüüd 35.",
        "field": "content",
        "values": [["PERSON", "Tiinale"], ["DATE_OF_BIRTH", "14.10.1991"]],
    },
    {
        "text": "saada pakk Rüütli 23-5, 51007 Tartu, ma olen kodus pärast kuut",
        "field": "content",
        "values": [["STREET_ADDRESS", "Rüütli 23-5, 51007 Tartu"]],
    },
    # Finnish
    {
        "text": "Syntymäaikani on 24.6.1984 ja osoitteeni Mannerheimintie 56 A 12, 00260 Helsinki. Tarkistatko, että hakemus on oikein täytetty?",
        "field": "content",
        "values": [
            ["DATE_OF_BIRTH", "24.6.1984"],
            ["STREET_ADDRESS", "Mannerheimintie 56 A 12, 00260 Helsinki"],
        ],
    },
    {
        "text": "Olet taloyhtiön avustaja. Päivystävä huoltomies Jari vastaa numerosta 050 412 7839 arkisin klo 16 jälkeen ja viikonloppuisin.",
        "field": "system",
        "values": [["PERSON", "Jari"], ["PHONE_NUMBER", "050 412 7839"]],
    },
    # Swedish
    {
        "text": "skriv ett sms till pappa: ring Elsa på 070-482 19 36 ikväll om kräftskivan",
        "field": "content",
        "values": [["PERSON", "Elsa"], ["PHONE_NUMBER", "070-482 19 36"]],
    },
    {
        "text": "Min son föddes den 3 juni 2018 och nu vill Försäkringskassan ha ett intyg, vad skriver jag i rutan?",
        "field": "content",
        "values": [["DATE_OF_BIRTH", "3 juni 2018"]],
    },
    # Norwegian
    {
        "text": "Sender bursdagsinvitasjonen på SMS. Standard sted er Thereses gate 14B, 0452 Oslo, med mindre brukeren oppgir noe annet.",
        "field": "tool_description",
        "values": [["STREET_ADDRESS", "Thereses gate 14B, 0452 Oslo"]],
    },
    {
        "text": "Han sa det var hvit-hest-Bergen-12, men TV-en sier feil. Er det stor B eller liten?",
        "field": "content",
        "values": [["PASSWORD", "hvit-hest-Bergen-12"]],
    },
    # Danish
    {
        "text": "Min mor er født 12.08.1956 – kan du regne ud, hvornår hun kan gå på folkepension?",
        "field": "content",
        "values": [["DATE_OF_BIRTH", "12.08.1956"]],
    },
    {
        "text": '{"kunde": "Søren", "tlf": "28 64 19 03", "adresse": "Vesterbrogade 112, 3. tv., 1620 København V"}',
        "field": "metadata",
        "values": [
            ["PERSON", "Søren"],
            ["PHONE_NUMBER", "28 64 19 03"],
            ["STREET_ADDRESS", "Vesterbrogade 112, 3. tv., 1620 København V"],
        ],
    },
]
