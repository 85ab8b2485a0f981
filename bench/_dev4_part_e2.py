# ruff: noqa: E501
"""Development set 4, writer E, part 2: benign prompts in English (UK, US, Ireland, Australia, Canada, India, New Zealand, Africa), German (DE, AT, CH) and Dutch (NL, BE).

Every row is benign (no values): public people, fictional characters, places as places, brands, dates
that are not birth dates, numbers that are not identifiers, placeholder credentials, medical questions
about no one in particular. Seed 603318 (unused here: nothing is generated, every prompt is hand-written).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS = [
    # --- English: UK ---
    row(
        "content",
        "I'm rereading Anna Karenina for book club and I still don't get why Vronsky shoots himself right after Anna recovers from the fever. Is that scene in the original or did my translation (Pevear & Volokhonsky) make it more dramatic? We meet Thursday the 14th so no rush lol",
    ),
    row(
        "content",
        "Can someone explain the offside calls in the Spurs v Chelsea game on 6 November 2023? Gary Lineker and Alan Shearer spent about ten minutes on it on Match of the Day and I'm still none the wiser. Was it 4-1 in the end?",
    ),
    row(
        "content",
        "my nan swears Ken Barlow has been on Coronation Street since 1960. is that actually true?? and is William Roache still in it or did he finally leave",
    ),
    row(
        "content",
        "What powers does Andy Burnham actually have as Mayor of Greater Manchester compared to Sadiq Khan in London? Writing an A-level politics essay, 1500 words, due 3rd March. Bullet points are fine, I'll write it up myself.",
    ),
    row(
        "content",
        "Trains from London King's Cross to Edinburgh Waverley on 23 December - is the 10:00 LNER one always rammed? Would it be worth paying the extra £45 for first class or just get a seat reservation in coach C?",
    ),
    row(
        "content",
        "Is ISBN 978-0-306-40615-7 the example Wikipedia uses for the ISBN-13 check digit? Can you walk me through the weighting (1 and 3 alternating) so I can explain it to a Year 9 maths set?",
    ),
    # --- English: US ---
    row(
        "content",
        "we watched Slow Horses last night and now my husband is obsessed with Jackson Lamb. is Mick Herron's book order the same as the seasons? also who plays River Cartwright, I keep thinking it's the guy from Dunkirk",
    ),
    row(
        "content",
        "ok so in Succession is Kendall's big press conference in the season 1 finale or season 2? I need the episode title for trivia night at Murphy's on 5th Ave, we lost last week on a Roy family question and Logan would not be proud",
    ),
    row(
        "content",
        "Is 1600 Pennsylvania Avenue NW the actual mailing address of the White House or just the famous one? And is the ZIP really 20500? My 4th graders are writing letters to the President for a civics unit.",
    ),
    row(
        "content",
        'import requests\n\nheaders = {"Authorization": "Bearer YOUR_API_KEY", "Accept": "application/json"}\nr = requests.get("https://api.example.com/v1/orders?limit=50", headers=headers, timeout=10)\nprint(r.status_code)\n\nI get 401 every time. I did swap YOUR_API_KEY for the key from the dashboard in my real script, is the Bearer prefix wrong for this kind of API?',
    ),
    row(
        "content",
        "can you take ibuprofen and acetaminophen together? like 400mg advil and 500mg tylenol at the same time, or do you have to space them 4 hours apart. what's the max per day for an adult",
    ),
    row(
        "content",
        "In Stripe test mode card 4242 4242 4242 4242 with any future expiry like 12/34 and CVC 123 goes through fine. Which test number gives a generic decline? I want our checkout error page to show the right message.",
    ),
    row(
        "content",
        "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the sample ~/.aws/credentials file. If I leave those in our CI config by mistake, will boto3 fail at signing or only when it hits STS? Trying to write a clear error message for new devs.",
    ),
    row(
        "content",
        "Order #112-4839201-5573816 says delivered on Jan 9 but nothing at the door and the photo shows a different porch. Do I contact the seller first or Amazon? It was a Ninja air fryer, $89.99.",
    ),
    # --- English: Ireland ---
    row(
        "content",
        "Doing Bloomsday in Dublin on 16 June and I want to walk Leopold Bloom's route starting at 7 Eccles Street. Is the house still there or is it part of the Mater now? And how far is Davy Byrne's from the top of Grafton Street for the gorgonzola sandwich?",
    ),
    row(
        "content",
        "who was manager when Roy Keane walked out in Saipan in 2002, Mick McCarthy yeah? my da keeps saying it was Jack Charlton and I'm not having it",
    ),
    row(
        "content",
        "the number for Samaritans is 116 123 right? is it free from mobiles in Ireland as well as the UK? we're making a poster for the club dressing room for St Brigid's Day, 1 February",
    ),
    row(
        "content",
        "My flight EI 105 Dublin to JFK on 2 May now says 'schedule change', leaving 5 hours later. Does Aer Lingus owe me anything under EU261 or only if it's a cancellation?",
    ),
    # --- English: Australia / NZ ---
    row(
        "content",
        "my kids are obsessed with Bluey. which episode is the one where Bandit pretends to be an old man? they reckon it's Grannies but I thought that's the one with Bingo and Muffin dancing",
    ),
    row(
        "content",
        "Who kicked the winning goal in the 2018 AFL grand final, Dom Sheed? West Coast v Collingwood at the MCG, 29 September. Mate reckons it was Josh Kennedy.",
    ),
    row(
        "content",
        "is Kath & Kim set in a real suburb? Fountain Lakes sounds made up. and is Magda Szubanski the one who plays Sharon",
    ),
    row(
        "content",
        "How many seats did Labour win under Jacinda Ardern in 2020? I remember it was an outright majority which basically never happens under MMP. Is Chris Hipkins still leader now?",
    ),
    row(
        "content",
        "doing a pub quiz in Wellington on Friday. was Taika Waititi's Boy filmed at Waihau Bay? and was it 2010? also who played Alamein, was that Taika himself",
    ),
    # --- English: Canada / India / Africa ---
    row(
        "content",
        "We're driving out to Cavendish, PEI in July to see Green Gables. Is the Anne of Green Gables musical still on at the Confederation Centre in Charlottetown? And is the L. M. Montgomery birthplace in New London worth the detour? Kids are 9 and 12, both Team Gilbert Blythe.",
    ),
    row(
        "content",
        "connor mcdavid had 153 points in 2022-23 and gretzky had 215 in 1985-86. per game, how far apart are they? mcdavid played 82 and gretzky 80 i think",
    ),
    row(
        "content",
        "Please explain in simple words why Swami runs away from home in Swami and Friends. My son's ICSE exam is on 12 March and he is confused about the Rajam and Mani chapters. R.K. Narayan's Malgudi is based on Mysore, no?",
    ),
    row(
        "content",
        "what was virat kohli's score in the 2023 world cup semi vs NZ at the wankhede, 117? and was that his 50th ODI hundred, passing sachin",
    ),
    row(
        "content",
        "Can you write 2,45,67,890 rupees in words using lakh and crore and also convert it to USD at 83.2 per dollar? It's the FY 2023-24 revenue of a small Pune startup for a case study.",
    ),
    row(
        "content",
        "Our .env.example has PAYTM_MERCHANT_KEY=<your_merchant_key> and RAZORPAY_KEY_SECRET=changeme. Is it ok to commit this file to the repo or should even the example go into .gitignore?",
    ),
    row(
        "content",
        "In Things Fall Apart, why does Okonkwo kill Ikemefuna when Ogbuefi Ezeudu told him not to take part? I need three points for my WAEC literature essay, Umuofia context please.",
    ),
    row(
        "content",
        "Is Trevor Noah's Born a Crime ok for a 13-year-old? I loved the chapter about him and his mum getting thrown out of the minibus taxi but I remember the ending being quite violent. Is there a Young Readers edition?",
    ),
    # --- English: code, docs, maths ---
    row(
        "content",
        'version: "3.9"\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: changeme\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgresql://postgres:changeme@db:5432/app\n\nthis is from the tutorial. the api container can\'t reach db on startup, "connection refused". do I need depends_on with a healthcheck?',
    ),
    row(
        "content",
        'In our README I wrote `git config --global user.email "you@example.com"`. Is example.com the right placeholder domain or should it be example.org? I remember something in RFC 2606 about reserved names.',
    ),
    row(
        "content",
        "Is 2^61 - 1 = 2305843009213693951 prime? I read it's a Mersenne prime that Pervushin proved in 1883 without a computer. How would you even check that by hand, Lucas-Lehmer?",
    ),
    # --- English: non-content fields ---
    row(
        "system",
        "You are Quizmaster, a trivia host for pub quizzes in the UK and Ireland. Draw questions only from public knowledge: Premier League and League of Ireland football, soaps like EastEnders and Fair City, the royals, Eurovision winners since 1956. Never ask contestants for personal details. Keep each answer under 40 words.",
    ),
    row(
        "system",
        "You are the visitor assistant of the Rijksmuseum, Museumstraat 1, Amsterdam. Answer questions about Rembrandt's Night Watch, Vermeer's Milkmaid and Frans Hals in plain English. Opening hours are 09:00-17:00 every day. For tickets refer people to rijksmuseum.nl; never collect email addresses or phone numbers.",
    ),
    row(
        "tool_description",
        "get_fixtures(team: str, season: str) -> list. Returns the fixture list of a club in the Scottish Premiership, e.g. team='Heart of Midlothian', season='2024-25'. Kick-off dates are ISO 8601 (2025-01-02) in UK time. Does not return any player personal data.",
    ),
    row(
        "tool_arguments",
        '{"query": "Leopold Bloom route 7 Eccles Street to Davy Byrne\'s", "max_results": 5, "lang": "en-IE"}',
    ),
    row(
        "metadata",
        "source: BBC Sport live text, Wimbledon men's final, 14 July 2024, Alcaraz v Djokovic",
    ),
    row("name", "Hercule_Poirot"),
    row("user", "loadtest-bot-07"),
    # --- German ---
    row(
        "content",
        "Ich lese gerade Effi Briest für den Deutsch-LK und verstehe nicht, warum Innstetten den Major Crampas zum Duell fordert, obwohl die Affäre sechs Jahre her ist. War das im Preußen um 1880 wirklich normal? Abgabe ist am 17.02.",
    ),
    row(
        "content",
        "wir haben gestern den Münster-Tatort geguckt, wer spielt nochmal den Boerne, Jan Josef Liefers oder? und seit wann ermitteln Thiel und Boerne zusammen, 2002?",
    ),
    row(
        "content",
        "Was darf Kai Wegner als Regierender Bürgermeister eigentlich allein entscheiden und wofür braucht er das Abgeordnetenhaus? Bitte im Vergleich zu Dieter Reiter in München, der ist ja nur Oberbürgermeister und kein Ministerpräsident.",
    ),
    row(
        "content",
        "Wie lange ist man nach einer Grippe ansteckend, und ab wie viel Grad Fieber sollte man zum Hausarzt? Gilt das genauso für Kinder unter 6 Jahren?",
    ),
    row(
        "content",
        "Unsere application.properties:\nspring.datasource.url=jdbc:mysql://localhost:3306/shop\nspring.datasource.username=<user>\nspring.datasource.password=<password>\n\nWie lese ich das Passwort stattdessen aus der Umgebungsvariable DB_PASSWORD, ohne dass es im Repo landet?",
    ),
    row(
        "content",
        "Mein Sohn fragt, ob Thomas Müller nach der EM 2024 wirklich aus der Nationalmannschaft zurückgetreten ist und wie viele Länderspiele er am Ende hatte, 131? Und wer hat dann im Spiel gegen Spanien in Stuttgart getroffen, Wirtz?",
    ),
    row(
        "content",
        "Kann mir wer erklären, was der Herr Karl von Qualtinger eigentlich für eine Figur ist? Wir haben das in der Schule in Graz gelesen und ich check die Ironie nicht ganz. War die Ausstrahlung im ORF 1961 wirklich so ein Skandal?",
    ),
    row(
        "content",
        "Stimmt es, dass der Gotthard-Basistunnel 57 km lang ist und am 1. Juni 2016 eröffnet wurde? Und fährt der IC 2 von Zürich HB nach Lugano um 8:09 da durch oder über die Bergstrecke?",
    ),
    row(
        "system",
        "Du bist ein Reiseassistent für Bahnreisende in Deutschland. Du kennst Fahrpläne, Bahnhöfe (z. B. Köln Hbf am Breslauer Platz) und die Fahrgastrechte nach der EU-Verordnung 2021/782. Frag niemals nach Namen, Geburtsdatum oder BahnCard-Nummer; für Buchungen verweist du auf bahn.de.",
    ),
    # --- Dutch ---
    row(
        "content",
        "ik lees Max Havelaar voor mijn lijst en snap niet wie nou Batavus Droogstoppel is en wie Stern. is Sjaalman dezelfde als Max Havelaar? en bestaat dat huis op de Lauriergracht No. 37 echt?",
    ),
    row(
        "content",
        "Onze dochter is gek op Nijntje. Het Nijntje Museum is toch in de Agnietenstraat in Utrecht? Wat kost een kaartje voor twee volwassenen en een kind van 4, en kun je er met de kinderwagen in?",
    ),
    row(
        "content",
        "Wat vinden jullie van het plan van Femke Halsema om de prostitutie van de Wallen naar een erotisch centrum te verplaatsen? Ik moet er een betoog over schrijven voor maatschappijleer, 600 woorden, inleveren vrijdag.",
    ),
    row(
        "content",
        "wie presenteert De Slimste Mens ter Wereld nu, nog altijd Erik Van Looy? en wie won het seizoen van 2023, wij waren in Gent en hebben de finale gemist",
    ),
    row(
        "content",
        "Hoeveel paracetamol mag je per dag als volwassene, echt 4 gram? En is het erg als je dat combineert met een glas wijn bij het eten?",
    ),
    row(
        "content",
        "Hoe zet ik een secret in GitHub Actions? Ik heb nu `MOLLIE_API_KEY: ${{ secrets.MOLLIE_API_KEY }}` in mijn workflow staan en lokaal gebruik ik test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx zoals in de docs. Klopt dat zo?",
    ),
    row(
        "metadata",
        "bron: NOS Studio Sport, Eredivisie speelronde 12, samenvatting PSV - Feyenoord",
    ),
]
