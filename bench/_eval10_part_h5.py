# ruff: noqa: E501, RUF001
"""Evaluation 10, writer H: sensitive prompts in Polish, Czech, Slovak, Hungarian and Romanian.

Writer H's part; generated values come from ``_eval10_part_h2`` (seed ``random.Random(918263)``).
Every prompt was written by hand, one by one. Blind: composed without looking at the scanner,
its tests or any other evaluation set.
"""

from __future__ import annotations

from _eval10_part_h2 import V, sp


def row(field: str, text: str, *values: tuple[str, str]) -> dict:
    return {"text": text, "field": field, "values": [list(value) for value in values]}


ROWS = [
    row(
        "content",
        "hej, mój brat kuba ma depresję i od miesiąca prawie nie wychodzi z pokoju. jak mam z nim porozmawiać żeby go nie zrazić? rodzice udają że nic się nie dzieje",
        ("PERSON", "kuba"),
        ("MEDICAL", "depresję"),
    ),
    row(
        "content",
        f"czy {V['pl_pesel_0']} to poprawny pesel?",
        ("PL_PESEL", V["pl_pesel_0"]),
    ),
    row(
        "tool_arguments",
        f'{{"imie": "Paweł", "nazwisko": "Zieliński", "pesel": "{V["pl_pesel_1"]}", "adres": "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", "telefon": "+48 601 234 877", "zgoda_marketing": false}}',
        ("PERSON", "Paweł"),
        ("PERSON", "Zieliński"),
        ("PL_PESEL", V["pl_pesel_1"]),
        ("STREET_ADDRESS", "ul. Marszałkowska 84/92 m. 15"),
        ("PHONE_NUMBER", "+48 601 234 877"),
    ),
    row(
        "content",
        f"Jestem studentką, urodziłam się 21.06.2003 (PESEL {V['pl_pesel_2']}). Czy do 26. roku życia nie płacę PIT od umowy zlecenia i czy muszę to jakoś zgłosić pracodawcy?",
        ("DATE_OF_BIRTH", "21.06.2003"),
        ("PL_PESEL", V["pl_pesel_2"]),
    ),
    row(
        "metadata",
        "zgłoszenie od p. Grażyny Lewandowskiej, tel. 512 908 331, reklamacja pralki – wyciek wody po 3 mies.",
        ("PERSON", "Grażyny Lewandowskiej"),
        ("PHONE_NUMBER", "512 908 331"),
    ),
    row("name", "Małgorzata Dąbrowska", ("PERSON", "Małgorzata Dąbrowska")),
    row(
        "content",
        "Jak napisać wypowiedzenie dla pracownika, który był na L4 łącznie 190 dni w tym roku? Chodzi o pana Zbigniewa Kaczmarka z magazynu, ma przewlekłą chorobę kręgosłupa i wiem, że pewnie pójdzie z tym do sądu pracy.",
        ("PERSON", "Zbigniewa Kaczmarka"),
        ("MEDICAL", "przewlekłą chorobę kręgosłupa"),
    ),
    row(
        "content",
        f"Napisz krótkiego, uprzejmego maila do sklepu z prośbą o zwrot 249 zł za odesłaną kurtkę. Paczka doszła do nich 5 listopada. Numer konta do zwrotu: {V['iban_12_PL'][2:4]} {sp(V['iban_12_PL'][4:])}",
        ("IBAN_CODE", f"{V['iban_12_PL'][2:4]} {sp(V['iban_12_PL'][4:])}"),
    ),
    row(
        "content",
        f"Pracuję w Anglii od 2021, mój National Insurance number to {V['uk_nino']}. HMRC przysłał mi list, że mam niedopłatę podatku 412 funtów – jak to sprawdzić w aplikacji i czy mogę rozłożyć to na raty?",
        ("UK_NINO", V["uk_nino"]),
    ),
    row(
        "content",
        "Dobrý den, potřebovala bych poradit. Moje babička Jarmila Nováková (87 let) má pokročilého Alzheimera a já bych chtěla zařídit opatrovnictví. Na jaký soud se mám obrátit, když bydlí v Brně na Vídeňské 12?",
        ("PERSON", "Jarmila Nováková"),
        ("MEDICAL", "pokročilého Alzheimera"),
        ("STREET_ADDRESS", "Vídeňské 12"),
    ),
    row(
        "content",
        f"oprav mi pravopis prosim: 'ahoj mirko, pošly mi prosim tu platbu za chatu na {sp(V['iban_13_CZ'])}, je to 3 200 Kč, do zprávy napiš Lipno, diky'",
        ("PERSON", "mirko"),
        ("IBAN_CODE", sp(V["iban_13_CZ"])),
    ),
    row(
        "system",
        "Jsi asistent personálního oddělení. Zaměstnanec, se kterým právě mluvíš: Ondřej Dvořák, osobní číslo 10492, e-mail ondrej.dvorak@stavby-brno.cz, mobil 603 118 245. Je v pracovní neschopnosti od 4. 11. (zlomená noha). Odpovídej jen na otázky o dovolené, mzdě a nemocenské.",
        ("PERSON", "Ondřej Dvořák"),
        ("EMAIL_ADDRESS", "ondrej.dvorak@stavby-brno.cz"),
        ("PHONE_NUMBER", "603 118 245"),
        ("MEDICAL", "zlomená noha"),
    ),
    row("user", "tereza.kralova@seznam.cz", ("EMAIL_ADDRESS", "tereza.kralova@seznam.cz")),
    row(
        "content",
        "Dobrý deň, môj otec Milan Horváth, narodený 9. 3. 1956, býva na Hlavnej 27 v Prešove a potrebujem preňho vybaviť parkovací preukaz pre ŤZP. Aké doklady treba a kam s tým mám ísť?",
        ("PERSON", "Milan Horváth"),
        ("DATE_OF_BIRTH", "9. 3. 1956"),
        ("STREET_ADDRESS", "Hlavnej 27"),
        ("MEDICAL", "ŤZP"),
    ),
    row(
        "tool_description",
        "Odošle SMS cez našu bránu. Ako predvolené číslo odosielateľa sa použije súkromný mobil konateľa Martina Kováča 0905 612 334, kým nebude schválené firemné číslo.",
        ("PERSON", "Martina Kováča"),
        ("PHONE_NUMBER", "0905 612 334"),
    ),
    row(
        "content",
        "Szia! Írnál egy rövid, kedves üzenetet Zsófinak? Tegnap műtötték epekővel a Szent János Kórházban, és szeretném, ha tudná, hogy gondolok rá. Ne legyen túl nyálas.",
        ("PERSON", "Zsófinak"),
        ("MEDICAL", "műtötték epekővel"),
    ),
    row(
        "content",
        "Hogyan kell kitölteni ezt a NAV-os űrlapot? Az adataim: Kiss Bence, született 1988. április 3-án, lakcím: 1136 Budapest, Pannónia utca 14. 3/2. Az adóazonosító jelet hova írjam?",
        ("PERSON", "Kiss Bence"),
        ("DATE_OF_BIRTH", "1988. április 3-án"),
        ("STREET_ADDRESS", "Pannónia utca 14. 3/2"),
    ),
    row(
        "tool_arguments",
        f'{{"nev": "Szabó Réka", "email": "szabo.reka88@freemail.hu", "szamlaszam": "{sp(V["iban_15_HU"])}", "osszeg": 18900, "megjegyzes": "kaució visszautalás"}}',
        ("PERSON", "Szabó Réka"),
        ("EMAIL_ADDRESS", "szabo.reka88@freemail.hu"),
        ("IBAN_CODE", sp(V["iban_15_HU"])),
    ),
    row(
        "content",
        f"Új kollégánk jött Bangalore-ból, a bérszámfejtés kéri az indiai okmányait is. Aadhaar: {V['in_aadhaar']}, PAN: {V['in_pan']}. Ezeket egyáltalán szabad nekünk tárolni a GDPR szerint?",
        ("IN_AADHAAR", V["in_aadhaar"]),
        ("IN_PAN", V["in_pan"]),
    ),
    row(
        "content",
        f"Lucrez în Italia, la Torino, și trebuie să completez un formular pentru INPS. Codul fiscal italian e {V['it_cf']}, dar pe cardul de sănătate numele meu apare ca Ioana Popescu Marin. E o problemă?",
        ("IT_FISCAL_CODE", V["it_cf"]),
        ("PERSON", "Ioana Popescu Marin"),
    ),
    row(
        "content",
        f"Am primit NIE-ul {V['es_nie']} la Madrid săptămâna trecută. Cum îl folosesc ca să-mi deschid cont la bancă și să mă înregistrez la Seguridad Social?",
        ("ES_NIE", V["es_nie"]),
    ),
    row(
        "metadata",
        "Client: Mihai Ionescu, str. Lalelelor nr. 7, bl. A2, ap. 14, Cluj-Napoca — a sunat de 3 ori pt. garanție la frigider",
        ("PERSON", "Mihai Ionescu"),
        ("STREET_ADDRESS", "str. Lalelelor nr. 7, bl. A2, ap. 14"),
    ),
    row("user", "cristina.munteanu", ("PERSON", "cristina.munteanu")),
    row(
        "system",
        "Ești asistentul virtual al unei farmacii online. Clientul autentificat: Elena Stan, născută la 22.01.1961, telefon 0722 415 903. Tratament cronic: Sintrom 4 mg și Concor 5 mg. Atenționează clientul la orice interacțiune cu anticoagulante.",
        ("PERSON", "Elena Stan"),
        ("DATE_OF_BIRTH", "22.01.1961"),
        ("PHONE_NUMBER", "0722 415 903"),
        ("MEDICAL", "Sintrom 4 mg"),
        ("MEDICAL", "Concor 5 mg"),
    ),
]
