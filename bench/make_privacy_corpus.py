"""Write bench/data/privacy_corpus.jsonl: labelled prompts for bench/privacy.py.

Deterministic (seeded). Sensitive prompts are composed from templates so that labels carry
exact offsets; card numbers pass Luhn and IBANs pass mod-97, computed here. Benign prompts are
hand-written look-alikes (questions about identifiers, numbers failing checksums, code without
secrets, dates that are not birthdates, prices, ids, maths).

    .venv/bin/python bench/make_privacy_corpus.py
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

OUT = Path(__file__).parent / "data" / "privacy_corpus.jsonl"
Part = str | tuple[str, str]

# Benign look-alikes, written by hand. Numbers here fail their checksums or are not personal.
BENIGN = [
    "What is an IBAN and how is its check digit computed?",
    "Is GB00 XXXX 1234 a valid IBAN format? Explain the structure of British IBANs.",
    "How many characters does a German IBAN have?",
    "Explain the mod-97 algorithm used to validate IBAN codes, with a worked example.",
    "Why did my bank reject IBAN DE12 3456 7890 1234 5678 90? I copied it from a tutorial.",
    "What is an SSN and who issues it?",
    "What does the area number in a US social security number mean historically?",
    "Can a US SSN start with 9? Explain the ITIN range.",
    "How do I validate a credit card number with the Luhn algorithm in Python?",
    "Is 4111 1111 1111 1112 a valid Visa number? It fails my check.",
    "My test fixture uses 1234 5678 9012 3456 as a card number; the validator rejects it. Why?",
    "What is the difference between a debit card and a credit card?",
    "What information is printed on a US passport card?",
    "How long does it take to renew a passport in the UK?",
    "What documents do I need for a driver's license in Texas?",
    "How do phone number formats differ between the UK and France?",
    "Write a regex that matches E.164 phone numbers.",
    "What's the country calling code for Brazil?",
    "Upgrade from version 2.10.3004 to 3.1.0: what breaks?",
    "Release 1.24.7 was tagged on 2024-11-28; write the changelog intro.",
    "Our sprint ends 2025-03-14 and the retro is 2025-03-17. Draft the invite.",
    "Order #100234567 shipped on 2024-06-02 but tracking shows nothing. Write a polite follow-up.",
    "Invoice INV-2024-004512 totals $1,299.99 plus 8.25% tax. What is the total?",
    "The product costs EUR 2.499,00 in Germany and $2,349 in the US. Which is cheaper today?",
    "Compute 123456789 * 987654321 and show the steps.",
    "Solve 3x + 5 = 20 and 12x - 7 = 41.",
    "What is 2^64 - 1 written out in decimal?",
    "Factor 600851475143 into primes.",
    "Convert 1011010111 from binary to decimal.",
    "Sum the series 1 + 1/2 + 1/4 + ... and explain convergence.",
    "What is the derivative of x^3 * ln(x)?",
    "The sequence 2, 3, 5, 7, 11, 13, 17, 19, 23 continues how?",
    "Estimate pi using the first 10,000,000 terms of the Leibniz series.",
    "A train leaves at 14:35 and arrives at 18:05. How long is the trip?",
    "Pivot table: rows 2021, 2022, 2023; values 145000, 162500, 171250. Growth rate?",
    "Explain what a UUID like 550e8400-e29b-41d4-a716-446655440000 encodes.",
    "Why is my git commit 9fceb02d0ae598e95dc970b74767f19372d61af8 not on main?",
    "What does HTTP status 503 mean and how should a client retry?",
    "Translate 'the meeting is moved to Thursday' into Spanish and German.",
    "Write a haiku about autumn rain.",
    "Summarise the plot of Hamlet in three sentences.",
    "What's the weather usually like in Paris in April?",
    "Plan a 3-day itinerary for Tokyo with a focus on food.",
    "What is the capital of Australia?",
    "Compare the population of Lagos and Cairo.",
    "How far is Berlin from Munich by train?",
    "Give me a recipe for vegetarian lasagna for 6 people.",
    "How do I reverse a linked list in Rust?",
    "Explain Python's GIL to a junior developer.",
    "What is the time complexity of heapsort?",
    "Write a SQL query that returns the top 10 customers by revenue.",
    "How does TCP congestion control work?",
    "What's the difference between a process and a thread?",
    "Explain the CAP theorem with an example.",
    "Write unit tests for a function that parses ISO 8601 dates like 2024-02-29.",
    "def connect():\n    password = os.environ['DB_PASSWORD']\n"
    "    return psycopg.connect(password=password)\nIs this safe?",
    "const token = process.env.GITHUB_TOKEN;\n"
    "fetch(url, {headers: {Authorization: `Bearer ${token}`}})\nWhy 401?",
    "api_key = load_key_from_vault('payments')\nclient = Client(api_key=api_key)\nRefactor this.",
    "In the AWS docs the example key is AKIAIOSFODNN7EXAMPLE. What does the AKIA prefix mean?",
    "My docker-compose has DATABASE_URL=postgres://user:password@localhost:5432/app as in the "
    "docs. Why can't it connect?",
    "Set password: <your password> in config.yaml, then restart. What does this step do?",
    "The error says 'password is required' when I run the CLI. What flag am I missing?",
    "How do I rotate an OpenAI API key safely?",
    "Where do I find my Stripe secret key in the dashboard?",
    "What's the format of a GitHub personal access token?",
    "Generate an SSH key pair with ed25519 and explain each flag.",
    "-----BEGIN PUBLIC KEY----- blocks: how do I convert PEM to DER?",
    "Explain how JWTs are signed and why the header starts with eyJ.",
    "Write a bash script that counts lines in every *.py file.",
    "for i in range(1000000): total += i * 2 -- how do I speed this up?",
    "kubectl get pods -n prod shows CrashLoopBackOff; how do I debug it?",
    "SELECT id, email FROM users WHERE created_at > '2024-01-01' LIMIT 100; add an index?",
    "Send an email template to user@example.com for testing our SMTP setup.",
    "Our docs use alice@example.org and bob@example.net as sample addresses; write two more.",
    "What is diabetes and how is it diagnosed?",
    "How does insulin regulate blood sugar?",
    "What are early symptoms of a stroke?",
    "Explain how antidepressants like SSRIs work.",
    "What is the survival rate for early-stage breast cancer?",
    "List common side effects of chemotherapy.",
    "How is asthma different from COPD?",
    "What does a typical 500 mg dose of paracetamol do?",
    "How did the 1918 influenza pandemic spread?",
    "What year was the Eiffel Tower completed, and how tall is it?",
    "Who wrote Pride and Prejudice?",
    "Tell me about Marie Curie's research on radioactivity.",
    "What did Albert Einstein mean by spooky action at a distance?",
    "Summarise Barack Obama's 2009 inaugural address.",
    "What's Ada Lovelace known for?",
    "Describe the architecture of the Sagrada Familia.",
    "The meeting room is 4B on floor 12; book it for 10:30-11:15.",
    "Call the function twice with 3 and 7 and print the result.",
    "Phone screens last 30 minutes; write 5 interview questions for a backend role.",
    "Call me Ishmael: explain the first line of Moby-Dick.",
    "My order number is 4155550142 and it arrived broken; draft a complaint.",
    "Ticket 20240612-0042 is still open after 3 days.",
    "Our SKU 880012345671 is out of stock; write a back-in-stock email.",
    "Tracking number 1Z999AA10123456784 shows 'label created' for a week.",
    "The lottery numbers were 4, 8, 15, 16, 23 and 42. What are the odds of that?",
    "Coordinates 51.5074, -0.1278 point to which city?",
    "Round 3.14159265 to four decimal places.",
    "What's 15% of 2,480?",
    "Convert 72 degrees Fahrenheit to Celsius.",
    "Is 7919 a prime number?",
    "Explain the birthday paradox with 23 people.",
    "When was Python born as a language, and who designed it?",
    "The company was born in 1998 in a garage; write a founder story.",
    "Which date format is better: 2024-11-28 or 11/28/2024?",
    "Convert 28.11.2024 to ISO format.",
    "Set the cron job to run at 02:30 on 1/15/2025.",
    "Street food in Bangkok: where should I start?",
    "What's the history of Abbey Road as a street?",
    "How are street addresses formatted in Japan?",
    "Write a function that validates a UK postcode.",
    "In a spreadsheet, column A has 555 entries and column B has 1,024; merge them.",
    "The password policy requires 12 characters; write the error message.",
    "Reset password flow: describe the steps for a mobile app.",
    "Explain OAuth2 client credentials flow without using real secrets.",
    "Our Slack channel #release-2024-11 is noisy; suggest a naming convention.",
    "Stripe test mode uses card 4242 4242 4242 4241? I think that's wrong, check it.",
    "What is the routing number format for US banks?",
    "Draft a privacy policy section on how we store IBANs and card numbers.",
    "How should a gateway redact personal data before calling an LLM?",
    "Give three examples of personally identifiable information.",
    "What is GDPR's definition of personal data?",
    "Name five famous landmarks in Rome.",
    "Write a limerick about a cat named Pixel.",
    "Compare PostgreSQL and MySQL for analytics workloads.",
    "What's the best way to learn linear algebra?",
    "Explain transformers' attention mechanism in plain words.",
    "Sort the list [34, 7, 23, 32, 5, 62] with merge sort step by step.",
    "Area of a circle with radius 12.5 cm?",
    "How many seconds are in 3 weeks?",
    "What does error code 0x80070005 mean on Windows?",
    "Explain IPv4 address 192.168.1.1 and private ranges.",
    "Parse the log line '2024-11-28T14:03:22Z INFO request_id=7f3a latency_ms=845'.",
]


def compose(parts: list[Part]) -> dict[str, object]:
    text, entities = "", []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            entities.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += part
    return {"text": text, "entities": entities, "sensitive": bool(entities)}


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - num % 97:02d}{bban}"


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


def card_format(number: str) -> str:
    """Group digits the way each length is printed on cards (4-6-5 Amex, 4-6-4 Diners)."""
    if len(number) == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    if len(number) == 14:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return grouped(number) if len(number) == 16 else number


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


D, U, L = string.digits, string.ascii_uppercase, string.ascii_letters + string.digits
IBAN_SHAPES = {  # country: BBAN alphabet per position (digits unless noted)
    "GB": "AAAA" + "n" * 14,
    "DE": "n" * 18,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "A" + "n" * 22,
    "NL": "AAAA" + "n" * 10,
    "BE": "n" * 12,
    "CH": "n" * 17,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "IE": "AAAA" + "n" * 14,
    "PT": "n" * 21,
    "AT": "n" * 16,
    "NO": "n" * 11,
}
CARDS = [
    ("Visa", "4", 16),
    ("Mastercard", "51", 16),
    ("Mastercard", "55", 16),
    ("Mastercard", "2221", 16),
    ("Amex", "34", 15),
    ("Amex", "37", 15),
    ("Discover", "6011", 16),
    ("JCB", "3528", 16),
    ("Diners Club", "36", 14),
    ("Visa", "4", 13),
]
PHONES = [
    "+1 201-555-0123",
    "(201) 555-0123",
    "+44 7400 123456",
    "07400 123456",
    "+44 121 234 5678",
    "+49 1512 3456789",
    "+49 30 123456",
    "+33 6 12 34 56 78",
    "01 23 45 67 89",
    "+91 81234 56789",
    "+55 11 96123-4567",
    "+34 612 34 56 78",
    "+39 312 345 6789",
    "+81 90-1234-5678",
    "+61 412 345 678",
    "+31 6 12345678",
    "+27 71 123 4567",
    "+52 222 123 4567",
    "+234 802 123 4567",
    "+65 8123 4567",
    "415-555-0198",
    "+1 (646) 555-0147",
    "+447400123456",
    "+33 1 23 45 67 89",
]
NAMES = [
    "Oluwaseun Adeyemi",
    "Zhang Wei",
    "Priya Raghunathan",
    "José García",
    "Anna Müller",
    "Mohammed Al-Farsi",
    "Nguyen Van An",
    "Yuki Tanaka",
    "Łukasz Kowalski",
    "Ivan Petrov",
    "Ayşe Yılmaz",  # noqa: RUF001
    "Kim Min-jun",
    "Fatima Zahra Benali",
    "Siobhan O'Connor",
    "Lars Eriksson",
    "Chiara Rossi",
    "Kwame Mensah",
    "Emily Carter",
    "Rafael Souza",
    "Hannah Schmidt",
    "Aarav Sharma",
    "Sofia Hernández",
    "Thabo Nkosi",
    "Camille Dubois",
    "Michael O'Brien",
]
ADDRESSES = [
    "221B Baker Street",
    "1600 Pennsylvania Avenue",
    "42 Wallaby Way",
    "350 Fifth Avenue",
    "10 Downing Street",
    "742 Evergreen Terrace",
    "88 Oak Lane",
    "Hauptstraße 12",
    "Bahnhofstrasse 5",
    "Keizersgracht 123",
    "12 rue de la Paix",
    "25 avenue des Champs Elysees",
    "Calle Mayor 14",
    "Via Roma 20",
    "Kungsgatan 7",
    "15 Church Road",
    "9 Elm Drive",
    "Rua Augusta 101",
]
DOBS = [
    "12/03/1985",
    "1990-07-14",
    "3 May 1978",
    "March 9, 1962",
    "07.11.1993",
    "1 janvier 1980",
    "22 de marzo de 1991",
    "29/02/1988",
    "August 21st, 2001",
]
CONDITIONS = [
    ("My mother was ", "diagnosed", " with breast cancer last spring."),
    ("I take 20 ", "mg", " of fluoxetine every morning."),
    ("My son has type 1 ", "diabetes", " and needs a school plan."),
    ("I have been struggling with ", "depression", " since my divorce."),
    ("My wife is ", "pregnant", " with our second child."),
    ("He told me he is ", "HIV", " positive and asked me to keep it quiet."),
    ("I was prescribed ", "insulin", " after my last check-up."),
    ("My father had a ", "stroke", " in March and can't drive now."),
    ("I'm recovering from ", "surgery", " on my knee."),
    ("My daughter's ", "asthma", " gets worse in winter."),
    ("I suffer from ", "migraines", " twice a week."),
    ("My brother's ", "schizophrenia", " is getting harder to manage."),
]


def secrets(rng: random.Random) -> list[tuple[str, str, str]]:
    """(type, value, lead-in) triples, one of each provider shape, values random."""
    return [
        ("AWS_ACCESS_KEY", "AKIA" + rand(rng, U + D, 16), "aws_access_key_id = "),
        ("AWS_SECRET_KEY", rand(rng, L + "/+", 40), "aws_secret_access_key = "),
        ("API_TOKEN", "sk-proj-" + rand(rng, L + "_-", 48), "OPENAI_API_KEY="),
        ("API_TOKEN", "sk-ant-api03-" + rand(rng, L + "_-", 93) + "AA", "ANTHROPIC_API_KEY="),
        ("API_TOKEN", "ghp_" + rand(rng, L, 36), "my github token is "),
        ("API_TOKEN", "github_pat_" + rand(rng, L + "_", 82), "GH_TOKEN="),
        (
            "API_TOKEN",
            "xoxb-" + rand(rng, D, 12) + "-" + rand(rng, D, 13) + "-" + rand(rng, L, 24),
            "slack bot token: ",
        ),
        ("API_TOKEN", "sk_live_" + rand(rng, L, 24), "stripe.api_key = '"),
        ("API_TOKEN", "AIza" + rand(rng, L + "_-", 35), "GOOGLE_MAPS_KEY="),
        ("API_TOKEN", "hf_" + rand(rng, L, 34), "HF_TOKEN="),
        ("API_TOKEN", "glpat-" + rand(rng, L, 20), "gitlab token "),
        ("PASSWORD", rand(rng, L, 6) + rng.choice("!#$%&*") + rand(rng, D, 3), "password: "),
        ("PASSWORD", "Winter" + rand(rng, D, 4) + "!", "my wifi password is "),
        ("PASSWORD", rand(rng, L, 10) + rand(rng, D, 2), "DB_PASSWORD="),
        (
            "CONNECTION_STRING",
            f"postgresql://app:{rand(rng, L, 14)}@db.prod.internal:5432/orders",
            "DATABASE_URL=",
        ),
        (
            "CONNECTION_STRING",
            f"mongodb+srv://admin:{rand(rng, L, 16)}@cluster0.ab1cd.mongodb.net",
            "connect with ",
        ),
        (
            "CONNECTION_STRING",
            f"Server=sql01;Database=hr;User Id=sa;Password={rand(rng, L, 12)};",
            "conn string: ",
        ),
        (
            "PRIVATE_KEY",
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + "\n".join(rand(rng, L + "+/", 64) for _ in range(4))
            + "\n-----END RSA PRIVATE KEY-----",
            "here is the deploy key:\n",
        ),
        (
            "PRIVATE_KEY",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + rand(rng, L + "+/", 70)
            + "\n-----END OPENSSH PRIVATE KEY-----",
            "id_ed25519:\n",
        ),
    ]


def sensitive(rng: random.Random) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    emails = [
        "jane.doe@acme.io",
        "m.alfarsi@outlook.com",
        "priya.r+bank@gmail.com",
        "j.garcia@empresa.es",
        "anna_mueller@web.de",
        "kwame.mensah@company.co.uk",
        "zhang.wei@163.com",
        "info@müller-bau.de",
        "t.nkosi@mweb.co.za",
        "yuki@tanaka.jp",
    ]
    for i, e in enumerate(emails):
        lead = ["Reply to ", "Forward the invoice to ", "My email is ", "cc: ", "Kontakt: "][i % 5]
        out.append(compose([lead, ("EMAIL_ADDRESS", e), " and keep it brief."]))
    for i, ph in enumerate(PHONES):
        lead = ["Call me on ", "My phone number is ", "Text ", "WhatsApp: ", "tel. "][i % 5]
        out.append(compose([lead, ("PHONE_NUMBER", ph), " after 6pm, thanks."]))
    for brand, prefix, length in CARDS * 2:
        number = luhn_complete(prefix, length, rng)
        shown = card_format(number) if rng.random() < 0.6 else number
        out.append(
            compose(
                [
                    f"Charge my {brand} ",
                    ("CREDIT_CARD", shown),
                    f" exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)} for the order.",
                ]
            )
        )
    for country, shape in list(IBAN_SHAPES.items()) * 2:
        bban = "".join(rng.choice(U) if c == "A" else rng.choice(D) for c in shape)
        value = iban(country, bban)
        shown = grouped(value) if rng.random() < 0.5 else value
        out.append(compose(["Please wire the deposit to ", ("IBAN_CODE", shown), " by Friday."]))
    for _ in range(10):
        ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        out.append(compose(["My SSN is ", ("US_SSN", ssn), ", fill the W-4 for me."]))
    for _ in range(6):
        pp = rng.choice([rand(rng, D, 9), rng.choice(U) + rand(rng, D, 8)])
        out.append(compose(["US passport number ", ("US_PASSPORT", pp), ", expires 2031."]))
    for _ in range(6):
        dl = rng.choice(U) + rand(rng, D, 7)
        out.append(
            compose(
                ["My driver's license is ", ("US_DRIVER_LICENSE", dl), ", issued in California."]
            )
        )
    for dob in DOBS:
        out.append(
            compose(["Patient file: date of birth ", ("DATE_OF_BIRTH", dob), ", blood type O."])
        )
        out.append(compose(["I was born on ", ("DATE_OF_BIRTH", dob), "; am I eligible?"]))
    for i, addr in enumerate(ADDRESSES):
        lead = ["Ship it to ", "I live at ", "Our office: ", "Send the letter to "][i % 4]
        out.append(compose([lead, ("STREET_ADDRESS", addr), ", please confirm."]))
    for i, name in enumerate(NAMES):
        forms: list[list[Part]] = [
            ["My name is ", ("PERSON", name), " and I need a cover letter."],
            ["Dear ", ("PERSON", name), ", thanks for the quick reply."],
            ["Write a reference letter for my colleague ", ("PERSON", name), "."],
            ["Please schedule a meeting with ", ("PERSON", name), " next Tuesday."],
        ]
        out.append(compose(forms[i % 4]))
    for i, name in enumerate(NAMES[:10]):
        city = [
            "Lagos",
            "Shenzhen",
            "Chennai",
            "Seville",
            "Munich",
            "Muscat",
            "Hanoi",
            "Osaka",
            "Kraków",
            "Kazan",
        ][i]
        out.append(
            compose(
                [
                    ("PERSON", name),
                    " lives in ",
                    ("LOCATION", city),
                    " and wants to move closer to work.",
                ]
            )
        )
    for a, term, b in CONDITIONS:
        out.append(compose([a, ("MEDICAL", term), b]))
    for kind, value, lead in secrets(rng) + secrets(rng):
        tail = "'" if lead.endswith("'") else ""
        out.append(compose(["Why does this fail? ", lead, (kind, value), tail, "\nrun deploy"]))
    out += mixed(rng)
    return out


def mixed(rng: random.Random) -> list[dict[str, object]]:
    """Longer prompts with several entities, multilingual phrasing."""
    card = luhn_complete("4", 16, rng)
    de_iban = iban("DE", rand(rng, D, 18))
    return [
        compose(
            [
                "Hi, I'm ",
                ("PERSON", "Emily Carter"),
                ". Please update my address to ",
                ("STREET_ADDRESS", "15 Church Road"),
                " and call me at ",
                ("PHONE_NUMBER", "+44 121 234 5678"),
                ".",
            ]
        ),
        compose(
            [
                "Bonjour, je m'appelle ",
                ("PERSON", "Camille Dubois"),
                ", née le ",
                ("DATE_OF_BIRTH", "1 janvier 1980"),
                ", mon IBAN est ",
                ("IBAN_CODE", iban("FR", rand(rng, D, 23))),
                ".",
            ]
        ),
        compose(
            [
                "Hallo, ich heiße ",
                ("PERSON", "Hannah Schmidt"),
                ", wohne in der ",
                ("STREET_ADDRESS", "Hauptstraße 12"),
                ", IBAN ",
                ("IBAN_CODE", de_iban),
                ".",
            ]
        ),
        compose(
            [
                "Hola, me llamo ",
                ("PERSON", "Sofia Hernández"),
                ", mi correo es ",
                ("EMAIL_ADDRESS", "sofia.h@correo.mx"),
                ".",
            ]
        ),
        compose(
            [
                "Refund ",
                ("CREDIT_CARD", card_format(card)),
                " and email ",
                ("EMAIL_ADDRESS", "billing.ops@northwind.co"),
                " the receipt.",
            ]
        ),
        compose(
            [
                "Summarise this support chat. Customer: ",
                ("PERSON", "Rafael Souza"),
                ", phone ",
                ("PHONE_NUMBER", "+55 11 96123-4567"),
                ", complaint about late delivery.",
            ]
        ),
    ]


def main() -> None:
    rng = random.Random(20261128)
    rows = sensitive(rng) + [{"text": t, "entities": [], "sensitive": False} for t in BENIGN]
    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_sens = sum(1 for r in rows if r["sensitive"])
    print(f"wrote {len(rows)} prompts ({n_sens} sensitive, {len(rows) - n_sens} benign) to {OUT}")


if __name__ == "__main__":
    main()
