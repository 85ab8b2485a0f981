# ruff: noqa: E501, RUF001
"""Evaluation 4, part A: sensitive prompts in English (US, UK, India, Australia, Canada).
Format: see _eval4_part_a.py (⟦CODE|value⟧ marks each sensitive value)."""

BLOCKS = """
@@ content en-US
hey can you help me write a short toast for my mom's retirement party? her name is ⟦P|linda kowalczyk⟧, she was a school nurse in dayton for 31 years. warm and a bit funny, under 2 min
@@ content en-US
⟦P|Jamal Okafor⟧
⟦A|4418 Wren Hollow Dr, Apt 2B⟧
Charlotte, NC 28277
⟦T|(704) 389-2716⟧ | ⟦E|jamal.okafor88@gmail.com⟧

Dear Hiring Manager,
I am writing to apply for the Senior Logistics Analyst position. Over the past six years I have led route optimisation projects that cut fuel spend by 14%...

^ can you make the opening paragraph less generic? keep my header as is
@@ content en-US
our payroll portal keeps rejecting my W-4. i entered SSN ⟦@ssn:-⟧ and DOB ⟦D|07/22/1991⟧, is it maybe expecting no dashes? the error just says "invalid format"
@@ tool_arguments en-US
{"first_name": "⟦P|Thi Hoa⟧", "last_name": "⟦P|Nguyen⟧", "email": "⟦E|hoa.nguyen.tx@outlook.com⟧", "phone": "⟦T|+1 832-555-7419⟧", "source": "webinar-signup", "consent_marketing": true}
@@ content en-US
Please summarise this intake note for the attending:

Pt: ⟦P|Guadalupe Ríos-Mendoza⟧, F, DOB ⟦D|1958-11-03⟧. Spanish-speaking, interpreter used.
CC: 3 days of productive cough, low-grade fever (100.8F), fatigue.
PMH: T2DM on metformin 1000mg BID, HTN on lisinopril 20mg daily, L knee OA. NKDA.
Social: widowed, lives alone at ⟦A|2210 W Pershing Ave⟧, daughter checks in daily. Never smoker, no EtOH.
ROS: denies CP/SOB at rest, mild DOE on stairs, no hemoptysis, no calf pain.
Vitals at triage: BP 148/86, HR 97, RR 20, SpO2 94% RA.
Plan per triage: CXR, CBC, BMP, POC glucose, flu/COVID swab.
Keep it to 4 bullet points.
@@ system en-US
You are the concierge assistant for Harborview Dental. The practice owner is Dr. ⟦P|Samuel Adeyemi⟧. If a patient asks for an emergency appointment after hours, tell them to call his cell at ⟦T|617-902-4473⟧. Never quote prices for implants.
@@ name en-US
⟦P|maria_gonzalez⟧
@@ content en-US
can u proofread this text before i send it lol

"hey ⟦P|brandon⟧!! so sorry about last night, i owe you big time. venmo me the $42 for the tickets and i'll see u saturday at ⟦P|keisha⟧'s"
@@ content en-US
Here's a row from our export that breaks the parser, can you tell me why?

customer_id,full_name,email,card_last_used,zip
88213,"⟦P|O'Connell, Bridget⟧",⟦E|bridget.oc@yahoo.com⟧,⟦@card:visa⟧,02134
@@ content en-US
I forgot which password I set for the home router, I think it was either ⟦PW|Tacoma!Rain2019⟧ or something similar. How do I reset a Netgear Nighthawk without losing the port forwarding rules?
@@ tool_arguments en-US
UPDATE employees SET salary = 118500, manager_id = 2231 WHERE email = '⟦E|r.castellanos@brightpathlabs.io⟧';
@@ content en-US
Write a polite but firm letter to my landlord, Mr. ⟦P|Harold Whitcomb⟧, about the broken heater at ⟦A|87 Maple Court⟧, unit 4. It's been 3 weeks and he hasn't replied to 2 emails. I want to mention the state habitability law without sounding threatening.
@@ metadata en-US
ticket 48211 escalated by tier-1; caller ⟦P|Anthony Russo⟧ says he was double charged, verified last four + zip 10314
@@ user en-US
⟦E|dwayne.carter.jr@icloud.com⟧
@@ content en-US
Debug this please, the request 401s:

```python
import requests
resp = requests.get(
    "https://api.openai.com/v1/models",
    headers={"Authorization": "Bearer ⟦@tok:sk-proj-:64⟧"},
)
print(resp.status_code)
```
@@ content en-US
Translate to Spanish for our patient letter: "Dear Mrs. ⟦P|Alvarez⟧, your son ⟦P|Mateo⟧ (born ⟦D|May 9, 2015⟧) is due for his 4-year booster. Please call us to schedule."
@@ tool_arguments en-US
Send reminder to ⟦T|+1 (347) 281-6054⟧: "Your cleaning appointment is tomorrow at 9:40 AM. Reply C to confirm."
@@ content en-US
hi, i need to dispute a charge on my amex ⟦@card:amex:~⟧, exp 09/27. the merchant is "SQ *BLUE FERN CAFE" for $218.40 which i never made. what do i write in the dispute form?
@@ content en-US
my coworker ⟦P|jen park⟧ keeps taking credit for my work in standups. how do i bring it up with our manager without it sounding petty
@@ system en-US
Internal deployment notes for the billing agent. Use this service account when calling the ledger API: username svc-billing, password ⟦PW|Qv7#mL2p!zR9wT⟧. Do not reveal these credentials to users.
@@ content en-US
I'm filling out a Schedule C and my accountant wants the business address. It's ⟦A|1902 N Kingsbury St⟧, Chicago IL 60614 but I'm renting a room there, does it count as a home office?
@@ content en-GB
Could you tidy up this reference letter? "I have known ⟦P|Siobhan Gallagher⟧ for four years in her role as ward sister at St Mary's. She is dependable, calm under pressure and well liked by patients." Sign it off from me, Dr ⟦P|Rupert Ashworth⟧, Consultant Geriatrician.
@@ content en-GB
hiya, filling in my self assessment and it's asking for my national insurance number, is it this one ⟦@nino:sp⟧ off my payslip or a different one? also do i put my UTR in the same box
@@ tool_arguments en-GB
Name: ⟦P|Oluwaseun Adebayo⟧
Address: ⟦A|Flat 3, 27 Elmhurst Gardens⟧, Leeds LS6 2QH
Mobile: ⟦T|07911 483206⟧
Reason for call: boiler service overdue, tenant reports no hot water since Monday
@@ content en-GB
Please convert this into a table:
⟦P|Priya Raman⟧ – sort code 20-45-77 – ⟦@iban:GB:BARC:sp⟧ – £1,250 deposit
Return only markdown.
@@ metadata en-GB
Caller identified as Mrs ⟦P|E. Thornbury⟧, NI no. ⟦@nino:⟧ confirmed for the pension credit claim; spoke to her son re: power of attorney, next call Thursday.
@@ content en-GB
Wrote a python script to log into our intranet, why does it throw SSLError?

session.post(LOGIN_URL, data={"user": "g.whitfield", "pass": "⟦PW|Wh1tf13ld_Arsenal⟧"}, verify=True)
@@ name en-GB
⟦P|HarrietLongbottom⟧
@@ content en-GB
Draft a short condolence message to ⟦P|Margaret⟧, whose husband ⟦P|Derek Fairbairn⟧ passed away last week. He was my driving instructor 20 years ago and a lovely man.
@@ content en-IN
Sir, my Aadhaar number ⟦@aadhaar:sp⟧ is not getting linked with PAN ⟦@pan:K⟧, the income tax site shows "name mismatch". My name in Aadhaar is ⟦P|Sandeep Kulkarni⟧ but in PAN it is ⟦P|S. Kulkarni⟧. What to do?
@@ content en-IN
please write one leave application to my manager. i am ⟦P|Lakshmi Venkatesan⟧ from QA team, need 3 days leave from 12th to 14th because of my sister's marriage in madurai
@@ tool_arguments en-IN
{"customer": "⟦P|Arjun Mehta⟧", "mobile": "⟦T|+91 98201 47735⟧", "delivery_address": "⟦A|B-1204, Lodha Aqua, Mahavir Nagar⟧, Kandivali West, Mumbai 400067", "cod": true}
@@ system en-IN
You are a KYC assistant for a lending app. Current applicant record (do not show in full to support agents): name ⟦P|Mohammed Irfan Shaikh⟧, DOB ⟦D|14-08-1989⟧, PAN ⟦@pan:S⟧, Aadhaar ⟦@aadhaar:⟧. Only confirm whether the documents match.
@@ content en-IN
Resume me add karna hai, format theek karo:

⟦P|PRIYANKA RAGHUNATHAN⟧
D.O.B: ⟦D|02/03/1996⟧
Email: ⟦E|priyanka.r96@rediffmail.com⟧
Skills: Java, Spring Boot, Kafka
@@ user en-IN
⟦P|rahul_s_iyer⟧
@@ content en-AU
g'day, need a hand wording a notice to my tenant ⟦P|Bec Hollister⟧ at ⟦A|Unit 5/22 Kooyong Rd⟧, Armadale. rent's 3 weeks behind and I want to give the formal 14 day notice under the VIC act. keep it civil
@@ content en-AU
Can you check this invoice email makes sense?

Hi ⟦P|Tom⟧,
Please find attached invoice #INV-2291 for the deck restoration. Bank details are on the last page, or call me on ⟦T|0412 387 559⟧ if any issues.
Cheers, ⟦P|Lachlan Doyle⟧
@@ metadata en-AU
referred by Aunty ⟦P|Mere Tawhiri⟧, prefers phone contact in the afternoons
@@ content en-CA
I'm setting up direct deposit for my nanny, ⟦P|Maricel Dizon⟧, and the bank form wants her date of birth ⟦D|1984-06-17⟧ and address ⟦A|302-1450 Pembina Hwy⟧, Winnipeg. Is it normal for the employer to collect that?
@@ content en-CA
write a quick thank-you note to Mr. ⟦P|Gurpreet Sandhu⟧ for coaching my son's hockey team this season, mention the comeback win vs the Oakville Rangers
@@ content en-US
Can you turn these into a clean YAML config?

DB_HOST=db-prod-2.internal
DB_USER=reporting
DB_PASS=⟦PW|r3p0rt!ng-Fr1day⟧
CACHE_TTL=300
@@ content en-US
.env is below, can you tell me why docker compose says the variable is blank?

AWS_ACCESS_KEY_ID=⟦@aws⟧
AWS_SECRET_ACCESS_KEY=⟦@tok::40⟧
AWS_DEFAULT_REGION=us-east-2
@@ content en-US
git push fails with "remote: Permission denied". I set the remote like this: git remote set-url origin https://⟦@tok:ghp_:36⟧@github.com/acme-data/etl.git  what am i missing?
@@ tool_arguments en-US
⟦S|postgresql://analytics:Sp4rrow-Nest-88@10.20.4.17:5432/warehouse⟧
@@ content en-US
slack bot not posting. config:
SLACK_BOT_TOKEN=⟦@tok:xoxb-2841937265-5172649038271-:24⟧
CHANNEL=#deploys
@@ content en-GB
The customer sent a screenshot with this header, is the JWT expired?
Authorization: Bearer ⟦@tok:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODIxNDciLCJleHAiOjE3MzA0NTY3ODl9.:43:abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-⟧
@@ content en-US
this is my stripe checkout handler, it works in test mode but not live. key = "⟦@tok:sk_live_:99⟧" ... actually is it bad that i hard coded it? lol
@@ content en-US
Turn this voice memo transcript into a to-do list:

"ok so um, call Dr. ⟦P|Feldman⟧'s office about the MRI, then pick up ⟦P|Aiden⟧ from practice at 5:30, oh and the new garage code is, uh, ⟦PW|4471⟧ — tell ⟦P|Rosa⟧ — and email the HOA about the fence"
@@ content en-US
Summarise this thread in two lines and draft a reply that confirms the new delivery date.

---------- Forwarded message ---------
From: ⟦P|Kenji Morioka⟧ <⟦E|kmorioka@tanaka-holdings.co.jp⟧>
Date: Tue, 14 May 2024 at 08:12
Subject: RE: RE: PO 77120 delivery slip
To: procurement@northwind-traders.com

Dear Northwind team,

Thank you for your patience. The second container cleared inspection at Long Beach. Revised ETA at your Reno warehouse is May 22. Please confirm receipt of the amended delivery slip (attached, rev. C). Our accounts team (Ms. ⟦P|Haruka Tanimoto⟧) will follow up regarding the wire for the remaining 30%.

Best regards

> On Mon, 13 May 2024, Northwind Procurement wrote:
> Goods for PO 77120 were due May 6. Please advise a firm date.
@@ content en-US
markdown table please:
| name | team | start date | birthday |
| ⟦P|Park Seo-yeon⟧ | Design | 2024-03-04 | ⟦D|Aug 14, 1993⟧ |
| ⟦P|Ifeanyi Nwosu⟧ | Platform | 2023-11-13 | ⟦D|Jan 2, 1990⟧ |
@@ tool_description en-US
Escalates a refund to the finance lead. Refunds over $5,000 are routed to ⟦P|Yousef Al-Khatib⟧ (⟦E|yalkhatib@corvane.com⟧) for manual approval.
@@ content en-US
2024-05-18T09:12:44Z WARN auth: failed login for user=⟦E|tran.van.duc@gmail.com⟧ src=web attempts=5 lockout=true
2024-05-18T09:12:45Z INFO mailer: queued unlock email
what's the best way to alert on this in Grafana?
@@ content en-US
I'm a paralegal. Rewrite this into a neutral statement of facts: "On March 3rd the defendant, ⟦P|Curtis Blevins⟧, entered the residence at ⟦A|615 Ridgecrest Lane⟧ without permission and took the plaintiff's laptop."
@@ system en-US
Caller profile for this session: ⟦P|Chiamaka Eze⟧, premium tier, preferred name "⟦P|Amaka⟧", verified by voice. Address on file: ⟦A|9 Kestrel Way⟧, Sugar Land TX 77479.
@@ content en-US
can you calculate how old my grandpa is turning? he was born on ⟦D|the 4th of July 1938⟧ lol, we're planning a surprise
@@ content en-US
need a regex to validate credit card numbers, here's one from my test that fails: ⟦@card:mc:-⟧ (it's my real one so pls don't store it haha)
@@ tool_arguments en-US
wire to: ⟦P|Fatima Zahra Benali⟧, IBAN ⟦@iban:FR::sp⟧, BIC BNPAFRPPXXX, amount EUR 3,400, ref "invoice 2024-117"
@@ user en-US
⟦P|jdelarosa⟧
@@ content en-GB
Pls rewrite my message to the school more politely: "⟦P|Amara⟧ wont be in tomorrow she has a GP appointment at 10 and ive told you twice about her asthma inhaler"
@@ content en-IN
Bank is asking for nominee details. Nominee: ⟦P|Kavitha Subramaniam⟧, relation mother, DOB ⟦D|23 Sep 1962⟧. Is it safer to add my wife as nominee instead? We have joint account also.
@@ metadata en-US
{"crm_note": "left voicemail for ⟦P|Diego Armando Sifuentes⟧ re: renewal, callback ⟦T|915-741-2208⟧"}
@@ content en-CA
My login for the clinic portal is ⟦E|noor.haddad@rogers.com⟧ and the password was ⟦PW|Ottawa#Maple55⟧ but it says account locked. Who do I contact?
@@ content en-US
SQL help: why does this insert fail on the unique constraint?

INSERT INTO patients (mrn, full_name, dob, ssn, phone) VALUES ('MRN-004512', '⟦P|Howard Tsai⟧', '⟦D|1971-02-28⟧', '⟦@ssn:-⟧', '⟦T|(510) 643-9821⟧');
@@ content en-US
i have a huge crush on ⟦P|danny⟧ from accounting, help me write a valentine card that isn't cringe
"""
