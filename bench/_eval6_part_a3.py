# ruff: noqa: RUF001, E501
"""Evaluation 6, part a (hand-written blind): sensitive rows 1-50, seed 604219.

English as written in the US, UK, India, Nigeria, the Philippines, Australia and Ireland, then
French, Maltese, Luxembourgish and Basque. Each prompt written by hand; identifiers, cards,
IBANs, tokens and keys come from ``G`` in ``_eval6_part_a2.py``.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval6_part_a2 import G
except ImportError:
    from _eval6_part_a2 import G

P, ADDR, DOB, PHONE, EMAIL = (
    "PERSON",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
)
IBAN, CARD, PW, SECRET, TOKEN = "IBAN_CODE", "CREDIT_CARD", "PASSWORD", "SECRET", "API_TOKEN"
AUTH, CONN, KEY, MED = "AUTH_HEADER", "CONNECTION_STRING", "PRIVATE_KEY", "MEDICAL"


def R(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS_A3: list[dict[str, object]] = [
    # --- English: United States -------------------------------------------------------------
    R(
        "content",
        "can u help me write a firm but polite text to my tenant, rent was due on the 1st and its the 9th. hes in the upstairs unit at 2218 Larchmont Ave, Toledo OH 43613, name is Dwayne Whitaker. dont want to sound like a jerk",
        (ADDR, "2218 Larchmont Ave, Toledo OH 43613"),
        (P, "Dwayne Whitaker"),
    ),
    R(
        "content",
        "rewrite this so it sounds less desperate: Hi, I'm following up on my unemployment claim. I submitted everything on May 2 and still nothing. SSN is "
        + G["ssn1"]
        + " if you need to look it up. Thank you",
        ("US_SSN", G["ssn1"]),
    ),
    R(
        "tool_arguments",
        '{"patient_lookup": {"last": "Okonkwo-Hale", "first": "Brianna", "dob": "1994-02-11"}, "include": ["allergies", "active_meds"]}',
        (P, "Okonkwo-Hale"),
        (P, "Brianna"),
        (DOB, "1994-02-11"),
    ),
    R(
        "content",
        "my son Tyler has ADHD and his teacher keeps taking away recess as punishment, help me write an email to the principal asking for a 504 meeting. keep it short",
        (P, "Tyler"),
        (MED, "ADHD"),
    ),
    R(
        "content",
        'Traceback (most recent call last):\n  File "/srv/app/db.py", line 41, in connect\n    engine = create_engine("postgresql+psycopg2://app_rw:'
        + G["pw_pg"]
        + '@prod-db.internal.acme-logistics.net:5432/orders")\nsqlalchemy.exc.OperationalError: could not translate host name\n\nwhy is it failing only in the container?',
        (
            CONN,
            "postgresql+psycopg2://app_rw:"
            + G["pw_pg"]
            + "@prod-db.internal.acme-logistics.net:5432/orders",
        ),
    ),
    R(
        "user",
        "marisol.quintanilla88@gmail.com",
        (EMAIL, "marisol.quintanilla88@gmail.com"),
    ),
    # --- English: United Kingdom -------------------------------------------------------------
    R(
        "content",
        "---------- Forwarded message ---------\nFrom: Gemma Ashworth <g.ashworth73@btinternet.com>\nSubject: Re: boiler\n\nHi, the engineer can come Thurs between 8 and 12. Back door key is under the blue pot. Ring me if he's running late.\n\nG x\n07723 418906\n\n-- can you turn this into a calendar entry for me",
        (P, "Gemma Ashworth"),
        (EMAIL, "g.ashworth73@btinternet.com"),
        (PHONE, "07723 418906"),
    ),
    R(
        "content",
        "filling in the HMRC form for my nan, what goes in box 3? her NI number is "
        + G["nino1"]
        + " and she's been retired since 2009",
        ("UK_NINO", G["nino1"]),
    ),
    R(
        "metadata",
        "payroll_ref=PR-2291; employee=Callum Fairweather; nino="
        + G["nino2"]
        + "; cost_centre=LDS-04",
        (P, "Callum Fairweather"),
        ("UK_NINO", G["nino2"]),
    ),
    R(
        "content",
        "Minutes - residents' assoc, 14 Oct\nPresent: chair, treasurer, 6 residents\n1. Bins: still being left out on Hollybush Close.\n2. Mrs Pendlebury at no. 9 Hollybush Close has had a fall and is recovering from a broken hip, volunteers to do her shopping Tues/Fri.\n3. AOB none.\nPlease tidy these up into a newsletter blurb",
        (P, "Mrs Pendlebury"),
        (ADDR, "no. 9 Hollybush Close"),
        (MED, "a broken hip"),
    ),
    R(
        "content",
        "whats a better way to say this on my CV: 'born 3rd of March 1989 in Wolverhampton'. do i even need to put my DOB on there",
        (DOB, "3rd of March 1989"),
    ),
    # --- English: India -------------------------------------------------------------------------
    R(
        "content",
        "Sir kindly help to draft letter to bank for KYC updation. Name as per Aadhaar: Venkatesh Subramanian, Aadhaar No. "
        + G["aadhaar1"]
        + ", DOB 14-08-1986, mobile +91 98450 61273. Branch is Jayanagar 4th Block.",
        (P, "Venkatesh Subramanian"),
        ("IN_AADHAAR", G["aadhaar1"]),
        (DOB, "14-08-1986"),
        (PHONE, "+91 98450 61273"),
    ),
    R(
        "content",
        "my mother in law Kamalamma is having thyroid issue and also knee pain since 2 yrs, doctor told hypothyroidism. what diet to follow, she is pure veg",
        (P, "Kamalamma"),
        (MED, "hypothyroidism"),
    ),
    R(
        "name",
        "Rohit_Deshpande",
        (P, "Rohit_Deshpande"),
    ),
    R(
        "content",
        "name,aadhaar,phone,ward\nSunitha Reddy,"
        + G["aadhaar2"]
        + ",9866023147,12\n\nconvert this to json pls",
        (P, "Sunitha Reddy"),
        ("IN_AADHAAR", G["aadhaar2"]),
        (PHONE, "9866023147"),
    ),
    # --- English: Nigeria ---------------------------------------------------------------------
    R(
        "content",
        "abeg help me write message to my landlord, tell am say the roof don dey leak since last week and i go pay balance end of month. my name na Chukwuemeka Obi, flat 3, 17 Adeniyi Jones Avenue Ikeja",
        (P, "Chukwuemeka Obi"),
        (ADDR, "17 Adeniyi Jones Avenue Ikeja"),
    ),
    R(
        "content",
        "Good evening. Please my POS account was debited twice, I have called 0803 417 2290 many times. Kindly reverse. Card ending ... no sorry full card is "
        + G["mc1"]
        + ". Thank you ma",
        (PHONE, "0803 417 2290"),
        (CARD, G["mc1"]),
    ),
    R(
        "system",
        "You are the WhatsApp assistant for Mama Titi Kitchen, Surulere. Owner contact for escalations: Mrs Olufunmilayo Adebayo-Coker, +234 809 552 7184. Never share her number with customers.",
        (P, "Olufunmilayo Adebayo-Coker"),
        (PHONE, "+234 809 552 7184"),
    ),
    R(
        "content",
        "my yahoo password is "
        + G["pw3"]
        + " and it is not working again, they said too many attempts. how do i reset without my old phone",
        (PW, G["pw3"]),
    ),
    # --- English: Philippines -------------------------------------------------------------------
    R(
        "content",
        "pa-help naman po gumawa ng excuse letter, my daughter Princess Joy Villanueva was absent last fri kasi she had dengue fever, grade 4 section Sampaguita",
        (P, "Princess Joy Villanueva"),
        (MED, "dengue fever"),
    ),
    R(
        "content",
        "hi po, can you check the computation of 13th month pay for Rodel Macaraeg, basic 18,500 monthly, started Mar 2024. contact no. 0917 846 3310",
        (P, "Rodel Macaraeg"),
        (PHONE, "0917 846 3310"),
    ),
    R(
        "content",
        "my gcash email and password got leaked i think?? it was marvin.tolentino.ph@yahoo.com and "
        + G["pw11"]
        + " what do i do first",
        (EMAIL, "marvin.tolentino.ph@yahoo.com"),
        (PW, G["pw11"]),
    ),
    # --- English: Australia ---------------------------------------------------------------------
    R(
        "content",
        "mate can u tidy this up for the footy club newsletter: big thanks to Shazza Kowalczyk who's done the canteen roster for 11 yrs. she's moving to Ballarat. ring her on 0412 905 337 if u want to chip in for a gift",
        (P, "Shazza Kowalczyk"),
        (PHONE, "0412 905 337"),
    ),
    R(
        "content",
        "rental listing draft, fix grammar:\n2 bed unit, 4/61 Glenferrie Rd Malvern VIC 3144, $540pw, pets on application. Inspections Sat 10am, contact agent Brodie on 03 9509 4471",
        (ADDR, "4/61 Glenferrie Rd Malvern VIC 3144"),
        (P, "Brodie"),
        (PHONE, "03 9509 4471"),
    ),
    R(
        "system",
        "You answer guest questions for The Shack, a holiday house at Lorne. Checkout 10am, bins go out Tuesday night. Wifi network ShackNet, password "
        + G["pw8"]
        + ". Keep answers short and friendly, Aussie tone is fine.",
        (PW, G["pw8"]),
    ),
    # --- English: Ireland -----------------------------------------------------------------------
    R(
        "content",
        "translate to irish for a birthday card: 'happy 40th, love from all of us'. its for Siobhán Ní Bhriain, she was born 22/11/1985 so its actually her 40th this year right?",
        (P, "Siobhán Ní Bhriain"),
        (DOB, "22/11/1985"),
    ),
    R(
        "content",
        "how do I start an email in irish to my cousin, is it 'a Sheáin' or do i leave the name as it is? he's Seán Mac Giolla Phádraig. just want the greeting right",
        (P, "Sheáin"),
        (P, "Seán Mac Giolla Phádraig"),
    ),
    R(
        "content",
        "Standing order form, pls check: pay €650 monthly from "
        + G["iban_ie"]
        + " to landlord Declan Furlong, ref 'Apt 2 Rent'",
        (IBAN, G["iban_ie"]),
        (P, "Declan Furlong"),
    ),
    R(
        "tool_description",
        "Sends the weekly rota to the on-call GP. Escalation contact: Dr Aoife Brennan (aoife.brennan.gp@gmail.com). Do not call outside 8-20h.",
        (P, "Aoife Brennan"),
        (EMAIL, "aoife.brennan.gp@gmail.com"),
    ),
    R(
        "content",
        "dictated: okay new note, patient Eamon Tierney, fifty eight, presenting with chest tightness on exertion, history of atrial fibrillation, on apixaban, full stop, referred to cardiology",
        (P, "Eamon Tierney"),
        (MED, "atrial fibrillation"),
    ),
    # --- French -------------------------------------------------------------------------------
    R(
        "content",
        "tu peux reformuler ça plus poliment ? « Madame, je vous rappelle que votre fils n'a toujours pas rendu son autorisation de sortie. » c'est pour la maman de Kylian Marchetti-Durand, 2 rue des Tanneurs à Colmar",
        (P, "Kylian Marchetti-Durand"),
        (ADDR, "2 rue des Tanneurs à Colmar"),
    ),
    R(
        "content",
        "Bonjour, je dois remplir le formulaire de la CPAM pour ma femme, numéro de sécu "
        + G["insee1"]
        + ", elle est née le 9 mars 1988 à Lyon. Quelle case pour le médecin traitant ?",
        ("FR_INSEE", G["insee1"]),
        (DOB, "9 mars 1988"),
    ),
    R(
        "content",
        "ID;Nom;Prénom;Né(e) le;Tél\n0041;Benali;Yasmine;07/05/1999;06 48 21 93 07\n\nça sort mal dans Excel, les dates deviennent des nombres, pourquoi ?",
        (P, "Benali"),
        (P, "Yasmine"),
        (DOB, "07/05/1999"),
        (PHONE, "06 48 21 93 07"),
    ),
    R(
        "metadata",
        "dossier=SIN-2025-08841 | assuré: Jean-Baptiste Leclercq | NIR "
        + G["insee2"]
        + " | sinistre: dégât des eaux",
        (P, "Jean-Baptiste Leclercq"),
        ("FR_INSEE", G["insee2"]),
    ),
    R(
        "content",
        "corrige les fautes stp : « salut, c'est Maëlle, je t'envoi mon RIB pour le loyer "
        + G["iban_fr"]
        + " merci bcp »",
        (P, "Maëlle"),
        (IBAN, G["iban_fr"]),
    ),
    R(
        "content",
        "Compte rendu RH – entretien du 12/06\nSalariée : Mme Nathalie Vasseur\nArrêt maladie depuis mars pour burn-out, reprise à mi-temps thérapeutique envisagée.\nÀ résumer en 3 lignes pour le DRH.",
        (P, "Nathalie Vasseur"),
        (MED, "burn-out"),
    ),
    R(
        "content",
        "dans mon .env j'ai\nSTRIPE_SECRET_KEY="
        + G["stripe_sk"]
        + "\nAPP_ENV=prod\net pourtant le webhook me renvoie 401, une idée ?",
        (TOKEN, G["stripe_sk"]),
    ),
    R(
        "name",
        "Thibaut Lefèvre-Kouassi",
        (P, "Thibaut Lefèvre-Kouassi"),
    ),
    R(
        "content",
        "message vocal transcrit : oui bonjour c'est monsieur Ferhat Aït-Ouali je vous appelle pour le rendez-vous de mon père, vous pouvez me rappeler au zéro six douze quarante-quatre cinquante-huit soixante-dix-neuf merci",
        (P, "Ferhat Aït-Ouali"),
        (PHONE, "zéro six douze quarante-quatre cinquante-huit soixante-dix-neuf"),
    ),
    R(
        "tool_arguments",
        '{"destinataire": "c.morel-lambert@orange.fr", "objet": "Facture 2025-114", "corps": "Veuillez trouver ci-joint la facture."}',
        (EMAIL, "c.morel-lambert@orange.fr"),
    ),
    # --- Maltese ------------------------------------------------------------------------------
    R(
        "content",
        "tista' tikteb messaġġ qasir lil Ġorġ Camilleri? għidlu li l-laqgħa tal-kunsill ġiet posposta għall-Ħamis. in-numru tiegħu +356 7934 2108",
        (P, "Ġorġ Camilleri"),
        (PHONE, "+356 7934 2108"),
    ),
    R(
        "content",
        "Ħallas il-kera f'dan il-kont: "
        + G["iban_mt"]
        + " – sid il-kera Marija Azzopardi, 14, Triq il-Kbira, Ħaż-Żebbuġ. Ittraduċi għall-Ingliż jekk jogħġbok",
        (IBAN, G["iban_mt"]),
        (P, "Marija Azzopardi"),
        (ADDR, "14, Triq il-Kbira, Ħaż-Żebbuġ"),
    ),
    R(
        "content",
        "il-password tal-wifi tal-iskola hi "
        + G["pw7"]
        + " imma ma taħdimx fuq il-laptop ta' binti, x'nista' nagħmel?",
        (PW, G["pw7"]),
    ),
    # --- Luxembourgish --------------------------------------------------------------------------
    R(
        "content",
        "Kanns du mer hëllefen e Bréif un d'Gemeng ze schreiwen? Ech sinn d'Josiane Kremer-Weber, wunnen 12, rue de la Gare zu Ettelbréck, an eise Bam fält op den Trottoir.",
        (P, "Josiane Kremer-Weber"),
        (ADDR, "12, rue de la Gare zu Ettelbréck"),
    ),
    R(
        "content",
        "Iwwersetz op Däitsch: De Lëtzebuerger Kont fir d'Cotisatioun vum Musekveräin ass "
        + G["iban_lu"]
        + ", Kassier ass de Pol Hoffmann.",
        (IBAN, G["iban_lu"]),
        (P, "Pol Hoffmann"),
    ),
    R(
        "metadata",
        "client=Marc Thill; gebuer=03.02.1977; tel=+352 621 408 553",
        (P, "Marc Thill"),
        (DOB, "03.02.1977"),
        (PHONE, "+352 621 408 553"),
    ),
    # --- Basque ---------------------------------------------------------------------------------
    R(
        "content",
        "Lagunduko didazu Itziarri mezu bat idazten? Bihar goizeko bederatzietan Donostiako ospitalean du hitzordua, diabetesagatik. Gogorarazi behar diot.",
        (P, "Itziarri"),
        (MED, "diabetesagatik"),
    ),
    R(
        "content",
        "Mikel Etxeberriaren jaiotze-data 1991ko apirilaren 23a da, baina inprimakian hilabetea eta eguna nahastu dituzte. Nola eskatu zuzentzeko gaztelaniaz?",
        (P, "Mikel Etxeberriaren"),
        (DOB, "1991ko apirilaren 23a"),
    ),
    R(
        "content",
        "ikastolako wifi pasahitza aldatu dute: "
        + G["pw4"]
        + ". idatzi gurasoentzako ohar labur bat euskaraz eta gaztelaniaz",
        (PW, G["pw4"]),
    ),
    R(
        "user",
        "ane.zubizarreta@euskalnet.net",
        (EMAIL, "ane.zubizarreta@euskalnet.net"),
    ),
]
