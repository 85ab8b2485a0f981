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
    "HOUSE_NUMBER",
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
