# ruff: noqa: E501
"""Writer I's sensitive rows, part 1: user messages (``content``), mostly English from around the world.

Written one by one by hand; identifiers, cards, IBANs and secrets come from ``_dev5_part_i2``
(seed 275319, python-stdnum check digits).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _dev5_part_i2 as v

ROWS = [
    {
        "text": "my cousin chiamaka just got told she has sickle cell disease at 24, she's scared to tell her fiancé. what questions should she ask the haematologist next week",
        "field": "content",
        "values": [["PERSON", "chiamaka"], ["MEDICAL", "sickle cell disease"]],
    },
    {
        "text": f"I'm filling out the W-4 paperwork for our new nanny and she gave me her SSN as {v.US_SSN_1}. Do I also need to register with the state of Ohio if I pay her $420 a week?",
        "field": "content",
        "values": [["US_SSN", v.US_SSN_1]],
    },
    {
        "text": f"Payroll question: Callum Fraser started with us on 3 Feb but HMRC says the NI number we submitted ({v.UK_NINO_1}) doesn't match their records, so he's been put on emergency tax code. What's the quickest way to sort this out?",
        "field": "content",
        "values": [["PERSON", "Callum Fraser"], ["UK_NINO", v.UK_NINO_1]],
    },
    {
        "text": f"Bhai please check if this KYC form is filled right before I submit to the bank:\nName - Sunil Iyer\nPAN - {v.IN_PAN_2}\nAadhaar - {v.IN_AADHAAR_1}\nMobile - +91 98450 12763\nAddress - 14/2, 3rd Cross, Malleshwaram, Bengaluru 560003\nOccupation - salaried",
        "field": "content",
        "values": [
            ["PERSON", "Sunil Iyer"],
            ["IN_PAN", v.IN_PAN_2],
            ["IN_AADHAAR", v.IN_AADHAAR_1],
            ["PHONE_NUMBER", "+91 98450 12763"],
            ["STREET_ADDRESS", "14/2, 3rd Cross"],
        ],
    },
    {
        "text": f"why is my flask app not picking up these env vars? here's my .env:\n\nFLASK_ENV=production\nDATABASE_URL=postgresql://app_user:{v.DB_PASSWORD_1}@db.internal.lumenfold.io:5432/orders\nOPENAI_API_KEY={v.OPENAI_KEY}\nSTRIPE_SECRET_KEY={v.STRIPE_LIVE}\nSECRET_KEY={v.DJANGO_SECRET}\nLOG_LEVEL=info\n\nand in app.py I do os.getenv('OPENAI_API_KEY') but it comes back None. the file is in the project root next to app.py",
        "field": "content",
        "values": [
            [
                "CONNECTION_STRING",
                f"postgresql://app_user:{v.DB_PASSWORD_1}@db.internal.lumenfold.io:5432/orders",
            ],
            ["API_TOKEN", v.OPENAI_KEY],
            ["API_TOKEN", v.STRIPE_LIVE],
            ["SECRET", v.DJANGO_SECRET],
        ],
    },
    {
        "text": f'getting 401 from this, what am i doing wrong\n\ncurl -X POST https://api.partnerhub.io/v2/shipments \\\n  -H "Authorization: Bearer {v.BEARER_JWT}" \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{{"reference":"SHP-20931","weight_kg":2.4}}\'',
        "field": "content",
        "values": [["AUTH_HEADER", v.BEARER_JWT]],
    },
    {
        "text": (
            "Our nightly report job died with this. It worked yesterday, nothing changed on our side as far as I know:\n\n"
            "Traceback (most recent call last):\n"
            '  File "/opt/reports/run_daily.py", line 88, in <module>\n'
            "    main()\n"
            '  File "/opt/reports/run_daily.py", line 71, in main\n'
            "    with engine.connect() as conn:\n"
            '  File "/opt/reports/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3268, in connect\n'
            "    return self._connection_cls(self)\n"
            '  File "/opt/reports/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 145, in __init__\n'
            "    self._dbapi_connection = engine.raw_connection()\n"
            '  File "/opt/reports/venv/lib/python3.11/site-packages/pymysql/connections.py", line 664, in connect\n'
            "    sock = socket.create_connection(\n"
            "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on '10.20.4.17' (timed out)\")\n"
            f"(Background on this error at: https://sqlalche.me/e/20/e3q8)\n[engine url: mysql+pymysql://reporting:{v.DB_PASSWORD_3}@10.20.4.17:3306/analytics]\n\n"
            "Is this a firewall thing or did the DB move? The security group was edited last week by the infra team."
        ),
        "field": "content",
        "values": [
            [
                "CONNECTION_STRING",
                f"mysql+pymysql://reporting:{v.DB_PASSWORD_3}@10.20.4.17:3306/analytics",
            ]
        ],
    },
    {
        "text": f"can someone explain why the notifier container can't reach redis? compose file:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: metabase\n      POSTGRES_PASSWORD: {v.DB_PASSWORD_2}\n  cache:\n    image: redis:7-alpine\n  notifier:\n    image: ghcr.io/ourteam/notifier:1.8.2\n    environment:\n      SLACK_BOT_TOKEN: {v.SLACK_BOT}\n      REDIS_URL: redis://:{v.REDIS_PASSWORD}@cache:6379/0\n    depends_on: [cache]",
        "field": "content",
        "values": [
            ["PASSWORD", v.DB_PASSWORD_2],
            ["API_TOKEN", v.SLACK_BOT],
            ["CONNECTION_STRING", f"redis://:{v.REDIS_PASSWORD}@cache:6379/0"],
        ],
    },
    {
        "text": f"ssh keeps saying Load key \"/home/deploy/.ssh/id_ed25519\": invalid format. this is what's in the file, did I mess up the copy paste from 1password?\n\n{v.PRIVATE_KEY_PEM}\n\nthere's no trailing newline after the END line, could that be it",
        "field": "content",
        "values": [["PRIVATE_KEY", v.PRIVATE_KEY_PEM]],
    },
    {
        "text": "Can you dedupe this and tell me which rows are probably the same customer?\n\nname,email,phone,city\nAroha Ngata,aroha.ngata@xtra.co.nz,+64 21 455 0923,Auckland\nWiremu Tane,w.tane77@gmail.com,021 388 1174,Hamilton\nA. Ngata,aroha.n@xtra.co.nz,+64 21 455 0932,Auckland",
        "field": "content",
        "values": [
            ["PERSON", "Aroha Ngata"],
            ["EMAIL_ADDRESS", "aroha.ngata@xtra.co.nz"],
            ["PHONE_NUMBER", "+64 21 455 0923"],
            ["PERSON", "Wiremu Tane"],
            ["EMAIL_ADDRESS", "w.tane77@gmail.com"],
            ["PHONE_NUMBER", "021 388 1174"],
            ["PERSON", "A. Ngata"],
            ["EMAIL_ADDRESS", "aroha.n@xtra.co.nz"],
            ["PHONE_NUMBER", "+64 21 455 0932"],
        ],
    },
    {
        "text": "Can you summarise this thread for me in 3 bullets?\n\n---------- Forwarded message ---------\nFrom: Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>\nDate: Tue, 11 Mar 2025 at 09:42\nSubject: Re: Q2 report timeline\n\nHi all,\n\nJust to flag that Deirdre Kavanagh has been signed off by her GP for another four weeks with the post-viral fatigue, so the Q2 report deadline will have to move to the end of June. I've told her not to check email at all. Please route anything urgent for the Cork accounts through me in the meantime.\n\nBest,\nS.\nOperations Lead\nM: +353 87 214 6690",
        "field": "content",
        "values": [
            ["PERSON", "Siobhán Ní Bhriain"],
            ["EMAIL_ADDRESS", "siobhan.nibhriain@eircom.net"],
            ["PERSON", "Deirdre Kavanagh"],
            ["MEDICAL", "post-viral fatigue"],
            ["PHONE_NUMBER", "+353 87 214 6690"],
        ],
    },
    {
        "text": f"Please translate this chat log into German for our QA team:\n\n[14:02] Agent: Thanks for waiting! Which card would you like to use today?\n[14:03] Customer: it's {v.CARD_VISA_FMT} exp 09/27\n[14:03] Agent: And the name exactly as it appears on the card?\n[14:04] Customer: Tomasz Wróbel\n[14:04] Agent: Perfect, the payment of £89.00 has gone through. Anything else?",
        "field": "content",
        "values": [["CREDIT_CARD", v.CARD_VISA_FMT], ["PERSON", "Tomasz Wróbel"]],
    },
    {
        "text": "This insert fails with 'Incorrect date value', why?\n\nINSERT INTO patients (first_name, last_name, dob, email, notes)\nVALUES ('Ngozi', 'Eze', '1991-31-05', 'ngozi.eze@yahoo.com', 'type 1 diabetes, on insulin pump since 2019');",
        "field": "content",
        "values": [
            ["PERSON", "Ngozi"],
            ["PERSON", "Eze"],
            ["DATE_OF_BIRTH", "1991-31-05"],
            ["EMAIL_ADDRESS", "ngozi.eze@yahoo.com"],
            ["MEDICAL", "type 1 diabetes"],
            ["MEDICAL", "insulin pump"],
        ],
    },
    {
        "text": "pls reformat my contact line for the conference badge so it fits on two lines, currently it's: reach me at jana dot novakova at seznam dot cz or on signal, happy to chat about accessibility audits",
        "field": "content",
        "values": [["EMAIL_ADDRESS", "jana dot novakova at seznam dot cz"]],
    },
    {
        "text": f'why does this give me SignatureDoesNotMatch on every put_object?\n\nimport boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="{v.AWS_ACCESS_KEY}",\n    aws_secret_access_key="{v.AWS_SECRET_KEY}",\n    region_name="eu-central-1",\n)\ns3.put_object(Bucket="invoices-prod", Key="2025/03/batch.csv", Body=data)',
        "field": "content",
        "values": [["API_TOKEN", v.AWS_ACCESS_KEY], ["SECRET", v.AWS_SECRET_KEY]],
    },
    {
        "text": f"curl -u {v.BASIC_USER_PASS} -X POST https://jenkins.corp.hollis-group.com/job/nightly/build returns 403 with 'No valid crumb was included in the request'. how do I get past the CSRF thing from a script?",
        "field": "content",
        "values": [["AUTH_HEADER", v.BASIC_USER_PASS]],
    },
    {
        "text": "help me tone this down before i send it to HR: 'Bec has been late 9 times this quarter and Dylan Nguyen keeps covering for her. Honestly I think her drinking is the real problem, she smelled of grog at Tuesday's standup.'",
        "field": "content",
        "values": [["PERSON", "Bec"], ["PERSON", "Dylan Nguyen"], ["MEDICAL", "her drinking"]],
    },
    {
        "text": "My tenant Sipho Dlamini at 27 Jan Smuts Avenue, Parktown hasn't paid rent for two months and won't answer calls. What's the legal process for eviction under the PIE Act, and how long does it usually take?",
        "field": "content",
        "values": [["PERSON", "Sipho Dlamini"], ["STREET_ADDRESS", "27 Jan Smuts Avenue"]],
    },
    {
        "text": "can you write a short note to Mrs. Tremblay saying Noah will miss the field trip on Friday because he has an appointment with his allergist about the peanut allergy. keep it friendly, thanks",
        "field": "content",
        "values": [["PERSON", "Mrs. Tremblay"], ["PERSON", "Noah"], ["MEDICAL", "peanut allergy"]],
    },
    {
        "text": "pa-check naman po if tama ito for my visa application: Full name: Maria Cristina Dela Cruz Reyes, born June 5, 1993 in Quezon City. Should I write 'Dela Cruz' as middle name or part of surname?",
        "field": "content",
        "values": [["PERSON", "Maria Cristina Dela Cruz Reyes"], ["DATE_OF_BIRTH", "June 5, 1993"]],
    },
    {
        "text": (
            "Can you turn this email from our tax preparer into a checklist of what I still need to send her?\n\n"
            "From: Linda Gorski, EA <linda@gorskitax.com>\n"
            "Subject: 2024 return - missing items\n\n"
            "Hi,\n\n"
            "Thanks for dropping off the folder on Monday. Before I can e-file I still need a few things from you:\n\n"
            f"1. The corrected 1099-NEC from the staffing agency. The one you gave me shows the wrong SSN ({v.US_SSN_2}); it has to match your card exactly or the IRS will reject the return.\n"
            "2. Proof of the move. The IRS still has you at 1187 Larchmont Dr, Apt 4, Columbus OH 43214, while your W-2 already shows the new place on the east side.\n"
            "3. Dependent care: your daughter Aaliyah's preschool receipts for the whole year, and please confirm her date of birth (I have 04/19/2020).\n"
            "4. The HSA statement. You mentioned the insulin and the CGM sensors for your type 2 diabetes were paid from the HSA card, so I need form 5498-SA and the 1099-SA.\n"
            "5. A voided check for the direct deposit, since you changed banks in October.\n\n"
            "If it's easier, text me photos of everything at (614) 382-9074 and I'll print them here. The extension deadline is October 15 but I'd rather we file in April.\n\n"
            "Thanks,\nL."
        ),
        "field": "content",
        "values": [
            ["PERSON", "Linda Gorski"],
            ["EMAIL_ADDRESS", "linda@gorskitax.com"],
            ["US_SSN", v.US_SSN_2],
            ["STREET_ADDRESS", "1187 Larchmont Dr, Apt 4"],
            ["PERSON", "Aaliyah"],
            ["DATE_OF_BIRTH", "04/19/2020"],
            ["MEDICAL", "type 2 diabetes"],
            ["PHONE_NUMBER", "(614) 382-9074"],
        ],
    },
    {
        "text": f"New starter onboarding sheet, can you spot what's missing for payroll?\n\nfull_name | dob | ni_number | start_date | contract\nPriyanka Chaudhary | 22/10/1990 | {v.UK_NINO_2} | 07/04/2025 | permanent, 0.8 FTE",
        "field": "content",
        "values": [
            ["PERSON", "Priyanka Chaudhary"],
            ["DATE_OF_BIRTH", "22/10/1990"],
            ["UK_NINO", v.UK_NINO_2],
        ],
    },
]
