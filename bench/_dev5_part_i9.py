# ruff: noqa: E501, RUF001
"""Writer I's benign rows, part 4: user messages in Czech, Nordic languages, Greek, Turkish, Romanian, Hungarian, Croatian and a few others.

Written one by one by hand; no row holds a private person's data or a real secret. Seed of the
writer's generated values (not used here): 275319.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(text: str, field: str = "content") -> dict:
    return {"text": text, "field": field, "values": []}


ROWS = [
    # Czech
    _b("Je pravda, že slovo robot vymyslel Josef Čapek a ne Karel? V jaké hře se poprvé objevilo?"),
    _b(
        "Recept na svíčkovou na smetaně pro 6 lidí, kolik kořenové zeleniny a jak dlouho péct 1,5 kg zadního?"
    ),
    _b(
        "Jak se dostanu z Hlavního nádraží na Václavské náměstí pěšky? A kde přesně stojí socha svatého Václava?"
    ),
    # Swedish
    _b(
        "Vilka böcker skrev Astrid Lindgren om Pippi Långstrump, och i vilken ordning ska man läsa dem?"
    ),
    _b("Hur många mål gjorde Zlatan för landslaget totalt, och vilket var det snyggaste?"),
    _b("Recept på kanelbullar, ca 30 st, med kardemumma i degen. Hur länge ska de jäsa?"),
    # Norwegian
    _b("Hvor mange versjoner av Skrik malte Edvard Munch, og hvor kan man se dem i Oslo?"),
    _b("Hvorfor heter hovedgata i Oslo Karl Johans gate? Hvem var Karl Johan?"),
    _b(
        "Hvor mange mål scoret Erling Haaland i sin første Premier League-sesong, og hvilken rekord slo han?"
    ),
    # Danish
    _b(
        "Hvilke eventyr skrev H.C. Andersen, der ikke handler om dyr eller prinsesser? Jeg skal bruge tre til en danskopgave."
    ),
    _b("Hvad er den klassiske opskrift på smørrebrød med rullepølse, og hvilket brød bruger man?"),
    _b("Forklar Niels Bohrs atommodel kort til en 1.g-klasse, gerne med en tegning i tekst."),
    # Finnish
    _b("Mikä Sibeliuksen teos on Finlandia ja miksi se oli sensuroitu Venäjän vallan aikana?"),
    _b("Resepti karjalanpiirakoihin, noin 20 kpl. Riisipuuro vai perunatäyte?"),
    _b("Kuinka monta kertaa Kimi Räikkönen voitti F1-osakilpailun urallaan?"),
    # Greek
    _b(
        "Τι ξέρουμε πραγματικά για τον Σωκράτη, αφού δεν έγραψε τίποτα ο ίδιος; Σύντομη απάντηση για εργασία."
    ),
    _b("Συνταγή για μουσακά για 8 άτομα, με μπεσαμέλ χωρίς αυγά αν γίνεται."),
    _b(
        "Πώς πάω από το Σύνταγμα στο Μέγαρο Μουσικής με μετρό; Είναι στη Λεωφόρο Βασιλίσσης Σοφίας;"
    ),
    # Turkish
    _b(
        "Mustafa Kemal Atatürk'ün soyadı kanunuyla aldığı soyadı ne zaman verildi ve neden 'Atatürk'?"
    ),
    _b(
        "Orhan Pamuk'un Nobel aldığı yıl hangi kitabı en çok okunuyordu? Masumiyet Müzesi gerçekten İstanbul'da mı?"
    ),
    _b("Behçet hastalığı nedir, neden Hulusi Behçet'in adını taşıyor? Genel bilgi istiyorum."),
    # Romanian
    _b(
        "Care sunt cele mai cunoscute poezii ale lui Mihai Eminescu pentru bacalaureat? Fă-mi o listă scurtă cu teme."
    ),
    _b("A existat cu adevărat o legătură între Vlad Țepeș și Dracula lui Bram Stoker?"),
    _b("Câte note de 10 a primit Nadia Comăneci la Montreal în 1976?"),
    # Hungarian
    _b("Ki találta fel a Rubik-kockát és hány kombinációja van összesen?"),
    _b("Hány gólt lőtt Puskás Ferenc a válogatottban, és miért róla nevezték el a FIFA díját?"),
    _b("Gulyásleves recept 6 főre, csipetkével. Marhalábszár vagy tarja?"),
    # Croatian
    _b("Je li Nikola Tesla rođen u Smiljanu? Što se danas može vidjeti u memorijalnom centru?"),
    _b("Koliko je utakmica Luka Modrić odigrao za reprezentaciju i kad je dobio Zlatnu loptu?"),
    _b("Zašto se skoro u svakom gradu nalazi Ulica kralja Zvonimira? Tko je bio kralj Zvonimir?"),
    # Slovak
    _b("Kto bol Milan Rastislav Štefánik a prečo je po ňom pomenované letisko v Bratislave?"),
    # Slovenian
    _b("Zakaj je 8. februar v Sloveniji kulturni praznik in kaj ima s tem France Prešeren?"),
    # Estonian
    _b("Mis on Arvo Pärdi tintinnabuli stiil ja milline teos sobiks esmakuulamiseks?"),
    # Catalan
    _b(
        "Quina és la millor hora per visitar el Park Güell sense cues? Hi vaig el 23 d'abril, Sant Jordi."
    ),
]
