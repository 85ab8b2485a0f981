# ruff: noqa: RUF001
"""A third hand-written benign development set: questions about fiction, brands, sport, music,
film, TV, food, travel and history in 22 languages, each in that language's own forms of the
names (inflected, transliterated). None holds a private person's data; the deep scan should
flag none with PERSON.

Written by hand for the public-names work (round two), not from any generator or corpus; a
development set, tuned on (``_benign_dev2.py`` stays held out).

    .venv/bin/python bench/_benign_dev3.py [--show]
"""

from __future__ import annotations

import argparse

from _benign_dev import person_flags

PROMPTS: tuple[tuple[str, str], ...] = (
    # English
    ("en", "Why does Frodo Baggins volunteer to carry the ring to Mordor?"),
    ("en", "Is a Volkswagen Golf cheaper to insure than a Toyota Corolla?"),
    ("en", "How many Grand Slam titles has Serena Williams won?"),
    ("en", "Which Beatles album has the song Eleanor Rigby on it?"),
    ("en", "Rank the Batman films by Christopher Nolan from best to worst."),
    ("en", "Does Lionel Messi still play for Inter Miami?"),
    ("en", "What is the origin of the Caesar salad?"),
    ("en", "Who is stronger, Darth Vader or Luke Skywalker?"),
    ("en", "Explain why Atticus Finch defends Tom Robinson in To Kill a Mockingbird."),
    ("en", "Is Mickey Mouse older than Donald Duck?"),
    # German
    ("de", "Welche Abenteuer erlebt Winnetou mit Old Shatterhand?"),
    ("de", "Ist ein BMW X3 zuverlässiger als ein Audi Q5?"),
    ("de", "Wie viele Tore hat Thomas Müller für die Nationalmannschaft geschossen?"),
    ("de", "Welche Lieder von Herbert Grönemeyer sind am bekanntesten?"),
    ("de", "Worum geht es in der Serie Babylon Berlin?"),
    ("de", "Wie backt man eine echte Schwarzwälder Kirschtorte?"),
    ("de", "Warum wurde die Berliner Mauer gebaut?"),
    ("de", "Welche Farbe hat die Uniform von Hauptmann von Köpenick?"),
    # French
    ("fr", "Pourquoi Astérix ne boit-il jamais de potion magique ?"),
    ("fr", "La Peugeot 208 consomme-t-elle moins que la Renault Clio ?"),
    ("fr", "Combien de Ballons d'or a gagné Zinédine Zidane ?"),
    ("fr", "Quelles sont les plus belles chansons d'Édith Piaf ?"),
    ("fr", "Qui joue le commissaire Maigret dans le dernier film ?"),
    ("fr", "Comment préparer une vraie bouillabaisse marseillaise ?"),
    ("fr", "Que s'est-il passé lors de la prise de la Bastille ?"),
    ("fr", "Le Petit Prince rencontre qui sur la sixième planète ?"),
    # Spanish
    ("es", "¿Por qué Don Quijote ataca los molinos de viento?"),
    ("es", "¿Qué consume menos, un Seat Ibiza o un Dacia Sandero?"),
    ("es", "¿Cuántos Tours de Francia ganó Miguel Induráin?"),
    ("es", "¿Cuál es la mejor canción de Rosalía?"),
    ("es", "¿De qué trata la serie La casa de papel?"),
    ("es", "¿Cómo se hace una paella valenciana auténtica?"),
    ("es", "¿Por qué los Reyes Católicos expulsaron a los judíos en 1492?"),
    ("es", "Háblame de los cuadros de Joaquín Sorolla sobre el mar."),
    # Italian
    ("it", "Perché Pinocchio diventa un bambino vero alla fine?"),
    ("it", "Meglio una Fiat Panda o una Lancia Ypsilon per la città?"),
    ("it", "Quanti scudetti ha vinto Francesco Totti con la Roma?"),
    ("it", "Qual è la canzone più famosa di Lucio Dalla?"),
    ("it", "Chi interpreta il commissario Montalbano in televisione?"),
    ("it", "Come si prepara la carbonara senza panna?"),
    ("it", "Perché Garibaldi sbarcò in Sicilia con i Mille?"),
    # Portuguese
    ("pt", "Quem é o vilão no Sítio do Picapau Amarelo?"),
    ("pt", "Vale a pena comprar um Fiat Uno usado?"),
    ("pt", "Quantos gols Pelé marcou pela seleção brasileira?"),
    ("pt", "Quais são os maiores sucessos de Caetano Veloso?"),
    ("pt", "Onde foi gravada a novela Avenida Brasil?"),
    ("pt", "Como se faz um pastel de nata em casa?"),
    ("pt", "Por que Dom Pedro declarou a independência do Brasil?"),
    # Dutch
    ("nl", "Wie is de slechterik in de strips van Suske en Wiske?"),
    ("nl", "Is een Philips airfryer beter dan een Tefal?"),
    ("nl", "Hoeveel keer won Max Verstappen het wereldkampioenschap?"),
    ("nl", "Welke nummers van André Hazes zijn het bekendst?"),
    ("nl", "Hoe maak je echte Hollandse stroopwafels?"),
    ("nl", "Waarom voer Abel Tasman naar Nieuw-Zeeland?"),
    ("nl", "Hoe kom ik van het Rijksmuseum naar het Vondelpark?"),
    # Polish
    ("pl", "Dlaczego Wokulski zakochał się w Izabeli Łęckiej?"),
    ("pl", "Czy Fiat 126p był produkowany w Polsce?"),
    ("pl", "Ile goli strzelił Robert Lewandowski dla Bayernu?"),
    ("pl", "Jakie piosenki śpiewał Czesław Niemen?"),
    ("pl", "O czym jest serial Czterej pancerni i pies?"),
    ("pl", "Jak zrobić pierogi ruskie?"),
    ("pl", "Kiedy Jan III Sobieski pokonał Turków pod Wiedniem?"),
    ("pl", "Czy Pan Kleks jest postacią z książki Jana Brzechwy?"),
    # Czech
    ("cs", "Proč je Švejk tak oblíbená postava?"),
    ("cs", "Je Škoda Superb lepší než Volkswagen Passat?"),
    ("cs", "Kolik medailí získal Jaromír Jágr?"),
    ("cs", "Které písně zpíval Karel Gott?"),
    ("cs", "Jak se připravuje svíčková na smetaně?"),
    ("cs", "Kdo byl Karel IV. a co postavil v Praze?"),
    ("cs", "Jak se dostanu na Pražský hrad od Karlova mostu?"),
    # Slovak
    ("sk", "Kto bol Juraj Jánošík a prečo je slávny?"),
    ("sk", "Ako sa varia bryndzové halušky?"),
    ("sk", "Koľko titulov vyhral Peter Sagan na Tour de France?"),
    ("sk", "Aké filmy natočil Juraj Jakubisko?"),
    ("sk", "Ako sa dostanem na Bratislavský hrad?"),
    ("sk", "Je Kia Ceed vyrábaná v Žiline?"),
    # Hungarian
    ("hu", "Miért hal meg Bornemissza Gergely apja az Egri csillagokban?"),
    ("hu", "Megbízható autó a Suzuki Vitara?"),
    ("hu", "Hány olimpiai aranyat nyert Egerszegi Krisztina?"),
    ("hu", "Melyik a legismertebb Omega-dal?"),
    ("hu", "Hogyan kell gulyáslevest főzni?"),
    ("hu", "Mikor koronázták királlyá Szent Istvánt?"),
    ("hu", "Hogyan jutok el a Hősök teréről a Széchenyi fürdőbe?"),
    # Romanian
    ("ro", "De ce este Harap-Alb un basm atât de cunoscut?"),
    ("ro", "Este Dacia Logan o mașină fiabilă?"),
    ("ro", "Câte titluri de Grand Slam a câștigat Simona Halep?"),
    ("ro", "Care sunt cele mai cunoscute piese ale lui Gheorghe Zamfir?"),
    ("ro", "Cum se fac sarmalele în foi de varză?"),
    ("ro", "Ce a făcut Ștefan cel Mare pentru Moldova?"),
    ("ro", "Cum ajung la Castelul Peleș din Sinaia?"),
    # Swedish
    ("sv", "Varför är Karlsson på taket så populär bland barn?"),
    ("sv", "Är en Volvo XC60 säkrare än en Saab 9-5?"),
    ("sv", "Hur många titlar vann Björn Borg i Wimbledon?"),
    ("sv", "Vilka låtar skrev Benny Andersson till ABBA?"),
    ("sv", "Hur gör man kanelbullar?"),
    ("sv", "Varför dog Gustav II Adolf vid Lützen?"),
    # Danish
    ("da", "Hvorfor er Den lille Havfrue så kendt?"),
    ("da", "Er Lego dyrere end Playmobil?"),
    ("da", "Hvor mange mål scorede Michael Laudrup for Danmark?"),
    ("da", "Hvordan laver man æbleskiver?"),
    ("da", "Hvem var Christian IV, og hvad byggede han?"),
    # Norwegian
    ("no", "Hva handler Peer Gynt om?"),
    ("no", "Er Tesla Model Y den mest solgte bilen i Norge?"),
    ("no", "Hvor mange OL-gull har Marit Bjørgen?"),
    ("no", "Hvordan lager man fårikål?"),
    ("no", "Hvorfor reiste Roald Amundsen til Sydpolen?"),
    # Finnish
    ("fi", "Miksi Muumipeikko nukkuu koko talven?"),
    ("fi", "Onko Nokia vielä suomalainen yhtiö?"),
    ("fi", "Kuinka monta maailmanmestaruutta Kimi Räikkönen voitti?"),
    ("fi", "Mitä kappaleita Jean Sibelius sävelsi?"),
    ("fi", "Miten pääsen Helsingin rautatieasemalta Seurasaareen?"),
    # Russian
    ("ru", "Почему Раскольников убил старуху-процентщицу?"),
    ("ru", "Что надёжнее: Лада Веста или Киа Рио?"),
    ("ru", "Сколько голов забил Лев Яшин? Он же вратарь."),
    ("ru", "Какие песни пел Владимир Высоцкий?"),
    ("ru", "Кто снял фильм «Ирония судьбы»?"),
    ("ru", "Как приготовить борщ по-московски?"),
    ("ru", "Почему Наполеон отступил из Москвы?"),
    ("ru", "Как добраться от Красной площади до Третьяковской галереи?"),
    # Ukrainian
    ("uk", "Чому Тарас Бульба вбив свого сина Андрія?"),
    ("uk", "Скільки титулів виграв Андрій Шевченко з Міланом?"),
    ("uk", "Які пісні співає Святослав Вакарчук?"),
    ("uk", "Як приготувати український борщ з пампушками?"),
    ("uk", "Що збудував Ярослав Мудрий у Києві?"),
    ("uk", "Як дійти від Золотих воріт до Андріївського узвозу?"),
    # Greek
    ("el", "Γιατί ο Οδυσσέας άργησε δέκα χρόνια να γυρίσει στην Ιθάκη;"),
    ("el", "Πόσα γκολ έβαλε ο Άγγελος Χαριστέας στο Euro 2004;"),
    ("el", "Ποια τραγούδια έγραψε ο Μίκης Θεοδωράκης;"),
    ("el", "Πώς φτιάχνεται ο μουσακάς;"),
    ("el", "Τι έκανε ο Μέγας Αλέξανδρος στην Αίγυπτο;"),
    # Turkish
    ("tr", "Nasreddin Hoca fıkraları neden bu kadar sevilir?"),
    ("tr", "Renault Clio mu yoksa Hyundai i20 mi daha ekonomik?"),
    ("tr", "Hakan Şükür kaç gol attı?"),
    ("tr", "Barış Manço'nun en sevilen şarkısı hangisi?"),
    ("tr", "İskender kebap nasıl yapılır?"),
    ("tr", "Kanuni Sultan Süleyman kaç yıl hüküm sürdü?"),
    # Croatian
    ("hr", "Zašto je Regoč glavni lik te priče?"),
    ("hr", "Koliko je Grand Slam turnira osvojio Goran Ivanišević?"),
    ("hr", "Kako se priprema dalmatinska pašticada?"),
    ("hr", "Tko je bio ban Josip Jelačić?"),
    ("hr", "Kako doći od Dioklecijanove palače do Marjana?"),
    # Bulgarian
    ("bg", "Защо Бай Ганьо е толкова известен герой?"),
    ("bg", "Колко гола вкара Христо Стоичков за Барселона?"),
    ("bg", "Как се прави баница със сирене?"),
    ("bg", "Кой е Васил Левски и защо е важен?"),
    # Code and configs
    ("code", "from django.contrib.auth.models import User\nUser.objects.filter(is_staff=True)"),
    ("code", "Why does `pip install Pillow` need libjpeg on Alpine Linux?"),
    ("code", "Explain the Ford-Fulkerson algorithm with a small example."),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each PERSON flag")
    args = parser.parse_args()
    by_lang, flagged_lang, _ = person_flags(PROMPTS, args.show)
    total = sum(flagged_lang.values())
    print(" ".join(f"{lang} {flagged_lang[lang]}/{n}" for lang, n in by_lang.items()))
    print(f"\nPERSON: {total}/{len(PROMPTS)} ({100 * total / len(PROMPTS):.1f}%)")


if __name__ == "__main__":
    main()
