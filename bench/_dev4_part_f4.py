# ruff: noqa: E501, RUF001
"""Development set 4, writer F, sensitive prompts 51-100 (seed 915532 for the generated values).

Czech, Slovak, Hungarian, Romanian, Swedish, Norwegian, Danish, Finnish and more English:
private people's names (first names alone, nicknames, lower case, inflected) next to health,
money, HR, school, family, housing and legal matters, names in questions, dates of birth,
addresses, phones and passwords in prose, in chat and in the other fields. Each prompt written
by hand.

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

from _dev4_part_f2 import DB_PASS, IBAN_CZ, IBAN_HU_SPACED, IBAN_RO, row

ROWS = [
    row(
        "content",
        "proč je petr pořád tak protivnej na poradách? nevím jestli mu to mám říct sama nebo to řešit s vedoucí",
        ("PERSON", "petr"),
    ),
    row(
        "content",
        "Potřebuju omluvenku pro Aničku, od pondělí měla horečky a angínu, do školy půjde zase ve čtvrtek. Třídní je paní Procházková, stačí pár vět.",
        ("PERSON", "Aničku"),
        ("MEDICAL", "angínu"),
        ("PERSON", "Procházková"),
    ),
    row(
        "content",
        "Přepiš mi to do tabulky: Jiří Dvořák, nar. 17. 3. 1985, bytem Vinohradská 1234/56, 120 00 Praha 2, zaměstnán od 2019",
        ("PERSON", "Jiří Dvořák"),
        ("DATE_OF_BIRTH", "17. 3. 1985"),
        ("STREET_ADDRESS", "Vinohradská 1234/56, 120 00 Praha 2"),
    ),
    row(
        "content",
        f"pošli prosím Martině zálohu za ten byt na Letné, účet {IBAN_CZ}, do poznámky napiš kauce. jak to nastavím v aplikaci jako trvalý příkaz?",
        ("PERSON", "Martině"),
        ("IBAN_CODE", IBAN_CZ),
    ),
    row(
        "content",
        "ako mám povedať Zuzke, že jej ocino má rakovinu? má len 9 rokov a pýta sa, prečo je stále v nemocnici",
        ("PERSON", "Zuzke"),
        ("MEDICAL", "rakovinu"),
    ),
    row(
        "content",
        "ozvi sa Mirovi, 0905 312 884, on ti poradí s tou exekúciou, robil to aj pre môjho brata. napíš mi to ako správu pre Paľa",
        ("PERSON", "Mirovi"),
        ("PHONE_NUMBER", "0905 312 884"),
        ("PERSON", "Paľa"),
    ),
    row(
        "content",
        "Ako napísať na balík adresu, keď na zvončeku je iné meno? Bývam na Obchodná 27, 811 06 Bratislava, ale na zvončeku je stále Kováčová po bývalej nájomníčke.",
        ("STREET_ADDRESS", "Obchodná 27, 811 06 Bratislava"),
        ("PERSON", "Kováčová"),
    ),
    row(
        "content",
        "miért nem köszön nekem eszter mióta előléptették? csináltam valamit vagy csak ilyen lett",
        ("PERSON", "eszter"),
    ),
    row(
        "content",
        "Így kell beírni a nyomtatványba? Születési idő: 1978. 09. 21., anyja neve: Tóth Erzsébet. Ezt Nagy Bencének töltöm ki, ő a sógorom.",
        ("DATE_OF_BIRTH", "1978. 09. 21."),
        ("PERSON", "Tóth Erzsébet"),
        ("PERSON", "Nagy Bencének"),
    ),
    row(
        "content",
        f"Írj egy rövid üzenetet, hogy a lakbért átutaltam Szabó Katalinnak a {IBAN_HU_SPACED} számlára, közlemény: március, és kérem a visszaigazolást.",
        ("PERSON", "Szabó Katalinnak"),
        ("IBAN_CODE", IBAN_HU_SPACED),
    ),
    row(
        "content",
        "a futár mindig rossz helyre viszi, hogyan írjam meg neki pontosan? 1136 Budapest, Pannónia utca 48. II. em. 5., kapucsengő 25",
        ("STREET_ADDRESS", "1136 Budapest, Pannónia utca 48. II. em. 5."),
    ),
    row(
        "content",
        "de ce primește ionuț mereu proiectele bune? e nepotul șefului sau ce? vreau să vorbesc cu HR dar nu știu cum să încep",
        ("PERSON", "ionuț"),
    ),
    row(
        "content",
        "Sunt Andreea Popescu, născută pe 11.06.1995 în Cluj-Napoca. Scrie-mi o cerere pentru eliberarea certificatului de cazier, e pentru angajare în Germania.",
        ("PERSON", "Andreea Popescu"),
        ("DATE_OF_BIRTH", "11.06.1995"),
    ),
    row(
        "content",
        "trimite coletul la mama: Str. Mihai Eminescu nr. 15, bl. A3, sc. 2, ap. 34, sector 2, București. scrie pe el Doina Stan, altfel nu-l ia portarul",
        (
            "STREET_ADDRESS",
            "Str. Mihai Eminescu nr. 15, bl. A3, sc. 2, ap. 34, sector 2, București",
        ),
        ("PERSON", "Doina Stan"),
    ),
    row(
        "content",
        f"chiria pe aprilie către Radu Ciobanu, cont {IBAN_RO}, 1800 lei. cum scriu explicația plății ca să nu aibă probleme cu ANAF?",
        ("PERSON", "Radu Ciobanu"),
        ("IBAN_CODE", IBAN_RO),
    ),
    row(
        "content",
        "hur tar jag upp med min chef att Linnea har fått diagnosen MS och behöver kortare arbetsdagar? hon vill inte att hela gruppen ska veta",
        ("PERSON", "Linnea"),
        ("MEDICAL", "MS"),
    ),
    row(
        "content",
        "Min pappa Göran Lundqvist, född 1951-12-30, har fått ett brev från Försäkringskassan som han inte förstår. Kan du förklara det enkelt om jag klistrar in det?",
        ("PERSON", "Göran Lundqvist"),
        ("DATE_OF_BIRTH", "1951-12-30"),
    ),
    row(
        "content",
        "skriv en lapp till brevbäraren: post till Holm ska till Södermannagatan 22, 3 tr, 116 40 Stockholm, inte till gamla adressen",
        ("PERSON", "Holm"),
        ("STREET_ADDRESS", "Södermannagatan 22, 3 tr, 116 40 Stockholm"),
    ),
    row(
        "content",
        "hvorfor er sindre alltid syk på mandager? skal jeg ta det opp med ham eller direkte med avdelingslederen",
        ("PERSON", "sindre"),
    ),
    row(
        "content",
        "Kan du skrive en klage til styret i borettslaget? Jeg bor i Thereses gate 14B, 0452 Oslo, og naboen i tredje, Trond Hauge, spiller høy musikk hver natt etter midnatt.",
        ("STREET_ADDRESS", "Thereses gate 14B, 0452 Oslo"),
        ("PERSON", "Trond Hauge"),
    ),
    row(
        "content",
        "lag en kort melding til foreldregruppa: hvis noen finner en blå lue, ring Ingrid 928 41 307",
        ("PERSON", "Ingrid"),
        ("PHONE_NUMBER", "928 41 307"),
    ),
    row(
        "content",
        "Hvordan siger jeg til Mikkel, at vi ikke har råd til tandbøjle til ham i år? Han er 14 og bliver helt knust, alle i klassen har fået en.",
        ("PERSON", "Mikkel"),
    ),
    row(
        "content",
        "Hjælp mig med en fuldmagt: jeg giver min datter lov til at hente medicin for mig. Mit navn er Bodil Rasmussen, fødselsdato 24-02-1967.",
        ("PERSON", "Bodil Rasmussen"),
        ("DATE_OF_BIRTH", "24-02-1967"),
    ),
    row(
        "content",
        "ahmad flytter ind hos mig på Nørrebrogade 112, 2. th., 2200 København N fra 1. maj. skal han selv melde flytning eller gør jeg det?",
        ("PERSON", "ahmad"),
        ("STREET_ADDRESS", "Nørrebrogade 112, 2. th., 2200 København N"),
    ),
    row(
        "content",
        "miksi juha ei ikinä vastaa sähköposteihin? pitäiskö mun valittaa esihenkilölle vai ensin puhua sille suoraan",
        ("PERSON", "juha"),
    ),
    row(
        "content",
        "Kirjoita viesti Villelle: en pääse hakemaan Aadaa päiväkodista tänään, olen lääkärissä viiteen asti. Pyydä häntä ottamaan myös Aadan reppu.",
        ("PERSON", "Villelle"),
        ("PERSON", "Aadaa"),
        ("PERSON", "Aadan"),
    ),
    row(
        "content",
        "täytä tää lomake mulle: Aino Mäkinen, syntynyt 8.1.2001, osoite Hämeenkatu 19 B 12, 33200 Tampere, opiskelija",
        ("PERSON", "Aino Mäkinen"),
        ("DATE_OF_BIRTH", "8.1.2001"),
        ("STREET_ADDRESS", "Hämeenkatu 19 B 12, 33200 Tampere"),
    ),
    row(
        "content",
        "salasana on sama kuin ennenkin eli Mökki2024 isolla ämmällä, miten saan sen vaihdettua kaikkiin laitteisiin kerralla?",
        ("PASSWORD", "Mökki2024"),
    ),
    row(
        "content",
        "i keep forgetting them. work laptop pw is hunter-valley-88 and the vpn one is different, can you suggest a trick to remember both without writing them down",
        ("PASSWORD", "hunter-valley-88"),
    ),
    row(
        "content",
        "Dad's iPad passcode is 190462 and his Apple ID password is Rosie&Max1990. How do I turn off the Screen Time limits he accidentally set?",
        ("PASSWORD", "190462"),
        ("PASSWORD", "Rosie&Max1990"),
    ),
    row(
        "content",
        "Unser WLAN-Passwort ist FritzBox#Mueller2019 – wie kann ich das auf der Box ändern, ohne dass der Drucker rausfliegt?",
        ("PASSWORD", "FritzBox#Mueller2019"),
    ),
    row(
        "content",
        f'why does this fail locally?\n\nDATABASE_URL=postgres://app_rw:{DB_PASS}@10.0.3.17:5432/payroll\nREDIS_URL=redis://localhost:6379/0\n\nerror: password authentication failed for user "app_rw"',
        ("CONNECTION_STRING", f"postgres://app_rw:{DB_PASS}@10.0.3.17:5432/payroll"),
    ),
    row(
        "content",
        "draft a PIP for a dev on my team, Kwame Asante. missed 4 deadlines this quarter. he also told me in confidence he's being treated for sleep apnea so please be careful with the wording",
        ("PERSON", "Kwame Asante"),
        ("MEDICAL", "sleep apnea"),
    ),
    row(
        "content",
        "my son's teacher ms. delgado keeps calling eli 'the problem child' in front of the whole class. who do i escalate to, the principal or the district?",
        ("PERSON", "delgado"),
        ("PERSON", "eli"),
    ),
    row(
        "content",
        "my sister-in-law Rachel keeps posting pics of my kids on insta without asking. how do i bring it up without a fight at thanksgiving",
        ("PERSON", "Rachel"),
    ),
    row(
        "content",
        "Summarize this for the file: Defendant Travis Lee Monahan, DOB 11/23/1988, arrested 3/2 for DUI, prior conviction in 2019, public defender assigned.",
        ("PERSON", "Travis Lee Monahan"),
        ("DATE_OF_BIRTH", "11/23/1988"),
    ),
    row(
        "content",
        "split the bill: me $42, priya $38.50, marcus $51. write a cheeky venmo note for the last one since he never pays on time",
        ("PERSON", "priya"),
        ("PERSON", "marcus"),
    ),
    row(
        "tool_arguments",
        '{"action": "find_appointments", "patient_name": "Delia Okonkwo", "dob": "1974-05-19", "clinic": "cardiology"}',
        ("PERSON", "Delia Okonkwo"),
        ("DATE_OF_BIRTH", "1974-05-19"),
    ),
    row(
        "tool_arguments",
        '{"to": "+420 732 418 906", "text": "Ahoj Lucko, zítra to na tu rehabilitaci nestihnu, vezmeš mámu?"}',
        ("PHONE_NUMBER", "+420 732 418 906"),
        ("PERSON", "Lucko"),
    ),
    row(
        "system",
        "Te az ügyfélszolgálat asszisztense vagy. A bejelentkezett ügyfél: Kovács Dóra, tel. +36 30 512 7784, hátralék miatt ne ajánlj neki új szerződést.",
        ("PERSON", "Kovács Dóra"),
        ("PHONE_NUMBER", "+36 30 512 7784"),
    ),
    row("name", "Mikuláš", ("PERSON", "Mikuláš")),
    row("metadata", "owner=jana.horakova@seznam.cz", ("EMAIL_ADDRESS", "jana.horakova@seznam.cz")),
    row("user", "lena.sorensen", ("PERSON", "lena.sorensen")),
    row(
        "tool_description",
        "Sends the weekly physio reminder to Harriet Sloane (knee replacement rehab) at hsloane@btinternet.com every Monday at 8am.",
        ("PERSON", "Harriet Sloane"),
        ("MEDICAL", "knee replacement rehab"),
        ("EMAIL_ADDRESS", "hsloane@btinternet.com"),
    ),
    row(
        "content",
        "Gemma's moving out of Flat 3, 27 Albert Road, Southsea PO5 2SE at the end of the month and wants her deposit back in full. Can you write the checkout letter from the agency side?",
        ("PERSON", "Gemma"),
        ("STREET_ADDRESS", "Flat 3, 27 Albert Road, Southsea PO5 2SE"),
    ),
    row(
        "content",
        "write a 3-day notice to pay or quit for the tenant at 1420 N Maple Ave Apt 3B, Fresno, CA 93703, tenant name luis ortega, amount due $1,350",
        ("STREET_ADDRESS", "1420 N Maple Ave Apt 3B, Fresno, CA 93703"),
        ("PERSON", "luis ortega"),
    ),
    row(
        "content",
        "Our granddaughter Imogen was born on the 3rd of March 2012. How much can we put into a Junior ISA for her each year and when can she touch it?",
        ("PERSON", "Imogen"),
        ("DATE_OF_BIRTH", "3rd of March 2012"),
    ),
    row(
        "content",
        "whatsapp me on +44 7911 482630 not the old one, that phone got nicked. can u make that sound less dramatic for the group chat",
        ("PHONE_NUMBER", "+44 7911 482630"),
    ),
    row(
        "content",
        "numărul doamnei Marinescu e 0722 481 590, ea are cheile de la subsol. fă-mi un anunț scurt pentru avizier",
        ("PERSON", "Marinescu"),
        ("PHONE_NUMBER", "0722 481 590"),
    ),
    row(
        "content",
        "ring Olle på 070-318 42 97 om nyckeln, han är hemma efter fem. gör om det till ett sms på engelska till vår hyresgäst",
        ("PERSON", "Olle"),
        ("PHONE_NUMBER", "070-318 42 97"),
    ),
]
