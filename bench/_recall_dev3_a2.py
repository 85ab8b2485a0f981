# ruff: noqa: RUF001, E501
"""DEV sensitive rows of the recall round 3 development set, writer a (see _recall_dev3_a)."""

from typing import Any


def _r(text: str, field: str, *values: tuple[str, str]) -> dict[str, Any]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


DEV_SENSITIVE = [
    # English (several countries)
    _r(
        "my sister jess just got diagnosed with endometriosis and shes freaking out, can you explain what recovery from a laparoscopy is like so i can help her",
        "content",
        ("PERSON", "jess"),
        ("MEDICAL", "endometriosis"),
    ),
    _r(
        "Can you help me word a text to Callum's mum saying he can't come to the sleepover because his asthma has been bad this week?",
        "content",
        ("PERSON", "Callum"),
        ("MEDICAL", "asthma"),
    ),
    _r(
        '{"session": "c-2291", "patient_first": "Tobias", "triage": "suspected appendicitis", "clinic": "north"}',
        "metadata",
        ("PERSON", "Tobias"),
        ("MEDICAL", "suspected appendicitis"),
    ),
    _r(
        "You are a friendly reminder assistant for Chidinma. She takes metformin twice daily for type 2 diabetes; remind her gently and never lecture her about food.",
        "system",
        ("PERSON", "Chidinma"),
        ("MEDICAL", "type 2 diabetes"),
    ),
    _r(
        '{"to": "Declan", "message": "Hi, your MRI results are in. The radiologist saw a small meningioma; the consultant will ring you on Thursday to talk it through."}',
        "tool_arguments",
        ("PERSON", "Declan"),
        ("MEDICAL", "small meningioma"),
    ),
    _r(
        "new note for rohan period he told me hes been off his lithium for the bipolar for two weeks period call him tomorrow morning",
        "content",
        ("PERSON", "rohan"),
        ("MEDICAL", "bipolar"),
    ),
    _r("Siobhan", "name", ("PERSON", "Siobhan")),
    _r(
        "Thandi told me in confidence that she's HIV positive and started ARVs last month. How do I support her without making it weird at work?",
        "content",
        ("PERSON", "Thandi"),
        ("MEDICAL", "HIV positive"),
    ),
    _r("grandma-doris-ipad", "user", ("PERSON", "doris")),
    # Spanish
    _r(
        "Oye, ¿qué le digo a mi compa Beto? Le salió positiva la prueba de VIH y no quiere contarle a su familia.",
        "content",
        ("PERSON", "Beto"),
        ("MEDICAL", "positiva la prueba de VIH"),
    ),
    _r(
        "Eres el asistente de la residencia Los Almendros. Doña Remedios es diabética e hipertensa; no le ofrezcas postres ni sal extra.",
        "system",
        ("PERSON", "Remedios"),
        ("MEDICAL", "diabética e hipertensa"),
    ),
    _r(
        '{"paciente": "Lucía", "fecha_nac": "12/03/1979", "motivo": "control de embarazo de 28 semanas"}',
        "tool_arguments",
        ("PERSON", "Lucía"),
        ("DATE_OF_BIRTH", "12/03/1979"),
        ("MEDICAL", "embarazo de 28 semanas"),
    ),
    _r(
        "el DNI de Maite es 87315296M, rellena tú el formulario de la mutua que yo no llego",
        "content",
        ("PERSON", "Maite"),
        ("ES_DNI", "87315296M"),
    ),
    # Portuguese
    _r(
        "minha vó Zezé foi diagnosticada com Alzheimer, como eu falo com ela sem deixar ela nervosa?",
        "content",
        ("PERSON", "Zezé"),
        ("MEDICAL", "Alzheimer"),
    ),
    _r(
        "O Tiago tem epilepsia e vai acampar com os escuteiros no fim de semana. Que cuidados devo indicar ao chefe de agrupamento?",
        "content",
        ("PERSON", "Tiago"),
        ("MEDICAL", "epilepsia"),
    ),
    _r(
        '{"paciente": "Joaquim", "cid": "F32.1", "obs": "episódio depressivo moderado, retorno em 30 dias"}',
        "metadata",
        ("PERSON", "Joaquim"),
        ("MEDICAL", "F32.1"),
        ("MEDICAL", "episódio depressivo moderado"),
    ),
    _r(
        "Preenche pra mim a ficha: Thaís, nascida em 23/09/2001, tem asma grave e usa bombinha",
        "content",
        ("PERSON", "Thaís"),
        ("DATE_OF_BIRTH", "23/09/2001"),
        ("MEDICAL", "asma grave"),
    ),
    # French
    _r(
        "Ma fille Maëlle fait des crises d'angoisse avant chaque contrôle de maths, comment l'aider ?",
        "content",
        ("PERSON", "Maëlle"),
        ("MEDICAL", "crises d'angoisse"),
    ),
    _r(
        "jsuis inquiet pour kevin il a des idées noires depuis sa rupture, je fais quoi concrètement",
        "content",
        ("PERSON", "kevin"),
        ("MEDICAL", "idées noires"),
    ),
    _r(
        "Tu aides Gérard, 78 ans, atteint de la maladie de Parkinson, à gérer ses rendez-vous. Parle-lui simplement et rappelle-lui ses horaires de Modopar.",
        "system",
        ("PERSON", "Gérard"),
        ("MEDICAL", "maladie de Parkinson"),
    ),
    _r(
        "Voici le numéro de sécu de ma mère Josiane : 285077505621476, remplis le formulaire CPAM à sa place",
        "content",
        ("PERSON", "Josiane"),
        ("FR_INSEE", "285077505621476"),
    ),
    # Italian
    _r(
        "Mio nonno Peppino ha avuto un ictus, come posso aiutarlo con la riabilitazione a casa?",
        "content",
        ("PERSON", "Peppino"),
        ("MEDICAL", "ictus"),
    ),
    _r(
        "raga la giuli ha la mononucleosi e non può uscire per un mese, idee per tirarla su?",
        "content",
        ("PERSON", "giuli"),
        ("MEDICAL", "mononucleosi"),
    ),
    _r(
        "Codice fiscale di Giulia per la ricetta: RSSGLI90E52F205P",
        "content",
        ("PERSON", "Giulia"),
        ("IT_FISCAL_CODE", "RSSGLI90E52F205P"),
    ),
    _r(
        '{"destinatario": "Carmela", "testo": "Gentile signora, le ricordiamo la seduta di dialisi di lunedì alle 7:30."}',
        "tool_arguments",
        ("PERSON", "Carmela"),
        ("MEDICAL", "dialisi"),
    ),
    # German
    _r(
        "Kannst du mir helfen, Lenas Krankmeldung an die Schule zu formulieren? Sie hat Pfeiffersches Drüsenfieber.",
        "content",
        ("PERSON", "Lenas"),
        ("MEDICAL", "Pfeiffersches Drüsenfieber"),
    ),
    _r(
        "mein kumpel basti hat burnout und ist seit 6 wochen krankgeschrieben, wie kann ich ihm helfen ohne zu nerven",
        "content",
        ("PERSON", "basti"),
        ("MEDICAL", "burnout"),
    ),
    _r(
        '{"kunde": "Jürgen", "anliegen": "Rückerstattung Hörgerät", "diagnose": "Tinnitus beidseitig"}',
        "metadata",
        ("PERSON", "Jürgen"),
        ("MEDICAL", "Tinnitus beidseitig"),
    ),
    _r(
        "Überweis das bitte an Kerstin, DE13036763832504266493, sie streckt die Physio für Papa vor",
        "content",
        ("PERSON", "Kerstin"),
        ("IBAN_CODE", "DE13036763832504266493"),
    ),
    # Dutch
    _r(
        "Mijn dochter Fenna heeft de ziekte van Lyme, hoe lang duurt zo'n antibioticakuur meestal?",
        "content",
        ("PERSON", "Fenna"),
        ("MEDICAL", "ziekte van Lyme"),
    ),
    _r(
        "ik maak me zorgen om sander hij heeft een depressie en zegt niks meer in de groepsapp",
        "content",
        ("PERSON", "sander"),
        ("MEDICAL", "depressie"),
    ),
    _r(
        "Het BSN van Sanne is 727125771, kun je het aanvraagformulier voor de zorgtoeslag invullen?",
        "content",
        ("PERSON", "Sanne"),
        ("NL_BSN", "727125771"),
    ),
    # Polish
    _r(
        "Jak mam wytłumaczyć Kasi, że jej tata ma stwardnienie rozsiane? Ona ma dopiero osiem lat.",
        "content",
        ("PERSON", "Kasi"),
        ("MEDICAL", "stwardnienie rozsiane"),
    ),
    _r(
        "pomóż mi napisać wiadomość do tomka, wczoraj dowiedział się że ma cukrzycę i jest załamany",
        "content",
        ("PERSON", "tomka"),
        ("MEDICAL", "cukrzycę"),
    ),
    _r(
        "PESEL Agnieszki: 87031439498, wpisz go do skierowania",
        "content",
        ("PERSON", "Agnieszki"),
        ("PL_PESEL", "87031439498"),
    ),
    _r(
        '{"odbiorca": "Bartek", "tresc": "Wyniki badań są gotowe, niestety potwierdzono boreliozę. Prosimy o wizytę."}',
        "tool_arguments",
        ("PERSON", "Bartek"),
        ("MEDICAL", "boreliozę"),
    ),
    # Czech
    _r(
        "Můžeš mi pomoct napsat omluvenku pro Aničku? Má angínu a horečku přes 39.",
        "content",
        ("PERSON", "Aničku"),
        ("MEDICAL", "angínu"),
    ),
    _r(
        '{"pacient": "Vojtěch", "narozen": "12. 5. 1990", "dg": "zlomenina holenní kosti vpravo"}',
        "metadata",
        ("PERSON", "Vojtěch"),
        ("DATE_OF_BIRTH", "12. 5. 1990"),
        ("MEDICAL", "zlomenina holenní kosti"),
    ),
    # Hungarian
    _r(
        "Hogyan segíthetek Zsófinak, akinél most diagnosztizáltak cukorbetegséget?",
        "content",
        ("PERSON", "Zsófinak"),
        ("MEDICAL", "cukorbetegséget"),
    ),
    _r(
        "a bence szorongásos zavarral küzd mostanában, mit mondjak neki hogy ne sértődjön meg",
        "content",
        ("PERSON", "bence"),
        ("MEDICAL", "szorongásos zavarral"),
    ),
    _r(
        "Ildikó, született 1975. március 8., kérem töltse ki a beutalót magas vérnyomás miatt",
        "content",
        ("PERSON", "Ildikó"),
        ("DATE_OF_BIRTH", "1975. március 8."),
        ("MEDICAL", "magas vérnyomás"),
    ),
    # Romanian
    _r(
        "Cum îi explic lui Andrei că bunica lui are demență și nu-l mai recunoaște?",
        "content",
        ("PERSON", "Andrei"),
        ("MEDICAL", "demență"),
    ),
    _r(
        "Ești asistentul doamnei Viorica, care face dializă de trei ori pe săptămână. Amintește-i de transport cu o zi înainte.",
        "system",
        ("PERSON", "Viorica"),
        ("MEDICAL", "dializă"),
    ),
    # Russian
    _r(
        "Как поддержать Серёжу? У него обнаружили рак лёгких, а он никому не говорит.",
        "content",
        ("PERSON", "Серёжу"),
        ("MEDICAL", "рак лёгких"),
    ),
    _r(
        "у машки опять приступ астмы, что делать если ингалятор не помогает",
        "content",
        ("PERSON", "машки"),
        ("MEDICAL", "приступ астмы"),
    ),
    _r(
        '{"кому": "Людмиле", "текст": "Ваши анализы готовы: гемоглобин 82, нужна консультация гематолога."}',
        "tool_arguments",
        ("PERSON", "Людмиле"),
        ("MEDICAL", "гемоглобин 82"),
    ),
    # Ukrainian
    _r(
        "Як пояснити Оленці, що в тата діабет і йому не можна солодке?",
        "content",
        ("PERSON", "Оленці"),
        ("MEDICAL", "діабет"),
    ),
    _r(
        "в тараса пневмонія вже тиждень, чи можна йому антибіотики без рецепта",
        "content",
        ("PERSON", "тараса"),
        ("MEDICAL", "пневмонія"),
    ),
    _r(
        "Заповни картку: Оксана, дата народження 14.02.1988, вагітність 12 тижнів",
        "content",
        ("PERSON", "Оксана"),
        ("DATE_OF_BIRTH", "14.02.1988"),
        ("MEDICAL", "вагітність 12 тижнів"),
    ),
    # Greek
    _r(
        "Πώς να στηρίξω τη Δέσποινα; Της βρήκαν καρκίνο του μαστού και δεν θέλει να μιλήσει.",
        "content",
        ("PERSON", "Δέσποινα"),
        ("MEDICAL", "καρκίνο του μαστού"),
    ),
    _r(
        "o giorgos exei sakxaro kai den prosexei ti trwei, ti na tou po?",
        "content",
        ("PERSON", "giorgos"),
        ("MEDICAL", "sakxaro"),
    ),
    _r(
        '{"ασθενής": "Σταύρος", "διάγνωση": "σκλήρυνση κατά πλάκας", "κλινική": "νευρολογική"}',
        "metadata",
        ("PERSON", "Σταύρος"),
        ("MEDICAL", "σκλήρυνση κατά πλάκας"),
    ),
    # Turkish
    _r(
        "Ayşe'ye nasıl destek olabilirim? Geçen hafta multipl skleroz teşhisi kondu.",
        "content",
        ("PERSON", "Ayşe"),
        ("MEDICAL", "multipl skleroz"),
    ),
    _r(
        "emreye ne alsam, ameliyattan yeni çıktı böbrek taşı yüzünden",
        "content",
        ("PERSON", "emreye"),
        ("MEDICAL", "böbrek taşı"),
    ),
    _r(
        "Sen Fatma Hanım'ın asistanısın; kalp yetmezliği var, her öğünde tuz tüketimini nazikçe hatırlat.",
        "system",
        ("PERSON", "Fatma"),
        ("MEDICAL", "kalp yetmezliği"),
    ),
    # Swedish
    _r(
        "min kompis oskar har utmattningssyndrom och har varit sjukskriven sen mars, vad kan jag göra",
        "content",
        ("PERSON", "oskar"),
        ("MEDICAL", "utmattningssyndrom"),
    ),
    _r(
        "Bokar hemtjänstbesök för Ingrid (född 12 mars 1948, diabetes typ 2). Argument: datum, tid, insulinkontroll ja/nej.",
        "tool_description",
        ("PERSON", "Ingrid"),
        ("DATE_OF_BIRTH", "12 mars 1948"),
        ("MEDICAL", "diabetes typ 2"),
    ),
    # Finnish
    _r(
        "Miten voin tukea Villeä? Hänellä todettiin masennus viime viikolla.",
        "content",
        ("PERSON", "Villeä"),
        ("MEDICAL", "masennus"),
    ),
    _r(
        "ajattelin viedä ainolle kukkia, se on sairaalassa keuhkokuumeen takia",
        "content",
        ("PERSON", "ainolle"),
        ("MEDICAL", "keuhkokuumeen"),
    ),
    _r(
        '{"asiakas": "Pirjo", "diagnoosi": "nivelreuma", "kotikäynti": "ti"}',
        "metadata",
        ("PERSON", "Pirjo"),
        ("MEDICAL", "nivelreuma"),
    ),
]
