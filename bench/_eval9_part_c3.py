# ruff: noqa: E501
"""Evaluation 9, writer C: sensitive prompts 1 to 50, written by hand (seed 731905).

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
        "hey can u help me write a text to my boss, im out tomorrow bc tyler has strep AGAIN and i gotta carry him to the pediatrician over in hattiesburg. boss is darnell, he's cool but keep it short. dont make it sound too formal lol",
        ("PERSON", "tyler"),
        ("MEDICAL", "strep"),
        ("PERSON", "darnell"),
    ),
    row(
        "content",
        """Can you tell me if I have to let her in? Forwarding the email below.

---------- Forwarded message ---------
From: Sullivan Property Mgmt <office@sullivanpm.net>
Date: Tue, Feb 4, 2025 at 8:12 AM
Subject: Radiator inspection - Unit 3

Hi, just a heads up we will be entering all units Thursday between 9 and 1 to bleed the radiators. If you have a dog please crate it.

Thanks,
Maureen Sullivan-Doyle
Sullivan Property Management
(617) 482-9013 (cell, text is best)
""",
        ("PERSON", "Maureen Sullivan-Doyle"),
        ("PHONE_NUMBER", "(617) 482-9013"),
    ),
    row(
        "content",
        "I manage a team at a startup in Oakland. I need to write a performance improvement plan for Priyanka Raghunathan but I want to be careful because she told me privately last month she was diagnosed with ADHD and started meds. How do I focus on the missed sprint commitments without it looking like I'm punishing her for that? She's otherwise great.",
        ("PERSON", "Priyanka Raghunathan"),
        ("MEDICAL", "ADHD"),
    ),
    row(
        "content",
        "Need help w/ the form to renew my father's health card at ServiceOntario. It asks for date of birth as YYYY/MM/DD. His is March 3rd 1949, so what do I write exactly? Name on the card is Gérald Tremblay-Ouellette if that matters for the accents",
        ("DATE_OF_BIRTH", "March 3rd 1949"),
        ("PERSON", "Gérald Tremblay-Ouellette"),
    ),
    row(
        "content",
        "kia ora, could you help me write a character reference for my neighbour aroha tipene? shes applying to be a teacher aide at the kura down the road. she's looked after our two kids heaps since 2021, really patient and reliable. not sure if I need to put her DOB on it, its 2 Feb 1991 if so",
        ("PERSON", "aroha tipene"),
        ("DATE_OF_BIRTH", "2 Feb 1991"),
    ),
    row(
        "content",
        "pls write a quick sms to Thabo, tell him the bakkie is fixed and he can fetch it after 4, its R3 400 cash only, no EFT this time. his nr is 082 553 7190",
        ("PERSON", "Thabo"),
        ("PHONE_NUMBER", "082 553 7190"),
    ),
    row(
        "content",
        """Abeg help me arrange this list neatly for our church welfare committee, put it in a table:

Mrs Ngozi Okafor - hypertension, needs transport to LUTH every thursday
Bro. Emeka Nwachukwu - recovering from stroke, wife says he can't climb stairs
Mama Bisi (Adebisi Lawal) - sickle cell, her daughter needs school fees support

thank you, God bless""",
        ("PERSON", "Ngozi Okafor"),
        ("MEDICAL", "hypertension"),
        ("PERSON", "Emeka Nwachukwu"),
        ("MEDICAL", "recovering from stroke"),
        ("PERSON", "Bisi"),
        ("PERSON", "Adebisi Lawal"),
        ("MEDICAL", "sickle cell"),
    ),
    row(
        "content",
        "Please draft a polite but firm reminder to Wanjiru Kamau that her chama contribution of KSh 5,000 for January is overdue and the group meets on Saturday at Kasarani. I'll send it by SMS to 0722 418 903 so keep it under 300 characters.",
        ("PERSON", "Wanjiru Kamau"),
        ("PHONE_NUMBER", "0722 418 903"),
    ),
    row(
        "content",
        "pa-check naman ng computation ko, birthday ni lola Corazon Dimaculangan is 12/08/1938, ilang taon na siya this year? and is it december or august kasi yung sa senior citizen ID niya iba yung format haha",
        ("PERSON", "Corazon Dimaculangan"),
        ("DATE_OF_BIRTH", "12/08/1938"),
    ),
    row(
        "content",
        "Can help me write a complaint to the town council? The common corridor outside my unit at Blk 412 Ang Mo Kio Ave 10 #08-1187, Singapore 560412 always got bicycles and shoe racks blocking, my father use walking stick cannot pass. Already told the neighbour twice liao. Want it polite but firm.",
        ("STREET_ADDRESS", "Blk 412 Ang Mo Kio Ave 10 #08-1187, Singapore 560412"),
    ),
    row(
        "content",
        f"I'm helping my mam fill in her pension credit form online and it keeps saying the National Insurance number is invalid. She's Glenys Pritchard, NI no. {g.NINO_1}, address 27 Heol y Nant, Llanelli SA15 3PT. Should there be spaces or not?",
        ("PERSON", "Glenys Pritchard"),
        ("UK_NINO", g.NINO_1),
        ("STREET_ADDRESS", "27 Heol y Nant, Llanelli SA15 3PT"),
    ),
    row(
        "content",
        "mon collègue julien m'a écrit qu'il était en arrêt pour burn-out depuis lundi et qu'il ne savait pas quand il reviendrait. je veux lui répondre un truc gentil sans être lourde ni lui parler boulot, tu peux m'aider ?",
        ("PERSON", "julien"),
        ("MEDICAL", "burn-out"),
    ),
    row(
        "content",
        f"Bonjour, peux-tu rédiger un rappel de paiement courtois pour Mme Nathalie Vandenbroucke ? Le loyer de mars (850 €) n'est toujours pas arrivé sur mon compte {g.IBAN_BE}. C'est le deuxième mois de suite, je voudrais mentionner la garantie locative sans être agressive. Je suis à Namur si ça change quelque chose pour la loi.",
        ("PERSON", "Nathalie Vandenbroucke"),
        ("IBAN_CODE", g.IBAN_BE),
    ),
    row(
        "content",
        "Allo! Peux-tu m'aider à écrire une lettre pour le CPE? Ma fille Maëlle a une allergie sévère aux arachides (EpiPen dans son sac à dos) pis je veux que les éducatrices soient au courant avant sa rentrée. Elle est née le 14 juin 2021, elle va avoir 4 ans cet été.",
        ("PERSON", "Maëlle"),
        ("MEDICAL", "allergie sévère aux arachides"),
        ("DATE_OF_BIRTH", "14 juin 2021"),
    ),
    row(
        "content",
        f"Hallo, ich sitze an der Steuererklärung (ELSTER) und verstehe die Anlage Kind nicht ganz. Kind: Lena Hoffmann, geb. 03.09.2012, Steuer-ID {g.IDNR_1}. Sie macht ab Herbst eine Ausbildung zur Zahnarzthelferin, bekomme ich dann noch Kindergeld? Und wohin trage ich die Ausbildungsvergütung ein?",
        ("PERSON", "Lena Hoffmann"),
        ("DATE_OF_BIRTH", "03.09.2012"),
        ("DE_TAX_ID", g.IDNR_1),
    ),
    row(
        "content",
        f"Redáctame un contrato sencillo de alquiler de habitación entre yo (arrendador) y Marta Giménez Soler, con DNI {g.DNI_1}, domicilio actual en Calle de Embajadores 87, 3º izq., 28012 Madrid. 400 euros al mes, fianza de una mensualidad, gastos incluidos menos la luz.",
        ("PERSON", "Marta Giménez Soler"),
        ("ES_DNI", g.DNI_1),
        ("STREET_ADDRESS", "Calle de Embajadores 87, 3º izq., 28012 Madrid"),
    ),
    row(
        "content",
        "che, pasame en limpio este mensaje para el grupo del consorcio porfa: el del 4°B (horacio benítez) sigue sin pagar las expensas hace 3 meses y encima le debe plata a la encargada. si alguien lo quiere llamar es el 11 15-4387-2290. que quede firme pero sin bardear",
        ("PERSON", "horacio benítez"),
        ("PHONE_NUMBER", "11 15-4387-2290"),
    ),
    row(
        "content",
        "Ayúdame a calcular la edad exacta de mi abuelito Teodoro Quispe Mamani, que nació el 29 de febrero de 1944 en Puno. Quiero hacerle una torta con la cantidad de cumpleaños 'de verdad' que ha tenido, o sea solo los 29 de febrero jaja",
        ("PERSON", "Teodoro Quispe Mamani"),
        ("DATE_OF_BIRTH", "29 de febrero de 1944"),
    ),
    row(
        "content",
        "Mi prima Yusleidy vive en Centro Habana y tiene diabetes tipo 1, allá no se consigue la insulina hace meses. ¿Qué opciones legales hay para mandarle medicinas desde Hialeah? ¿Se puede por las agencias de envío o hay que llevarla en la maleta?",
        ("PERSON", "Yusleidy"),
        ("MEDICAL", "diabetes tipo 1"),
    ),
    row(
        "content",
        "me ajuda a escrever uma msg pro joão vitor cobrando os 200 conto q ele me deve do churrasco de dezembro?? sem parecer chato pq ele é meu amigo mas ja faz 2 meses. o zap dele é (11) 98734-5521",
        ("PERSON", "joão vitor"),
        ("PHONE_NUMBER", "(11) 98734-5521"),
    ),
    row(
        "content",
        f"Bom dia. Preciso de um e-mail formal para os Recursos Humanos a pedir que o meu salário passe a ser depositado na nova conta. Dados: Edvaldo Manuel Kiala, técnico de manutenção, base do Soyo. IBAN: {g.IBAN_AO}. Obrigado.",
        ("PERSON", "Edvaldo Manuel Kiala"),
        ("IBAN_CODE", g.IBAN_AO),
    ),
    row(
        "content",
        f"Mi scrivi una delega per ritirare una raccomandata alle Poste di via Roma a nome di mio padre? Lui è Giuseppe Lo Cascio, codice fiscale {g.CF_1}, io sono il figlio Salvo e ci vado con la mia carta d'identità. Papà non cammina bene e non può scendere a Palermo.",
        ("PERSON", "Giuseppe Lo Cascio"),
        ("IT_FISCAL_CODE", g.CF_1),
        ("PERSON", "Salvo"),
    ),
    row(
        "content",
        f"Buongiorno, devo compilare la domanda per il nido comunale di Milano e non capisco il campo 'dati del genitore richiedente'. Metto: Chiara Brambilla, nata il 27/03/1991 a Milano, CF {g.CF_2}. Basta o devo mettere anche l'ISEE qui?",
        ("PERSON", "Chiara Brambilla"),
        ("DATE_OF_BIRTH", "27/03/1991"),
        ("IT_FISCAL_CODE", g.CF_2),
    ),
    row(
        "content",
        f"""Kun je deze mail aan de Belastingdienst nakijken op taalfouten? Ik wil het niet te boos laten klinken.

Geachte heer/mevrouw,

Op 12 februari heb ik een aanslag ontvangen voor 2023 die volgens mij niet klopt, omdat mijn zorgkosten niet zijn meegenomen. Graag ontvang ik een herziening. Mijn BSN is {g.BSN_1}.

Met vriendelijke groet,
Sanne de Vries-Bakker""",
        ("NL_BSN", g.BSN_1),
        ("PERSON", "Sanne de Vries-Bakker"),
    ),
    row(
        "content",
        "An féidir leat nóta gearr a scríobh chuig an múinteoir? Tá galar Crohn ar mo mhac Oisín agus beidh sé as láthair ón scoil an tseachtain seo chugainn mar go bhfuil sé ag dul isteach san ospidéal i nGaillimh. Go raibh maith agat.",
        ("MEDICAL", "galar Crohn"),
        ("PERSON", "Oisín"),
    ),
    row(
        "content",
        "Moien! Kanns du mir hëllefen e Bréif un d'Gemeng ze schreiwen? Ech wunnen zanter Mäerz op 12, rue de la Gare, L-3377 Leudelange an hunn nach ëmmer keng Poubelle kritt. Ënnerschrëft: Claude Weber. Merci villmools!",
        ("STREET_ADDRESS", "12, rue de la Gare, L-3377 Leudelange"),
        ("PERSON", "Claude Weber"),
    ),
    row(
        "content",
        "Kan jy asseblief 'n kort toespraak skryf vir oom Kobus van der Merwe se partytjie? Hy word sewentig, gebore 17/05/1955 op Worcester, was 40 jaar lank boer op die plaas en is mal oor rugby en sy brakkie Spokie.",
        ("PERSON", "Kobus van der Merwe"),
        ("DATE_OF_BIRTH", "17/05/1955"),
    ),
    row(
        "content",
        f"""my Heroku app keeps crashing on boot, here's my .env (ca region, lol). what am I missing?

NODE_ENV=production
PORT=5000
DATABASE_URL=postgres://hockeypool_app:{g.PG_PASS}@ec2-3-97-12-44.ca-central-1.compute.amazonaws.com:5432/d8k2l1hq9
STRIPE_SECRET_KEY={g.STRIPE_KEY}
SESSION_COOKIE_NAME=hp_sid
""",
        (
            "CONNECTION_STRING",
            f"postgres://hockeypool_app:{g.PG_PASS}@ec2-3-97-12-44.ca-central-1.compute.amazonaws.com:5432/d8k2l1hq9",
        ),
        ("API_TOKEN", g.STRIPE_KEY),
    ),
    row(
        "content",
        f"why does this give me 401 Unauthorized?? token was only issued like 10 min ago\n\ncurl -s -X GET 'https://api.rugbyclubnz.internal/v2/members?team=u15' -H 'Accept: application/json' -H 'Authorization: Bearer {g.JWT_1}'",
        ("AUTH_HEADER", f"Authorization: Bearer {g.JWT_1}"),
    ),
    row(
        "content",
        f"""git push keeps failing on my laptop, what is wrong

$ git push origin main
remote: Support for password authentication was removed on August 13, 2021.
fatal: Authentication failed for 'https://otieno-dev:{g.GITHUB_PAT}@github.com/otieno-dev/mpesa-sms-bridge.git/'

i already made a new token yesterday""",
        ("API_TOKEN", g.GITHUB_PAT),
    ),
    row(
        "content",
        f"nag-decline yung card ko sa Lazada kanina, {g.VISA_1} exp 09/27, bakit kaya? may laman naman siya, kaka-load ko lang galing GCash. need ko ba tawagan yung bank or sa Lazada muna?",
        ("CREDIT_CARD", g.VISA_1),
    ),
    row(
        "content",
        f"""Getting this when my lambda runs, cannot figure out. Region ap-southeast-1.

Traceback (most recent call last):
  File "/var/task/handler.py", line 22, in handler
    s3 = boto3.client("s3", aws_access_key_id="{g.AWS_KEY_ID}", aws_secret_access_key="{g.AWS_SECRET}")
  File "/var/runtime/botocore/client.py", line 553, in _api_call
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied""",
        ("API_TOKEN", g.AWS_KEY_ID),
        ("SECRET", g.AWS_SECRET),
    ),
    row(
        "content",
        f"Can you tidy up this invoice text for me? 'To Cwmni Llaeth Teifi Cyf, for relief milking 6-20 January, 42 hours at £16.50. Please pay Rhodri Llewelyn, account {g.IBAN_GB}, within 14 days. Diolch.' It reads a bit clunky.",
        ("PERSON", "Rhodri Llewelyn"),
        ("IBAN_CODE", g.IBAN_GB),
    ),
    row(
        "content",
        f"Ma mutuelle me redemande mon numéro de sécu pour la troisième fois, je leur ai mis {g.NIR_1} mais ils disent que le format ne passe pas. Faut-il enlever les espaces ? Et la clé à la fin c'est bien les deux derniers chiffres ?",
        ("FR_INSEE", g.NIR_1),
    ),
    row(
        "content",
        f"""Warum lädt unser Bot die Config nicht? Fehler: 'mapping values are not allowed here'

```yaml
slack:
  bot_token: {g.SLACK_BOT}
  channel: "#ops-alerts"
  mention: @bereitschaft
```""",
        ("API_TOKEN", g.SLACK_BOT),
    ),
    row(
        "content",
        f"Hola, me llamo Ioana Popescu, soy rumana y vivo en Valencia desde 2022. Mi NIE es {g.NIE_1}. ¿Cómo pido cita para la toma de huellas del TIE? La web de la sede electrónica siempre me dice que no hay citas disponibles.",
        ("PERSON", "Ioana Popescu"),
        ("ES_NIE", g.NIE_1),
    ),
    row(
        "content",
        f"um cliente da Alemanha vai me pagar por um trabalho de design e pediu meu IBAN. o banco me passou esse: {g.IBAN_BR} , ta certo isso? achei grande demais e tem letra no final",
        ("IBAN_CODE", g.IBAN_BR),
    ),
    row(
        "content",
        "Mijn zoontje daan is geboren op 4-11-2019. Vanaf wanneer mag hij naar groep 1 en moet ik hem nu al aanmelden bij de basisschool in Utrecht? Er is een wachtlijst heb ik gehoord.",
        ("PERSON", "daan"),
        ("DATE_OF_BIRTH", "4-11-2019"),
    ),
    row(
        "content",
        "scrivimi un messaggio carino per la zia Concetta che compie 80 anni domenica, il numero nuovo è 338 947 2106, non ha whatsapp quindi sms normale. deve essere in italiano semplice perché lei parla più siciliano",
        ("PERSON", "Concetta"),
        ("PHONE_NUMBER", "338 947 2106"),
    ),
    row(
        "tool_arguments",
        '{"to": "k.abernathy@tuscaloosapeds.com", "subject": "Re: refill", "body": "Hi Dr. Abernathy, Kinsley\'s asthma has been worse since the weather turned and her albuterol is almost out. Could you call in a refill to the Walgreens on McFarland? Thank you, Brandi"}',
        ("EMAIL_ADDRESS", "k.abernathy@tuscaloosapeds.com"),
        ("PERSON", "Abernathy"),
        ("PERSON", "Kinsley"),
        ("MEDICAL", "asthma"),
        ("PERSON", "Brandi"),
    ),
    row(
        "system",
        "You are the Telkom billing assistant. Verified caller for this session: Sipho Ndlovu, account holder since 2016. Registered mobile: 071 224 8836. Service address: 9 Jacaranda Street, Sunnyside, Pretoria, 0002. Do not disclose account details to anyone else.",
        ("PERSON", "Sipho Ndlovu"),
        ("PHONE_NUMBER", "071 224 8836"),
        ("STREET_ADDRESS", "9 Jacaranda Street, Sunnyside, Pretoria, 0002"),
    ),
    row("name", "Siobhán Ní Bhriain", ("PERSON", "Siobhán Ní Bhriain")),
    row("user", "akinyi.odhiambo92@gmail.com", ("EMAIL_ADDRESS", "akinyi.odhiambo92@gmail.com")),
    row(
        "metadata",
        "patient=Hemi Walker; dob=1987-03-14; ward=4B",
        ("PERSON", "Hemi Walker"),
        ("DATE_OF_BIRTH", "1987-03-14"),
    ),
    row(
        "tool_description",
        f"Geocodes a delivery address for the Kapiti courier run. Calls https://maps.googleapis.com/maps/api/geocode/json?key={g.GOOGLE_KEY} and returns lat/lng. Input: a street address as free text.",
        ("API_TOKEN", g.GOOGLE_KEY),
    ),
    row(
        "content",
        """which of these kids can still play U13 for the 2024-25 season? the cutoff is born 2012 or later i think

name,dob,position
Liam Gagnon,2011-02-17,D
Noah Desjardins,2012-12-03,C
Ethan MacLeod,2012-06-29,G""",
        ("PERSON", "Liam Gagnon"),
        ("DATE_OF_BIRTH", "2011-02-17"),
        ("PERSON", "Noah Desjardins"),
        ("DATE_OF_BIRTH", "2012-12-03"),
        ("PERSON", "Ethan MacLeod"),
        ("DATE_OF_BIRTH", "2012-06-29"),
    ),
    row(
        "content",
        """this insert keeps failing on our Postgres with 'invalid input syntax for type date', what's wrong?

INSERT INTO customers (full_name, email, phone, dob, state)
VALUES ('Adaeze Obi', 'adaeze.obi@yahoo.com', '+234 803 412 7765', '21/07/1993', 'Lagos');""",
        ("PERSON", "Adaeze Obi"),
        ("EMAIL_ADDRESS", "adaeze.obi@yahoo.com"),
        ("PHONE_NUMBER", "+234 803 412 7765"),
        ("DATE_OF_BIRTH", "21/07/1993"),
    ),
    row(
        "content",
        """we're seeing lots of these in the portal logs since the upgrade, is the login form sending the password in the clear?

2025-02-11T09:14:22.118Z WARN  auth.LoginController - login failed user=mwangi.j@safaricom-partner.co.ke password=Nairobi@2024! ip=41.90.64.12 ua=okhttp/4.9.3
2025-02-11T09:14:25.402Z INFO  auth.LoginController - rate limit check ok ip=41.90.64.12""",
        ("EMAIL_ADDRESS", "mwangi.j@safaricom-partner.co.ke"),
        ("PASSWORD", "Nairobi@2024!"),
    ),
    row(
        "content",
        """Riassumimi questo verbale in 5 punti per la mail al direttore:

Verbale riunione ufficio acquisti - 14/01
Presenti: Marco Colombo, Giulia Ferrari, Stefano Rusconi
1. Nuovo fornitore cartoni: approvato
2. Budget Q1: in attesa dei numeri da Giulia
3. Federico Galli in malattia fino a fine mese (ernia del disco), le sue pratiche passano a Stefano
4. Varie ed eventuali: nessuna""",
        ("PERSON", "Marco Colombo"),
        ("PERSON", "Giulia Ferrari"),
        ("PERSON", "Stefano Rusconi"),
        ("PERSON", "Federico Galli"),
        ("MEDICAL", "ernia del disco"),
    ),
    row(
        "content",
        "ok typing this with voice so sorry for mistakes. new patient registration for the surgery in bangor. name bronwen pugh p u g h. date of birth is the fourteenth of may nineteen eighty two. no allergies. previous GP was in caernarfon. can you put that into a neat paragraph for the receptionist",
        ("PERSON", "bronwen pugh"),
        ("DATE_OF_BIRTH", "the fourteenth of may nineteen eighty two"),
    ),
]
