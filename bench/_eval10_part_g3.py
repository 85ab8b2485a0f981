# ruff: noqa: E501
"""Evaluation 10, writer G: sensitive rows in English (England, Scotland, Ireland, Ghana, Jamaica,
US with Hispanic and Asian-American names, Australia, India, Pakistan), first half.

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
        "can u help me write a text to my landlord, hes been ignoring the damp in the back bedroom for 3 months now. its 27 Cranbrook Road, the tenancy is in my partners name not mine and the letting agent keeps saying its our fault for drying clothes inside",
        ("STREET_ADDRESS", "27 Cranbrook Road"),
    ),
    _r(
        "content",
        "Need to draft a return-to-work note. Callum Fraser has been off since the 9th with a slipped disc and his GP has signed him off for another fortnight. We're in Dundee, he works nights in the warehouse. Keep it kind but mention the phased return policy.",
        ("PERSON", "Callum Fraser"),
        ("MEDICAL", "a slipped disc"),
    ),
    _r(
        "content",
        "---------- Forwarded message ---------\n"
        "From: Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>\n"
        "Date: Tue, 4 Mar 2025 at 21:12\n"
        "Subject: Re: summer course place\n\n"
        "Hi there, just confirming Ciara will be going down to the Gaeltacht in July. Her epi-pen is in the front pocket of her bag, she has a severe peanut allergy. "
        "My mobile is 087 234 5619 if anything comes up.\n\n"
        "Go raibh maith agat\n\n"
        "----\n"
        "Can you summarise this for the course coordinator in two lines?",
        ("PERSON", "Siobhán Ní Bhriain"),
        ("EMAIL_ADDRESS", "siobhan.nibhriain@eircom.net"),
        ("PERSON", "Ciara"),
        ("MEDICAL", "severe peanut allergy"),
        ("PHONE_NUMBER", "087 234 5619"),
    ),
    _r("name", "Akosua Mensah-Bonsu", ("PERSON", "Akosua Mensah-Bonsu")),
    _r(
        "content",
        "pls how do i reply this. my cousin Kwabena borrowed GH₵ 4,500 from me in january for his shop at Kaneshie and now he is not picking my calls, his number is 024 412 3456. i want to be firm but not spoil the family",
        ("PERSON", "Kwabena"),
        ("PHONE_NUMBER", "024 412 3456"),
    ),
    _r(
        "content",
        "Write a short letter to the school principal explaining that my son Dwayne Campbell in grade 8 will miss two weeks because he is having surgery for his scoliosis at UHWI. We live at 7 Lady Musgrave Road and the principal can reach me at (876) 927-4410. Make it respectful, she is quite strict.",
        ("PERSON", "Dwayne Campbell"),
        ("MEDICAL", "surgery for his scoliosis"),
        ("STREET_ADDRESS", "7 Lady Musgrave Road"),
        ("PHONE_NUMBER", "(876) 927-4410"),
    ),
    _r(
        "content",
        f"My abuela needs help with her Medicare form. SSN {V.SSN_1}, DOB 03/14/1946, she lives with us at 4417 W Cesar Chavez Ave, Los Angeles. What goes in box 4 if she still has coverage through my tío's union plan?",
        ("US_SSN", V.SSN_1),
        ("DATE_OF_BIRTH", "03/14/1946"),
        ("STREET_ADDRESS", "4417 W Cesar Chavez Ave"),
    ),
    _r(
        "content",
        "hey so my coworker kevin nguyen keeps taking credit for my slides in standup. how do i bring it up with our manager without sounding petty",
        ("PERSON", "kevin nguyen"),
    ),
    _r(
        "content",
        "G'day, can you tidy up this rental reference for our old tenant: 'Brooke Tancredi rented Unit 4/22 Glebe Point Road from us for three years, always paid on time and left the place spotless.' Add that we can be contacted on 0412 345 678 for anything further.",
        ("PERSON", "Brooke Tancredi"),
        ("STREET_ADDRESS", "Unit 4/22 Glebe Point Road"),
        ("PHONE_NUMBER", "0412 345 678"),
    ),
    _r(
        "content",
        f"Please draft a complaint letter to the bank manager. My father Ramesh Iyer (Aadhaar {V.AADHAAR_1}, PAN {V.PAN_2}) has not received his pension for 4 months. He is a heart patient on warfarin and cannot stand in the queue for hours. "
        "Address for correspondence: Flat 302, Sai Krupa Apartments, 14th Cross Road, Malleswaram, Bengaluru 560003. Kindly make it firm but polite.",
        ("PERSON", "Ramesh Iyer"),
        ("IN_AADHAAR", V.AADHAAR_1),
        ("IN_PAN", V.PAN_2),
        ("MEDICAL", "heart patient"),
        ("MEDICAL", "warfarin"),
        ("STREET_ADDRESS", "Flat 302, Sai Krupa Apartments, 14th Cross Road"),
    ),
    _r(
        "content",
        "Bhai urgent, need to fill the visit visa form for my wife, her date of birth is 17-08-1993 and mobile 0300-1234567. Which field is 'sponsor'? I am sponsoring her from Dubai.",
        ("DATE_OF_BIRTH", "17-08-1993"),
        ("PHONE_NUMBER", "0300-1234567"),
    ),
    _r(
        "content",
        f"Which ITR form should I use? Details: PAN {V.PAN_1}, salary 14.2 LPA from one employer, HRA claim of ₹1,80,000 and some FD interest. No capital gains this year.",
        ("IN_PAN", V.PAN_1),
    ),
    _r(
        "content",
        f"my daughter Chloe's first payslip from her Saturday job has emergency tax code 1257L M1 on it. her national insurance number is {V.NINO_1} and she's only 17, will she get the tax back automatically or do we have to ring someone",
        ("PERSON", "Chloe"),
        ("UK_NINO", V.NINO_1),
    ),
    _r(
        "content",
        f"Doing a Universal Credit claim for my brother, he has multiple sclerosis and can't manage the online journal himself. His date of birth is 2nd February 1981, NI {V.NINO_2}, lives at 2/1, 118 Dumbarton Road, Glasgow G11. What do I put under 'who is helping you'?",
        ("MEDICAL", "multiple sclerosis"),
        ("DATE_OF_BIRTH", "2nd February 1981"),
        ("UK_NINO", V.NINO_2),
        ("STREET_ADDRESS", "2/1, 118 Dumbarton Road"),
    ),
    _r(
        "system",
        "You are the scheduling assistant for Bright Smiles Dental in Flushing, Queens. Book cleanings and check-ups only. The office manager is Grace Liu-Park; escalate every insurance question to her at grace.liupark@brightsmilesny.com or 718-353-2240 ext 12. Never quote prices.",
        ("PERSON", "Grace Liu-Park"),
        ("EMAIL_ADDRESS", "grace.liupark@brightsmilesny.com"),
        ("PHONE_NUMBER", "718-353-2240"),
    ),
    _r(
        "system",
        "You are MedAssist, the patient helper for Dr. Anjali Mehta's clinic in Pune. The current patient is Mr. Vikram Joshi, 58 years, HbA1c 9.1, on insulin glargine 20 units at night. Answer his questions in simple English or Marathi, and tell him to call the clinic for any dose change.",
        ("PERSON", "Dr. Anjali Mehta"),
        ("PERSON", "Mr. Vikram Joshi"),
        ("MEDICAL", "HbA1c 9.1"),
        ("MEDICAL", "insulin glargine 20 units at night"),
    ),
    _r(
        "tool_arguments",
        "SELECT nhs_number, first_name, referral_reason FROM referrals WHERE surname = 'Okonkwo' AND date_of_birth = '1979-05-22' ORDER BY created_at DESC LIMIT 5;",
        ("PERSON", "Okonkwo"),
        ("DATE_OF_BIRTH", "1979-05-22"),
    ),
    _r(
        "tool_arguments",
        f"to: liam.oconnor.88@gmail.com\nsubject: your membership\nbody: Hi Liam, the direct debit from {V.IBAN_IE} bounced twice this month. Could you ring the front desk or update your bank details in the app? Thanks, FitZone Drumcondra",
        ("EMAIL_ADDRESS", "liam.oconnor.88@gmail.com"),
        ("PERSON", "Liam"),
        ("IBAN_CODE", V.IBAN_IE),
    ),
    _r(
        "tool_description",
        "Lodges an incident report with the state safety regulator. Reports are submitted under the site safety officer, Tamsin O'Rourke (mob 0423 118 904), unless the user names another officer.",
        ("PERSON", "Tamsin O'Rourke"),
        ("PHONE_NUMBER", "0423 118 904"),
    ),
    _r(
        "metadata",
        f"escalated: customer Maria Elena Vasquez says card {V.CARD_VISA} was charged twice for order 88123, refund approved by T. Nakamura",
        ("PERSON", "Maria Elena Vasquez"),
        ("CREDIT_CARD", V.CARD_VISA),
        ("PERSON", "T. Nakamura"),
    ),
    _r("user", "shanice.brown876@yahoo.com", ("EMAIL_ADDRESS", "shanice.brown876@yahoo.com")),
    _r(
        "content",
        f".env from my laptop, why does the app still say unauthorised when I run it in docker?\n\nOPENAI_API_KEY={V.OPENAI_KEY}\nDATABASE_URL=postgres://shop_app:{V.DB_PASS_1}@db.internal:5432/shop\nDEBUG=true\nPORT=8080\n",
        ("API_TOKEN", V.OPENAI_KEY),
        ("CONNECTION_STRING", f"postgres://shop_app:{V.DB_PASS_1}@db.internal:5432/shop"),
    ),
    _r(
        "content",
        "getting a 403 from our staging api, this is the exact call:\n\n"
        "curl -X POST https://staging.kitepay.io/v2/payouts \\\n"
        f"  -H 'Authorization: Bearer {V.BEARER_JWT}' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        '  -d \'{"amount": 1200, "currency": "AUD"}\'\n\n'
        "is the token expired or is it a scope problem?",
        ("AUTH_HEADER", V.BEARER_JWT),
    ),
]
