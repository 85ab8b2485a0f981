# ruff: noqa: RUF001, E501
"""HELD_OUT sensitive rows of the recall round 3 development set, writer a (see _recall_dev3_a)."""

from typing import Any


def _r(text: str, field: str, *values: tuple[str, str]) -> dict[str, Any]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


HELD_OUT_SENSITIVE = [
    # English (several countries)
    _r(
        "my bf ryan finally told me he has crohn's and thats why he keeps cancelling dinner plans, what foods should i avoid cooking for him",
        "content",
        ("PERSON", "ryan"),
        ("MEDICAL", "crohn's"),
    ),
    _r(
        "Help me write a note to Freya's teacher: she's just been diagnosed with dyslexia and needs extra time in tests.",
        "content",
        ("PERSON", "Freya"),
        ("MEDICAL", "dyslexia"),
    ),
    _r(
        '{"ticket": 8812, "caller_first_name": "Wendell", "reason": "chest pain radiating to left arm", "priority": "P1"}',
        "metadata",
        ("PERSON", "Wendell"),
        ("MEDICAL", "chest pain radiating to left arm"),
    ),
    _r(
        "You are a diet coach for Wanjiru, who has celiac disease. Never suggest anything with wheat, barley or rye, and keep the recipes cheap.",
        "system",
        ("PERSON", "Wanjiru"),
        ("MEDICAL", "celiac disease"),
    ),
    _r(
        '{"recipient": "Imogen", "body": "Hi, good news: your biopsy came back benign, no further action needed. Ward 3 reception"}',
        "tool_arguments",
        ("PERSON", "Imogen"),
        ("MEDICAL", "biopsy came back benign"),
    ),
    _r(
        "reminder for tuesday colon call grandad eric about his pacemaker check comma he always forgets the time full stop",
        "content",
        ("PERSON", "eric"),
        ("MEDICAL", "pacemaker check"),
    ),
    _r("Oluwaseun", "name", ("PERSON", "Oluwaseun")),
    _r(
        "Sipho's doctor says his blood pressure is 170 over 110 and he still won't take the pills. How do I convince my dad?",
        "content",
        ("PERSON", "Sipho"),
        ("MEDICAL", "blood pressure is 170 over 110"),
    ),
    _r("mum-margaret-laptop", "user", ("PERSON", "margaret")),
    # Spanish
    _r(
        "parce, la Mafe me contó que tiene depresión posparto y no sé cómo ayudarla sin meter la pata",
        "content",
        ("PERSON", "Mafe"),
        ("MEDICAL", "depresión posparto"),
    ),
    _r(
        "Eres un asistente de recordatorios para Don Aurelio, que tiene alzhéimer en fase inicial; háblale despacio y repítele las citas dos veces.",
        "system",
        ("PERSON", "Aurelio"),
        ("MEDICAL", "alzhéimer en fase inicial"),
    ),
    _r(
        '{"nombre": "Rocío", "nacimiento": "4 de agosto de 1991", "alergias": "penicilina"}',
        "tool_arguments",
        ("PERSON", "Rocío"),
        ("DATE_OF_BIRTH", "4 de agosto de 1991"),
        ("MEDICAL", "penicilina"),
    ),
    _r(
        "el DNI de Jon es 78365293S, ponlo tú en la reserva del fisio",
        "content",
        ("PERSON", "Jon"),
        ("ES_DNI", "78365293S"),
    ),
    # Portuguese
    _r(
        "meu tio Tonho tá com cirrose e não para de beber, como convencer ele a se tratar?",
        "content",
        ("PERSON", "Tonho"),
        ("MEDICAL", "cirrose"),
    ),
    _r(
        "A Inês foi operada ao menisco e vai faltar três semanas. Ajuda-me a escrever o email à chefe de equipa?",
        "content",
        ("PERSON", "Inês"),
        ("MEDICAL", "operada ao menisco"),
    ),
    _r(
        '{"utente": "Rui", "cid10": "E11", "nota": "diabetes tipo 2 mal controlada, rever HbA1c"}',
        "metadata",
        ("PERSON", "Rui"),
        ("MEDICAL", "E11"),
        ("MEDICAL", "diabetes tipo 2 mal controlada"),
    ),
    _r(
        "Cadastro: Valdirene, nasc. 02/11/1968, portadora de lúpus, prefere atendimento de manhã",
        "content",
        ("PERSON", "Valdirene"),
        ("DATE_OF_BIRTH", "02/11/1968"),
        ("MEDICAL", "lúpus"),
    ),
    # French
    _r(
        "Mon fils Noé a été diagnostiqué autiste la semaine dernière, par où je commence ?",
        "content",
        ("PERSON", "Noé"),
        ("MEDICAL", "autiste"),
    ),
    _r(
        "jpp ma pote chloé elle est enceinte et elle a trop peur de le dire à ses parents",
        "content",
        ("PERSON", "chloé"),
        ("MEDICAL", "enceinte"),
    ),
    _r(
        "Tu es l'assistant de Monique, 81 ans, sous anticoagulants après une embolie pulmonaire. Rappelle-lui sa prise de sang du jeudi.",
        "system",
        ("PERSON", "Monique"),
        ("MEDICAL", "embolie pulmonaire"),
    ),
    _r(
        "Jean-Baptiste, né le 3 février 1985, dossier à compléter pour la mutuelle avant vendredi",
        "content",
        ("PERSON", "Jean-Baptiste"),
        ("DATE_OF_BIRTH", "3 février 1985"),
    ),
    # Italian
    _r(
        "Mia zia Nunzia ha la sclerosi multipla, quali ausili per la casa mi consigli?",
        "content",
        ("PERSON", "Nunzia"),
        ("MEDICAL", "sclerosi multipla"),
    ),
    _r(
        "ma il fede ha la varicella a 30 anni?? cosa deve fare, è pericolosa da adulti",
        "content",
        ("PERSON", "fede"),
        ("MEDICAL", "varicella"),
    ),
    _r(
        "Compila tu: Lorenzo, nato il 17/06/1994 a Bari, allergico alle arachidi",
        "content",
        ("PERSON", "Lorenzo"),
        ("DATE_OF_BIRTH", "17/06/1994"),
        ("MEDICAL", "allergico alle arachidi"),
    ),
    _r(
        '{"a": "Salvatore", "sms": "Promemoria: colonscopia venerdì ore 9, digiuno dalla sera prima."}',
        "tool_arguments",
        ("PERSON", "Salvatore"),
        ("MEDICAL", "colonscopia"),
    ),
    # German
    _r(
        "Schreib mir bitte eine Nachricht an Janniks Lehrerin: er hatte am Wochenende eine Gehirnerschütterung beim Fußball.",
        "content",
        ("PERSON", "Janniks"),
        ("MEDICAL", "Gehirnerschütterung"),
    ),
    _r(
        "meine schwester mia hat ne essstörung glaub ich, sie isst kaum noch was und trainiert jeden tag",
        "content",
        ("PERSON", "mia"),
        ("MEDICAL", "essstörung"),
    ),
    _r(
        '{"patient": "Heike", "station": "4B", "befund": "Verdacht auf Lungenembolie"}',
        "metadata",
        ("PERSON", "Heike"),
        ("MEDICAL", "Verdacht auf Lungenembolie"),
    ),
    _r(
        "Der Poldi hat Parkinson und zittert beim Essen stark, welche Besteck-Hilfen gibt es da?",
        "content",
        ("PERSON", "Poldi"),
        ("MEDICAL", "Parkinson"),
    ),
    # Dutch
    _r(
        "Onze zoon Daan heeft astma, mag hij gewoon mee op schoolkamp naar de Veluwe?",
        "content",
        ("PERSON", "Daan"),
        ("MEDICAL", "astma"),
    ),
    _r(
        "mn vriendin lotte heeft net een miskraam gehad, wat kan ik zeggen zonder het erger te maken",
        "content",
        ("PERSON", "lotte"),
        ("MEDICAL", "miskraam"),
    ),
    _r(
        "Stuur het geld voor de fysio van Joost naar NL16ABNA0595372983, dan verreken ik het later",
        "content",
        ("PERSON", "Joost"),
        ("IBAN_CODE", "NL16ABNA0595372983"),
    ),
    # Polish
    _r(
        "Co kupić Zosi na urodziny? Ma celiakię i nie może jeść glutenu.",
        "content",
        ("PERSON", "Zosi"),
        ("MEDICAL", "celiakię"),
    ),
    _r(
        "martwię się o michała bo od miesiąca ma ataki paniki w pracy",
        "content",
        ("PERSON", "michała"),
        ("MEDICAL", "ataki paniki"),
    ),
    _r(
        "Proszę wpisać PESEL Oliwera: 16310285875 do karty szczepień",
        "content",
        ("PERSON", "Oliwera"),
        ("PL_PESEL", "16310285875"),
    ),
    _r(
        '{"do": "Magda", "sms": "Pani Magdo, wynik testu na HCV jest dodatni, prosimy o kontakt z poradnią."}',
        "tool_arguments",
        ("PERSON", "Magda"),
        ("PERSON", "Magdo"),
        ("MEDICAL", "wynik testu na HCV jest dodatni"),
    ),
    # Czech
    _r(
        "Jak mám podpořit Terezku? Právě jí zjistili leukémii a je jí teprve patnáct.",
        "content",
        ("PERSON", "Terezku"),
        ("MEDICAL", "leukémii"),
    ),
    _r(
        '{"klient": "Bohuslav", "datum_narozeni": "3. 11. 1952", "dg": "Alzheimerova choroba"}',
        "metadata",
        ("PERSON", "Bohuslav"),
        ("DATE_OF_BIRTH", "3. 11. 1952"),
        ("MEDICAL", "Alzheimerova choroba"),
    ),
    # Hungarian
    _r(
        "Mit vigyek Gábornak a kórházba? Tegnap volt az epehólyag-műtéte.",
        "content",
        ("PERSON", "Gábornak"),
        ("MEDICAL", "epehólyag-műtéte"),
    ),
    _r(
        "a réka depressziós mostanában, hogyan hozzam szóba úgy hogy ne zárkózzon be",
        "content",
        ("PERSON", "réka"),
        ("MEDICAL", "depressziós"),
    ),
    _r(
        "Erzsébet, szül. 1949. 10. 21., inzulinos cukorbeteg, időpontot kér a diabetológiára",
        "content",
        ("PERSON", "Erzsébet"),
        ("DATE_OF_BIRTH", "1949. 10. 21."),
        ("MEDICAL", "inzulinos cukorbeteg"),
    ),
    # Romanian
    _r(
        "Ce să-i scriu Mihaelei? A aflat ieri că are cancer ovarian.",
        "content",
        ("PERSON", "Mihaelei"),
        ("MEDICAL", "cancer ovarian"),
    ),
    _r(
        "Ești asistentul domnului Costel, care are insuficiență cardiacă; amintește-i dimineața de diuretic.",
        "system",
        ("PERSON", "Costel"),
        ("MEDICAL", "insuficiență cardiacă"),
    ),
    # Russian
    _r(
        "Что подарить Алёше в больницу? У него аппендицит, оперировали вчера вечером.",
        "content",
        ("PERSON", "Алёше"),
        ("MEDICAL", "аппендицит"),
    ),
    _r(
        "у димона гастрит обострился, какую диету посоветуешь",
        "content",
        ("PERSON", "димона"),
        ("MEDICAL", "гастрит"),
    ),
    _r(
        '{"получатель": "Галине", "сообщение": "Результаты биопсии подтвердили лимфому, просим записаться к гематологу."}',
        "tool_arguments",
        ("PERSON", "Галине"),
        ("MEDICAL", "лимфому"),
    ),
    # Ukrainian
    _r(
        "Що написати Богданові? Йому щойно поставили розсіяний склероз.",
        "content",
        ("PERSON", "Богданові"),
        ("MEDICAL", "розсіяний склероз"),
    ),
    _r(
        "у наталки мігрень третій день, що ще можна випити крім ібупрофену",
        "content",
        ("PERSON", "наталки"),
        ("MEDICAL", "мігрень"),
    ),
    _r(
        "Картка: Святослав, народився 30 вересня 1990 р., ПТСР після фронту",
        "content",
        ("PERSON", "Святослав"),
        ("DATE_OF_BIRTH", "30 вересня 1990"),
        ("MEDICAL", "ПТСР"),
    ),
    # Greek
    _r(
        "Τι να πω στον Παναγιώτη; Έμαθε σήμερα ότι έχει λευχαιμία.",
        "content",
        ("PERSON", "Παναγιώτη"),
        ("MEDICAL", "λευχαιμία"),
    ),
    _r(
        "i katerina exei katathlipsi apo ton xeimwna, pws na ti voithisw?",
        "content",
        ("PERSON", "katerina"),
        ("MEDICAL", "katathlipsi"),
    ),
    _r(
        '{"ασθενής": "Ελευθερία", "ημ_γέννησης": "08/01/1957", "διάγνωση": "κολπική μαρμαρυγή"}',
        "metadata",
        ("PERSON", "Ελευθερία"),
        ("DATE_OF_BIRTH", "08/01/1957"),
        ("MEDICAL", "κολπική μαρμαρυγή"),
    ),
    # Turkish
    _r(
        "Oğuz'a lösemi teşhisi kondu, annesine ne yazayım?",
        "content",
        ("PERSON", "Oğuz"),
        ("MEDICAL", "lösemi"),
    ),
    _r(
        "zeynepin kolu kırıldı okulda, alçı ne kadar kalır",
        "content",
        ("PERSON", "zeynepin"),
        ("MEDICAL", "kolu kırıldı"),
    ),
    _r(
        "Sen Hüseyin Bey'in asistanısın; KOAH hastası, ilaç saatlerini ve nefes egzersizlerini hatırlat.",
        "system",
        ("PERSON", "Hüseyin"),
        ("MEDICAL", "KOAH"),
    ),
    # Swedish
    _r(
        "brorsan viktor har fått diagnosen schizofreni, hur pratar man med honom nu",
        "content",
        ("PERSON", "viktor"),
        ("MEDICAL", "schizofreni"),
    ),
    _r(
        "Bokar hemtjänstbesök för Gunnar (född 1951-04-09, förmaksflimmer). Argument: datum, tid, blodtryckskontroll ja/nej.",
        "tool_description",
        ("PERSON", "Gunnar"),
        ("DATE_OF_BIRTH", "1951-04-09"),
        ("MEDICAL", "förmaksflimmer"),
    ),
    # Finnish
    _r(
        "Mitä kirjoittaisin Mikolle? Hänellä on todettu eturauhassyöpä.",
        "content",
        ("PERSON", "Mikolle"),
        ("MEDICAL", "eturauhassyöpä"),
    ),
    _r(
        "sannan migreeni vaan pahenee, mitä lääkkeitä vois vielä kokeilla",
        "content",
        ("PERSON", "sannan"),
        ("MEDICAL", "migreeni"),
    ),
    _r(
        '{"asiakas": "Raimo", "diagnoosi": "uniapnea", "syntymäaika": "7.8.1960"}',
        "metadata",
        ("PERSON", "Raimo"),
        ("MEDICAL", "uniapnea"),
        ("DATE_OF_BIRTH", "7.8.1960"),
    ),
]
