"""Evaluation 7, part B (hand-written blind): sensitive prompts, East, Baltic, Nordic, Greek, Turkish.

Ukrainian, Lithuanian, Latvian, Estonian, Finnish, Swedish, Norwegian, Danish, Greek and
Turkish, several mixed with English as at international companies. Values with check digits and
random secrets come from the part's generator (seed 902144). Blind: composed without looking at
the scanner, its tests or any other evaluation set.
"""

# ruff: noqa: RUF001, E501
from __future__ import annotations

import json

try:
    from bench._eval7_part_b2 import (
        b32,
        card,
        codice_fiscale,
        gitlab_pat,
        google_key,
        hexstr,
        iban,
        jwt,
        nie,
        nino,
        openai_key,
        password,
        pem,
        pesel,
        pick,
        r,
        slack_bot,
        slack_webhook,
        telegram_bot,
    )
except ImportError:
    from _eval7_part_b2 import (  # type: ignore[no-redef]
        b32,
        card,
        codice_fiscale,
        gitlab_pat,
        google_key,
        hexstr,
        iban,
        jwt,
        nie,
        nino,
        openai_key,
        password,
        pem,
        pesel,
        pick,
        r,
        slack_bot,
        slack_webhook,
        telegram_bot,
    )

_pesel_ua = pesel(1994, 7, 9, female=False)
_tg = telegram_bot()
_nino = nino()
_pw_lv = password(15)
_xoxb = slack_bot()
_iban_ee = iban("EE")
_nie = nie()
_whsec = "whsec_" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)
_card_se = card("37", 15, " ")
_hook = slack_webhook()
_iban_no = iban("NO")
_glpat = gitlab_pat()
_iban_dk = iban("DK", spaced=False)
_iban_gr = iban("GR")
_cf = codice_fiscale("KRGLNE90L45Z115")
_openai = openai_key()
_iban_tr = iban("TR")
_card_tr = card("5", 16, " ")
_jwt_secret = hexstr(64)
_google = google_key()
_totp = b32(32)
_pem_rsa = pem("RSA PRIVATE KEY", 7)
_jwt_fi = jwt({"sub": "kirjasto-api", "scope": "loans:write", "iat": 1718000000})
_pw_dk = password(13)

ROWS_NORTH: list[dict[str, object]] = [
    # --- Ukrainian ---
    r(
        "Оксані Бондаренко треба нагадати про оплату за гурток з малювання, напиши ввічливе повідомлення у вайбер",
        ("PERSON", "Оксані Бондаренко"),
    ),
    r(
        """Пацієнтка: Гончаренко Людмила Василівна
Дата народження: 12.06.1958
Відділення: ревматологія, прийом 14.05
Діагноз: ревматоїдний артрит
Перепиши це як виписку англійською для клініки в Кракові""",
        ("PERSON", "Гончаренко Людмила Василівна"),
        ("DATE_OF_BIRTH", "12.06.1958"),
        ("MEDICAL", "ревматоїдний артрит"),
    ),
    r(
        f"я працюю в Польщі, мій PESEL {_pesel_ua}, як подати PIT-37 онлайн через e-Urząd Skarbowy? покроково будь ласка",
        ("PL_PESEL", _pesel_ua),
    ),
    r(
        f"привіт, review my PR please, я там випадково закомітив TELEGRAM_TOKEN={_tg} у config.py, як його прибрати з git history?",
        ("API_TOKEN", _tg),
    ),
    r(
        "vasyl.hrytsenko",
        ("PERSON", "vasyl.hrytsenko"),
        field="user",
    ),
    # --- Lithuanian ---
    r(
        "Sveiki, rašau dėl Rūtos Kazlauskienės sutarties: ji gimusi 1979 m. vasario 3 d., o sistemoje įrašyta kita data. Kaip pataisyti?",
        ("PERSON", "Rūtos Kazlauskienės"),
        ("DATE_OF_BIRTH", "1979 m. vasario 3 d."),
    ),
    r(
        f"dirbu Anglijoj jau treti metai, mano national insurance number {_nino}, ar galiu susigrąžinti permokėtus mokesčius? parašyk laišką HMRC",
        ("UK_NINO", _nino),
    ),
    r(
        "customer=Jonas Petrauskas; tier=gold; phone=+370 612 48905; lang=lt",
        ("PERSON", "Jonas Petrauskas"),
        ("PHONE_NUMBER", "+370 612 48905"),
        field="metadata",
    ),
    r(
        "Pages the on-call engineer by SMS. Current rotation owner: Tomas Žukauskas (+370 686 10 327). Use only for P1 incidents.",
        ("PERSON", "Tomas Žukauskas"),
        ("PHONE_NUMBER", "+370 686 10 327"),
        field="tool_description",
    ),
    # --- Latvian ---
    r(
        "Ilzei Bērziņai vajag apsveikumu dzimšanas dienā, viņa ir mūsu grāmatvede jau 20 gadus",
        ("PERSON", "Ilzei Bērziņai"),
    ),
    r(
        """CV
Vārds, uzvārds: Jānis Ozoliņš
Dzimšanas datums: 1988. gada 12. aprīlī
E-pasts: janis.ozolins88@inbox.lv
Pieredze: noliktavas vadītājs, 6 gadi
uztaisi no šī normālu CV angliski""",
        ("PERSON", "Jānis Ozoliņš"),
        ("DATE_OF_BIRTH", "1988. gada 12. aprīlī"),
        ("EMAIL_ADDRESS", "janis.ozolins88@inbox.lv"),
    ),
    r(
        f"""# .env (riga-shop)
DB_URL=mysql://shop:{_pw_lv}@10.0.4.12:3306/veikals
CACHE_TTL=600
kāpēc prisma nevar pieslēgties?""",
        ("CONNECTION_STRING", f"mysql://shop:{_pw_lv}@10.0.4.12:3306/veikals"),
    ),
    r(
        "Помогите написать заявление в домоуправление, я Дмитрий Кравец, живу на ул. Бривибас 214-15, Рига, у нас третью неделю нет горячей воды",
        ("PERSON", "Дмитрий Кравец"),
        ("STREET_ADDRESS", "ул. Бривибас 214-15, Рига"),
    ),
    # --- Estonian ---
    r(
        "Mari Tamm, sünd 07.10.1976, elab Tartus aadressil Riia tn 15-4, Tartu. Kirjuta talle ametlik kutse koosolekule.",
        ("PERSON", "Mari Tamm"),
        ("DATE_OF_BIRTH", "07.10.1976"),
        ("STREET_ADDRESS", "Riia tn 15-4, Tartu"),
    ),
    r(
        f"palun aita, meie Slack bot token {_xoxb} lekkis public repo-sse, what's the rotation procedure and do we need to tell anyone?",
        ("API_TOKEN", _xoxb),
    ),
    r(
        "kristjan.saar@telia.ee",
        ("EMAIL_ADDRESS", "kristjan.saar@telia.ee"),
        field="user",
    ),
    r(
        json.dumps(
            {
                "tellimus": 5512,
                "tagasimakse_konto": _iban_ee,
                "saaja": "Aleksandr Ivanov",
                "summa": "38.90",
            }
        ),
        ("IBAN_CODE", _iban_ee),
        ("PERSON", "Aleksandr Ivanov"),
        field="tool_arguments",
    ),
    # --- Finnish ---
    r(
        "kirjoita Mikko Virtaselle kiitoskortti, hän auttoi meitä muutossa koko viikonlopun",
        ("PERSON", "Mikko Virtaselle"),
    ),
    r(
        "Äitini Aino Korhonen, syntynyt 4.12.1957, asuu osoitteessa Hämeenkatu 21 B 14, 33200 Tampere. Hänellä on todettu muistisairaus. Auta kirjoittamaan hakemus kotihoitoon.",
        ("PERSON", "Aino Korhonen"),
        ("DATE_OF_BIRTH", "4.12.1957"),
        ("STREET_ADDRESS", "Hämeenkatu 21 B 14, 33200 Tampere"),
        ("MEDICAL", "muistisairaus"),
    ),
    r(
        "soittopyyntö: Abdirahman Warsame 044 793 2186, haluaa hammaslääkäriajan ensi viikolle",
        ("PERSON", "Abdirahman Warsame"),
        ("PHONE_NUMBER", "044 793 2186"),
        field="metadata",
    ),
    r(
        f"Asun Fuengirolassa, NIE-numeroni on {_nie}. Miten vaihdan suomalaisen ajokortin espanjalaiseen?",
        ("ES_NIE", _nie),
    ),
    r(
        json.dumps(
            {
                "method": "POST",
                "url": "https://kirjasto.example.fi/api/loans",
                "headers": {"Authorization": f"Bearer {_jwt_fi}"},
            }
        ),
        ("AUTH_HEADER", f"Bearer {_jwt_fi}"),
        field="tool_arguments",
    ),
    # --- Swedish ---
    r(
        "Kan du formulera om det här mejlet till Lars-Göran Lindqvist så att det låter mindre surt? Han har missat deadline igen.",
        ("PERSON", "Lars-Göran Lindqvist"),
    ),
    r(
        "Rasha Al-Khatib, född 1991-02-17, behöver tolk på arabiska vid återbesöket. Skriv en kallelse.",
        ("PERSON", "Rasha Al-Khatib"),
        ("DATE_OF_BIRTH", "1991-02-17"),
    ),
    r(
        f"kan någon kolla varför vår Stripe webhook failar med signature mismatch? STRIPE_WEBHOOK_SECRET={_whsec} ligger i Vault",
        ("SECRET", _whsec),
    ),
    r(
        f"""alerting:
  channel: "#drift-larm"
  webhook: {_hook}
varför kommer inga larm fram sedan i fredags?""",
        ("SECRET", _hook),
    ),
    r(
        f"Hej! Jag betalade med Amex {_card_se} men fick ingen bekräftelse. Ordernr 100-48812. /Karin",
        ("CREDIT_CARD", _card_se),
        ("PERSON", "Karin"),
    ),
    r(
        "Du är HR-assistent på Nordvik Logistik AB. Frågor om sjukfrånvaro skickas till Sofia Bergström, sofia.bergstrom@nordvik-logistik.se.",
        ("PERSON", "Sofia Bergström"),
        ("EMAIL_ADDRESS", "sofia.bergstrom@nordvik-logistik.se"),
        field="system",
    ),
    # --- Norwegian ---
    r(
        "Ingrid Haugen har fått diagnosen ME/CFS og trenger tilrettelegging på jobben, skriv et brev til NAV på vegne av henne",
        ("PERSON", "Ingrid Haugen"),
        ("MEDICAL", "ME/CFS"),
    ),
    r(
        f"Depositum betales til kontonr {_iban_no}, eier Sindre Bakke. Er det vanlig å betale depositum direkte til utleier?",
        ("IBAN_CODE", _iban_no),
        ("PERSON", "Sindre Bakke"),
    ),
    r(
        "Usman_Chaudhry",
        ("PERSON", "Usman_Chaudhry"),
        field="name",
    ),
    r(
        "Kontaktperson for bursdagsfeiringen: Sigrid Aasen (f. 03.08.91). Lag en invitasjon til klassen.",
        ("PERSON", "Sigrid Aasen"),
        ("DATE_OF_BIRTH", "03.08.91"),
    ),
    # --- Danish ---
    r(
        "Mette Kjærgaard ringede og spurgte til sin søns skema, hun kan nås på 20 47 31 86. Skriv et kort svar til hende på Aula.",
        ("PERSON", "Mette Kjærgaard"),
        ("PHONE_NUMBER", "20 47 31 86"),
    ),
    r(
        "Navn: Frederik Holm Sørensen, f. 14/2-1983, skade: knæskade efter fald på arbejdet. Hjælp mig med at udfylde anmeldelsen til Arbejdsmarkedets Erhvervssikring.",
        ("PERSON", "Frederik Holm Sørensen"),
        ("DATE_OF_BIRTH", "14/2-1983"),
        ("MEDICAL", "knæskade"),
    ),
    r(
        f"hey, vores GitLab token {_glpat} er expired, hvordan rotate'r jeg den i CI variables uden at pipeline knækker?",
        ("API_TOKEN", _glpat),
    ),
    r(
        "koden til routeren er blåbærgrød42 hvis gæsterne spørger",
        ("PASSWORD", "blåbærgrød42"),
    ),
    r(
        json.dumps(
            {"recipient_iban": _iban_dk, "amount": 1250, "currency": "DKK", "text": "husleje juni"}
        ),
        ("IBAN_CODE", _iban_dk),
        field="tool_arguments",
    ),
    # --- Greek ---
    r(
        "Γράψε ένα ευχαριστήριο στην Κωνσταντίνα Παπαδοπούλου για τη βοήθεια με τη μετακόμιση",
        ("PERSON", "Κωνσταντίνα Παπαδοπούλου"),
    ),
    r(
        "Ο ασθενής Γιώργος Νικολαΐδης, γεν. 29/11/1970, πάσχει από σκλήρυνση κατά πλάκας. Χρειάζομαι βεβαίωση για το σχολείο της κόρης του.",
        ("PERSON", "Γιώργος Νικολαΐδης"),
        ("DATE_OF_BIRTH", "29/11/1970"),
        ("MEDICAL", "σκλήρυνση κατά πλάκας"),
    ),
    r(
        f"Στοιχεία πληρωμής: {_iban_gr}, δικαιούχος Ευαγγελία Μαυρίδου. email για αποδείξεις: e.mavridou@otenet.gr",
        ("IBAN_CODE", _iban_gr),
        ("PERSON", "Ευαγγελία Μαυρίδου"),
        ("EMAIL_ADDRESS", "e.mavridou@otenet.gr"),
    ),
    r(
        f"Μένω στο Μιλάνο, ο codice fiscale μου είναι {_cf}. Πώς κλείνω ραντεβού με medico di base;",
        ("IT_FISCAL_CODE", _cf),
    ),
    # --- Turkish ---
    r(
        "Ayşe Yılmaz'ın doğum günü için kısa bir mesaj yazar mısın, iş arkadaşım",
        ("PERSON", "Ayşe Yılmaz"),
    ),
    r(
        """Müşteri: Mehmet Öztürk
Tel: 0532 418 27 64
Adres: Bağdat Caddesi No: 214 D: 7 Kadıköy/İstanbul
Şikayet: kargo 9 gündür gelmedi
bu kayda göre müşteriye özür mesajı yaz""",
        ("PERSON", "Mehmet Öztürk"),
        ("PHONE_NUMBER", "0532 418 27 64"),
        ("STREET_ADDRESS", "Bağdat Caddesi No: 214 D: 7 Kadıköy/İstanbul"),
    ),
    r(
        "Sigorta hasar formu: sürücü Emine Çelik, doğum tarihi 3 Mart 1990, kaza yeri Ankara Eskişehir yolu. Olay açıklamasını düzgün bir dille yaz.",
        ("PERSON", "Emine Çelik"),
        ("DATE_OF_BIRTH", "3 Mart 1990"),
    ),
    r(
        f"selam, prod'da JWT_SECRET={_jwt_secret} kullanıyoruz, is that secure enough or should we move to RS256?",
        ("SECRET", _jwt_secret),
    ),
    r(
        f"Kira ödemesi için IBAN: {_iban_tr}, alıcı Hüseyin Doğan. Kartım {_card_tr} ile ödeyebilir miyim?",
        ("IBAN_CODE", _iban_tr),
        ("PERSON", "Hüseyin Doğan"),
        ("CREDIT_CARD", _card_tr),
    ),
    r(
        "Zeynep_Kaya_HR",
        ("PERSON", "Zeynep_Kaya"),
        field="name",
    ),
    # --- mixed / developer ---
    r(
        json.dumps(
            {"query": "restaurants near Nørrebro", "key": _google, "language": "da"},
            ensure_ascii=False,
        ),
        ("API_TOKEN", _google),
        field="tool_arguments",
    ),
    r(
        f"export OPENAI_API_KEY={_openai}\npython haku.py antaa RateLimitError vaikka tilillä on saldoa, miksi?",
        ("API_TOKEN", _openai),
    ),
    r(
        f"2fa secret for the shared ops account (otpauth): {_totp} -- kan jeg legge den inn i 1Password som TOTP-felt?",
        ("SECRET", _totp),
    ),
    r(
        f"deploy_key for staging (ikke prod!):\n{_pem_rsa}\nhvorfor avviser GitHub den med 'key is invalid'?",
        ("PRIVATE_KEY", _pem_rsa),
    ),
    r(
        f"env:\n  SMTP_USER=noreply\n  SMTP_PASS={_pw_dk}\nhvorfor bliver mine mails markeret som spam?",
        ("PASSWORD", _pw_dk),
    ),
]
