"""Evaluation 8, part b (3): hand-written sensitive rows, second batch.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

# ruff: noqa: RUF001, E501

from __future__ import annotations

try:
    from bench._eval8_part_b2 import (
        AADHAAR,
        AMEX,
        AWS_ID,
        AWS_SECRET,
        BSN,
        CF_BG,
        DB_PW,
        DNI,
        EC_KEY,
        GOOGLE,
        IB,
        IB_PL2,
        INSEE,
        JWT_A,
        MC,
        NIE,
        NINO,
        OPENAI,
        PESEL_B,
        PW,
        RSA_KEY,
        SLACK_BOT,
        SSN,
        TELEGRAM,
        VISA,
        args,
        r,
    )
except ImportError:
    from _eval8_part_b2 import (  # type: ignore[no-redef]
        AADHAAR,
        AMEX,
        AWS_ID,
        AWS_SECRET,
        BSN,
        CF_BG,
        DB_PW,
        DNI,
        EC_KEY,
        GOOGLE,
        IB,
        IB_PL2,
        INSEE,
        JWT_A,
        MC,
        NIE,
        NINO,
        OPENAI,
        PESEL_B,
        PW,
        RSA_KEY,
        SLACK_BOT,
        SSN,
        TELEGRAM,
        VISA,
        args,
        r,
    )

ROWS_B3: list[dict[str, object]] = [
    r(
        f"INSERT INTO pacjenci (imie, nazwisko, pesel, telefon, uwagi) VALUES ('Bartosz', 'Zieliński', '{PESEL_B}', '512 870 334', 'nadciśnienie, przyjmuje bisoprolol');\n-- czemu postgres krzyczy o 'value too long for type character varying(9)'?",
        ("PERSON", "Bartosz"),
        ("PERSON", "Zieliński"),
        ("PL_PESEL", PESEL_B),
        ("PHONE_NUMBER", "512 870 334"),
        ("MEDICAL", "nadciśnienie"),
    ),
    r(
        "zapisz prosze: spotkanie z panem grzesiem szczepańskim w czwartek o dziesiątej kropka przypomnij mi dzień wcześniej kropka",
        ("PERSON", "grzesiem szczepańskim"),
    ),
    r(
        "Dobrý den, pronajmu byt 2+kk, Koněvova 2187/114, Praha 3, 62 m², 18 500 Kč + poplatky. Prohlídky po domluvě na tel. 604 118 925, ptejte se po paní Procházkové. Přeformuluj mi to do inzerátu na Sreality, ať to zní lákavěji.",
        ("STREET_ADDRESS", "Koněvova 2187/114, Praha 3"),
        ("PHONE_NUMBER", "604 118 925"),
        ("PERSON", "Procházkové"),
    ),
    r(
        "Jsi asistent třídní učitelky 7.B. Žák Tomáš Dvořák (nar. 2. 9. 2011) má dyslexii a dysgrafii s doporučením z PPP; navrhuj úpravy hodnocení písemek z češtiny a nikdy nezmiňuj diagnózu před spolužáky.",
        ("PERSON", "Tomáš Dvořák"),
        ("DATE_OF_BIRTH", "2. 9. 2011"),
        ("MEDICAL", "dyslexii a dysgrafii"),
        field="system",
    ),
    r(
        "Dobrý deň, chcela by som reklamovať poistnú udalosť č. 2024/118/553. Poistený: Ľubomír Kováč, nar. 11.1.1962, bytom Hlavná 58, 040 01 Košice. Dňa 3.4. mu v kúpeľni praskol prívod vody. Prosím zhrň to do formálnej žiadosti.",
        ("PERSON", "Ľubomír Kováč"),
        ("DATE_OF_BIRTH", "11.1.1962"),
        ("STREET_ADDRESS", "Hlavná 58, 040 01 Košice"),
    ),
    r(
        args(
            recipient_iban=IB["SK"],
            amount="240.00",
            currency="EUR",
            note="nájom apríl, Hrnčiarová",
        ),
        ("IBAN_CODE", IB["SK"]),
        ("PERSON", "Hrnčiarová"),
        field="tool_arguments",
    ),
    r(
        "Nagy Bencének kellene egy igazolás, hogy 2023 szeptembere óta nálunk dolgozik teljes munkaidőben. Írnál egy sablont?",
        ("PERSON", "Nagy Bencének"),
    ),
    r(
        "szabo.erzsebet.1958@citromail.hu",
        ("EMAIL_ADDRESS", "szabo.erzsebet.1958@citromail.hu"),
        field="user",
    ),
    r(
        "Stranka: Nataša Zupan\nTel: 041 552 718\nNaslov: Celovška cesta 264, 1000 Ljubljana\nZadeva: dostava pralnega stroja ni bila opravljena\n\nnapiši opravičilo v imenu podjetja",
        ("PERSON", "Nataša Zupan"),
        ("PHONE_NUMBER", "041 552 718"),
        ("STREET_ADDRESS", "Celovška cesta 264, 1000 Ljubljana"),
    ),
    r(
        f"Bok, plaćam karticom {MC[0]} i stalno mi izbaci grešku 'Transaction declined 05'. Što to znači?",
        ("CREDIT_CARD", MC[0]),
    ),
    r(
        "Pomozi mi da napišem poruku za roditelje: učenik Luka Perišić (3.c) ima epilepsiju i u slučaju napadaja treba odmah zvati majku na 098 771 2034.",
        ("PERSON", "Luka Perišić"),
        ("MEDICAL", "epilepsiju"),
        ("PHONE_NUMBER", "098 771 2034"),
    ),
    r(
        "Nemanja Stojanović",
        ("PERSON", "Nemanja Stojanović"),
        field="name",
    ),
    r(
        f"""Traceback (most recent call last):
  File "/srv/app/notify.py", line 41, in send
    bot = telegram.Bot(token="{TELEGRAM}")
  File "/usr/lib/python3/dist-packages/telegram/bot.py", line 212, in __init__
    raise InvalidToken()
telegram.error.InvalidToken: Invalid token

шта није у реду, токен сам копирао из BotFather-а""",
        ("API_TOKEN", TELEGRAM),
    ),
    r(
        "Амела Ходжић, рођена 30.01.1993, ради као шефица рачуноводства од 2020. Напиши препоруку за њу на енглеском.",
        ("PERSON", "Амела Ходжић"),
        ("DATE_OF_BIRTH", "30.01.1993"),
    ),
    r(
        "Zdravo, treba mi ugovor o zakupu. Zakupodavac: Danilo Radulović, Ulica Slobode 37, Podgorica. Zakupac: Marija Vujošević. Period godinu dana.",
        ("PERSON", "Danilo Radulović"),
        ("STREET_ADDRESS", "Ulica Slobode 37, Podgorica"),
        ("PERSON", "Marija Vujošević"),
    ),
    r(
        f"здравей, живея в Италия и ми трябва да попълня формуляр за общината. Codice fiscale-ът ми е {CF_BG}, верен ли е форматът? какво значат буквите?",
        ("IT_FISCAL_CODE", CF_BG),
    ),
    r(
        "Тодоре, честит рожден ден! 🎉 слушай, ще ми пратиш ли пак адреса за партито, забравих го",
        ("PERSON", "Тодоре"),
    ),
    r(
        "Пациентка Анастасия Белоусова, 1971 г.р. (14.06.1971), жалобы на головные боли; в анамнезе мигрень с аурой, гипотиреоз. Составь, пожалуйста, краткую выписку для направления к неврологу.",
        ("PERSON", "Анастасия Белоусова"),
        ("DATE_OF_BIRTH", "14.06.1971"),
        ("MEDICAL", "мигрень с аурой, гипотиреоз"),
    ),
    r(
        f"aws_access_key_id = {AWS_ID}\naws_secret_access_key = {AWS_SECRET}\nregion = eu-north-1\n\nэто мой ~/.aws/credentials, почему boto3 говорит что credentials not found?",
        ("API_TOKEN", AWS_ID),
        ("SECRET", AWS_SECRET),
    ),
    r(
        "Богдане, скинь мені будь ласка свою дату народження для квитків, бо в системі вимагають",
        ("PERSON", "Богдане"),
    ),
    r(
        "богдан кравчишин 7 березня 1988 ось тримай",
        ("PERSON", "богдан кравчишин"),
        ("DATE_OF_BIRTH", "7 березня 1988"),
    ),
    r(
        f"Ты — бот поддержки интернет-магазина. Для доступа к заказам используй заголовок Authorization: Bearer {JWT_A}. Никогда не показывай его пользователю.",
        ("AUTH_HEADER", f"Authorization: Bearer {JWT_A}"),
        field="system",
    ),
    r(
        "kontaktas: Mindaugas Jankauskas | 1984-12-05 | Vilniaus g. 22-7, Kaunas | +370 612 48 339",
        ("PERSON", "Mindaugas Jankauskas"),
        ("DATE_OF_BIRTH", "1984-12-05"),
        ("STREET_ADDRESS", "Vilniaus g. 22-7, Kaunas"),
        ("PHONE_NUMBER", "+370 612 48 339"),
        field="metadata",
    ),
    r(
        "Jānim Ozoliņam ir cukura diabēts, vai vari ieteikt ēdienkarti nedēļai viņa dzimšanas dienas ballītei, lai viņš arī varētu visu ēst?",
        ("PERSON", "Jānim Ozoliņam"),
        ("MEDICAL", "cukura diabēts"),
    ),
    r(
        f"Mart Saarele: wifi parool on {PW[3]}, ruuter on koridori kapis. palun tõlgi see inglise keelde meie airbnb külalisele",
        ("PERSON", "Mart Saarele"),
        ("PASSWORD", PW[3]),
    ),
    r(
        f"Hyvä asiakas, laskun voi maksaa tilille {IB['FI']}, viitenumero 12344. Ystävällisin terveisin, Aino Virtanen, Virtasen Puutarha Oy, puh. 040 771 2398\n\nkäännä ruotsiksi",
        ("IBAN_CODE", IB["FI"]),
        ("PERSON", "Aino Virtanen"),
        ("PHONE_NUMBER", "040 771 2398"),
    ),
    r(
        "pekka ja minä muutettiin, uusi osoite on Kalevankatu 31 B 18, 00100 Helsinki. kirjoita siitä kiva viesti sukulaisille",
        ("PERSON", "pekka"),
        ("STREET_ADDRESS", "Kalevankatu 31 B 18, 00100 Helsinki"),
    ),
    r(
        f"Hej! Jag har flyttat från London och behöver stänga mitt brittiska pensionskonto. Mitt National Insurance number är {NINO[0]}. Kan du skriva ett brev till HMRC på engelska?",
        ("UK_NINO", NINO[0]),
    ),
    r(
        "anteckning efter samtal: Lars Ekström ringde, har fått diagnosen utmattningssyndrom och blir sjukskriven 50% i två månader. vill inte att teamet får veta orsaken.",
        ("PERSON", "Lars Ekström"),
        ("MEDICAL", "utmattningssyndrom"),
    ),
    r(
        f"kunde,beløp,kort\nSolveig Brekke,1299.00,{VISA[1]}\nsummer kolonnen beløp og lag en graf",
        ("PERSON", "Solveig Brekke"),
        ("CREDIT_CARD", VISA[1]),
    ),
    r(
        f'{{"customer": "Søren Østergaard", "email": "soeren.oestergaard@mail.dk", "iban": "{IB["DK"]}", "plan": "pro"}}\nvalider dette mod JSON-skemaet og fortæl hvad der mangler',
        ("PERSON", "Søren Østergaard"),
        ("EMAIL_ADDRESS", "soeren.oestergaard@mail.dk"),
        ("IBAN_CODE", IB["DK"]),
    ),
    r(
        "Sæll, Þórður Magnússon hér. Kennitalan er óþörf, en fæðingardagurinn minn er 17. júní 1976 ef þú þarft hann fyrir umsóknina.",
        ("PERSON", "Þórður Magnússon"),
        ("DATE_OF_BIRTH", "17. júní 1976"),
    ),
    r(
        f"Καλησπέρα, θέλω να κάνω επιστροφή χρημάτων στον λογαριασμό {IB['GR']} στο όνομα Δημήτριος Κωνσταντινίδης. Γράψε μου ένα email προς την τράπεζα.",
        ("IBAN_CODE", IB["GR"]),
        ("PERSON", "Δημήτριος Κωνσταντινίδης"),
    ),
    r(
        f"Ayşe Yıldırım adına kayıtlı kart: {AMEX}, son kullanma 09/27. Bu bilgileri müşteri destek formuna nasıl girerim?",
        ("PERSON", "Ayşe Yıldırım"),
        ("CREDIT_CARD", AMEX),
    ),
    r(
        f'"""Sends the nightly report."""\nSLACK_TOKEN = "{SLACK_BOT}"\n\nkodu Türkçe yorumlarla açıklar mısın',
        ("API_TOKEN", SLACK_BOT),
    ),
]

ROWS_B3_MORE: list[dict[str, object]] = [
    r(
        f"Dear HR, I am Drita Gashi, Albanian citizen working in Spain. My NIE is {NIE[0]}. Please confirm my residence for the tax office. (rregulloje anglishten time pak)",
        ("PERSON", "Drita Gashi"),
        ("ES_NIE", NIE[0]),
    ),
    r(
        f"Il-password tal-email tal-iskola hija {PW[0]} imma ma taħdimx. Kif nirrisettjaha?",
        ("PASSWORD", PW[0]),
    ),
    r(
        f"Cześć, pracuję w Holandii od marca, mój BSN to {BSN[0]}. Jak mam wypełnić zeznanie podatkowe (aangifte)? Wytłumacz po polsku krok po kroku.",
        ("NL_BSN", BSN[0]),
    ),
    r(
        args(
            payee="Radek Novotný",
            account=IB["CZ"],
            amount_czk=12400,
            due="2024-05-15",
            note="faktura 2024-0117",
        ),
        ("PERSON", "Radek Novotný"),
        ("IBAN_CODE", IB["CZ"]),
        field="tool_arguments",
    ),
    r(
        f"mam stare repo z ~/.ssh, czy ten klucz jest bezpieczny do wrzucenia na gitlaba jako deploy key?\n{RSA_KEY}",
        ("PRIVATE_KEY", RSA_KEY),
    ),
    r(
        f"OPENAI_API_KEY={OPENAI}\nkaip šitą raktą saugiai laikyti docker-compose faile?",
        ("API_TOKEN", OPENAI),
    ),
    r(
        f"Bonjour, je suis Katarzyna Lewandowska, polonaise, j'habite à Lyon. Mon numéro de sécurité sociale est {INSEE}. Pourquoi ma carte Vitale ne marche pas? (odpowiedz po polsku proszę)",
        ("PERSON", "Katarzyna Lewandowska"),
        ("FR_INSEE", INSEE),
    ),
    r(
        f"Trabajo en Madrid, soy búlgaro. DNI de mi esposa española: {DNI}. нуждая се от помощ с формуляра за семейно обединение",
        ("ES_DNI", DNI),
    ),
    r(
        f"Moje SSN je {SSN[0]}, pracoval jsem v USA na J-1 vízum. Jak si zpětně vyžádám daně z roku 2019?",
        ("US_SSN", SSN[0]),
    ),
    r(
        f"maps:\n  provider: google\n  api_key: {GOOGLE}\n  default_zoom: 12\n\nmiért nem töltődik be a térkép a staging oldalon?",
        ("API_TOKEN", GOOGLE),
    ),
    r(
        f'# jwt signing\nJWT_PRIVATE_KEY="{EC_KEY}"\nkako da ovo učitam u Node bez da ga commitam?',
        ("PRIVATE_KEY", EC_KEY),
    ),
    r(
        f"Zlecenie stałe: odbiorca Wspólnota Mieszkaniowa „Pod Lipami”, rachunek {IB_PL2}, kwota 412,50 zł. Czy mogę to ustawić przez API banku? pokaż przykład requestu",
        ("IBAN_CODE", IB_PL2),
    ),
    r(
        f"mysql -h 10.0.4.17 -u raport -p'{DB_PW[1]}' sklep_prod -e 'select count(*) from zamowienia'\n\nto działa z terminala ale z crona nie, dlaczego?",
        ("PASSWORD", DB_PW[1]),
    ),
    r(
        f"Kolēģim no Indijas jāaizpilda dzīvesvietas deklarācija. Viņa Aadhaar numurs ir {AADHAAR} — vai Latvijā to vispār pieņem kā identifikatoru, vai vajag pasi?",
        ("IN_AADHAAR", AADHAAR),
    ),
]
