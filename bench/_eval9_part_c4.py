# ruff: noqa: E501
"""Evaluation 9, writer C: sensitive prompts 51 to 100, written by hand (seed 731905).

English of the US, Canada, New Zealand, South Africa, Nigeria, Kenya, the Philippines, Singapore
and Wales; French, German, Spanish, Portuguese, Italian, Dutch, Irish, Luxembourgish, Afrikaans.
Generated numbers and secrets come from ``_eval9_part_c2`` (seed 731905).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval9_part_c2 as g
from _eval9_part_c2 import row

ROWS = [
    row(
        "content",
        "Can you turn my shorthand into a proper H&P intro? pt Loretta Mae Boudreaux, DOB 11/22/1957, 67 y/o F, hx of COPD, on 2L home O2, presents to the ED in Lafayette w/ 3 days worsening SOB and productive cough, yellow sputum. husband at bedside.",
        ("PERSON", "Loretta Mae Boudreaux"),
        ("DATE_OF_BIRTH", "11/22/1957"),
        ("MEDICAL", "COPD"),
    ),
    row(
        "content",
        f"doing our taxes on freetaxusa and it rejected the SSN for my son brayden as a dependent. it's {g.SSN_1}, I typed it right off his card. could it be because he was born in december? we're in new hampshire if that matters",
        ("PERSON", "brayden"),
        ("US_SSN", g.SSN_1),
    ),
    row(
        "content",
        "I need help writing a declaration for a restraining order. My ex, Kyle Brennan, keeps showing up at my apartment at 2231 Alcatraz Ave, Berkeley, CA 94705, even after I blocked him. Last time he waited by my car for 2 hours. How do I describe it clearly for the judge?",
        ("PERSON", "Kyle Brennan"),
        ("STREET_ADDRESS", "2231 Alcatraz Ave, Berkeley, CA 94705"),
    ),
    row(
        "content",
        "format this as a vCard I can import into my phone pls: Deepak Sandhu, cell 604-817-2295, works at the Surrey Costco tire centre, met at Vaisakhi",
        ("PERSON", "Deepak Sandhu"),
        ("PHONE_NUMBER", "604-817-2295"),
    ),
    row(
        "content",
        f"""our CI job on the Wellington runner fails with 'HTTP Basic: Access denied'. this is the relevant bit of .gitlab-ci.yml, anything obviously wrong?

deploy:
  stage: deploy
  script:
    - git clone https://oauth2:{g.GITLAB_PAT}@gitlab.com/kiwi-freight/dispatch.git
    - cd dispatch && ./deploy.sh
  only:
    - main""",
        ("API_TOKEN", g.GITLAB_PAT),
    ),
    row(
        "content",
        f"Hi, I typed my card {g.MC_1} into a site called cheap-airtime-sa.co last night to buy Vodacom data and now I'm worried it was a scam, nothing arrived. What must I do first, phone the bank or block it on the app?",
        ("CREDIT_CARD", g.MC_1),
    ),
    row(
        "content",
        "My date of birth on my WAEC certificate is 05-06-2003 but my NIN slip says 06/05/2003. Which one should I use for JAMB registration, and how do I correct the wrong one? The cafe guy said it doesn't matter but I don't trust him",
        ("DATE_OF_BIRTH", "05-06-2003"),
        ("DATE_OF_BIRTH", "06/05/2003"),
    ),
    row(
        "content",
        "Draft a short sick-leave approval email to Brian Otieno Ochieng from HR. He has been diagnosed with typhoid and the doctor at Aga Khan gave him 10 days. Remind him to send the medical certificate to payroll and wish him quick recovery.",
        ("PERSON", "Brian Otieno Ochieng"),
        ("MEDICAL", "typhoid"),
    ),
    row(
        "content",
        "Pano ko ilalagay sa Shopee yung address ko? 27 Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal 1870. Lagi kasing nalilito si kuya rider, napupunta sa kabilang barangay haha",
        ("STREET_ADDRESS", "27 Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal 1870"),
    ),
    row(
        "content",
        f"I'm in Singapore updating my NRI KYC with ICICI. They ask for PAN and Aadhaar. My PAN is {g.PAN_1} and Aadhaar {g.AADHAAR_1}. Do I need to link them first or can I submit both as is? Also the address on Aadhaar is still Pune.",
        ("IN_PAN", g.PAN_1),
        ("IN_AADHAAR", g.AADHAAR_1),
    ),
    row(
        "content",
        "Could you make this paragraph kinder? It's going home to parents. 'Dafydd Griffiths in Year 4 has been assessed by the county educational psychologist and the results indicate dyslexia. He will receive additional literacy support three mornings a week.' I'm his class teacher in Aberystwyth.",
        ("PERSON", "Dafydd Griffiths"),
        ("MEDICAL", "dyslexia"),
    ),
    row(
        "content",
        "écris un sms poli pour mon plombier, M. Lefèbvre, au 06 71 38 24 90 : la fuite sous l'évier a repris depuis hier soir et je voudrais qu'il repasse cette semaine si possible. c'est au 23 rue Étienne Marcel à Montreuil, 2e étage gauche",
        ("PERSON", "Lefèbvre"),
        ("PHONE_NUMBER", "06 71 38 24 90"),
        ("STREET_ADDRESS", "23 rue Étienne Marcel à Montreuil"),
    ),
    row(
        "content",
        "Bonjour, mon fils Arthur, né le 8 janvier 2016 à Liège, doit renouveler sa Kids-ID avant un voyage scolaire. Faut-il prendre rendez-vous à la commune ou peut-on y aller directement ? Et combien de temps ça prend ?",
        ("PERSON", "Arthur"),
        ("DATE_OF_BIRTH", "8 janvier 2016"),
    ),
    row(
        "content",
        f"""notre app de facturation à Montréal plante au démarrage depuis qu'on a changé de serveur, voici la chaîne dans appsettings.Production.json :

"ConnectionStrings": {{
  "Facturation": "Server=tcp:sql-mtl-prod.database.windows.net,1433;Initial Catalog=facturation;User ID=appfact;Password={g.MSSQL_PASS};Encrypt=True;TrustServerCertificate=False;"
}}

l'erreur c'est 'Login failed for user appfact'""",
        (
            "CONNECTION_STRING",
            f"Server=tcp:sql-mtl-prod.database.windows.net,1433;Initial Catalog=facturation;User ID=appfact;Password={g.MSSQL_PASS};Encrypt=True;TrustServerCertificate=False;",
        ),
    ),
    row(
        "content",
        "wie formuliere ich am besten die einladung zum bem-gespräch für herrn özdemir aus der buchhaltung? er war wegen einer depression jetzt 8 wochen krankgeschrieben und ich will auf keinen fall druck machen",
        ("PERSON", "özdemir"),
        ("MEDICAL", "depression"),
    ),
    row(
        "content",
        f"Bitte setz mir ein SEPA-Lastschriftmandat als Text auf. Zahlungspflichtiger: Jonas Weißenberger, Kirchgasse 4, 79098 Freiburg im Breisgau, IBAN {g.IBAN_DE}. Gläubiger ist unser Sportverein, Mitgliedsbeitrag 96 Euro jährlich.",
        ("PERSON", "Jonas Weißenberger"),
        ("STREET_ADDRESS", "Kirchgasse 4, 79098 Freiburg im Breisgau"),
        ("IBAN_CODE", g.IBAN_DE),
    ),
    row(
        "content",
        f"hola, en el extracto me sale un cargo de 49,99 € de 'DIGITALSVC*LDN' en la tarjeta {g.MC_2} que no reconozco para nada. ¿cómo lo reclamo al banco? ¿me devuelven el dinero si ya pasó un mes?",
        ("CREDIT_CARD", g.MC_2),
    ),
    row(
        "content",
        "mi vieja nació el 3/10/59 y laburó 22 años en negro en una fábrica textil de Avellaneda. ¿le conviene entrar a la moratoria o esperar? no entiendo nada de lo que dice la página de ANSES",
        ("DATE_OF_BIRTH", "3/10/59"),
    ),
    row(
        "content",
        "¿Cómo escribo mi dirección en inglés para un formulario de la embajada? Jr. Huallaga 452, dpto. 302, Cercado de Lima 15001. No sé si 'Jr.' se traduce o se deja así.",
        ("STREET_ADDRESS", "Jr. Huallaga 452, dpto. 302, Cercado de Lima 15001"),
    ),
    row(
        "content",
        "Escríbele un mensajito a Yoandry a su celular +53 5 284 1937 diciéndole que el paquete con la ropa y el aceite salió hoy por la agencia y que llega en unos 15 días, que esté atento. Ponlo bien cubano, como hablamos nosotros.",
        ("PERSON", "Yoandry"),
        ("PHONE_NUMBER", "+53 5 284 1937"),
    ),
    row(
        "content",
        "faz um convite de aniversário bem fofo pra minha filha helena que vai fazer 7 anos!! ela nasceu dia 19/04/2018, a festa vai ser tema frozen no salão do prédio, sábado às 15h",
        ("PERSON", "helena"),
        ("DATE_OF_BIRTH", "19/04/2018"),
    ),
    row(
        "content",
        "Escreve uma mensagem formal para o Sr. Domingos Kapenda (+244 923 418 205) a confirmar que o gerador de 20 kVA será entregue na obra do Talatona na quarta-feira de manhã, e que o pagamento do resto é contra entrega.",
        ("PERSON", "Domingos Kapenda"),
        ("PHONE_NUMBER", "+244 923 418 205"),
    ),
    row(
        "content",
        "me nonna Rosalia ha l'Alzheimer da due anni e ormai non riconosce più nessuno. i nipoti piccoli (6 e 8 anni) fanno domande e non sappiamo come spiegarglielo. mi dai qualche idea su cosa dire?",
        ("PERSON", "Rosalia"),
        ("MEDICAL", "Alzheimer"),
    ),
    row(
        "content",
        f"Mi fai una mail breve per il commercialista? Gli devo dire che da aprile il bonifico dell'affitto del box di via Padova va intestato a Paolo Brambati, IBAN {g.IBAN_IT}, e non più a mia sorella. Grazie mille",
        ("PERSON", "Paolo Brambati"),
        ("IBAN_CODE", g.IBAN_IT),
    ),
    row(
        "tool_arguments",
        f'{{"action": "create_client", "naam": "Pieter Jansen", "bsn": "{g.BSN_2}", "geboortedatum": "1978-08-30", "gemeente": "Zwolle"}}',
        ("PERSON", "Pieter Jansen"),
        ("NL_BSN", g.BSN_2),
        ("DATE_OF_BIRTH", "1978-08-30"),
    ),
    row(
        "content",
        "Scríobh ríomhphost gearr chuig caoimhe.nidhonaill@gaelscoilnamara.ie le do thoil. Tosaigh le 'A Mháire, a chara' mar is í an príomhoide í, agus abair léi go mbeidh Seánín déanach amárach mar go bhfuil coinne fiaclóra aige.",
        ("EMAIL_ADDRESS", "caoimhe.nidhonaill@gaelscoilnamara.ie"),
        ("PERSON", "Mháire"),
        ("PERSON", "Seánín"),
    ),
    row(
        "content",
        f"Moien, meng IBAN ass {g.IBAN_LU}. Kanns du mir soen wou ech dat am Formulaire vun der CNS fir d'Remboursement aschreiwen? Ech sinn d'Mireille Schmit aus Ettelbréck an d'Formulaire ass just op Franséisch.",
        ("IBAN_CODE", g.IBAN_LU),
        ("PERSON", "Mireille Schmit"),
    ),
    row(
        "content",
        "My ma, Annatjie Botha, het kanker in die laaste stadium en ons soek 'n hospice naby Stellenbosch wat haar kan neem. Kan jy help met 'n lys en 'n brief? Hulle kan my bel op 072 915 4408.",
        ("PERSON", "Annatjie Botha"),
        ("MEDICAL", "kanker in die laaste stadium"),
        ("PHONE_NUMBER", "072 915 4408"),
    ),
    row(
        "content",
        f"""why is this so slow?? it takes like 40s per request from my place in San Jose

import openai
client = openai.OpenAI(api_key="{g.OPENAI_KEY}")
for review in reviews:
    r = client.chat.completions.create(model="gpt-4o", messages=[{{"role": "user", "content": review}}])
    print(r.choices[0].message.content)""",
        ("API_TOKEN", g.OPENAI_KEY),
    ),
    row(
        "content",
        "ok so my mama cant get her new ipad on the wifi. network is BELLSOUTH-7F2A and the password is Crawfish2019! with the capital C and the exclamation. she keeps saying incorrect password. what do i tell her to check",
        ("PASSWORD", "Crawfish2019!"),
    ),
    row(
        "metadata",
        "emergency_contact=Colleen MacIsaac (mother), 902-863-4417",
        ("PERSON", "Colleen MacIsaac"),
        ("PHONE_NUMBER", "902-863-4417"),
    ),
    row(
        "tool_description",
        f"Sends a WhatsApp delivery notice to the customer via Twilio. Account auth token: {g.TWILIO_TOKEN}. From number is the Durban depot line. Arguments: to (E.164), message (max 1600 chars).",
        ("API_TOKEN", g.TWILIO_TOKEN),
    ),
    row(
        "content",
        f"Postman works but my Flutter app gets 403 from the settlement endpoint. In Postman the header is Authorization: Basic {g.BASIC_AUTH} and in Dart I build it with base64Encode(utf8.encode('$user:$pass')). What's different?",
        ("AUTH_HEADER", f"Authorization: Basic {g.BASIC_AUTH}"),
    ),
    row(
        "content",
        f"is this key format right for my EC2 instance? ssh keeps saying 'invalid format'. I copied it from the old laptop's Notes app\n\n{g.RSA_KEY}",
        ("PRIVATE_KEY", g.RSA_KEY),
    ),
    row(
        "content",
        f"""Django wirft beim Deployment 'ImproperlyConfigured'. Liegt es am Key? Hier die settings/prod.py:

DEBUG = False
ALLOWED_HOSTS = ["shop.baeckerei-huber.de"]
SECRET_KEY = '{g.DJANGO_SECRET}'
LANGUAGE_CODE = "de-de"
TIME_ZONE = "Europe/Berlin\"""",
        ("SECRET", g.DJANGO_SECRET),
    ),
    row(
        "content",
        f"Waarom krijg ik 'bad auth : authentication failed' bij deze connectiestring? mongodb+srv://webshop_admin:{g.MONGO_PASS}@cluster0.x7kq2.mongodb.net/bloemenwinkel?retryWrites=true&w=majority (in Compass werkt hij wel)",
        (
            "CONNECTION_STRING",
            f"mongodb+srv://webshop_admin:{g.MONGO_PASS}@cluster0.x7kq2.mongodb.net/bloemenwinkel?retryWrites=true&w=majority",
        ),
    ),
    row("user", "whatsapp:+2348091157730", ("PHONE_NUMBER", "+2348091157730")),
    row(
        "system",
        f"Tu es l'assistant de l'espace sociétaire d'une mutuelle santé. Sociétaire connecté : Camille Rousseau, NIR {g.NIR_2}, RIB de remboursement {g.IBAN_FR}. Réponds en français, vouvoie toujours, et ne répète jamais le NIR ni le RIB en entier.",
        ("PERSON", "Camille Rousseau"),
        ("FR_INSEE", g.NIR_2),
        ("IBAN_CODE", g.IBAN_FR),
    ),
    row(
        "content",
        f"""o email de confirmação de pedido não chega, o que tá errado nesse código?

const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('{g.SENDGRID_KEY}');
await sgMail.send({{ to: pedido.email, from: 'rafaela.moura.doces@gmail.com', subject: 'Seu pedido chegou!', html }});""",
        ("API_TOKEN", g.SENDGRID_KEY),
        ("EMAIL_ADDRESS", "rafaela.moura.doces@gmail.com"),
    ),
    row("name", "Tunde Bakare", ("PERSON", "Tunde Bakare")),
    row(
        "tool_arguments",
        '{"recipient": "+63 917 532 8841", "message": "Hi Ma\'am Jocelyn, ready na po yung order nyong 3 dozen ensaymada, pwede na pong i-pick up bukas 8am. Salamat po!", "sender_id": "LOLAS-BAKE"}',
        ("PHONE_NUMBER", "+63 917 532 8841"),
        ("PERSON", "Jocelyn"),
    ),
    row(
        "content",
        f"Ticket from the Burlington office says the backup server rejects the new key. This is what Kevin pasted into the ticket, is it even a valid key?\n\n{g.OPENSSH_KEY}",
        ("PERSON", "Kevin"),
        ("PRIVATE_KEY", g.OPENSSH_KEY),
    ),
    row(
        "content",
        f"Please reword this as a formal dispute letter to Amex. 'Guest folio for Harrison Whitcombe, Room 512, Beacon Hill Inn, 3 nights. Charged to AMEX {g.AMEX_1}. I checked out after 2 nights, they charged 3 plus a $150 incidental I never used.'",
        ("PERSON", "Harrison Whitcombe"),
        ("CREDIT_CARD", g.AMEX_1),
    ),
    row(
        "metadata",
        "owner: Gethin Rowlands <gethin.rowlands@btinternet.com>",
        ("PERSON", "Gethin Rowlands"),
        ("EMAIL_ADDRESS", "gethin.rowlands@btinternet.com"),
    ),
    row(
        "content",
        f"allo, ma carte {g.VISA_3} a été refusée deux fois sur le site de la SAQ alors que j'ai de la place sur ma limite. J'ai écrit au service client avec mon courriel stephanie.bergeron74@videotron.ca mais pas de réponse depuis 3 jours. Je fais quoi?",
        ("CREDIT_CARD", g.VISA_3),
        ("EMAIL_ADDRESS", "stephanie.bergeron74@videotron.ca"),
    ),
    row(
        "content",
        f"""Il pod dell'ordini-service va in CrashLoopBackOff, ti incollo il pezzo del deployment:

        env:
          - name: VAULT_TOKEN
            value: "{g.VAULT_TOKEN}"
          - name: AMQP_URL
            value: "amqp://ordini:{g.AMQP_PASS}@rabbitmq.prod.svc.cluster.local:5672/milano"
""",
        ("API_TOKEN", g.VAULT_TOKEN),
        (
            "CONNECTION_STRING",
            f"amqp://ordini:{g.AMQP_PASS}@rabbitmq.prod.svc.cluster.local:5672/milano",
        ),
    ),
    row(
        "content",
        f"A minha prima Esperança Chilombo está em Lisboa a estudar e eu vou mandar dinheiro de Luanda todos os meses. O IBAN dela é {g.IBAN_PT}. Qual é a forma mais barata de transferir Kwanzas para euros?",
        ("PERSON", "Esperança Chilombo"),
        ("IBAN_CODE", g.IBAN_PT),
    ),
    row(
        "content",
        f"Mijn Poolse collega Agnieszka Wróbel moet zich inschrijven bij de gemeente Rotterdam. Op het formulier vragen ze naar een buitenlands identificatienummer, moet ze daar haar PESEL {g.PESEL_1} invullen of haar paspoortnummer?",
        ("PERSON", "Agnieszka Wróbel"),
        ("PL_PESEL", g.PESEL_1),
    ),
    row(
        "content",
        f"""Can you convert this to a markdown table? HR needs it by noon.

employee_id,name,ssn,start_date,location
4471,Marisol Ochoa,{g.SSN_2},2023-06-12,Fresno
4472,Tran Minh Khoa,{g.SSN_3},2023-07-05,Modesto""",
        ("PERSON", "Marisol Ochoa"),
        ("US_SSN", g.SSN_2),
        ("PERSON", "Tran Minh Khoa"),
        ("US_SSN", g.SSN_3),
    ),
    row(
        "tool_arguments",
        f'{{"amount": 189.00, "currency": "USD", "card_number": "{g.VISA_2}", "exp": "11/28", "cvc": "417", "cardholder": "Jolene Pickett", "description": "Booth rental - Nashville flea market"}}',
        ("CREDIT_CARD", g.VISA_2),
        ("PERSON", "Jolene Pickett"),
    ),
]
