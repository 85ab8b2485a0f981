# ruff: noqa: E501
"""Writer I's benign rows, part 2: more English user messages (code, logs, public places and people, everyday tasks).

Written one by one by hand; no row holds a private person's data or a real secret. Seed of the
writer's generated values (not used here): 275319.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(text: str, field: str = "content") -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    _b(
        "We're launching on 2 May 2025 at the Moscone Center, 747 Howard Street, San Francisco. Write a 120-word press release teaser for a developer tools startup, no quotes from anyone."
    ),
    _b(
        "Summarise chapter 3 of Darwin's On the Origin of Species (Struggle for Existence) in plain English."
    ),
    _b(
        "Is the Mandela effect a real psychological phenomenon or just internet folklore? Give the Berenstain Bears example."
    ),
    _b(
        'this keeps gzipping the already-gzipped files, fix it pls\n\nfor f in /var/log/myapp/*.log*; do gzip "$f"; done'
    ),
    _b(
        'Are these unit tests enough for the masking helper?\n\ndef test_mask_email():\n    assert mask_email("john.doe@example.com") == "j***@example.com"\n    assert mask_email("a@example.org") == "*@example.org"\n\ndef test_mask_phone():\n    assert mask_phone("+1 555 0100") == "+1 *** ****"'
    ),
    _b("Write a limerick about Schrödinger's cat that a physics teacher could put on a slide."),
    _b(
        "Can you explain this log? Is the consumer lagging?\n\n2025-03-14 02:11:07,481 INFO  [orders-consumer-3] Committed offsets {orders-7=18442913, orders-8=18440177}\n2025-03-14 02:11:12,903 WARN  [orders-consumer-3] Heartbeat session expired, marking coordinator broker-2:9092 (id: 2147483645) dead\n2025-03-14 02:11:13,020 INFO  [orders-consumer-3] (Re-)joining group order-pipeline\n2025-03-14 02:11:19,556 INFO  [orders-consumer-3] Successfully joined group with generation 4127"
    ),
    _b(
        "pip says it can't resolve numpy when I go from Python 3.11.4 to 3.12.1, pinned numpy==1.24.3. what's the minimum numpy that has 3.12 wheels?"
    ),
    _b("What is Hashimoto's thyroiditis and how is it different from Graves' disease?"),
    _b("Did Van Gogh really cut off his whole ear, or just part of it? And who did he give it to?"),
    _b(
        "Mortgage maths: $420,000 at 6.25% fixed over 30 years. Monthly payment, and total interest paid?"
    ),
    _b("Make a table of the Tudor monarchs with reign dates and one notable event each."),
    _b(
        "Where is the Anne Frank House and how far ahead do I need to book? We're in Amsterdam from 12 to 15 June."
    ),
    _b("sherlock holmes vs hercule poirot, who's the better detective and why. be opinionated"),
    _b("walk me through the heimlich manoeuvre for an adult and for a baby, step by step"),
    _b("my cat just chewed a lily leaf, what do I do?? it's 11pm on a sunday"),
    _b(
        'Terraform: how do I pass credentials without hardcoding them?\n\nprovider "aws" {\n  region     = var.region\n  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n}'
    ),
    _b(
        "In the OAuth2 client credentials flow, what exactly do I send? The tutorial shows client_id=YOUR_CLIENT_ID&client_secret=YOUR_CLIENT_SECRET&grant_type=client_credentials in the body but our IdP wants HTTP Basic."
    ),
    _b(
        "Help me read this build output, which step is slow?\n\n#7 [builder 3/6] RUN npm ci\n#7 DONE 84.2s\n#8 [builder 4/6] COPY . .\n#8 DONE 0.4s\n#9 [builder 5/6] RUN npm run build\n#9 DONE 212.7s\n#12 exporting to image\n#12 writing image sha256:3f1c9e07b5a24d8c6e0f72a1b9d4c58e2a7f03b6d1e9c4a8f5b27d0e6c3a1948 done\n#12 naming to registry.internal/web:2.14.0 done"
    ),
    _b("Which actor played Tony Stark, and in how many MCU films did he appear?"),
    _b(
        "Is 'correct horse battery staple' still a good model for passphrases, or has advice changed since the xkcd comic?"
    ),
    _b(
        "hotel wifi is 'Hilton_Guest' and the password is on the key card sleeve, but my chromebook won't show the login page. how do I force the captive portal to open?"
    ),
    _b(
        "Excel: I have employee IDs in column A of Sheet1 and salaries in Sheet2. How do I XLOOKUP them and show 'not found' instead of #N/A?"
    ),
    _b(
        "Explain Tourette syndrome to a class of 10-year-olds so they understand a classmate's tics without being told who it is."
    ),
    _b(
        "Is it true John Harvey Kellogg invented cornflakes as part of a health crusade? Short history please."
    ),
    _b(
        "My phone number regex rejects '+1 (555) 010-0199', which is the kind of fictional number from TV. Should a validator accept 555 numbers?"
    ),
    _b(
        "Write a polite email declining a vendor's proposal after a tender. Sign off with [Your Name], [Title]. We chose another supplier on price."
    ),
    _b("what date is unix timestamp 1712345678 in UTC and in Sydney"),
    _b("How many goals did Messi score in calendar year 2012 and who held the previous record?"),
    _b("Explain Newton's third law with an example that isn't a rocket."),
    _b(
        "Give me a 7-day vegetarian meal plan around 1,800 kcal with at least 90 g protein a day. No tofu on consecutive days."
    ),
    _b(
        "Slack message announcing the office is closed 24-26 December and reopens on the 27th at 9:00. Keep it cheerful, one emoji max."
    ),
    _b("How did Alan Turing die, and what was the 2013 royal pardon about?"),
    _b("King Charles announced a cancer diagnosis in 2024. Did the palace ever say which type?"),
    _b(
        "Python: bcrypt example please. I'm testing with the password 'hunter2' just for the demo, is 12 rounds too slow for a login endpoint?"
    ),
    _b(
        "In Postman, my requests send the literal string {{token}} instead of the value. Environment is selected. What's wrong?"
    ),
    _b(
        "DHL Express tracking numbers are 10 digits, right? Mine is JD014600003828945127 and the DHL site won't find it."
    ),
    _b("Who painted the ceiling of the Sistine Chapel and how long did it take?"),
    _b("What's the Doppler effect and why does an ambulance siren drop in pitch as it passes?"),
    _b("Compare Ford's Model T assembly line with Toyota's production system in a short table."),
    _b(
        "Write a job ad for a part-time barista, 20 hours a week, weekend shifts, £12.60/hour, in a friendly tone. No names, we'll add contact details later."
    ),
    _b(
        "Nginx keeps returning 502 after I changed the upstream. Config:\n\nupstream api {\n    server 127.0.0.1:8081;\n}\nserver {\n    listen 443 ssl;\n    server_name api.example.com;\n    ssl_certificate     /etc/letsencrypt/live/api.example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/api.example.com/privkey.pem;\n    location / { proxy_pass http://api; }\n}"
    ),
    _b(
        "What does the -----BEGIN CERTIFICATE----- block in a .pem actually contain? Is it safe to paste a public cert into a support ticket?"
    ),
    _b("Is Lou Gehrig's disease the same thing as ALS and MND, or are there differences?"),
    _b(
        "Tell me about Usain Bolt's 9.58 in Berlin 2009: splits, wind, and why nobody has come close since."
    ),
    _b("Who is buried in Grant's Tomb? (yes I know the joke, I want the real answer)"),
    _b("Explain what a git SHA like 9f3c2a1d is, and why git log shows short and long versions."),
    _b(
        "The Lancet published guidelines on hypertension last year. What are the current blood pressure targets for adults over 65, in general?"
    ),
    _b(
        "Write a product description for a 750 ml stainless steel bottle, 24 h cold / 12 h hot, 340 g, 5-year warranty, price $34.99."
    ),
    _b("Dates of the Apollo 11 mission: launch, landing, moonwalk, splashdown. UTC please."),
]
