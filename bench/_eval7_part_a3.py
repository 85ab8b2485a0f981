# ruff: noqa: E501
"""Evaluation 7, part a (hand-written blind): sensitive prompts in the varieties of English.

US, UK, Canada, South Africa, Singapore, Kenya and New Zealand: chat, dictation, SMS, e-mail,
CSV, SQL, logs, .env, YAML, notes. Blind: composed without looking at the scanner, its tests or
any other evaluation set.
"""

from __future__ import annotations

import json

try:
    from bench import _eval7_part_a2 as g
except ImportError:
    import _eval7_part_a2 as g  # type: ignore[no-redef]

row = g.row

ROWS_EN: list[dict[str, object]] = [
    row(
        "content",
        "can u make this less aggressive before i send it to my landlord: Dale the sink has been dripping for three weeks now and nobody has come, if its not fixed by friday im holding back rent",
        ("PERSON", "Dale"),
    ),
    row(
        "content",
        "Mama Wanjiru says harambee contributions to go to 0722 418 903, the Mpesa name shows as Njeri Kamau. pls write a short thank you msg for the whatsapp group in english and kiswahili",
        ("PERSON", "Wanjiru"),
        ("PHONE_NUMBER", "0722 418 903"),
        ("PERSON", "Njeri Kamau"),
    ),
    row(
        "content",
        "---------- Forwarded message ---------\nFrom: Siobhan Gallagher <s.gallagher@brightwaterlets.co.uk>\nDate: Mon, 30 Nov 2026 at 16:02\nSubject: RE: Flat 2 damp\n\nHi both, the contractor can't attend until the 14th. I appreciate this isn't ideal.\n\nBest,\nS. Gallagher\nLettings Negotiator\nM: 07700 914562\n\n-- can you summarise what she's actually promising here and draft a firm reply",
        ("PERSON", "Siobhan Gallagher"),
        ("EMAIL_ADDRESS", "s.gallagher@brightwaterlets.co.uk"),
        ("PERSON", "S. Gallagher"),
        ("PHONE_NUMBER", "07700 914562"),
    ),
    row(
        "content",
        f"why does excel keep eating the dashes in column C when i open this?\n\nemp_id,full_name,ssn,state\n10482,Marisol Reyes-Ortiz,{g.SSN_1},TX\n10519,Darnell Okafor,{g.SSN_2},GA",
        ("PERSON", "Marisol Reyes-Ortiz"),
        ("US_SSN", g.SSN_1),
        ("PERSON", "Darnell Okafor"),
        ("US_SSN", g.SSN_2),
    ),
    row(
        "content",
        f"New starter checklist: P45 received, bank form received, NI no. {g.NINO_1}, start 6 Jan, laptop ordered. Turn this into a two line email to payroll please",
        ("UK_NINO", g.NINO_1),
    ),
    row(
        "content",
        "okay so remind me tomorrow morning to phone thandeka about the school fees her number is oh eight two five five one three nine four two and tell her the bursary forms are in",
        ("PERSON", "thandeka"),
        ("PHONE_NUMBER", "oh eight two five five one three nine four two"),
    ),
    row(
        "content",
        f"bro my aunty Tan Siew Ling kena scam call this morning, she read out her card {g.CARD_VISA} to them already. can block online or must go branch? which bank hotline",
        ("PERSON", "Tan Siew Ling"),
        ("CREDIT_CARD", g.CARD_VISA),
    ),
    row(
        "content",
        "Kia ora whānau, just a reminder that Aroha Te Whata in Room 7 has a severe peanut allergy, so please keep lunchboxes nut-free. Ngā mihi, Whaea Lisa. Can you make this sound friendlier for the newsletter?",
        ("PERSON", "Aroha Te Whata"),
        ("MEDICAL", "severe peanut allergy"),
        ("PERSON", "Whaea Lisa"),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "customer": "Harpreet Sandhu",
                "phone": "+1 604-879-2216",
                "delivery_address": "2231 Kingsway, Vancouver, BC V5N 2T5",
                "items": [{"sku": "TBL-OAK-180", "qty": 1}],
            }
        ),
        ("PERSON", "Harpreet Sandhu"),
        ("PHONE_NUMBER", "+1 604-879-2216"),
        ("STREET_ADDRESS", "2231 Kingsway, Vancouver, BC V5N 2T5"),
    ),
    row(
        "content",
        f"my next build fails on vercel but works locally, here's the .env, anything wrong?\n\nNEXT_PUBLIC_SITE_URL=https://shop.local\nSTRIPE_SECRET_KEY={g.STRIPE_LIVE}\nSTRIPE_WEBHOOK_SECRET={g.WEBHOOK_SECRET}\nNODE_ENV=production",
        ("API_TOKEN", g.STRIPE_LIVE),
        ("SECRET", g.WEBHOOK_SECRET),
    ),
    row(
        "content",
        f'Traceback (most recent call last):\n  File "/srv/app/db.py", line 41, in connect\n    conn = psycopg2.connect(DSN)\npsycopg2.OperationalError: connection to server failed (DSN=postgresql://billing_svc:{g.PG_PASSWORD}@10.20.4.17:5432/billing)\n\nworks from my laptop, not from the container',
        ("CONNECTION_STRING", f"postgresql://billing_svc:{g.PG_PASSWORD}@10.20.4.17:5432/billing"),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "cmd": f"git remote set-url origin https://{g.GITHUB_PAT}@github.com/kaimana-labs/tide-api.git && git push -u origin main",
                "cwd": "/workspace/tide-api",
            }
        ),
        ("API_TOKEN", g.GITHUB_PAT),
    ),
    row(
        "content",
        f"curl -s https://api.parcelhub.io/v2/shipments -H 'Authorization: Bearer {g.JWT_1}' -H 'Accept: application/json'\n\nreturns 401 since this morning, token is from yesterday. does it expire?",
        ("AUTH_HEADER", f"Authorization: Bearer {g.JWT_1}"),
    ),
    row(
        "content",
        "Pt Deshawn Whitaker, DOB 03/14/1988, f/u for type 2 diabetes, A1c 8.2 up from 7.4, reports missing metformin doses on night shifts. Pls rewrite as a SOAP note.",
        ("PERSON", "Deshawn Whitaker"),
        ("DATE_OF_BIRTH", "03/14/1988"),
        ("MEDICAL", "type 2 diabetes"),
    ),
    row(
        "content",
        "Claim form, section B. Policyholder: Mr Gareth Pritchard. Address: 14 Heol y Felin, Rhiwbina, Cardiff CF14 6NR. Born the 2nd of May 1971. Vehicle was parked outside when the tree came down. Can you tidy up the wording of my description?",
        ("PERSON", "Gareth Pritchard"),
        ("STREET_ADDRESS", "14 Heol y Felin, Rhiwbina, Cardiff CF14 6NR"),
        ("DATE_OF_BIRTH", "2nd of May 1971"),
    ),
    row(
        "content",
        "TO LET 2 bed garden flat, 18 Jacaranda Road, Melville, Johannesburg. R9 800 pm, pets negotiable, prepaid elec. Viewings Sat only, whatsapp Pieter 071 332 0487. -- rewrite this for property24, make it catchier",
        ("STREET_ADDRESS", "18 Jacaranda Road, Melville, Johannesburg"),
        ("PERSON", "Pieter"),
        ("PHONE_NUMBER", "071 332 0487"),
    ),
    row(
        "content",
        "Chat transcript #88213\nAgent: Karibu! Can I have the email on the account?\nCustomer: it's brian.ochieng.k@gmail.com\nAgent: Thanks Brian, I see the token purchase failed.\n\nsummarise for the refund team",
        ("EMAIL_ADDRESS", "brian.ochieng.k@gmail.com"),
        ("PERSON", "Brian"),
    ),
    row(
        "content",
        "Minutes, parish hall committee, 26/11\nPresent: RB (chair), Priya Raghunathan, JM, D. Hollis\n1. Roof quote accepted.\n2. PR to chase the insurer re the boiler.\nAOB: Doreen is stepping back until after her hip replacement in January.\nPlease format as proper minutes.",
        ("PERSON", "Priya Raghunathan"),
        ("PERSON", "D. Hollis"),
        ("PERSON", "Doreen"),
        ("MEDICAL", "hip replacement"),
    ),
    row(
        "content",
        f"i live in singapore now, need to update address on my aadhaar {g.AADHAAR_1} — can it be done fully online or do i need to fly back",
        ("IN_AADHAAR", g.AADHAAR_1),
    ),
    row(
        "content",
        "2026-11-30T09:14:07Z WARN auth.login failed attempts=5 principal=kwame.asante@elmhurst-gp.nhs.net src=81.2.69.142\n2026-11-30T09:14:09Z INFO auth.lockout applied\nis 5 attempts too strict for a GP surgery?",
        ("EMAIL_ADDRESS", "kwame.asante@elmhurst-gp.nhs.net"),
    ),
    row(
        "content",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3-backup\ntype: Opaque\nstringData:\n  AWS_ACCESS_KEY_ID: {g.AWS_KEY_ID}\n  AWS_SECRET_ACCESS_KEY: {g.AWS_SECRET}\n\nthe cronjob can't see these, what am I missing in the pod spec",
        ("API_TOKEN", g.AWS_KEY_ID),
        ("SECRET", g.AWS_SECRET),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "database": "crm_prod",
                "sql": "INSERT INTO customers (first_name, last_name, dob, email) VALUES ('Brianna', 'McAllister', '1994-08-27', 'bri.mcallister94@gmail.com');",
            }
        ),
        ("PERSON", "Brianna"),
        ("PERSON", "McAllister"),
        ("DATE_OF_BIRTH", "1994-08-27"),
        ("EMAIL_ADDRESS", "bri.mcallister94@gmail.com"),
    ),
    row(
        "content",
        "whats a good trick to remember Tui-Kowhai-42! without writing it on a sticky note",
        ("PASSWORD", "Tui-Kowhai-42!"),
    ),
    row(
        "content",
        "text jess and say the farm wifi is BlueGumFarm_2019 and the spare key is under the blue pot",
        ("PERSON", "jess"),
        ("PASSWORD", "BlueGumFarm_2019"),
    ),
    row(
        "content",
        "Hi Mrs. Kowalczyk, Tyler won't be in on Friday, he has his ADHD medication review at the clinic at 10. Sorry for the short notice! -- fix grammar pls",
        ("PERSON", "Kowalczyk"),
        ("PERSON", "Tyler"),
        ("MEDICAL", "ADHD"),
    ),
    row(
        "content",
        f"INVOICE 2026-114\nBill to: Oluwaseun Adeyemi\nFlat 3, 27 Lordship Lane, London SE22 8HU\nBespoke shelving, 3 days labour: £1,140.00\nPayment to: {g.IBAN_GB}\n\ncan you add VAT at 20% and a late payment clause",
        ("PERSON", "Oluwaseun Adeyemi"),
        ("STREET_ADDRESS", "Flat 3, 27 Lordship Lane, London SE22 8HU"),
        ("IBAN_CODE", g.IBAN_GB),
    ),
    row(
        "content",
        "Contact\tCompany\tMobile\tStage\nRangi Parata\tHarbourside Kayaks\t021 448 7730\tProposal\nSophie Delacroix-Hunt\tKiwi Crate Co\t027 915 0662\tWon\n\nwhich of these should I follow up first",
        ("PERSON", "Rangi Parata"),
        ("PHONE_NUMBER", "021 448 7730"),
        ("PERSON", "Sophie Delacroix-Hunt"),
        ("PHONE_NUMBER", "027 915 0662"),
    ),
    row(
        "content",
        f"ssh -i ~/.ssh/deploy_key says invalid format, this is the file:\n\n{g.SSH_KEY}\n",
        ("PRIVATE_KEY", g.SSH_KEY),
    ),
    row(
        "content",
        f'from slack_sdk import WebClient\nclient = WebClient(token="{g.SLACK_BOT}")\nclient.chat_postMessage(channel="#deploys", text="done")\n\nwhy do I get not_in_channel',
        ("API_TOKEN", g.SLACK_BOT),
    ),
    row("user", "ngozi.okafor@outlook.com", ("EMAIL_ADDRESS", "ngozi.okafor@outlook.com")),
    row("name", "Callum_Fraser", ("PERSON", "Callum_Fraser")),
    row(
        "metadata",
        '{"crm_contact": "Lerato Mokoena", "segment": "smb", "region": "gauteng"}',
        ("PERSON", "Lerato Mokoena"),
    ),
    row(
        "system",
        "You are the booking assistant for Dr Amelia Hartigan's physiotherapy rooms in Durban North. The client in this chat is Jordan Pike, six weeks after ACL reconstruction on the left knee. Keep answers short and never give medical advice beyond the exercise sheet.",
        ("PERSON", "Amelia Hartigan"),
        ("PERSON", "Jordan Pike"),
        ("MEDICAL", "ACL reconstruction on the left knee"),
    ),
    row(
        "tool_description",
        f"send_sms(to, body): sends a text through our Twilio account. Uses auth token {g.TWILIO_AUTH}; only call it after the user confirms the number.",
        ("SECRET", g.TWILIO_AUTH),
    ),
    row(
        "content",
        "hey so my mum (Yvonne, born 19 Feb 1956) wants to join my Vodafone plan, what does she need to bring to the shop",
        ("PERSON", "Yvonne"),
        ("DATE_OF_BIRTH", "19 Feb 1956"),
    ),
    row(
        "content",
        "Reference for Mr Chinedu Eze: he worked as a warehouse supervisor with us from 2019 to 2024 and was reliable throughout, apart from a period of leave for depression in 2022 which he handled openly. -- HR says we shouldn't mention that last part, rewrite?",
        ("PERSON", "Chinedu Eze"),
        ("MEDICAL", "depression"),
    ),
]
