# ruff: noqa: E501
"""Evaluation 10, writer G: sensitive rows in English (England, Scotland, Ireland, Ghana, Jamaica,
US, Australia, India, Pakistan), second half: secrets in logs and config, HR, CSV, chat transcripts.

Writer G's module; seed 604117 (identifiers and secrets come from ``_eval10_part_g2``).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval10_part_g2 as V  # type: ignore[import-not-found]


def _r(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS = [
    _r(
        "content",
        "Our nightly export job started failing after I moved the config into the repo. Full trace:\n\n"
        "Traceback (most recent call last):\n"
        '  File "/opt/export/run.py", line 41, in <module>\n'
        "    upload(report_path)\n"
        '  File "/opt/export/run.py", line 27, in upload\n'
        "    s3.upload_file(path, BUCKET, key)\n"
        "botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.\n\n"
        "and config/aws.ini:\n"
        "[default]\n"
        f"aws_access_key_id = {V.AWS_ACCESS_KEY}\n"
        f"aws_secret_access_key = {V.AWS_SECRET_KEY}\n"
        "region = eu-west-2\n\n"
        "The bucket is definitely in London region. What am I missing?",
        ("API_TOKEN", V.AWS_ACCESS_KEY),
        ("SECRET", V.AWS_SECRET_KEY),
    ),
    _r(
        "content",
        "why does my workflow fail on the checkout step with 'Bad credentials'?\n\n"
        "```yaml\n"
        "name: deploy\n"
        "on: [push]\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "        with:\n"
        "          repository: our-org/shared-config\n"
        f"          token: {V.GITHUB_PAT}\n"
        "      - run: npm ci && npm run build\n"
        "```",
        ("API_TOKEN", V.GITHUB_PAT),
    ),
    _r(
        "content",
        f"the server won't accept my key. I pasted this into ~/.ssh/authorized_keys on the box, is the format wrong?\n\n{V.SSH_KEY}\n\nthe box runs ubuntu 22.04 if that matters",
        ("PRIVATE_KEY", V.SSH_KEY),
    ),
    _r(
        "content",
        "Hi, please rewrite this more professionally before I send it to the leads, it's too chatty:\n\n"
        "Subject: Q3 reviews - status and next steps\n\n"
        "Team, quick update on Q3 reviews since a few of you asked in the stand-up. Overall we closed 41 of 46 reviews before the deadline, which is better than last quarter, and calibration with the Hyderabad and Chennai leads is done. "
        "Ratings distribution looks reasonable, we have fewer 'exceeds' than Q2 but HR said that is fine as long as we can back them up with examples. "
        "Arjun Reddy goes on a PIP from Monday. His numbers have been poor since his father passed and he told me in confidence he is seeing a psychiatrist for depression, so Deepa please keep that out of the shared tracker and only write 'personal circumstances' if anyone asks. "
        "The PIP is 60 days with weekly check-ins, goals are in the usual template and I will share them with him first. "
        "Salary revision for Meenakshi will be held until her maternity leave ends in Feb, and we will backdate it from October as agreed with comp. "
        "Rest of the team is on track. Promotions list goes to the director on the 18th, so please send your final justifications by the 15th, max one page each, and don't paste anything from chat threads into them. "
        "Thanks all, this was a heavy cycle and I appreciate how much time you put into the write-ups.",
        ("PERSON", "Arjun Reddy"),
        ("MEDICAL", "seeing a psychiatrist for depression"),
        ("PERSON", "Deepa"),
        ("PERSON", "Meenakshi"),
        ("MEDICAL", "maternity leave"),
    ),
    _r(
        "content",
        "yaar Hamza ki shaadi ka card print karwana hai, address english mein likh do properly: House 23, Street 7, F-8/3, Islamabad. aur neeche uska mobile bhi daal do +92 321 4567890",
        ("PERSON", "Hamza"),
        ("STREET_ADDRESS", "House 23, Street 7, F-8/3"),
        ("PHONE_NUMBER", "+92 321 4567890"),
    ),
    _r(
        "content",
        "Clean up this CSV before I import it into payroll, the dates are in mixed formats and I want everything as YYYY-MM-DD:\n\n"
        "employee,ssn,dob,start_date\n"
        f"Jonathan Kim,{V.SSN_2},7/4/1990,2023-01-09\n"
        f"Luz Marina Rojas,{V.SSN_3},1988-11-30,01/15/2024\n",
        ("PERSON", "Jonathan Kim"),
        ("US_SSN", V.SSN_2),
        ("DATE_OF_BIRTH", "7/4/1990"),
        ("PERSON", "Luz Marina Rojas"),
        ("US_SSN", V.SSN_3),
        ("DATE_OF_BIRTH", "1988-11-30"),
    ),
    _r(
        "content",
        "What vaccines should my mum get before she flies over to see us in Manchester? She's Efua Ansah, born 12th March 1958, hypertensive and on amlodipine, and she lives in Cape Coast.",
        ("PERSON", "Efua Ansah"),
        ("DATE_OF_BIRTH", "12th March 1958"),
        ("MEDICAL", "hypertensive"),
        ("MEDICAL", "amlodipine"),
    ),
    _r(
        "content",
        "Morag is still this tired 6 weeks after her last chemo, is that normal or should we ring the ward",
        ("PERSON", "Morag"),
        ("MEDICAL", "chemo"),
    ),
    _r(
        "content",
        "Can you check my grammar: 'Our daughter Matilda Nguyen-Walsh (DOB 03/09/2016) was diagnosed with ADHD last term and will need a quiet space and extra time during NAPLAN.'",
        ("PERSON", "Matilda Nguyen-Walsh"),
        ("DATE_OF_BIRTH", "03/09/2016"),
        ("MEDICAL", "ADHD"),
    ),
    _r("name", "Priya Venkataraman", ("PERSON", "Priya Venkataraman")),
    _r("name", "Dr Fiona MacLeod", ("PERSON", "Fiona MacLeod")),
    _r("user", "jenny.tran.1994@gmail.com", ("EMAIL_ADDRESS", "jenny.tran.1994@gmail.com")),
    _r("user", "+91 98450 12345", ("PHONE_NUMBER", "+91 98450 12345")),
    _r(
        "metadata",
        "Caller Mrs Beverley Hughes rang about her late husband's account. Bereavement team to call back on 0113 243 8871 after 2pm.",
        ("PERSON", "Mrs Beverley Hughes"),
        ("PHONE_NUMBER", "0113 243 8871"),
    ),
    _r(
        "tool_description",
        f"Charges a saved card through Stripe for the Camden shop. Server key (do not rotate without telling finance): {V.STRIPE_KEY}",
        ("API_TOKEN", V.STRIPE_KEY),
    ),
    _r(
        "tool_arguments",
        f"Fill in the tax registration for Oluwaseun Adeyemi, Steuer-ID {V.DE_ID_1}, moved to Berlin on 1 August from 33 Peckham Rye, London SE15. Employer: a logistics firm in Spandau.",
        ("PERSON", "Oluwaseun Adeyemi"),
        ("DE_TAX_ID", V.DE_ID_1),
        ("STREET_ADDRESS", "33 Peckham Rye"),
    ),
    _r(
        "content",
        f"Moved to Rotterdam from Leeds for work. The gemeente letter says my BSN is {V.BSN_1} but the bank form wants a 'citizen service number' — same thing, yeah?",
        ("NL_BSN", V.BSN_1),
    ),
    _r(
        "content",
        f"Translating my colleague's document from Polish for HR: PESEL {V.PESEL_1}, born 17.06.1991 in Gdańsk. Can you do it in formal English? It's for her right to work check.",
        ("PL_PESEL", V.PESEL_1),
        ("DATE_OF_BIRTH", "17.06.1991"),
    ),
    _r(
        "content",
        "can you make this gumtree ad sound less desperate: 'Selling my late dad's fishing gear, rods reels and the lot, collection from Leith only. Email me on jamie [dot] reid77 [at] gmail [dot] com'",
        ("EMAIL_ADDRESS", "jamie [dot] reid77 [at] gmail [dot] com"),
    ),
    _r(
        "content",
        "Summarise this chat for the fraud team in 3 bullet points:\n\n"
        "[10:02] Agent: Can you confirm the card number please?\n"
        f"[10:02] Customer: its {V.CARD_AMEX} exp 08/27\n"
        "[10:03] Agent: And the name on the card?\n"
        "[10:03] Customer: Harrison Boateng\n"
        "[10:04] Customer: I never made the $2,340 purchase at the electronics store, I was in Cairns that whole week\n"
        "[10:05] Agent: Understood, I'll block the card now.",
        ("CREDIT_CARD", V.CARD_AMEX),
        ("PERSON", "Harrison Boateng"),
    ),
    _r(
        "metadata",
        f"KYC done, Aadhaar {V.AADHAAR_3}, e-sign pending; branch Coimbatore",
        ("IN_AADHAAR", V.AADHAAR_3),
    ),
    _r(
        "tool_arguments",
        f"add deploy key for the build runner, title runner-eu-2, read only:\n{V.RSA_KEY}",
        ("PRIVATE_KEY", V.RSA_KEY),
    ),
    _r(
        "system",
        f"Internal tooling assistant for the platform team. When the primary model times out, call the fallback endpoint with header x-api-key: {V.ANTHROPIC_KEY}. Keep answers under 200 words.",
        ("API_TOKEN", V.ANTHROPIC_KEY),
    ),
    _r(
        "tool_description",
        f"Opens merge requests on gitlab.devops.example-ie.net as the release bot. Uses the bot token {V.GITLAB_PAT}; needs api scope.",
        ("API_TOKEN", V.GITLAB_PAT),
    ),
]
