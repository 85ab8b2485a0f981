# ruff: noqa: E501
"""Writer I's sensitive rows, part 3: the other request fields (system, tool arguments, tool descriptions, name, metadata, user).

Written one by one by hand; identifiers, cards, IBANs and secrets come from ``_dev5_part_i2``
(seed 275319, python-stdnum check digits).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _dev5_part_i2 as v

ROWS = [
    # --- system ---
    {
        "text": f"Sei l'assistente dello Studio Marchetti, commercialisti a Roma. Stai aiutando con la pratica del cliente Luca Bianchi (C.F. {v.IT_CF_2}). I rimborsi IRPEF vanno accreditati sull'IBAN {v.IBAN_IT_1}. Rispondi sempre in italiano e non ripetere i dati fiscali per intero nelle risposte.",
        "field": "system",
        "values": [
            ["PERSON", "Luca Bianchi"],
            ["IT_FISCAL_CODE", v.IT_CF_2],
            ["IBAN_CODE", v.IBAN_IT_1],
        ],
    },
    {
        "text": f"You are ReportBot for Harbourside Physio. When the user asks you to email a weekly summary, call send_email. Authenticate to SendGrid with the key {v.SENDGRID_KEY} and always send from the reports@ mailbox. Keep summaries under 200 words.",
        "field": "system",
        "values": [["API_TOKEN", v.SENDGRID_KEY]],
    },
    {
        "text": "Context for this call: the caller is Rahul Mehta, DOB 1985-02-14, Gold member since 2017, registered mobile +44 7911 382 604 (never read it back in full). He had a knee replacement in January and is asking about physio cover under his policy. Be warm and concise.",
        "field": "system",
        "values": [
            ["PERSON", "Rahul Mehta"],
            ["DATE_OF_BIRTH", "1985-02-14"],
            ["PHONE_NUMBER", "+44 7911 382 604"],
            ["MEDICAL", "knee replacement"],
        ],
    },
    # --- tool_arguments ---
    {
        "text": '{"to": "k.lindqvist@telia.se", "subject": "Dina provsvar", "body": "Hej Karin! Dina blodprover från i tisdags visar järnbrist, så doktorn vill att du börjar med järntabletter. Hör av dig om du har frågor. Vänliga hälsningar, Vårdcentralen Solna"}',
        "field": "tool_arguments",
        "values": [
            ["EMAIL_ADDRESS", "k.lindqvist@telia.se"],
            ["PERSON", "Karin"],
            ["MEDICAL", "järnbrist"],
            ["MEDICAL", "järntabletter"],
        ],
    },
    {
        "text": f'{{"customer_name": "Meenakshi Sundaram", "pan": "{v.IN_PAN_1}", "aadhaar": "{v.IN_AADHAAR_2}", "loan_type": "home", "loan_amount": 4500000, "tenure_months": 240}}',
        "field": "tool_arguments",
        "values": [
            ["PERSON", "Meenakshi Sundaram"],
            ["IN_PAN", v.IN_PAN_1],
            ["IN_AADHAAR", v.IN_AADHAAR_2],
        ],
    },
    {
        "text": f"UPDATE users SET password_hash = NULL, must_reset = true, temp_password = '{v.USER_PASSWORD_2}' WHERE email = 'bogdan.petrescu@gmail.com';",
        "field": "tool_arguments",
        "values": [["PASSWORD", v.USER_PASSWORD_2], ["EMAIL_ADDRESS", "bogdan.petrescu@gmail.com"]],
    },
    # --- tool_description ---
    {
        "text": f"Sends SMS appointment reminders through Twilio. Authenticates with auth token {v.TWILIO_AUTH_TOKEN}. Only call this for reminders the clinic has already confirmed; never for marketing.",
        "field": "tool_description",
        "values": [["SECRET", v.TWILIO_AUTH_TOKEN]],
    },
    {
        "text": f"Looks up orders in the warehouse database (mongodb+srv://svc_orders:{v.MONGO_PASSWORD}@cluster0.x8fkq.mongodb.net/shop). Read-only. Pass an order number or a date range.",
        "field": "tool_description",
        "values": [
            [
                "CONNECTION_STRING",
                f"mongodb+srv://svc_orders:{v.MONGO_PASSWORD}@cluster0.x8fkq.mongodb.net/shop",
            ]
        ],
    },
    {
        "text": "Escalates urgent tickets to the on-call manager. Current on-call: Mariana Souza, WhatsApp +55 11 97314-2268, mariana.souza@centralpagamentos.com.br. Use only for outages or payment failures.",
        "field": "tool_description",
        "values": [
            ["PERSON", "Mariana Souza"],
            ["PHONE_NUMBER", "+55 11 97314-2268"],
            ["EMAIL_ADDRESS", "mariana.souza@centralpagamentos.com.br"],
        ],
    },
    # --- name ---
    {"text": "Thandiwe Mokoena", "field": "name", "values": [["PERSON", "Thandiwe Mokoena"]]},
    {"text": "Kemal_Yildiz", "field": "name", "values": [["PERSON", "Kemal_Yildiz"]]},
    {"text": "Sofie Janssens (HR)", "field": "name", "values": [["PERSON", "Sofie Janssens"]]},
    # --- metadata ---
    {
        "text": f"Escalated by agent 114. Customer Oluwaseun Adeyemi called back from +234 803 512 7741 about the failed transfer to {v.IBAN_GB_1}; promised an answer by Friday.",
        "field": "metadata",
        "values": [
            ["PERSON", "Oluwaseun Adeyemi"],
            ["PHONE_NUMBER", "+234 803 512 7741"],
            ["IBAN_CODE", v.IBAN_GB_1],
        ],
    },
    {
        "text": "intake: Lotte Jansen, tel 06-48123390, migraine met aura sinds 2 dagen, gebruikt sumatriptan",
        "field": "metadata",
        "values": [
            ["PERSON", "Lotte Jansen"],
            ["PHONE_NUMBER", "06-48123390"],
            ["MEDICAL", "migraine met aura"],
            ["MEDICAL", "sumatriptan"],
        ],
    },
    {
        "text": f"card on file {v.CARD_AMEX_FMT} flagged for chargeback, cardholder disputes the March invoice",
        "field": "metadata",
        "values": [["CREDIT_CARD", v.CARD_AMEX_FMT]],
    },
    # --- user ---
    {
        "text": "marie.dubois74@laposte.net",
        "field": "user",
        "values": [["EMAIL_ADDRESS", "marie.dubois74@laposte.net"]],
    },
    {"text": "+4915173348201", "field": "user", "values": [["PHONE_NUMBER", "+4915173348201"]]},
    {"text": "priya.natarajan", "field": "user", "values": [["PERSON", "priya.natarajan"]]},
]
