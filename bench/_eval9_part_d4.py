# ruff: noqa: E501, RUF001
"""Evaluation 9, writer D: sensitive prompts 51-100 (Central/Eastern European, Baltic, Nordic, Greek, Turkish).

Hand-written one by one; only the cards, IBANs, national identifiers and secrets come from the
generator ``_eval9_part_d2.py`` (seed 482617).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

from _eval9_part_d2 import (
    AADHAAR_1,
    AWS_ACCESS_KEY_ID,
    AWS_SECRET_KEY,
    BASIC_AUTH,
    BSN_1,
    CARD_VISA_2,
    CF_OLHA,
    DJANGO_SECRET_KEY,
    DNI_1,
    GITLAB_PAT,
    IBAN_CZ,
    IBAN_PL_1,
    IBAN_TR,
    IDNR_2,
    MONGO_PASSWORD,
    MSSQL_PASSWORD,
    NIE_2,
    NINO_2,
    NIR_1,
    OPENSSH_PRIVATE_KEY,
    PAN_1,
    PASSWORD_HUMAN_CZ,
    SLACK_BOT_TOKEN,
    SSN_1,
    TELEGRAM_BOT_TOKEN,
    grouped,
    row,
)

_AADHAAR_SPACED = grouped(AADHAAR_1)
_NIR_SPACED = (
    f"{NIR_1[0]} {NIR_1[1:3]} {NIR_1[3:5]} {NIR_1[5:7]} {NIR_1[7:10]} {NIR_1[10:13]} {NIR_1[13:]}"
)
_NINO_2_SPACED = f"{NINO_2[:2]} {NINO_2[2:4]} {NINO_2[4:6]} {NINO_2[6:8]} {NINO_2[8]}"
_MONGO_URL = f"mongodb+srv://admin:{MONGO_PASSWORD}@cluster0.x7kq2.mongodb.net/eticaret?retryWrites=true&w=majority"
_MSSQL = f"Server=sql-prod-01.intern.local;Database=Lon;User Id=lonapp;Password={MSSQL_PASSWORD};TrustServerCertificate=True"

ROWS = [
    row(
        "content",
        f"Can you draft a short onboarding email to our new backend developer Rahul Menon? He starts on Monday at our Espoo office, laptop will be ready at reception. Also: for payroll the recruiter sent his PAN {PAN_1} and Aadhaar {_AADHAAR_SPACED}, I think we dont need those here in Finland at all? should I delete them",
        ("PERSON", "Rahul Menon"),
        ("IN_PAN", PAN_1),
        ("IN_AADHAAR", _AADHAAR_SPACED),
    ),
    row(
        "content",
        "jak odpisać teściowej żeby nie wyszło niegrzecznie? napisała na grupie rodzinnej że halinka (moja szwagierka) jest w ciąży, a ona prosiła żeby nikomu nie mówić do 12 tygodnia",
        ("PERSON", "halinka"),
        ("MEDICAL", "w ciąży"),
    ),
    row(
        "content",
        "Přepiš mi tohle formálněji do e-mailu pro advokátku: Honza Beneš se rozvádí s Pavlínou, ona chce obě děti do výlučné péče a on to nese hrozně, od ledna bere antidepresiva. Potřebujeme vědět, jestli má cenu podávat návrh na střídavou péči.",
        ("PERSON", "Honza Beneš"),
        ("PERSON", "Pavlínou"),
        ("MEDICAL", "bere antidepresiva"),
    ),
    row(
        "content",
        "Segíts megfogalmazni egy levelet a végrehajtónak. A volt férjem, Tóth Gábor, 2023 márciusa óta nem fizeti a gyerektartást, a bírósági végzés szerint havi 60 000 Ft járna. A fiunk, Marci most lesz 9 éves. Mit csatoljak a levélhez?",
        ("PERSON", "Tóth Gábor"),
        ("PERSON", "Marci"),
    ),
    row(
        "content",
        "napíš prosím ospravedlnenku pre triednu, že samko kováč zo 4.A chýbal 12.–14. 2. kvôli angíne, lekárske potvrdenie donesie v pondelok. podpis mama",
        ("PERSON", "samko kováč"),
        ("MEDICAL", "angíne"),
    ),
    row(
        "content",
        "Kako naj sodelavki Nini povem, da ji pogodbe ne bomo podaljšali? Pri nas je dve leti, zadnjega pol leta je bila veliko na bolniški zaradi izgorelosti in nočem, da misli, da je to razlog (čeprav delno je).",
        ("PERSON", "Nini"),
        ("MEDICAL", "izgorelosti"),
    ),
    row(
        "content",
        "Brat mi duguje 4.500 eura još od 2021., imam i poruke gdje to priznaje. Zove se Krešimir Perić, živi u Ulici Stjepana Radića 33, 31000 Osijek. Kako napisati opomenu pred tužbu da bude pravno ispravna?",
        ("PERSON", "Krešimir Perić"),
        ("STREET_ADDRESS", "Ulici Stjepana Radića 33, 31000 Osijek"),
    ),
    row(
        "content",
        "Pomozi mi da napišem poruku za Viber grupu stanara, ali da ne bude uvredljivo: stan 12 (Dragana i Bojan Ilić) nije platio održavanje zgrade šest meseci, dug je 9.600 dinara, a lift opet ne radi.",
        ("PERSON", "Dragana"),
        ("PERSON", "Bojan Ilić"),
    ),
    row(
        "content",
        "Направи ми уредно обавештење за васпитачицу:\nдете: Лука Стојановић, рођен 21.03.2020.\nалергија на кикирики, носи EpiPen у ранцу\nродитељ: Јелена, 064/318-27-91",
        ("PERSON", "Лука Стојановић"),
        ("DATE_OF_BIRTH", "21.03.2020"),
        ("MEDICAL", "алергија на кикирики"),
        ("PERSON", "Јелена"),
        ("PHONE_NUMBER", "064/318-27-91"),
    ),
    row(
        "content",
        "Как да напиша жалба до доставчика на ток? Сметката ми за януари е 640 лв., а живея сама в двустаен апартамент. Адресът ми е София, ж.к. Младост 1, бл. 24, вх. Б, ап. 37. Клиентски номер не помня, трябва ли ми?",
        ("STREET_ADDRESS", "София, ж.к. Младост 1, бл. 24, вх. Б, ап. 37"),
    ),
    row(
        "content",
        "Vreau să-i scriu o felicitare colegei mele Ioana Mihăilescu, s-a născut pe 7 martie 1985, deci face 40 de ani. Ceva amuzant, dar nu despre vârstă că se supără 😅",
        ("PERSON", "Ioana Mihăilescu"),
        ("DATE_OF_BIRTH", "7 martie 1985"),
    ),
    row(
        "content",
        "Напиши коротке резюме для моєї доньки, вона шукає підробіток баристою на літо: Софія Бондаренко, 17 років, англійська B2, волонтерила в бібліотеці. Контакти: +380 97 412 55 08, sofia.bondarenko07@ukr.net",
        ("PERSON", "Софія Бондаренко"),
        ("PHONE_NUMBER", "+380 97 412 55 08"),
        ("EMAIL_ADDRESS", "sofia.bondarenko07@ukr.net"),
    ),
    row(
        "content",
        "Kaip parašyti skelbimą apie dingusį šunį? Vokiečių aviganis, vardu Reksas, paskutinį kartą matytas prie namų Žirmūnų g. 68-14, Vilniuje, vakar apie 19 val. Radusius prašome skambinti Dariui 8 687 31 245.",
        ("STREET_ADDRESS", "Žirmūnų g. 68-14, Vilniuje"),
        ("PERSON", "Dariui"),
        ("PHONE_NUMBER", "8 687 31 245"),
    ),
    row(
        "content",
        "mans tētis Andris Kalniņš (62) pēc infarkta nevar atgriezties darbā būvniecībā, kā pieteikt invaliditātes ekspertīzi un vai vajag ģimenes ārsta nosūtījumu?",
        ("PERSON", "Andris Kalniņš"),
        ("MEDICAL", "infarkta"),
    ),
    row(
        "content",
        "Palun tõlgi soome keelde ja jäta allkiri samaks:\n\nTere,\nsaadan manuses märtsi arve. Palun kinnitage kättesaamist.\n\nParimate soovidega\nTriin Mägi\nraamatupidaja\ntriin.magi@kodukeskus.ee\n+372 5817 2290",
        ("PERSON", "Triin Mägi"),
        ("EMAIL_ADDRESS", "triin.magi@kodukeskus.ee"),
        ("PHONE_NUMBER", "+372 5817 2290"),
    ),
    row(
        "content",
        "mun poika on syntyny 30.11.2016 ja nimi on eetu. meneeks se kouluun 2023 vai 2024 syksyllä? en muista miten se vuosiraja menee",
        ("DATE_OF_BIRTH", "30.11.2016"),
        ("PERSON", "eetu"),
    ),
    row(
        "content",
        "Hjälp mig skriva ett varningsbrev till en anställd, Johan Ekström, som har kommit för sent 11 gånger sedan januari. Han har sagt att det beror på hans ADHD men vi har inget läkarintyg. Hur hanterar vi det juridiskt korrekt?",
        ("PERSON", "Johan Ekström"),
        ("MEDICAL", "ADHD"),
    ),
    row(
        "content",
        "hei! det er sindre fra fotballen, ringte deg fra jobbnummeret i sted. mitt private er 917 42 083, send meg en sms når du vet om kampen på lørdag",
        ("PERSON", "sindre"),
        ("PHONE_NUMBER", "917 42 083"),
    ),
    row(
        "content",
        "Kan du skrive en opsigelse af mit lejemål med 3 måneders varsel?\nLejer: Mette Kjær Andersen\nAdresse: Vesterbrogade 118, 3. tv., 1620 København V\nUdlejer: Boligselskabet Vestkanten ApS\nFraflytning senest 31. august.",
        ("PERSON", "Mette Kjær Andersen"),
        ("STREET_ADDRESS", "Vesterbrogade 118, 3. tv., 1620 København V"),
    ),
    row(
        "content",
        "Geturðu skrifað staðfestingu á borðapöntun sem ég sendi á gudni.hallgrims@simnet.is? Guðni Hallgrímsson á pantað borð fyrir 6 á laugardaginn kl. 19:30.",
        ("EMAIL_ADDRESS", "gudni.hallgrims@simnet.is"),
        ("PERSON", "Guðni Hallgrímsson"),
    ),
    row(
        "content",
        "Χρειάζομαι βοήθεια με την αίτηση στο ΚΕΠ για πιστοποιητικό οικογενειακής κατάστασης.\nΟνοματεπώνυμο: Νικόλαος Αθανασίου\nΠατρώνυμο: Γεώργιος\nΗμ. γέννησης: 05-11-1972\nΤι βάζω στο πεδίο «Δήμος εγγραφής»;",
        ("PERSON", "Νικόλαος Αθανασίου"),
        ("PERSON", "Γεώργιος"),
        ("DATE_OF_BIRTH", "05-11-1972"),
    ),
    row(
        "content",
        f"ev sahibine kira göndereceğim, IBAN: {grouped(IBAN_TR)}, alıcı adı Hatice Demir. açıklama kısmına 'Mart kirası' yazsam yeterli mi, yoksa daire numarasını da mı yazayım?",
        ("IBAN_CODE", grouped(IBAN_TR)),
        ("PERSON", "Hatice Demir"),
    ),
    row(
        "content",
        f"I'm helping my uncle in Astoria with his taxes this year. Name Konstantinos Pappas, SSN {SSN_1}, he gets social security and also rents the basement apartment to a student for $1,100/month. Which forms does he need, 1040 with Schedule E?",
        ("PERSON", "Konstantinos Pappas"),
        ("US_SSN", SSN_1),
    ),
    row(
        "content",
        f"Pracuję w Holandii przez agencję, w umowie mam BSN {BSN_1}, a na loonstrook jest wpisany jakiś inny numer. Nazywam się Łukasz Mazur, mieszkam w Venlo. Do kogo z tym iść, do gemeente czy do agencji?",
        ("NL_BSN", BSN_1),
        ("PERSON", "Łukasz Mazur"),
    ),
    row(
        "content",
        f"Я працюю доглядальницею в Італії, в Болоньї. Мене звати Ольга Шевчук, мій codice fiscale {CF_OLHA}. Чи потрібно вказувати його в договорі з родиною синьйори Россі, і хто платить внески INPS?",
        ("PERSON", "Ольга Шевчук"),
        ("IT_FISCAL_CODE", CF_OLHA),
        ("PERSON", "Россі"),
    ),
    row(
        "content",
        f"Am primit de la CPAM o scrisoare în franceză și nu înțeleg tot. Sunt Mihaela Rusu, numărul meu de securitate socială e {_NIR_SPACED}. Zice ceva de «carte Vitale» și «attestation de droits». Mă ajuți să traduc?",
        ("PERSON", "Mihaela Rusu"),
        ("FR_INSEE", _NIR_SPACED),
    ),
    row(
        "content",
        f"Mąż (Javier Ortega Ruiz, DNI {DNI_1}) chce przepisać na mnie samochód, mieszkamy w Walencji. Jak to zrobić w DGT i czy ja jako Polka z NIE muszę mieć jakieś dodatkowe papiery?",
        ("PERSON", "Javier Ortega Ruiz"),
        ("ES_DNI", DNI_1),
    ),
    row(
        "content",
        f"Приятелката ми Десислава живее в Малага и има NIE {NIE_2}. Как да ѝ изпратя пари от България най-евтино, трябва ли банката да знае този номер?",
        ("PERSON", "Десислава"),
        ("ES_NIE", NIE_2),
    ),
    row(
        "content",
        f"Sveiki, palīdzi aizpildīt šo anketu angliski, es nezinu kur kas jāraksta:\nName: Kristaps Liepiņš\nNI number: {_NINO_2_SPACED}\nAddress: 41 Chadwell Heath Lane, Romford RM6 4NP\nEmployer: ?",
        ("PERSON", "Kristaps Liepiņš"),
        ("UK_NINO", _NINO_2_SPACED),
        ("STREET_ADDRESS", "41 Chadwell Heath Lane, Romford RM6 4NP"),
    ),
    row(
        "content",
        f"Radim u Stuttgartu od siječnja, poslodavac traži Steuer-ID, moj je {IDNR_2}. Ja sam Marin Jurić, prijavljen sam u Bad Cannstattu. Smijem li ga poslati običnim mailom?",
        ("DE_TAX_ID", IDNR_2),
        ("PERSON", "Marin Jurić"),
    ),
    row(
        "content",
        f"Prečo boto3 hlási InvalidClientTokenId? Kľúče som vytvoril včera v IAM.\n\n```python\nimport boto3\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='{AWS_ACCESS_KEY_ID}',\n    aws_secret_access_key='{AWS_SECRET_KEY}',\n    region_name='eu-central-1',\n)\nprint(s3.list_buckets())\n```",
        ("API_TOKEN", AWS_ACCESS_KEY_ID),
        ("SECRET", AWS_SECRET_KEY),
    ),
    row(
        "content",
        f"a slack botom nem küld üzenetet, hibát se dob. itt a kód:\n\nconst {{ WebClient }} = require('@slack/web-api');\nconst web = new WebClient('{SLACK_BOT_TOKEN}');\nawait web.chat.postMessage({{ channel: '#riasztasok', text: 'Leállt a szerver!' }});\n\nmi lehet a gond?",
        ("API_TOKEN", SLACK_BOT_TOKEN),
    ),
    row(
        "content",
        f"Da li je ovaj ključ ispravan? ssh kaže 'Load key: invalid format' kad pokušam da se povežem na server\n\n{OPENSSH_PRIVATE_KEY}",
        ("PRIVATE_KEY", OPENSSH_PRIVATE_KEY),
    ),
    row(
        "content",
        f"czemu deploy nie przechodzi? w .gitlab-ci.yml mam:\n\nvariables:\n  DEPLOY_TOKEN: \"{GITLAB_PAT}\"\n  REGISTRY: registry.gitlab.com/firma/sklep\n\ndeploy:\n  script:\n    - docker login -u ci -p $DEPLOY_TOKEN $REGISTRY\n\ni dostaję 'HTTP Basic: Access denied'",
        ("API_TOKEN", GITLAB_PAT),
    ),
    row(
        "content",
        f"import telebot\n\nbot = telebot.TeleBot('{TELEGRAM_BOT_TOKEN}')\n\n@bot.message_handler(commands=['start'])\ndef start(m):\n    bot.reply_to(m, 'Привіт!')\n\nbot.polling()\n\n# чому бот мовчить? в BotFather все ок",
        ("API_TOKEN", TELEGRAM_BOT_TOKEN),
    ),
    row(
        "content",
        f"Στο settings.py έχω:\nSECRET_KEY = '{DJANGO_SECRET_KEY}'\nDEBUG = True\n\nΕίναι ασφαλές να το ανεβάσω έτσι στο GitHub αν το repo είναι private;",
        ("SECRET", DJANGO_SECRET_KEY),
    ),
    row(
        "content",
        f"ce înseamnă eroarea asta din log? sincronizarea cu ERP-ul merge doar dimineața\n\n2024-05-02 10:31:07,412 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): erp.firma.local:443\n2024-05-02 10:31:07,530 DEBUG request headers: {{'Host': 'erp.firma.local', 'Authorization': 'Basic {BASIC_AUTH}', 'Accept': '*/*'}}\n2024-05-02 10:31:07,611 ERROR 403 Forbidden: IP not in allowlist",
        ("AUTH_HEADER", f"Basic {BASIC_AUTH}"),
    ),
    row(
        "content",
        f"mongoose bağlanmıyor, 'bad auth : authentication failed' diyor. şifrede özel karakter yok ama:\n\nmongoose.connect('{_MONGO_URL}')",
        ("CONNECTION_STRING", _MONGO_URL),
    ),
    row(
        "system",
        "Sen bir diş kliniği randevu asistanısın. Şu anki kullanıcı: Burak Şahin, doğum tarihi 04.04.1987, telefon 0532 604 19 88. Kanal tedavisi yarım kaldı, bir sonraki seansı hatırlat ve 6 aylık kontrolü de planla.",
        ("PERSON", "Burak Şahin"),
        ("DATE_OF_BIRTH", "04.04.1987"),
        ("PHONE_NUMBER", "0532 604 19 88"),
        ("MEDICAL", "Kanal tedavisi yarım kaldı"),
    ),
    row(
        "metadata",
        "pacientka: Vesna Kos, roj. 15. 6. 1990, termin 9:40",
        ("PERSON", "Vesna Kos"),
        ("DATE_OF_BIRTH", "15. 6. 1990"),
    ),
    row(
        "tool_arguments",
        '{"address": "ul. Kościuszki 27/4, 30-105 Kraków", "resident_name": "Piotr Lewandowski", "check": "meldunek"}',
        ("STREET_ADDRESS", "ul. Kościuszki 27/4, 30-105 Kraków"),
        ("PERSON", "Piotr Lewandowski"),
    ),
    row(
        "content",
        f"Heslo do Alzy mám {PASSWORD_HUMAN_CZ} a přihlašuju se přes hana.vlckova@centrum.cz. Můžeš mi krok za krokem napsat, jak si tam zapnout dvoufázové ověření? Syn říkal, že bych měla.",
        ("PASSWORD", PASSWORD_HUMAN_CZ),
        ("EMAIL_ADDRESS", "hana.vlckova@centrum.cz"),
    ),
    row("name", "Gintarė Vaitkutė", ("PERSON", "Gintarė Vaitkutė")),
    row(
        "content",
        f'Vår lönekörning i natt dog med "Login failed for user". Connection string i appsettings.Production.json:\n\n"ConnectionStrings": {{\n  "Lon": "{_MSSQL}"\n}}\n\nhar någon bytt lösenordet utan att säga till?',
        ("CONNECTION_STRING", _MSSQL),
    ),
    row(
        "tool_arguments",
        f'{{"customer_name": "Aino Heikkinen", "card_number": "{CARD_VISA_2}", "expiry": "11/26", "amount_eur": 89.9, "description": "Kuntosalin vuosijäsenyys"}}',
        ("PERSON", "Aino Heikkinen"),
        ("CREDIT_CARD", CARD_VISA_2),
    ),
    row(
        "content",
        f"Zkontroluješ mi text faktury, jestli tam nic nechybí?\n\nDodavatel: Radek Novotný, neplátce DPH\nOdběratel: Kavárna U Mostu s.r.o.\nPředmět: grafický návrh jídelního lístku\nCena: 7 500 Kč\nPlatba na účet: {grouped(IBAN_CZ)}\nSplatnost: 14 dní",
        ("PERSON", "Radek Novotný"),
        ("IBAN_CODE", grouped(IBAN_CZ)),
    ),
    row(
        "content",
        f"hej przelej mi za bilety na koncert 2x 189 zł, nr konta {grouped(IBAN_PL_1)} (mbank), tytułem 'bilety dawid'. dzięki!! ania",
        ("IBAN_CODE", grouped(IBAN_PL_1)),
        ("PERSON", "dawid"),
        ("PERSON", "ania"),
    ),
    row("user", "kovacs.bence@freemail.hu", ("EMAIL_ADDRESS", "kovacs.bence@freemail.hu")),
    row(
        "tool_arguments",
        '{"ad_soyad": "Zeynep Arslan", "dogum_tarihi": "1999-02-17", "telefon": "+90 542 318 77 04", "sehir": "İzmir"}',
        ("PERSON", "Zeynep Arslan"),
        ("DATE_OF_BIRTH", "1999-02-17"),
        ("PHONE_NUMBER", "+90 542 318 77 04"),
    ),
    row(
        "tool_arguments",
        '{"to": "+40 723 581 046", "message": "Bună ziua, doamna Cristina Neagu! Rezultatele analizelor sunt gata. Dr. Marinescu confirmă anemia feriprivă, vă rugăm să programați o consultație."}',
        ("PHONE_NUMBER", "+40 723 581 046"),
        ("PERSON", "Cristina Neagu"),
        ("PERSON", "Marinescu"),
        ("MEDICAL", "anemia feriprivă"),
    ),
]
