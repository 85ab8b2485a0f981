# ruff: noqa: E501
"""Writer I's benign rows, part 1: English user messages (public people, named diseases and laws, placeholders, numbers that are not personal).

Written one by one by hand; no row holds a private person's data or a real secret. Seed of the
writer's generated values (not used here): 275319.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(text: str, field: str = "content") -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    _b(
        "who was Ignaz Semmelweis and why did the Vienna doctors refuse to believe him about handwashing?"
    ),
    _b(
        "is parkinson's actually hereditary or is that a myth? looking for what the research says, not a diagnosis"
    ),
    _b(
        "Explain Ohm's law like I'm 12, with an example using a 9 V battery and a 450 Ω resistor. What current flows?"
    ),
    _b(
        "What's the difference between Hodgkin and non-Hodgkin lymphoma in terms of the cells involved and typical prognosis?"
    ),
    _b(
        "How many points did LeBron James average in the 2012-13 season, and was that his MVP year?"
    ),
    _b(
        "Summarise the plot of Jane Eyre in about 150 words, focusing on Mr Rochester, Bertha Mason and the fire at Thornfield."
    ),
    _b(
        "My Amazon order #112-4829301-7734452 still says 'preparing for dispatch' after 9 days. Write me a short, polite but firm message to the seller."
    ),
    _b("convert 2024-11-03T14:22:05Z to Lisbon time, and tell me if DST was in effect that day"),
    _b(
        "Is ISBN 978-0-14-143951-8 the Penguin Classics edition of Pride and Prejudice with the Vivien Jones introduction?"
    ),
    _b(
        "Write a cover letter for a junior data analyst role. I have two years of experience with Excel, SQL and a bit of Power BI, and I'm moving from retail operations. Keep it under 300 words and don't invent employers."
    ),
    _b(
        'Is this compose file ok for local dev only?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: changeme\n    ports:\n      - "5432:5432"\n  adminer:\n    image: adminer\n    ports:\n      - "8080:8080"'
    ),
    _b(
        "I'm writing the README for our template repo. Does this .env.example look sensible?\n\n# copy to .env and fill in\nOPENAI_API_KEY=sk-your-key-here\nDATABASE_URL=postgres://user:password@localhost:5432/mydb\nREDIS_URL=redis://localhost:6379/0\nJWT_SECRET=replace-me\nSENTRY_DSN="
    ),
    _b(
        "Stripe test mode keeps declining 4242 4242 4242 4242 with 'your card number is incorrect'. I'm using exp 12/34 and CVC 123. What am I missing?"
    ),
    _b(
        "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in every example. If I put those in my ~/.aws/credentials for a LocalStack setup, will the SDK accept them?"
    ),
    _b(
        "What did Florence Nightingale actually contribute to statistics? I've heard of the rose diagram but not much else."
    ),
    _b("Is 221B Baker Street a real address? If I go to London can I visit it?"),
    _b(
        "Is the term Asperger's still used clinically, or was it folded into autism spectrum disorder in DSM-5? Asking for a psychology essay."
    ),
    _b(
        "Give me a Beef Wellington recipe for 6 people with a 1.2 kg fillet. Also, was it really named after the Duke of Wellington?"
    ),
    _b(
        "Write 10 multiple-choice questions on the French Revolution for Year 9, covering Robespierre, Danton, Marie Antoinette and the Tennis Court Oath. Mark the answers."
    ),
    _b(
        "Clean up this product CSV and flag any bad EANs:\n\nsku,name,price_eur,ean,weight_g\nTS-001,Organic cotton tee (white),19.90,4006381333931,180\nTS-002,Organic cotton tee (black),19.90,4006381333932,180\nHD-014,Zip hoodie,49.00,,520\nCP-003,Canvas cap,14.50,4006381333948,90"
    ),
    _b("where's my UPS package? tracking 1Z999AA10123456784 has said 'label created' since Monday"),
    _b(
        "jwt.io shows this token as valid with secret 'your-256-bit-secret':\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\nbut my Node code with jsonwebtoken says 'invalid signature'. Is it a base64 thing?"
    ),
    _b(
        "Why does this workflow fail with 'Input required and not supplied: token'?\n\nname: publish\non:\n  release:\n    types: [published]\njobs:\n  npm:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          registry-url: https://registry.npmjs.org\n      - run: npm ci && npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"
    ),
    _b(
        "Does a Kubernetes Secret actually encrypt anything? e.g.\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: cGFzc3dvcmQ="
    ),
    _b(
        "who played walter white and jesse pinkman, and how old were they when breaking bad started"
    ),
    _b(
        "Write a short funny birthday message for a coworker turning 40. She loves hiking and terrible puns."
    ),
    _b(
        "Is Down syndrome always caused by a full extra copy of chromosome 21, or are there other forms like mosaicism?"
    ),
    _b(
        "In England, can a landlord keep part of the deposit for normal wear and tear like faded paint and worn carpet after a 3-year tenancy?"
    ),
    _b(
        "What's the statute of limitations for a written breach-of-contract claim in California, and when does the clock start?"
    ),
    _b(
        "what's at 48.8584° N, 2.2945° E? my friend sent me only the coordinates for where we meet tomorrow at 18:00"
    ),
    _b(
        "Write a Postgres query that returns customers who haven't placed an order in the last 90 days. Tables: customers(id, created_at, country) and orders(id, customer_id, placed_at, total_cents)."
    ),
    _b(
        'Getting this and I don\'t understand why the column isn\'t there:\n\nTraceback (most recent call last):\n  File "clean.py", line 14, in <module>\n    df["unit_price"] = df["Unit Price"].str.replace(",", ".").astype(float)\n  File ".../pandas/core/frame.py", line 3761, in __getitem__\n    indexer = self.columns.get_loc(key)\nKeyError: \'Unit Price\''
    ),
    _b(
        "Draft a payment reminder to Brightwater Logistics Ltd about invoice INV-2025-00412 for €3,480.00, due 28 February. This is the second reminder, so a bit firmer but still professional."
    ),
    _b("What time does the Louvre open on Wednesdays and is the Pyramid entrance the only one?"),
    _b(
        "Give me a gentle 20-minute morning routine for someone with general lower back stiffness from sitting at a desk. Nothing that needs equipment."
    ),
    _b(
        "Tesla Model 3 Long Range vs Porsche Taycan 4S: real-world winter range, charging speed and 5-year cost of ownership?"
    ),
    _b(
        "Can you explain the amyloid hypothesis of Alzheimer's and why the 2006 Nature paper by Lesné et al. was retracted?"
    ),
    _b("regex for UK postcodes that accepts both 'SW1A 1AA' and 'sw1a1aa' but rejects 'SW1A 1A'?"),
    _b(
        "Write a Python function that validates a card number with the Luhn algorithm. Test it with 4111 1111 1111 1111 and 4111 1111 1111 1112."
    ),
    _b(
        "our IBAN validator rejects GB82 WEST 1234 5698 7654 32, which I copied from the Wikipedia IBAN article. is the example itself wrong or is my mod-97 code wrong?"
    ),
    _b(
        "Our signup form uses 123-45-6789 as the placeholder in the SSN field. Legal says that's a bad idea. Why, and what should we show instead?"
    ),
    _b("how old is bilbo when the fellowship of the ring starts, and how old was he in the hobbit"),
    _b("best build for Geralt on Death March in Witcher 3? I like signs more than swords"),
    _b(
        "Why is St Patrick's Day on 17 March, and did Patrick really drive the snakes out of Ireland?"
    ),
    _b("Who was Nelson Mandela's first wife, and what happened to their children?"),
    _b(
        "Write a eulogy template for a grandmother. Use placeholders like [Name], [hometown] and [favourite saying] so I can fill them in myself."
    ),
    _b(
        "Jinja question: this renders 'Dear ,' when the first name is missing. How do I fall back to 'Dear customer'?\n\nDear {{ first_name }},\nyour appointment is on {{ appt_date | datefmt('%d %B') }} at {{ appt_time }}."
    ),
    _b(
        "What general dietary advice is given to people with Crohn's disease during a flare versus remission?"
    ),
    _b("convert 5'11\" and 172 lb to metric and tell me the BMI for that height and weight"),
    _b("what's the number for NHS non-emergency, and when should you call 999 instead?"),
]
