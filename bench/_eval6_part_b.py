# ruff: noqa: RUF001, E501
"""Evaluation 6, part b: hand-written blind prompts (writer B, seed 771503).

Written one by one, as users of a chat API write them, in Polish, Czech, Slovak, Slovenian,
Croatian, Serbian (Latin and Cyrillic), Bosnian, Hungarian, Romanian, Bulgarian, Russian,
Ukrainian, Belarusian, Lithuanian, Latvian, Estonian, Finnish, Swedish, Norwegian, Danish,
Icelandic, Greek, Turkish and Albanian. Styles: lower-case chat, voice dictation without
punctuation, SMS and Viber/WhatsApp messages, forwarded e-mails with signatures, CSV, JSON tool
arguments, YAML, .env files, SQL inserts, log lines, stack traces, curl commands, CI
workflows, meeting minutes, HR and medical notes, school and kindergarten messages, insurance
claims, rental and second-hand listings, invoices and donation details, registration forms,
parcel labels, official letters and orders, translation requests of emigrants (with their
British, Dutch, Spanish, Italian, French, American and Indian numbers), system prompts, tool
descriptions, participant names, metadata values and user ids. Names are inflected as each
language inflects them. Benign rows name public people, characters, places, brands and works,
or carry code, configs with placeholders, maths, recipes and non-personal numbers.

Check-digit numbers and secrets come from ``random.Random(771503)`` with python-stdnum in the
generator section of ``_eval6_part_b2``. 150 rows: 100 sensitive, 50 benign.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

try:
    from bench._eval6_part_b2 import ROWS_B2, C, V, _j, _r
    from bench._eval6_part_b3 import ROWS_B3
    from bench._eval6_part_b4 import ROWS_B4
except ImportError:
    from _eval6_part_b2 import ROWS_B2, C, V, _j, _r  # type: ignore[import-not-found,no-redef]
    from _eval6_part_b3 import ROWS_B3  # type: ignore[import-not-found,no-redef]
    from _eval6_part_b4 import ROWS_B4  # type: ignore[import-not-found,no-redef]

# Estonian, Finnish, Swedish, Norwegian, Danish, Icelandic, Greek, Turkish, Albanian.
ROWS_B1: list[dict[str, object]] = [
    _r(
        C,
        f"miks see ei tööta? panin .env faili\n\nOPENAI_API_KEY={V['openai']}\nMODEL=gpt-4o-mini\n\naga saan ikka 'invalid_api_key'",
        ("API_TOKEN", V["openai"]),
    ),
    _r(
        C,
        "Üürile anda valgusküllane 1-toaline korter, Tuukri 19-7, Tallinn, 480 €/kuu + kommunaalid. Lemmikloomad kokkuleppel. Info: Kadri, tel 5123 4567",
        ("STREET_ADDRESS", "Tuukri 19-7, Tallinn"),
        ("PERSON", "Kadri"),
        ("PHONE_NUMBER", "5123 4567"),
    ),
    _r(
        C,
        f"kanna palun see 60 eurot Mari-Liis Kasele, tema konto on {V['iban_ee']}, selgituseks kirjuta 'kingitus õpetajale'",
        ("PERSON", "Mari-Liis Kasele"),
        ("IBAN_CODE", V["iban_ee"]),
    ),
    _r(
        C,
        f"käännä englanniksi työnantajan lomaketta varten: Nimeni on Priya Raghunathan, Aadhaar-numeroni on {V['aadhaar']} ja olen asunut Espoossa vuodesta 2021.",
        ("PERSON", "Priya Raghunathan"),
        ("IN_AADHAAR", V["aadhaar"]),
    ),
    _r(
        C,
        "asiakasnro;nimi;puhelin;syntymäaika;viimeisin_käynti\n10442;Jukka Virtanen;040 771 2034;12.3.1961;2024-10-02\n10443;Sanna-Kaisa Hyvönen;050 338 9012;30.11.1984;2024-10-05",
        ("PERSON", "Jukka Virtanen"),
        ("PHONE_NUMBER", "040 771 2034"),
        ("DATE_OF_BIRTH", "12.3.1961"),
        ("PERSON", "Sanna-Kaisa Hyvönen"),
        ("PHONE_NUMBER", "050 338 9012"),
        ("DATE_OF_BIRTH", "30.11.1984"),
    ),
    _r(
        C,
        "Hei! Eetu Lehtonen 4B:stä on vaikeasti allerginen pähkinöille, adrenaliinikynä on repussa. Muistattehan tämän retkellä Nuuksioon. t. äiti",
        ("PERSON", "Eetu Lehtonen"),
        ("MEDICAL", "vaikeasti allerginen pähkinöille"),
    ),
    _r("user", "aino.heikkinen@elisanet.fi", ("EMAIL_ADDRESS", "aino.heikkinen@elisanet.fi")),
    _r(
        C,
        "Anteckning HR 2024-11-18: Hodan Abdi Warsame sjukskriven 50 % p.g.a. utmattningssyndrom t.o.m. 31/1. Avstämning med Previa nästa vecka.",
        ("PERSON", "Hodan Abdi Warsame"),
        ("MEDICAL", "utmattningssyndrom"),
    ),
    _r(
        C,
        f"varför failar workflowen? den ser ut så här:\n\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: {V['gh']}\n      SLACK_WEBHOOK: {V['slack_hook']}\n    steps:\n      - uses: actions/checkout@v4",
        ("API_TOKEN", V["gh"]),
        ("SECRET", V["slack_hook"]),
    ),
    _r(
        C,
        "Säljer Emmaljunga barnvagn i fint skick, 1500 kr. Hämtas på Södra Förstadsgatan 58 i Malmö, ring eller sms:a 070-318 22 94 efter kl 16",
        ("STREET_ADDRESS", "Södra Förstadsgatan 58 i Malmö"),
        ("PHONE_NUMBER", "070-318 22 94"),
    ),
    _r("name", "Linnéa Åkesson", ("PERSON", "Linnéa Åkesson")),
    _r(
        C,
        f"kan du sjekke konfigen min? den ligger i prod nå\n\nSTRIPE_SECRET_KEY={V['stripe']}\nDATABASE_URL=mysql://nettbutikk:{V['dbpw2']}@10.20.0.5:3306/butikk\nSENTRY_ENV=production",
        ("API_TOKEN", V["stripe"]),
        ("CONNECTION_STRING", f"mysql://nettbutikk:{V['dbpw2']}@10.20.0.5:3306/butikk"),
    ),
    _r(
        C,
        "Referat foreldremøte, Solsikken barnehage\nTil stede: 11 foreldre\nNy i styret: Sigrid Haugland (f. 04.05.1979), tar over som kasserer etter jul.",
        ("PERSON", "Sigrid Haugland"),
        ("DATE_OF_BIRTH", "04.05.1979"),
    ),
    _r(
        C,
        f"jeg limte inn feil ting i en issue på github, er denne nøkkelen farlig?\n\n{V['pem_ssh']}",
        ("PRIVATE_KEY", V["pem_ssh"]),
    ),
    _r(
        C,
        "Hej, det er Mads Østergaard fra nr. 14, din pakke står hos mig. Ring på 20 12 34 56 hvis jeg ikke åbner",
        ("PERSON", "Mads Østergaard"),
        ("PHONE_NUMBER", "20 12 34 56"),
    ),
    _r(
        C,
        f'10.0.4.22 - - [19/Nov/2024:08:12:55 +0100] "POST /api/faktura HTTP/1.1" 401 117 "-" "python-requests/2.31" hdr="Authorization: Basic {V["basic"]}"',
        ("AUTH_HEADER", f"Basic {V['basic']}"),
    ),
    _r(
        "metadata",
        "lejrskole 7.b – Frederikke Holm har type 1-diabetes, insulinpumpe, skal tjekke blodsukker før måltider",
        ("PERSON", "Frederikke Holm"),
        ("MEDICAL", "type 1-diabetes"),
    ),
    _r(
        C,
        "geturðu skrifað stutt boðskort til Guðrúnar Sigurðardóttur í fimmtugsafmælið hennar á laugardaginn, hún er gömul vinkona mömmu",
        ("PERSON", "Guðrúnar Sigurðardóttur"),
    ),
    _r(
        C,
        f"Greiðsluupplýsingar fyrir sumarbústaðinn:\nReikningur: {V['iban_is']}\nUpphæð: 85.000 kr.\nSkýring: vika 27",
        ("IBAN_CODE", V["iban_is"]),
    ),
    _r(
        "metadata",
        "félagsmaður: Sólveig Jónsdóttir, fædd 12. mars 1987, sími 862 4417",
        ("PERSON", "Sólveig Jónsdóttir"),
        ("DATE_OF_BIRTH", "12. mars 1987"),
        ("PHONE_NUMBER", "862 4417"),
    ),
    _r(
        C,
        f"Πελάτης: καλησπέρα, είμαι η σύζυγος του Γιώργου Παπαδόπουλου, η κάρτα του {V['maestro']} χρεώθηκε δύο φορές για την ίδια παραγγελία.\nΥπάλληλος: Μπορείτε να μας δώσετε ένα τηλέφωνο επικοινωνίας;\nΠελάτης: 6944 213 507",
        ("PERSON", "Γιώργου Παπαδόπουλου"),
        ("CREDIT_CARD", V["maestro"]),
        ("PHONE_NUMBER", "6944 213 507"),
    ),
    _r(
        C,
        f"μετάφρασε στα αγγλικά για το λογιστή μου στη Βοστώνη: ο αριθμός κοινωνικής ασφάλισής μου είναι {V['ssn']} και θέλω αντίγραφο της δήλωσης του 2023",
        ("US_SSN", V["ssn"]),
    ),
    _r(
        "system",
        "Είσαι βοηθός φαρμακείου. Ο πελάτης είναι ο Σταύρος Κωνσταντινίδης, ημ. γέννησης 21/09/1973, με σακχαρώδη διαβήτη τύπου 2 και αλλεργία στην πενικιλίνη.",
        ("PERSON", "Σταύρος Κωνσταντινίδης"),
        ("DATE_OF_BIRTH", "21/09/1973"),
        ("MEDICAL", "σακχαρώδη διαβήτη τύπου 2"),
        ("MEDICAL", "αλλεργία στην πενικιλίνη"),
    ),
    _r(
        C,
        "ayşe yılmaz'a bir teşekkür mesajı yazar mısın, taşınırken bütün gün bize yardım etti, samimi olsun resmi değil",
        ("PERSON", "ayşe yılmaz"),
    ),
    _r(
        "tool_arguments",
        _j(
            {
                "alici": "Mehmet Emin Aksoy",
                "iban": V["iban_tr"],
                "tutar": 4750,
                "aciklama": "kasım kirası",
            }
        ),
        ("PERSON", "Mehmet Emin Aksoy"),
        ("IBAN_CODE", V["iban_tr"]),
    ),
    _r(
        C,
        f"abi şu log ne diyor anlamadım\n\n[2024-11-20 02:14:07] ERROR MongoServerSelectionError: connect ECONNREFUSED\n    uri=mongodb+srv://sepet_app:{V['dbpw3']}@cluster0.x7k2p.mongodb.net/sepet\n    aws_access_key_id={V['aws_id']}\n    aws_secret_access_key={V['aws_secret']}",
        (
            "CONNECTION_STRING",
            f"mongodb+srv://sepet_app:{V['dbpw3']}@cluster0.x7k2p.mongodb.net/sepet",
        ),
        ("API_TOKEN", V["aws_id"]),
        ("SECRET", V["aws_secret"]),
    ),
    _r(
        C,
        "shkruaj një mesazh ngushëllimi për familjen e Arbën Hoxhës, ishte koleg i babait tim në punë për 20 vjet",
        ("PERSON", "Arbën Hoxhës"),
    ),
    _r(
        C,
        f"Të dhënat për pagesë:\nPërfituesi: Klodiana Shehu\nLlogaria: {V['iban_al']}\nShuma: 35 000 lekë",
        ("PERSON", "Klodiana Shehu"),
        ("IBAN_CODE", V["iban_al"]),
    ),
    _r(
        "tool_arguments",
        _j({"emri": "Erion Dervishi", "datelindja": "12 mars 1991", "qyteti": "Durrës"}),
        ("PERSON", "Erion Dervishi"),
        ("DATE_OF_BIRTH", "12 mars 1991"),
    ),
]

ROWS: list[dict[str, object]] = [*ROWS_B2, *ROWS_B3, *ROWS_B1, *ROWS_B4]
