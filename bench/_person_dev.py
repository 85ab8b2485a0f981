# ruff: noqa: RUF001
"""A hand-written development set of private people's names as chat users write them, with
benign near-misses (common nouns, products, places, public figures), in about 20 languages.

Each row: (language, request field, text, the private names in it). A name counts as caught
when the deep scan flags an entity over it (PERSON or another type); a benign row (no names)
counts as flagged when the deep scan finds a PERSON in it. The text is put in its request
field (content, ``user``, a message's ``name``) and read through ``texts_of``, as
bench/privacy.py does.

Written by hand on 2026-12-01 (not from any generator or corpus), both halves at the same
time. DEV may be read while rules are written; HELD_OUT is only measured, never tuned on.

    .venv/bin/python bench/_person_dev.py [--show] [--half dev|held|both]
"""

from __future__ import annotations

import argparse
from typing import Any

from meshroute.api.schemas import texts_of
from meshroute.privacy.detector import SensitivityDetector

Row = tuple[str, str, str, tuple[str, ...]]
C, U, N = "content", "user", "name"

DEV: tuple[Row, ...] = (
    ("en", C, "can you remind piotr nowak that his sick note expires friday", ("piotr nowak",)),
    ("en", C, "Hi Dorota,\nthe payslip for March is attached, let me know if anything is off.",
     ("Dorota",)),
    ("en", C, "Please approve the leave request.\n\nThanks,\nMarek", ("Marek",)),
    ("en", C, "Invoice 2231 was signed by J. Kowalski and returned unpaid.", ("J. Kowalski",)),
    ("en", C, "Signed: Kowalski J., accounts payable", ("Kowalski J.",)),
    ("en", U, "j.smith", ("j.smith",)),
    ("en", N, "mkowalczyk", ("mkowalczyk",)),
    ("en", U, "anna_n", ("anna_n",)),
    ("en", N, "dmitri.v", ("dmitri.v",)),
    ("en", C, "I talked to siobhan o'connor about her divorce, she is not ok",
     ("siobhan o'connor",)),
    ("en", C, "name,dept,salary\nPriya Raghunathan,Finance,61000\nChidi Okafor,Ops,54000",
     ("Priya Raghunathan", "Chidi Okafor")),
    ("en", C, "2025-03-02T11:04:55Z WARN login failed for user=wei.zhang ip=10.2.3.4",
     ("wei.zhang",)),
    ("en", C, "my landlord nguyen van thanh wants the deposit in cash", ("nguyen van thanh",)),
    ("en", C, "Write a warning letter to Emma Clarke-Whitfield for repeated lateness.",
     ("Emma Clarke-Whitfield",)),
    ("en", C, "ask oluwaseun if the blood results came back", ("oluwaseun",)),
    ("en", C, "Draft a reference for Min-jun Park, who worked with us for three years.",
     ("Min-jun Park",)),
    ("de", C, "Kannst du Herrn Schneider sagen, dass die Kündigung heute rausgeht?",
     ("Schneider",)),
    ("de", C, "hab gestern mit jürgen becker telefoniert, er ist wieder krankgeschrieben",
     ("jürgen becker",)),
    ("de", C, "Liebe Grüße\nSabine", ("Sabine",)),
    ("de", C, "Die Rechnung geht an Müller-Lüdenscheidt, Karl-Heinz, Hauptstr. 4",
     ("Müller-Lüdenscheidt, Karl-Heinz",)),
    ("fr", C, "j'ai parlé avec marie-claire dubois de son licenciement", ("marie-claire dubois",)),
    ("fr", C, "Bonjour Amélie,\nvoici le relevé de ton compte.", ("Amélie",)),
    ("fr", C, "Le dossier de M. Lefèvre est en retard, relance-le.", ("Lefèvre",)),
    ("es", C, "hablé con josé luis martínez y me dijo que tiene cáncer",
     ("josé luis martínez",)),
    ("es", C, "Un saludo,\nLucía", ("Lucía",)),
    ("es", U, "carlos.fdez", ("carlos.fdez",)),
    ("it", C, "ho sentito giulia russo, le hanno tagliato lo stipendio", ("giulia russo",)),
    ("it", C, "La pratica di De Luca Francesco va chiusa entro lunedì.", ("De Luca Francesco",)),
    ("pt", C, "falei com o joão pereira sobre a dívida dele", ("joão pereira",)),
    ("pt", C, "Olá Thiago, segue o contrato do apartamento.", ("Thiago",)),
    ("nl", C, "ik heb met sanne de vries gesproken over haar burn-out", ("sanne de vries",)),
    ("nl", C, "Groetjes,\nDaan", ("Daan",)),
    ("pl", C, "rozmawiałem z Agnieszką Wiśniewską o jej zwolnieniu lekarskim",
     ("Agnieszką Wiśniewską",)),
    ("pl", C, "wczoraj dzwoniłem do tomka kamińskiego w sprawie długu", ("tomka kamińskiego",)),
    ("pl", C, "Cześć Kasia, przelew za czynsz już poszedł?", ("Kasia",)),
    ("pl", C, "Faktura dla: Zieliński M., ul. Długa 5", ("Zieliński M.",)),
    ("cs", C, "mluvil jsem s Petrem Dvořákem o jeho výpovědi", ("Petrem Dvořákem",)),
    ("cs", C, "Dobrý den paní Nováková, posílám výpis z účtu.", ("Nováková",)),
    ("sk", C, "včera som volal jánovi horváthovi, je v nemocnici", ("jánovi horváthovi",)),
    ("hu", C, "beszéltem Kovács Péterrel a fizetéséről", ("Kovács Péterrel",)),
    ("hu", C, "szia Zsófi, megjött a leleted?", ("Zsófi",)),
    ("ro", C, "am vorbit cu andreea popescu despre împrumut", ("andreea popescu",)),
    ("sv", C, "jag pratade med karin lindqvist om hennes sjukskrivning",
     ("karin lindqvist",)),
    ("da", C, "Hej Mette, din lønseddel er klar.", ("Mette",)),
    ("no", C, "jeg snakket med ole kristian haugen om gjelden", ("ole kristian haugen",)),
    ("fi", C, "puhuin eilen Mikko Virtasen kanssa hänen lainastaan", ("Mikko Virtasen",)),
    ("fi", C, "terveisin\nJukka", ("Jukka",)),
    ("el", C, "μίλησα με τη Μαρία Παπαδοπούλου για το δάνειό της", ("Μαρία Παπαδοπούλου",)),
    ("ru", C, "я говорил с Ольгой Смирновой о её диагнозе", ("Ольгой Смирновой",)),
    ("ru", C, "передай сергею иванову что зарплату задержат", ("сергею иванову",)),
    ("uk", C, "Привіт, Тарасе! Довідку від лікаря отримав?", ("Тарасе",)),
    ("tr", C, "mehmet yılmaz ile borcu hakkında konuştum", ("mehmet yılmaz",)),
    ("hr", C, "razgovarao sam s Ivanom Horvatom o njegovoj plaći", ("Ivanom Horvatom",)),
    ("in", C, "please tell rajesh kumar iyer his loan was rejected", ("rajesh kumar iyer",)),
    ("ng", C, "Chinwe Nwosu called about her hospital bill again.", ("Chinwe Nwosu",)),
    ("cn", C, "Zhang Wei from accounting asked about his overtime pay.", ("Zhang Wei",)),
    ("vn", C, "talked to tran thi mai, she wants to move out next month", ("tran thi mai",)),
    ("ar", C, "Forward this to Youssef El Amrani, his residence permit expired.",
     ("Youssef El Amrani",)),
    ("en", U, "ahmed.benali", ("ahmed.benali",)),
    ("en", N, "kasia_w", ("kasia_w",)),
    ("en", U, "l.moreau", ("l.moreau",)),
    ("en", N, "thomas-b", ("thomas-b",)),
    # benign near-misses
    ("en", C, "How do I prune a rose bush in early spring?", ()),
    ("en", C, "Compare the Amazon Echo Dot with the Google Nest Mini.", ()),
    ("en", C, "What is the grace period on a credit card?", ()),
    ("en", C, "Who painted the Mona Lisa and when?", ()),
    ("en", N, "assistant", ()),
    ("en", U, "support-team", ()),
    ("en", U, "user_1234", ()),
    ("en", C, "Explain the difference between a mark-up and a margin.", ()),
    ("en", C, "What did Martin Luther King say in his Nobel lecture?", ()),
    ("en", C, "Is Victoria station far from Buckingham Palace?", ()),
    ("de", C, "Wie backe ich einen Marmorkuchen ohne Butter?", ()),
    ("de", C, "Was hat Angela Merkel 2015 zur Flüchtlingspolitik gesagt?", ()),
    ("fr", C, "Quelle est la meilleure saison pour visiter Saint-Malo ?", ()),
    ("es", C, "¿Qué opinas del Seat León frente al Golf?", ()),
    ("it", C, "Come si prepara la pasta alla Norma?", ()),
    ("pl", C, "Jak dojechać z Dworca Centralnego na Stare Miasto?", ()),
    ("cs", C, "Kdy byl postaven Karlův most?", ()),
    ("ru", C, "Кто написал «Мастера и Маргариту»?", ()),
    ("tr", C, "Ankara'dan Kapadokya'ya otobüsle kaç saat sürer?", ()),
    ("sv", C, "Vad kostar en Volvo XC60 i Sverige?", ()),
    ("nl", C, "Hoe laat gaat de Albert Heijn open op zondag?", ()),
    ("hu", C, "Mikor épült a Lánchíd Budapesten?", ()),
    ("fi", C, "Mikä on Sibeliuksen tunnetuin sävellys?", ()),
    ("el", C, "Πότε χτίστηκε ο Παρθενώνας;", ()),
    ("en", C, "log: 2025-04-01 12:00:01 INFO cache warmed in 231 ms", ()),
    ("en", C, "sku,name,price\nA12,Desk Lamp,19.99\nB07,Office Chair,89.00", ()),
    ("pt", C, "Qual é a melhor praia perto de Lisboa?", ()),
    ("ro", C, "Care este cel mai înalt vârf din Carpați?", ()),
)  # fmt: skip

HELD_OUT: tuple[Row, ...] = (
    ("en", C, "pls tell david okonkwo his contract is not renewed", ("david okonkwo",)),
    ("en", C, "Hello Fatima,\nyour test results are ready at the clinic.", ("Fatima",)),
    ("en", C, "Sorry for the delay with the rent.\n\nCheers,\nTomasz", ("Tomasz",)),
    ("en", C, "The overdue notice was sent to R. Ramaswamy last week.", ("R. Ramaswamy",)),
    ("en", C, "Approved by: Nowicki P. (HR)", ("Nowicki P.",)),
    ("en", U, "p.novak", ("p.novak",)),
    ("en", N, "jkowalska", ("jkowalska",)),
    ("en", U, "maria_g", ("maria_g",)),
    ("en", N, "olga.s", ("olga.s",)),
    ("en", C, "I met with aoife mcnamara yesterday, she's pregnant and scared",
     ("aoife mcnamara",)),
    ("en", C, "employee,team,bonus\nAnanya Krishnan,Sales,3000\nEmeka Obi,IT,2500",
     ("Ananya Krishnan", "Emeka Obi")),
    ("en", C, "2025-06-11 08:14:02 ERROR payment declined customer=li.na card=****4242",
     ("li.na",)),
    ("en", C, "our nanny pham thi lan needs a new work visa", ("pham thi lan",)),
    ("en", C, "Prepare the severance letter for Oliver Ashby-Grant.", ("Oliver Ashby-Grant",)),
    ("en", C, "text adaeze and ask how her mum's surgery went", ("adaeze",)),
    ("en", C, "Write a recommendation for Ji-woo Choi for the nursing programme.",
     ("Ji-woo Choi",)),
    ("de", C, "Bitte sag Frau Wagner, dass ihr Kredit abgelehnt wurde.", ("Wagner",)),
    ("de", C, "hab mit stefanie hoffmann gesprochen, sie hat schulden bei uns",
     ("stefanie hoffmann",)),
    ("de", C, "Viele Grüße\nMatthias", ("Matthias",)),
    ("de", C, "Mieter: von der Heyden, Anna-Lena, Wohnung 3b", ("von der Heyden, Anna-Lena",)),
    ("fr", C, "j'ai vu jean-baptiste moreau hier, il sort de l'hôpital",
     ("jean-baptiste moreau",)),
    ("fr", C, "Salut Camille,\nton bulletin de salaire est en pièce jointe.", ("Camille",)),
    ("fr", C, "Le loyer de Mme Girard est impayé depuis mars.", ("Girard",)),
    ("es", C, "estuve con maría del carmen ruiz, le diagnosticaron diabetes",
     ("maría del carmen ruiz",)),
    ("es", C, "Saludos,\nAlejandro", ("Alejandro",)),
    ("es", U, "javi.glez", ("javi.glez",)),
    ("it", C, "ho parlato con alessandro ferrari del suo debito", ("alessandro ferrari",)),
    ("it", C, "Il contratto di Esposito Chiara scade a giugno.", ("Esposito Chiara",)),
    ("pt", C, "conversei com a ana beatriz souza sobre o divórcio", ("ana beatriz souza",)),
    ("pt", C, "Oi Rafaela, o exame ficou pronto.", ("Rafaela",)),
    ("nl", C, "ik sprak met pieter van den berg over zijn schulden", ("pieter van den berg",)),
    ("nl", C, "Met vriendelijke groet,\nFleur", ("Fleur",)),
    ("pl", C, "spotkałem się z Katarzyną Lewandowską w sprawie jej kredytu",
     ("Katarzyną Lewandowską",)),
    ("pl", C, "napisz do marka wójcika że jest zwolniony", ("marka wójcika",)),
    ("pl", C, "Hej Bartek, wyniki badań przyszły?", ("Bartek",)),
    ("pl", C, "Wystawiono na: Mazur K., ul. Polna 12", ("Mazur K.",)),
    ("cs", C, "volala jsem s Janou Svobodovou o její nemoci", ("Janou Svobodovou",)),
    ("cs", C, "Dobrý den pane Procházko, posílám upomínku.", ("Procházko",)),
    ("sk", C, "hovoril som s martinom kováčom o jeho pôžičke", ("martinom kováčom",)),
    ("hu", C, "Nagy Ferenccel beszéltem a tartozásáról", ("Nagy Ferenccel",)),
    ("hu", C, "szia Bence, megkaptad a bérpapírt?", ("Bence",)),
    ("ro", C, "i-am spus lui mihai ionescu că e concediat", ("mihai ionescu",)),
    ("sv", C, "jag träffade johan bergström om hans skulder", ("johan bergström",)),
    ("da", C, "Hej Rasmus, din lægeerklæring er modtaget.", ("Rasmus",)),
    ("no", C, "jeg snakket med ingrid solberg om sykemeldingen", ("ingrid solberg",)),
    ("fi", C, "tapasin Anna Korhosen eilen, hän on sairaslomalla", ("Anna Korhosen",)),
    ("fi", C, "ystävällisin terveisin\nPekka", ("Pekka",)),
    ("el", C, "μίλησα με τον Γιώργο Παπαδάκη για το χρέος του", ("Γιώργο Παπαδάκη",)),
    ("ru", C, "я встретился с Дмитрием Кузнецовым по поводу его долга",
     ("Дмитрием Кузнецовым",)),
    ("ru", C, "скажи анне петровой что её уволили", ("анне петровой",)),
    ("uk", C, "Привіт, Оксано! Результати аналізів прийшли?", ("Оксано",)),
    ("tr", C, "ayşe demir ile kira borcu hakkında konuştum", ("ayşe demir",)),
    ("hr", C, "razgovarala sam s Anom Kovačević o njezinom kreditu", ("Anom Kovačević",)),
    ("in", C, "inform suresh venkataraman that his claim was denied",
     ("suresh venkataraman",)),
    ("ng", C, "Ngozi Eze asked again about her unpaid wages.", ("Ngozi Eze",)),
    ("cn", C, "Liu Yang from logistics is on sick leave until Monday.", ("Liu Yang",)),
    ("vn", C, "spoke with nguyen thi huong, she owes two months of rent",
     ("nguyen thi huong",)),
    ("ar", C, "Send this to Khalid Al-Mansouri, his visa was refused.",
     ("Khalid Al-Mansouri",)),
    ("en", U, "fatima.zahra", ("fatima.zahra",)),
    ("en", N, "tomek_k", ("tomek_k",)),
    ("en", U, "s.dubois", ("s.dubois",)),
    ("en", N, "lukas-m", ("lukas-m",)),
    # benign near-misses
    ("en", C, "How often should I water a jasmine plant indoors?", ()),
    ("en", C, "Is the Kindle Paperwhite better than the Kobo Clara?", ()),
    ("en", C, "What does 'mercy rule' mean in baseball?", ()),
    ("en", C, "Who composed the Four Seasons?", ()),
    ("en", N, "planner_agent", ()),
    ("en", U, "helpdesk-bot", ()),
    ("en", U, "guest_42", ()),
    ("en", C, "Explain the difference between a will and a trust.", ()),
    ("en", C, "What did Nelson Mandela do after leaving prison?", ()),
    ("en", C, "Is Charing Cross close to Trafalgar Square?", ()),
    ("de", C, "Wie mache ich einen Käsekuchen ohne Boden?", ()),
    ("de", C, "Wann war Helmut Kohl Bundeskanzler?", ()),
    ("fr", C, "Quel est le meilleur moment pour visiter Mont-Saint-Michel ?", ()),
    ("es", C, "¿Es mejor el Renault Clio o el Peugeot 208?", ()),
    ("it", C, "Come si fa la pizza Margherita in casa?", ()),
    ("pl", C, "Jak dojechać na Wawel z Dworca Głównego?", ()),
    ("cs", C, "Kdy byla založena Karlova univerzita?", ()),
    ("ru", C, "Кто написал «Войну и мир»?", ()),
    ("tr", C, "İzmir'den Efes'e nasıl giderim?", ()),
    ("sv", C, "Hur mycket kostar en Saab 9-3 begagnad?", ()),
    ("nl", C, "Hoe laat sluit de Hema op zaterdag?", ()),
    ("hu", C, "Mikor épült a Parlament Budapesten?", ()),
    ("fi", C, "Mikä on Kalevalan tunnetuin runo?", ()),
    ("el", C, "Πού βρίσκεται η Ακρόπολη;", ()),
    ("en", C, "log: 2025-05-02 09:00:00 INFO job finished in 512 ms", ()),
    ("en", C, "sku,name,price\nC33,Standing Desk,299.00\nD12,Monitor Arm,49.50", ()),
    ("pt", C, "Qual é o melhor bairro para ficar no Porto?", ()),
    ("ro", C, "Ce înălțime are Palatul Parlamentului?", ()),
)  # fmt: skip


def body_for(text: str, field: str) -> dict[str, Any]:
    """A chat body with ``text`` at ``field`` (as bench/privacy.py builds them)."""
    if field == "name":
        return {"messages": [{"role": "user", "name": text, "content": "hi"}]}
    if field == "user":
        return {"messages": [{"role": "user", "content": "Please help."}], "user": text}
    return {"messages": [{"role": "user", "content": text}]}


def score(detector: SensitivityDetector, rows: tuple[Row, ...], show: bool) -> dict[str, int]:
    """Names caught (any entity / PERSON), prompts with every name caught, benign flagged."""
    out = dict.fromkeys(("names", "caught", "person", "prompts", "whole", "benign", "flagged"), 0)
    for lang, field, text, names in rows:
        texts = texts_of("chat", {"model": "auto", **body_for(text, field)})
        index = texts.index(text)
        found = [e for e in detector.scan(texts, deep=True) if e.message == index]
        if not names:
            persons = [text[e.start : e.end] for e in found if e.type == "PERSON"]
            out["benign"] += 1
            out["flagged"] += bool(persons)
            if show and persons:
                print(f"  FLAG {lang} {persons} <- {text[:70]!r}")
            continue
        whole = True
        for name in names:
            start = text.index(name)
            end = start + len(name)
            hits = [e for e in found if e.start < end and start < e.end]
            out["names"] += 1
            out["caught"] += bool(hits)
            out["person"] += any(e.type == "PERSON" for e in hits)
            whole = whole and bool(hits)
            if show and not hits:
                print(f"  MISS {lang} {field} {name!r} <- {text[:70]!r}")
        out["prompts"] += 1
        out["whole"] += whole
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print misses and benign flags")
    parser.add_argument("--half", choices=("dev", "held", "both"), default="both")
    args = parser.parse_args()
    detector = SensitivityDetector.build(cache_size=0)
    halves = {"dev": DEV, "held": HELD_OUT}
    for name, rows in halves.items():
        if args.half not in (name, "both"):
            continue
        print(f"{name}:")
        s = score(detector, rows, args.show)
        print(
            f"{name}: names caught {s['caught']}/{s['names']} (PERSON {s['person']}), "
            f"prompts whole {s['whole']}/{s['prompts']}, benign PERSON {s['flagged']}/{s['benign']}"
        )


if __name__ == "__main__":
    main()
