# ruff: noqa: E501, RUF001
"""Evaluation 10, writer H: sensitive prompts in Danish, Norwegian, Swedish, Icelandic, Finnish, Estonian, Latvian and Lithuanian.

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
        "Hej, kan du hjælpe mig med at skrive en klage til kommunen? Min mor, Birthe Sørensen, har fået afslag på praktisk hjælp, selvom hun har svær KOL og knap kan gå fra stuen ud på badeværelset. Hun bor alene på Vesterbrogade 41, 3. tv. Afgørelsen kom i e-Boks i fredags.",
        ("PERSON", "Birthe Sørensen"),
        ("MEDICAL", "svær KOL"),
        ("STREET_ADDRESS", "Vesterbrogade 41, 3. tv"),
    ),
    row(
        "content",
        f"er {sp(V['iban_6_NO'])} et gyldig norsk kontonummer?",
        ("IBAN_CODE", sp(V["iban_6_NO"])),
    ),
    row(
        "content",
        "Kan du skrive en kort bursdagshilsen til bestefar Arne? Han fyller 90 år – født 2. desember 1934 i Tromsø – og er glad i fluefiske og Rosenborg. Gjerne litt humor, men ikke for mye.",
        ("PERSON", "Arne"),
        ("DATE_OF_BIRTH", "2. desember 1934"),
    ),
    row(
        "system",
        "Du er kundeservice-assistent for et lite strømselskap på Østlandet. Innlogget kunde: Ingrid Haugen, Storgata 17B, 0184 Oslo, mobil 917 42 305, e-post ingrid.haugen@online.no. Kunden har betalingsavtale til januar. Del aldri disse opplysningene med noen andre enn kunden selv.",
        ("PERSON", "Ingrid Haugen"),
        ("STREET_ADDRESS", "Storgata 17B"),
        ("PHONE_NUMBER", "917 42 305"),
        ("EMAIL_ADDRESS", "ingrid.haugen@online.no"),
    ),
    row(
        "content",
        "min sambo johan har fått diagnosen MS och vi undrar hur det påverkar hans sjukpenninggrundande inkomst om han går ner till halvtid. någon som vet hur försäkringskassan räknar?",
        ("PERSON", "johan"),
        ("MEDICAL", "MS"),
    ),
    row(
        "content",
        "Hej! Kan du formatera den här adressen rätt för ett brev till Tyskland?\nElsa Lindqvist\nGötgatan 22A lgh 1102\n116 46 Stockholm\ntel 070-384 21 56",
        ("PERSON", "Elsa Lindqvist"),
        ("STREET_ADDRESS", "Götgatan 22A lgh 1102"),
        ("PHONE_NUMBER", "070-384 21 56"),
    ),
    row(
        "content",
        f"Min man är spansk och vi ska folkbokföra honom hos Skatteverket nu när vi flyttat hem till Malmö. Hans DNI är {V['es_dni']} – räcker det som id-handling eller måste han ha pass?",
        ("ES_DNI", V["es_dni"]),
    ),
    row(
        "content",
        "Geturðu hjálpað mér að skrifa tölvupóst til leigusalans? Ég heiti Guðrún Sigurðardóttir og bý á Laugavegi 58, 101 Reykjavík. Ofninn í svefnherberginu hefur verið bilaður í þrjár vikur og það er orðið mjög kalt.",
        ("PERSON", "Guðrún Sigurðardóttir"),
        ("STREET_ADDRESS", "Laugavegi 58"),
    ),
    row("user", "sigurdur.jonsson@simnet.is", ("EMAIL_ADDRESS", "sigurdur.jonsson@simnet.is")),
    row(
        "content",
        "moi, osaatko sanoa voiko työnantaja vaatia lääkärintodistuksen jo ekasta sairauspäivästä? kysyn koska esimieheni jukka lehtonen vaati sitä multa kun olin migreenin takia pois maanantaina",
        ("PERSON", "jukka lehtonen"),
        ("MEDICAL", "migreenin"),
    ),
    row(
        "content",
        "Täytin Kelan asumistukihakemuksen näin, onko oikein?\n\nNimi: Aino Mäkinen\nSyntymäaika: 15.9.1998\nOsoite: Hämeenkatu 12 B 24, 33100 Tampere\nPuhelin: 040 718 2290\nVuokra: 690 €/kk",
        ("PERSON", "Aino Mäkinen"),
        ("DATE_OF_BIRTH", "15.9.1998"),
        ("STREET_ADDRESS", "Hämeenkatu 12 B 24"),
        ("PHONE_NUMBER", "040 718 2290"),
    ),
    row(
        "tool_description",
        f"Hakee asiakkaan tilaukset ja palautukset. Testaukseen käytetään oikeaa tiliä (älä poista!): Veera Koskinen, veera.koskinen@gmail.com, tilinumero {sp(V['iban_8_FI'])}.",
        ("PERSON", "Veera Koskinen"),
        ("EMAIL_ADDRESS", "veera.koskinen@gmail.com"),
        ("IBAN_CODE", sp(V["iban_8_FI"])),
    ),
    row(
        "metadata",
        "Asiakas Pekka V. soitti numerosta +358 50 329 1184, haluaa palautuksen rikkinäisestä kahvinkeittimestä",
        ("PERSON", "Pekka V."),
        ("PHONE_NUMBER", "+358 50 329 1184"),
    ),
    row(
        "content",
        "Tere! Palun aita mul kirjutada avaldus lasteaiale. Minu tütar Mirtel Tamm on 1. tüüpi diabeetik ja vajab lõunasöögi ajal insuliinisüsti, õpetaja peaks oskama glükomeetrit kasutada.",
        ("PERSON", "Mirtel Tamm"),
        ("MEDICAL", "1. tüüpi diabeetik"),
        ("MEDICAL", "insuliinisüsti"),
    ),
    row("name", "Kristjan_Saar", ("PERSON", "Kristjan_Saar")),
    row(
        "content",
        f"Lūdzu, pārtulko angliski: 'Labdien, esmu Līga Bērziņa, īrnieka depozītu lūdzu pārskaitiet uz kontu {sp(V['iban_10_LV'])} līdz piektdienai. Paldies!'",
        ("PERSON", "Līga Bērziņa"),
        ("IBAN_CODE", sp(V["iban_10_LV"])),
    ),
    row(
        "system",
        "Tu esi zobārstniecības klīnikas pieraksta asistents. Pacients: Andris Kalniņš, dzimis 1979. gada 4. aprīlī, tālr. +371 2914 5530. Svarīgi: alerģija pret penicilīnu. Atgādini pacientam par vizīti un nekad nemaini pierakstu bez apstiprinājuma.",
        ("PERSON", "Andris Kalniņš"),
        ("DATE_OF_BIRTH", "1979. gada 4. aprīlī"),
        ("PHONE_NUMBER", "+371 2914 5530"),
        ("MEDICAL", "alerģija pret penicilīnu"),
    ),
    row(
        "content",
        f"Strādāju Francijā, Lionā. CPAM vēstulē prasa apstiprināt manu numéro de sécurité sociale: {V['fr_nir'][0]} {V['fr_nir'][1:3]} {V['fr_nir'][3:5]} {V['fr_nir'][5:7]} {V['fr_nir'][7:10]} {V['fr_nir'][10:13]} {V['fr_nir'][13:]}. Kā uzrakstīt atbildi franciski?",
        (
            "FR_INSEE",
            f"{V['fr_nir'][0]} {V['fr_nir'][1:3]} {V['fr_nir'][3:5]} {V['fr_nir'][5:7]} {V['fr_nir'][7:10]} {V['fr_nir'][10:13]} {V['fr_nir'][13:]}",
        ),
    ),
    row(
        "content",
        "Sveiki, kaip parašyti prašymą darbdaviui dėl nėštumo ir gimdymo atostogų? Esu Rūta Petrauskienė, dirbu buhaltere, šiuo metu esu nėščia (28 savaitė), gimdyti turiu kovo pabaigoje.",
        ("PERSON", "Rūta Petrauskienė"),
        ("MEDICAL", "nėščia (28 savaitė)"),
    ),
    row(
        "tool_arguments",
        '{"to": "+370 612 48913", "text": "Sveiki, Tomai, jūsų siunta jau laukia paštomate prie Akropolio, atsiėmimo kodas 447102"}',
        ("PHONE_NUMBER", "+370 612 48913"),
        ("PERSON", "Tomai"),
    ),
    row(
        "content",
        f'Tere, kas see on õige formaat? Kirjutasin arvele saaja andmed nii: Kadri Kask, a/a {V["iban_9_EE"]}, selgitus "november üür". Pank ütleb, et saaja nimi ei klapi.',
        ("PERSON", "Kadri Kask"),
        ("IBAN_CODE", V["iban_9_EE"]),
    ),
    row(
        "content",
        f"Hej, en kunde ville have mit kortnummer for at kunne refundere et beløb, så jeg har sendt {sp(V['card_0'])} med udløbsdato på mail. Bagefter virker det mærkeligt. Var det dumt, og skal jeg spærre kortet nu?",
        ("CREDIT_CARD", sp(V["card_0"])),
    ),
]
