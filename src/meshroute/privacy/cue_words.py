# ruff: noqa: RUF001, RUF003  (the cue words are Cyrillic, Greek and Turkish)
"""The cue words of the fast scan's date-of-birth, password and street-address patterns
(``patterns.py``), as regular-expression alternatives in the common subset of RE2 and
JavaScript (see ``patterns.py``). Written by hand: CLDR (via Babel) has month names but no
"date of birth", "password" or street types, and libpostal, which lists street types, is not a
Python package here; each list names its languages.
"""

from __future__ import annotations

__all__ = [
    "DOB_AFTER",
    "DOB_CUES",
    "DOB_GAP",
    "DOB_YEAR_AFTER",
    "HEALTH_TERMS",
    "HOUSE_NUMBER",
    "KIN_CUES",
    "PASSWORD_JOINS",
    "PASSWORD_KEYS",
    "PASSWORD_WORDS",
    "PERSON_CUES",
    "PERSON_KEYS",
    "PHONE_CUES",
    "PIN_KEYS",
    "RESIDENCE_CUES",
    "STREET_ABBREVIATIONS",
    "STREET_AFTER",
    "STREET_FIRST_OTHER",
    "STREET_FIRST_ROMANCE",
    "STREET_ROMANCE_PARTICLES",
    "STREET_SUFFIXES",
    "STREET_WORDS",
]

# Turkish words spell their dotted i as [iİ]: neither RE2 nor JavaScript folds "İ" to "i" under
# (?i), so "DOĞUM TARİHİ" and "ŞİFRE" were missed.
# Written by hand: CLDR has no "date of birth", and no package lists the verb forms. Stems end in
# ``\p{L}*`` where a language inflects the word by person or case ("urodziłam", "nació",
# "γεννήθηκα", "родилась", "narodila"). English, German, French, Spanish, Italian, Dutch,
# Portuguese, Polish, Swedish, Danish/Norwegian, Finnish, Czech/Slovak, Hungarian, Romanian,
# Turkish, Greek, Ukrainian, Russian, Croatian/Serbian/Bosnian, Slovenian, Bulgarian, the
# Baltic languages.
DOB_CUES = (
    r"born|date\s+of\s+birth|birth\s*date|birthdate|birthday|dob|d\.o\.b\.?|geboren|"
    r"geburtsdatum|geburtstag|geb\.(?:\s*datum)?|n[ée]e|né|ne\s+le|naissance|"
    r"nac[ií](?:d[oa]s?|[óo]|miento)?|f\.\s*nac\.?|nascita|nat[oa]\s+(?:il|a|l|nel)|"
    r"geboortedatum|nasc(?:i|eu|ida|ido|imento)|data\s+urodzenia|urodzi\p{L}*|"
    r"urodzon[ya]|ur\.|f[öo]delsedatum|f[öo]dd|f[øo]dselsdato|f[øo]dt|syntym[äa]aika|syntyi|"
    r"syntyn\p{L}*|narozen\p{L}*|narod(?:il|en)\p{L}*|nar\.|"
    r"sz[üu]let\p{L}*|sz[üu]l\.(?:\s*d[áa]tum)?|data\s+na[șşs]terii|n[ăa]scut[ăa]?|"
    r"do[ğg]um\s+tar[iİ]h\p{L}*|do[ğg]\.\s*tar\.?|do[ğg]umlu|do[ğg]du\p{L}*|"
    r"ημερομηνία\s+γέννησης|ημ\.\s*γέννησης|γεννήθηκ\p{L}*|γενν\.|дата\s+народження|"
    r"народил\p{L}*|народжен\p{L}*|нар\.|дата\s+рождения|родил\p{L}*|д\.\s?р\.|"
    r"ro[đd]en\p{L}*|datum\s+ro[đd]enja|rojen[a]?|datum\s+rojstva|роден[аo]?|"
    r"дата\s+на\s+раждане|gim[ėe]|gim[ęe]s|gimusi|gimimo|dzimis|dzimusi|dzim[šs]anas|"
    r"s[üu]ndinud|s[üu]nniaeg|s[üu]nnikuup[äa]ev|"
    # a birthday, as "birthday" and "Geburtstag" above: a date with its year is a birth date
    # unless birthdays.py reads an occasion ("urodziny", "рожденият ден на Иван е на 05.09.1984")
    r"urodzin\p{L}*|narozenin\p{L}*|narodenin\p{L}*|f[öo]delsedag\p{L}*|f[øo]dselsdag\p{L}*|"
    r"bursdag\p{L}*|syntym[äa]p[äa]iv\p{L}*|anniversaire|cumplea[ñn]os|compleanno|"
    r"anivers[áa]rio|verjaardag|ziua\s+de\s+na[șşs]tere|do[ğg]um\s+g[üu]n\p{L}*|γενέθλι\p{L}*|"
    r"день\s+рождени\p{L}*|день\s+народженн\p{L}*|рожден\p{L}*\s+ден|ro[đd]endan\p{L}*|"
    r"rojstn\p{L}*\s+dan\p{L}*"
)
# Written by hand, for the same reason: a birth cue after the date ("12.05.1978 г.р.",
# "1987 doğumlu", "am 4.11.1948 geboren", "1990. május 3-án születtem")
DOB_AFTER = (
    r"г\.\s?р\.|года\s+рождения|року\s+народження|do[ğg]umlu\p{L}*|sz[üu]let\p{L}*|"
    r"geboren|urodzon[ya]|urodzi\p{L}*|narozen[aý]?|narodil\p{L}*|syntynyt|ro[đd]en[a]?|"
    r"rojen[a]?|родил\p{L}*|народил\p{L}*|γεννήθηκ\p{L}*"
)
# after a year alone: "1987 doğumlu", "1978 г.р." (a formula, so no date needed)
DOB_YEAR_AFTER = r"do[ğg]umlu|г\.\s?р\."
# Up to four short words between a cue and its date: "born on the", "née le", "geboren am",
# "urodziłam się", "født den", "m-am născut pe", "γεννήθηκα στις", "narodenia overený:"
DOB_GAP = r"(?:[\s:=(\-\x{2013}\x{2014}]+\p{L}{1,8}\.?){0,4}[\s:=(\-\x{2013}\x{2014}]*"
# Street words before the name, written by hand (libpostal, which has them, is not a Python
# package here): Spanish, Italian, Portuguese, Catalan, Romanian, French
STREET_FIRST_ROMANCE = (
    r"[Cc]alle|[Cc]/|[Aa]venida|[Aa]vda\.|[Aa]v\.|[Pp]aseo|[Pp]laza|[Pp]za\.|[Vv]iale|Via|"
    r"[Pp]iazza|[Pp]iazzale|[Cc]orso|[Rr]ua|[Tt]ravessa|[Ll]argo|[Cc]arrer|[Rr]onda|[Cc]amino|"
    r"[Cc]arretera|[Aa]lameda|[Ee]strada|[Pp]ra[çc]a|[Vv]icolo|[Ss]trada|[Ss]tr\.|[Bb]d\.|"
    r"[Bb]ulevardul|[Cc]alea|[ȘșŞşSs]os\.|[ȘșŞş]oseaua|[Aa]leea|[Pp]ia[țţt]a|"
    # French, the number after the name ("Rue du 4 Septembre 8"); "place" only before its
    # particle (English "place")
    r"[Rr]ue|[Bb]oulevard|[Qq]uai|[Aa]ll[ée]e|[Ii]mpasse|[Pp]lace\s+d(?:u|es|e\s+la|e|')"
)
STREET_ROMANCE_PARTICLES = (
    r"de|del|de la|de las|de los|della|delle|dei|degli|di|do|da|dos|das|d'|lui|dels|du|des"
)
# Polish, Czech, Slovak, Croatian, Serbian, Ukrainian, Russian, Bulgarian, Greek
STREET_FIRST_OTHER = (
    r"ul\.|[Uu]l\.|[Uu]lic[aeiy]|al\.|[Aa]lej[ai]|os\.|[Oo]siedle|pl\.|[Pp]lac|[Pp]lacu|nám\.|"
    r"[Nn]áměstí|[Nn]ámestie|[Tt]řída|tř\.|[Tt]rg|[Tt]rgu|вул\.|[Вв]улиц[яі]|просп\.|"
    r"[Пп]роспект|пр\.|пров\.|[Пп]ровулок|бульв\.|[Бб]ульвар|бул\.|ул\.|[Уу]лиц[аеы]|пр-т|"
    r"пер\.|[Пп]ереулок|пл\.|[Пп]лощадь|[Пп]лоща|ш\.|[Шш]оссе|наб\.|[Нн]абережная|"
    r"[Οο]δός|[Οο]δό|[Οο]δού|[Οο]δ\.|[Λλ]εωφόρος|[Λλ]εωφ\.|[Ππ]λατεία"
)
# After the name: Hungarian, Turkish, Slovenian, Croatian, Czech, Russian, Ukrainian
STREET_AFTER = (
    r"utca|u\.|út|útja|tér|körút|krt\.|sor|köz|Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|"
    r"Bulvarı|Blv\.|cesta|ulica|ulice|trg|třída|nábřeží|náměstí|проспект|просп\.|улица|ул\.|"
    r"бульвар|переулок|шоссе|вулиця|вул\.|"
    # Baltic: Lithuanian gatvė, prospektas, alėja; Latvian iela, prospekts; Estonian tänav,
    # maantee, puiestee, in full or abbreviated ("Gedimino pr. 9", "Tartu mnt 14-3")
    r"g\.|gatvė|pr\.|prospektas|al\.|alėja|iela|prospekts|bulvāris|tn|tänav|mnt|maantee|"
    r"pst|puiestee"
)
# The house number after a street's name: "15", ", 120", "nr. 10", "No: 45", "д. 5", "буд. 22",
# "5 m. 4", "44/12", "5a"
HOUSE_NUMBER = (
    r",?\s*(?:(?:n[º°o.]|nr\.?|No\s*:?|д\.|дом|буд\.|будинок|č\.|br\.|αρ\.)\s*)?"
    r"[0-9]{1,4}(?:[/\-][0-9]{1,4})?[a-zA-Z]?"
)
# Written by hand (no package lists them): the word for "password" in the languages of the
# birth-date cues, with ``\p{L}*`` where the word takes case or possessive endings
# ("lösenordet", "jelszavam", "şifrem", "salasanani", "паролем"), and Wi-Fi keys.
PASSWORD_WORDS = (
    r"password|passwd|passphrase|mot\s+de\s+passe|mdp|contrase[ñn]a|passwort|senha|kennwort|"
    r"wachtwoord|has[łl]o|l[öo]senord\p{L}*|adgangskode\p{L}*|kodeord\p{L}*|passord\p{L}*|"
    r"salasana\p{L}*|hesl[oa]|jelsz[óoa]\p{L}*|parol[aăe]\p{L}*|[şs][iİ]fre\p{L}*|κωδικ\p{L}*|"
    r"парол\p{L}*|lozink[aeu]|geslo|parool\p{L}*|slapta[žz]od\p{L}*|wi-?fi\s+(?:key|code)|"
    r"wlan-?(?:schl[üu]ssel|key)|network\s+key|code\s+wi-?fi|cl[ée]\s+wi-?fi"
)
# ... and the short or generic ones, only before a join ("pass" is Python's keyword too)
PASSWORD_KEYS = rf"{PASSWORD_WORDS}|pwd|pw|pass|clave|db_pass|admin_pass"
# What joins a password word to its value: "is", "ist", "est", "è", "är", "er", "on", "je",
# "jest", "este", "είναι", "lautet", "c'est", "to", a colon, an equals sign or a dash
PASSWORD_JOINS = (
    r"is|was|est|ist|es|to|era|è|é|e|er|var|on|oli|är|je|jest|este|είναι|lautet|c'est|"
    r"c\x{2019}est|это|це|будет|ser[áa]|sar[àa]|will\s+be|would\s+be"
)
# A PIN: its own digits-only pattern (the password validator wants two character classes);
# compounds take case endings ("pinkoden", "PIN-koodi", "PIN kódja"), not "pin" alone ("pink").
# German "Geheimzahl", French "code confidentiel", Finnish "tunnusluku" are the card PIN's own
# words; a keypad's code only with its device ("door code", not "error code", "zip code").
PIN_KEYS = (
    r"pin(?:[\s\-]?(?:c[oó]d|k[oó]d|kood|kode|numm?er|number)\p{L}*)?|kod\s+pin|code\s+pin|"
    r"c[óo]digo\s+pin|codice\s+pin|п[иі]н-?код\p{L}*|p[iİ]n\s+kodu|geheimzahl|code\s+confidentiel|"
    r"tunnusluku|(?:door|gate|garage|alarm|safe|lock|keypad|entry|access)\s+code"
)

# The phone, person, residence and English street cue words of patterns.py, kept here to keep
# that file under its line limit (written by hand, as the lists above)
STREET_ABBREVIATIONS = (
    "St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Close", "Sq", "Pkwy", "Hwy", "Cir", "Cres",
    "Ter", "Trl", "Pde", "Parade", "Gardens", "Gdns", "Green", "Wynd", "Yard", "Quay",
    "Embankment", "Broadway",
)  # fmt: skip
# Germanic and Finnic street words, glued to the street's name ("Storgatan 5", "Hauptstraße 3")
# or, capitalised, after it ("Frankfurter Straße 5", "Södra Vägen 38", "Lange Laan 12")
STREET_SUFFIXES = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|pfad|straat|laan|gracht|"
    r"plein|kade|singel|dijk|steeg|dreef|gatan|vägen|gata|gate|gaten|veien|vegen|gade|vej|"
    r"stræde|katu|tie|kuja|polku|väylä|kaari"
)
STREET_WORDS = (
    r"Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Damm|Ufer|Chaussee|Straat|Laan|Gracht|Plein|"
    r"Kade|Singel|Dijk|Gatan|Vägen|Gata|Gate|Gaten|Veien|Vegen|Gade|Vej|Stræde|Katu|Tie"
)
# Cue words after which a phone-like number counts even when written as a bare digit run.
PHONE_CUES = (
    r"phone|telephone|tel|cell|cellphone|mobile|mob|call|ring|text me|whatsapp|signal|fax|"
    r"contact|reach me|t[ée]l[ée]phone|telefon|tel[ée]fono|handy|portable|m[óo]vil|cellulare|"
    r"telefoonnummer|numer|sms|gsm|viber|telegram|mobil|mobiel|celular|telem[óo]vel|puhelin|"
    r"kom[óo]rk[aiy]|cep|κινητ[όοή]|κινητού|τηλέφωνο|τηλ\.|телефон|тел\.|мобильн|моб\."
)
PERSON_CUES = (
    r"[Mm]y name is|[Mm]y name's|[Nn]ame:|[Ff]ull name:|[Dd]ear|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|"
    r"Prof\.?|Herr|Frau|Monsieur|Madame|Mme\.?|Señor|Señora|Sr\.|Sra\.|Signor|Signora|"
    r"[Pp]atient|[Cc]lient|[Ee]mployee|[Cc]olleague|[Ff]riend|[Ww]ife|[Hh]usband|[Ss]on|"
    r"[Dd]aughter|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Bb]oss|[Tt]enant|[Nn]eighbou?r|"
    r"[Ii]ch heiße|[Jj]e m'appelle|[Jj]e m\x{2019}appelle|[Mm]e llamo|[Mm]i chiamo|[Mm]eu nome é|"
    r"[Mm]ijn naam is|Меня зовут|[Ss]igned|[Rr]egards,|[Ss]incerely,|[Cc]heers,|[Tt]hanks,|"
    # courtesy titles in their inflected forms ("mit Herrn Schneider", "z panem Kowalskim",
    # "pane Procházko", "с господином Ивановым"), written by hand: CLDR lists none
    r"Herrn|Hr\.|Fr\.|[Dd]hr\.|[Mm]evr\.|[Mm]eneer|[Mm]evrouw|[Pp]an[aiu]?|[Pp]anem|[Pp]ani[aą]?|"
    r"[Pp]ane|[Pp]aní|[Ss]ig\.(?:ra)?|[Dd]omnul(?:ui)?|[Dd]oamn(?:a|ei)|[Dd]l\.|[Dd]na\.|"
    r"[Κκ]\.|[Κκ]ύριο[ςυ]?|[Κκ]υρία|[Гг]оспо(?:дин|жа|дина|дину|дином|же|жой)|[Пп]ан[аіуе]?|"
    r"[Пп]ані|[Hh]err|[Ff]ru"
)
PERSON_KEYS = (
    r"(?:first|last|full|given|family|middle|maiden|display|legal|contact|customer|client|"
    r"patient|employee|recipient|sender|holder|cardholder|card_holder|account_holder|"
    r"beneficiary|guest|passenger|tenant|applicant|student|member|user)[_ \-]?name|name|surname|"
    r"customer|client|patient|employee|assignee|reporter|recipient|beneficiary|"
    r"account_?holder|card_?holder|passenger|tenant|applicant|guardian|next_of_kin|"
    r"nombre|nom|vorname|nachname|cognome|nome|naam|imi[eę]|nazwisko"
)
RESIDENCE_CUES = (
    r"live|lives|lived|living|reside|resides|resided|residing|moved to|move to|born in|"
    r"hometown|staying at|stay at|located at|based in|wohne|habite|vivo"
)
# Letters of the Slavic, Cyrillic and Greek kin words' endings: RE2 runs out of DFA memory
# with \p{L} there (a Unicode class per ending)
_LAT = "[a-ząćęłńóśźżáčďéěíňřšťúůýžľĺôä]"
_CYR = "[а-яёіїєґ]"
_GRK = "[α-ωάέήίόύώϊϋΐΰ]"
# The writer's own relatives, friends and housemates named right after the word ("my
# sister-in-law Rachel", "ma cousine Léa", "meine Kollegin Petra", "moja siostra Ania", "oğlum
# Emre", "η αδερφή μου η Μαρία"): always with the writer's own possessive, as "his niece
# Agrippina" or "Uncle Tom" are history and books; no partner, landlord or manager, often a
# company. The word after the cue must be a listed name (``names.kin_name``): "teach my nephew
# Python", "meinem Sohn Bruchrechnung" name no one. Written by hand, as the other cue lists.
KIN_CUES = (
    r"(?:[Mm]y|[Oo]ur)[ \t]+(?:(?:little|big|older|younger|eldest|youngest|baby|best|late|ex|"
    r"twin|new|old)[ \t\-]+)?(?:(?:sister|brother|mother|father|son|daughter)-in-law|"
    r"step-?(?:son|daughter|mother|father|brother|sister|mum|mom|dad)|half-(?:brother|sister)|"
    r"niece|nephew|cousin|aunt|auntie|uncle|grandson|granddaughter|granny|nan|nana|nanna|"
    r"girlfriend|boyfriend|fianc[ée]e?|roommate|flatmate|housemate|coworker|co-worker|"
    r"teacher|tutor|nanny|babysitter|carer|caregiver|"
    r"therapist|mum|mom|dad|kid|child|toddler|twin|bestie|mate|pal|ex)|"
    r"(?:[Mm]on|[Mm]a|[Nn]otre)[ \t]+(?:petite?[ \t]+|grande?[ \t]+)?(?:fr[èe]re|s(?:œ|oe)ur|"
    r"fils|fille|m[èe]re|p[èe]re|mari|femme|copain|copine|voisine?|coll[èe]gue|cousine?|oncle|"
    r"tante|neveu|ni[èe]ce|petit-fils|petite-fille|grand-p[èe]re|grand-m[èe]re|beau-p[èe]re|"
    r"belle-m[èe]re|beau-fr[èe]re|belle-s(?:œ|oe)ur|amie?|patronne?|cheffe?|conjointe?|"
    r"compagnon|compagne|coloc|colocataire|locataire|nounou)|"
    r"(?:[Mm]i|[Nn]uestr[oa])[ \t]+(?:herman[oa]|hij[oa]|madre|padre|mam[áa]|pap[áa]|marido|"
    r"espos[oa]|mujer|novi[oa]|vecin[oa]|compañer[oa]|jef[ea]|prim[oa]|t[íi][oa]|abuel[oa]|"
    r"suegr[oa]|cuñad[oa]|sobrin[oa]|niet[oa]|amig[oa]|pareja|inquilin[oa])|"
    r"(?:[Mm]i[ao]|[Nn]ostr[oa])[ \t]+(?:fratello|sorella|figli[oa]|madre|padre|mamma|pap[àa]|"
    r"marito|moglie|ragazz[oa]|fidanzat[oa]|vicin[oa]|collega|cugin[oa]|zi[oa]|nonn[oa]|"
    r"suocer[oa]|cognat[oa]|nipote|amic[oa]|compagn[oa]|coinquilin[oa])|"
    r"(?:[Mm]eu|[Mm]inha|[Nn]oss[oa])[ \t]+(?:irm[ãa]o?|filh[oa]|m[ãa]e|pai|marido|espos[oa]|"
    r"mulher|namorad[oa]|vizinh[oa]|colega|chefe|prim[oa]|ti[oa]|av[óô]|sogr[oa]|cunhad[oa]|"
    r"sobrinh[oa]|net[oa]|amig[oa]|companheir[oa])|"
    r"(?:[Mm]ein(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?)[ \t]+(?:Bruder|Schwester|Sohn|Tochter|"
    r"Mutter|Vater|Mann|Freund(?:in)?|Nachbar(?:in|n)?|Kolleg(?:e|en|in)|Chef(?:in)?|"
    r"Cousine?|Onkel|Tante|Opa|Oma|Schwieger(?:mutter|vater|sohn|tochter)|Schwager|"
    r"Schw[äa]gerin|Neffen?|Nichte|Enkel(?:in)?|Mitbewohner(?:in)?)|"
    r"(?:[Mm]ijn|[Oo]nze?)[ \t]+(?:broer(?:tje)?|zus(?:je)?|zoon(?:tje)?|dochter(?:tje)?|"
    r"moeder|vader|man|vrouw|vriend(?:in)?|buurman|buurvrouw|collega|baas|neef|nicht|oom|"
    r"tante|opa|oma|schoon(?:moeder|vader|zus|broer)|zwager|huisgenoot)|"
    r"(?:[Mm]in|[Mm]itt|[Vv]år|[Vv]or)[ \t]+(?:bror|syster|søster|son|søn|dotter|datter|"
    r"mamma|mor|pappa|far|man|mand|fru|kone|hustru|kj[æa]reste|kæreste|pojkvän|flickvän|sambo|"
    r"granne|nabo|kollega|sjef|chef|kusine?|fetter|faster|moster|farbror|morbror|tante|onkel|"
    r"mormor|farmor|morfar|farfar|bestemor|bestefar|svigermor|svigerfar|svärmor|svärfar)|"
    r"[Ss]iskoni|[Vv]eljeni|[Tt]yttäreni|[Pp]oikani|[Ää]itini|[Ii]säni|[Mm]ieheni|[Vv]aimoni|"
    r"[Nn]aapurini|[Kk]ollegani|[Yy]stäväni|[Ss]erkkuni|[Tt]ätini|[Ee]simieheni|[Tt]yökaverini|"
    r"(?:[Mm][óo]j|[Mm]oj(?:a|e|ego|ej|ą|emu)|[Mm]oi[m]?|[Nn]asz(?:a|ą|e|ego|ej|emu|ym)?)[ \t]+"
    rf"(?:brat{_LAT}{{0,3}}|"
    rf"siostr{_LAT}{{1,3}}|syn{_LAT}{{0,3}}|c[óo]rk{_LAT}{{1,2}}|mam{_LAT}{{1,2}}|matk{_LAT}{{1,2}}|"
    rf"tat{_LAT}{{1,2}}|ojc{_LAT}{{1,2}}|ojciec|m[ąę][żz]{_LAT}{{0,2}}|[żz]on{_LAT}{{1,2}}|"
    rf"ch[łl]opak{_LAT}{{0,3}}|dziewczyn{_LAT}{{1,2}}|s[ąa]siad{_LAT}{{0,3}}|koleg{_LAT}{{1,2}}|"
    rf"kole[żz]ank{_LAT}{{1,2}}|szef{_LAT}{{0,3}}|kuzyn{_LAT}{{0,3}}|wujek|wujk{_LAT}{{1,2}}|cioci{_LAT}{{0,2}}|"
    rf"babci{_LAT}{{0,2}}|dziadek|dziadk{_LAT}{{1,3}}|te[śs]ciow{_LAT}{{1,2}}|wnuk{_LAT}{{0,3}}|"
    rf"wnuczk{_LAT}{{1,2}})|"
    r"(?:[Mm][ůô]j|[Mm]oje|[Mm]oja|[Mm][ée]ho|[Mm]ojej|[Mm]ojí|[Mm]é|[Nn]aš[ea]?)[ \t]+"
    rf"(?:bratr{_LAT}{{0,2}}|brat{_LAT}{{0,2}}|sestr{_LAT}{{1,2}}|syn{_LAT}{{0,2}}|dc[ée]r{_LAT}{{1,2}}|"
    rf"m[áa]m{_LAT}{{1,2}}|t[áa]t{_LAT}{{1,2}}|otec|otc{_LAT}{{1,2}}|manžel{_LAT}{{0,2}}|přítel{_LAT}{{0,4}}|"
    rf"priateľ{_LAT}{{0,3}}|soused{_LAT}{{0,2}}|sused{_LAT}{{0,2}}|koleg{_LAT}{{1,3}}|šéf{_LAT}{{0,3}})|"
    r"(?:[Мм]о(?:й|я|его|ей|ю|ему|им)|[Мм]ій|[Мм]ого|[Мм]оєї|[Нн]аш(?:а|его|ей)?)[ \t]+"
    rf"(?:брат{_CYR}{{0,2}}|сестр{_CYR}{{1,2}}|сын{_CYR}{{0,2}}|син{_CYR}{{0,2}}|доч{_CYR}{{1,3}}|"
    rf"доньк{_CYR}{{1,2}}|мам{_CYR}{{1,2}}|пап{_CYR}{{1,2}}|отц{_CYR}{{1,2}}|отец|батьк{_CYR}{{1,2}}|"
    rf"муж{_CYR}{{0,2}}|чолов{_CYR}{{1,3}}|жен{_CYR}{{1,2}}|дружин{_CYR}{{1,2}}|сосед{_CYR}{{0,3}}|"
    rf"сусід{_CYR}{{0,3}}|коллег{_CYR}{{1,2}}|колег{_CYR}{{1,2}}|начальни{_CYR}{{1,3}}|подруг{_CYR}{{1,2}}|"
    rf"дяд{_CYR}{{1,2}}|тёт{_CYR}{{1,2}}|тет{_CYR}{{1,2}}|бабушк{_CYR}{{1,2}}|дедушк{_CYR}{{1,2}}|"
    rf"внук{_CYR}{{0,2}}|внучк{_CYR}{{1,2}})|"
    r"[Kk]ızım|[Oo]ğlum|[Aa]nnem|[Bb]abam|[Ee]şim|[Kk]ardeşim|[Aa]blam|[Aa]bim|[Aa]ğabeyim|"
    r"[Kk]omşum|[Aa]rkadaşım|[Kk]uzenim|[Tt]eyzem|[Hh]alam|[Dd]ayım|[Aa]mcam|[Yy]eğenim|"
    r"[Tt]orunum|[Kk]ayınvalidem|[Mm]eslektaşım|[Mm]üdürüm|[Nn]işanlım|[Ss]evgilim|"
    r"(?:[Ss]ora|[Ff]ratele|[Ff]iica|[Ff]iul|[Mm]ama|[Tt]atăl|[Ss]o[țţt]ul|[Ss]o[țţt]ia|"
    r"[Vv]ecina|[Vv]ecinul|[Cc]olega|[Cc]olegul|[Pp]rietena|[Pp]rietenul|[Bb]unica|[Bb]unicul|"
    r"[Mm]ătușa|[Uu]nchiul|[Nn]epoata|[Nn]epotul)[ \t]+(?:mea|meu)|"
    rf"(?:αδερφ{_GRK}{{1,2}}|αδελφ{_GRK}{{1,2}}|γιος|κόρη|μητέρα|μαμά|πατέρας|μπαμπάς|σύζυγ{_GRK}{{1,2}}|"
    rf"άντρας|γυναίκα|φίλ{_GRK}{{1,2}}|γείτον{_GRK}{{1,3}}|γειτόνισσα|συνάδελφ{_GRK}{{1,2}}|"
    rf"ξάδερφ{_GRK}{{1,2}}|ξαδέρφη|θεία|θείος|γιαγιά|παππούς)[ \t]+μου(?:[ \t]+(?:ο|η))?"
)
# The deep scan's health terms: a MEDICAL entity in a sentence about a person (mostly English;
# health_words.py has the other languages' words for context)
HEALTH_TERMS = (
    r"diagnos(?:ed|is)|hiv|aids|cancer|tumou?r|chemo(?:therapy)?|diabet(?:es|ic)|depression|"
    r"depressed|anxiety|bipolar|schizophreni[ac]|adhd|autis(?:m|tic)|pregnan(?:t|cy)|miscarriage|"
    r"abortion|std|sti|hepatitis|epilep(?:sy|tic)|asthma|dementia|alzheimer'?s|parkinson'?s|"
    r"prescribed|prescription|medication|antidepressants?|insulin|therapist|psychiatrist|rehab|"
    r"addiction|alcoholi(?:c|sm)|overdose|surgery|hypertension|cholesterol|allerg(?:y|ic)|"
    r"disabilit(?:y|ies)|biopsy|mri|covid|stroke|heart attack|seizures?|migraines?|ptsd|"
    r"ocd|eating disorder|anorexia|bulimia|infertility|ivf|[0-9]+\s?mg|diab[èe]te|enceinte|krebs|"
    r"schwanger|embarazada|c[áa]ncer|depresi[óo]n|tumeur|d[ée]pression|sida|hiv-positive|"
    r"chlamydia|herpes|syphilis|lupus|leukemia|leukaemia|lymphoma|sclerosis|psychosis|"
    r"oncolog(?:y|ist)|dialysis|transplant"
)
