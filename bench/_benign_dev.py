# ruff: noqa: RUF001
"""A hand-written benign development set: questions about public figures, fictional characters,
brands, products, places, landmarks, events, titles, code and configs, in 17 languages. None
holds a private person's data; the deep scan should flag none with PERSON.

Written by hand for the public-names work (not from any generator or corpus); a development
set, not blind: rules were read from its flags.

    .venv/bin/python bench/_benign_dev.py [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter

from meshroute.privacy.detector import SensitivityDetector

PROMPTS: tuple[tuple[str, str], ...] = (
    # English
    ("en", "Who plays Walter White in Breaking Bad?"),
    ("en", "Explain Hamlet's soliloquy in Act 3, Scene 1."),
    ("en", "Compare the Galaxy Tab S9 and the iPad Air for note taking."),
    ("en", "Is Gaudí's Casa Batlló open on Sundays?"),
    ("en", "What did Darwin observe on the Galápagos Islands?"),
    ("en", "Summarise Pride and Prejudice by Jane Austen in five bullet points."),
    ("en", "Why did Napoleon invade Russia in 1812?"),
    ("en", "Is Johnson & Johnson a good dividend stock?"),
    ("en", "How do I get from Kings Cross to Abbey Road Studios?"),
    ("en", "Who wrote the song 'Bohemian Rhapsody' and what is it about?"),
    ("en", "What's the difference between Harry Potter's wand and Voldemort's?"),
    ("en", "Give me a recipe for Beef Wellington like Gordon Ramsay makes it."),
    ("en", "Did Tolkien base Middle-earth on real places?"),
    ("en", "Write a short poem in the style of Emily Dickinson about snow."),
    ("en", "How tall is the Eiffel Tower compared with the Empire State Building?"),
    ("en", "What is Sherlock Holmes's address in the books?"),
    ("en", "Recommend three novels similar to The Great Gatsby."),
    ("en", "Why is Newton's third law often misunderstood?"),
    ("en", "Who won the match between Nadal and Djokovic at Roland Garros 2022?"),
    ("en", "Explain the plot of Oppenheimer by Christopher Nolan without spoilers."),
    ("en", "Is Ben & Jerry's ice cream gluten free?"),
    ("en", "What's the best route to Martin Luther King Jr. Memorial from Union Station?"),
    ("en", "How does the Dijkstra algorithm differ from Bellman-Ford?"),
    ("en", "Tell me about Frida Kahlo's paintings of herself."),
    ("en", "Does Tesla still sell the Model S Plaid in Europe?"),
    ("en", "What does Gandalf mean by 'You shall not pass'?"),
    ("en", "Which Taylor Swift album came out after Folklore?"),
    ("en", "List the main characters of Game of Thrones: Jon Snow, Daenerys, Tyrion."),
    ("en", "Who designed the Sydney Opera House?"),
    ("en", "In pandas, what is the difference between loc and iloc?"),
    (
        "en",
        "My docker-compose.yml has `image: postgres:16` and `depends_on: [redis]`; why does "
        "the app start first?",
    ),
    ("en", "Explain Schrödinger's cat to a ten-year-old."),
    ("en", "What did Elon Musk say about Starship's last launch?"),
    ("en", "Was Cleopatra Greek or Egyptian?"),
    ("en", "Is the Ritz-Carlton near Central Park?"),
    # German
    ("de", "Wie viele Sinfonien schrieb Beethoven?"),
    ("de", "Wann wurde der Kölner Dom fertiggestellt?"),
    ("de", "Erkläre mir Kants kategorischen Imperativ in einfachen Worten."),
    ("de", "Was ist der Unterschied zwischen Mercedes-Benz und Porsche bei Leasingraten?"),
    ("de", "Wie komme ich vom Alexanderplatz zum Brandenburger Tor?"),
    ("de", "Fasse Goethes Faust in drei Sätzen zusammen."),
    ("de", "Welche Rolle spielte Bismarck bei der Reichsgründung?"),
    ("de", "Ist die Elbphilharmonie am Montag geöffnet?"),
    ("de", "Warum heißt die Straße Unter den Linden so?"),
    ("de", "Wer spielt Tatort-Kommissar Thiel in Münster?"),
    ("de", "Welche Bücher hat Thomas Mann nach den Buddenbrooks geschrieben?"),
    ("de", "Was kostet eine Führung im Schloss Neuschwanstein?"),
    ("de", "Schreib ein Gedicht über den Herbst im Stil von Rilke."),
    ("de", "Wie funktioniert die Relativitätstheorie von Einstein?"),
    # French
    ("fr", "Qui a peint La Liberté guidant le peuple ?"),
    ("fr", "Résume Les Misérables de Victor Hugo en dix lignes."),
    ("fr", "Le musée d'Orsay est-il ouvert le lundi ?"),
    ("fr", "Quelle est la différence entre Louis Vuitton et Hermès pour les sacs ?"),
    ("fr", "Comment aller de la gare Saint-Lazare à la place de la Concorde ?"),
    ("fr", "Pourquoi Molière est-il si important dans le théâtre français ?"),
    ("fr", "Explique la pensée de Descartes : je pense, donc je suis."),
    ("fr", "Combien de romans Jules Verne a-t-il écrits ?"),
    ("fr", "Quel est le meilleur moment pour visiter le Mont-Saint-Michel ?"),
    ("fr", "Qui joue Lupin dans la série Netflix avec Omar Sy ?"),
    ("fr", "Que représente la Joconde de Léonard de Vinci ?"),
    # Spanish
    ("es", "¿Cuándo terminará la Sagrada Familia de Gaudí?"),
    ("es", "¿Quién escribió Cien años de soledad?"),
    ("es", "Explícame el Guernica de Picasso."),
    ("es", "¿Cómo llego de la Puerta del Sol al Museo del Prado?"),
    ("es", "¿Qué equipo ganó más Champions, el Real Madrid o el Barcelona?"),
    ("es", "Resume Don Quijote de la Mancha para un examen."),
    ("es", "¿Por qué Frida Kahlo pintaba tantos autorretratos?"),
    ("es", "¿Cuántos goles marcó Messi con Argentina en el Mundial de Qatar?"),
    ("es", "¿Está abierta la Alhambra de Granada los lunes?"),
    ("es", "¿Qué significa la canción Despacito de Luis Fonsi?"),
    # Italian
    ("it", "Chi ha scritto la Divina Commedia?"),
    ("it", "Com'è morto Giulio Cesare?"),
    ("it", "Quanto costa il biglietto per gli Uffizi a Firenze?"),
    ("it", "Spiegami il Principe di Machiavelli."),
    ("it", "Come arrivo da Piazza Navona alla Fontana di Trevi?"),
    ("it", "Quali opere ha composto Verdi oltre all'Aida?"),
    ("it", "Meglio una Ferrari Roma o una Lamborghini Urus?"),
    ("it", "Cosa ha scoperto Galileo con il suo telescopio?"),
    ("it", "Parlami del Cenacolo di Leonardo da Vinci."),
    # Portuguese
    ("pt", "Quem escreveu Os Lusíadas?"),
    ("pt", "Como chegar ao Cristo Redentor saindo de Copacabana?"),
    ("pt", "Quantos títulos mundiais Ayrton Senna ganhou?"),
    ("pt", "Resuma Dom Casmurro de Machado de Assis."),
    ("pt", "A Torre de Belém abre às segundas?"),
    ("pt", "Por que Fernando Pessoa usava heterônimos como Álvaro de Campos?"),
    ("pt", "Qual a diferença entre o Itaú e o Bradesco para conta digital?"),
    ("pt", "O que Pedro Álvares Cabral encontrou em 1500?"),
    # Dutch
    ("nl", "Hoeveel schilderijen maakte Van Gogh in Arles?"),
    ("nl", "Is het Rijksmuseum open op koningsdag?"),
    ("nl", "Wat is de Nachtwacht van Rembrandt precies?"),
    ("nl", "Hoe kom ik van het Centraal Station naar de Dam?"),
    ("nl", "Waarom is Johan Cruijff zo belangrijk voor Ajax?"),
    ("nl", "Vergelijk Albert Heijn en Jumbo op prijs."),
    ("nl", "Wie was Willem van Oranje?"),
    # Polish
    ("pl", "Jak dojechać z Dworca Centralnego na Stare Miasto?"),
    ("pl", "Co odkrył Mikołaj Kopernik?"),
    ("pl", "Opowiedz o teorii Kopernika w prostych słowach."),
    ("pl", "Streść Pana Tadeusza Mickiewicza."),
    ("pl", "Jakie nagrody otrzymała Maria Skłodowska-Curie?"),
    ("pl", "Czy Zamek Królewski jest otwarty w poniedziałek?"),
    ("pl", "Ile kosztuje bilet do Muzeum Chopina?"),
    ("pl", "Kto grał Geralta w serialu Wiedźmin?"),
    ("pl", "Jak dojść z placu Zbawiciela na ulicę Marszałkowską?"),
    ("pl", "Dlaczego Lewandowski odszedł z Bayernu?"),
    ("pl", "Jaki jest najlepszy wiersz Szymborskiej?"),
    # Czech
    ("cs", "Kdy byl postaven Karlův most?"),
    ("cs", "Kdo napsal Osudy dobrého vojáka Švejka?"),
    ("cs", "Jak se dostanu z Václavského náměstí na Pražský hrad?"),
    ("cs", "Co složil Antonín Dvořák v Americe?"),
    ("cs", "Proč je Škoda Octavia tak oblíbená?"),
    ("cs", "Shrň Proměnu od Franze Kafky."),
    # Hungarian
    ("hu", "Mikor épült a Széchenyi lánchíd?"),
    ("hu", "Ki írta A Pál utcai fiúkat?"),
    ("hu", "Hogyan jutok el a Hősök teréről a Parlamenthez?"),
    ("hu", "Miért fontos Petőfi Sándor a magyar történelemben?"),
    ("hu", "Liszt Ferenc melyik műve a leghíresebb?"),
    # Nordic
    ("sv", "Hur många låtar skrev ABBA tillsammans med Benny Andersson?"),
    ("sv", "Vad handlar Pippi Långstrump av Astrid Lindgren om?"),
    ("sv", "Är Vasamuseet öppet på midsommar?"),
    ("da", "Hvornår blev Den Lille Havfrue sat op i København?"),
    ("da", "Hvilke eventyr skrev H.C. Andersen?"),
    ("no", "Hva malte Edvard Munch i tillegg til Skrik?"),
    ("no", "Hvordan kommer jeg fra Oslo S til Vigelandsparken?"),
    ("fi", "Milloin Sibelius sävelsi Finlandian?"),
    ("fi", "Miten pääsen Kauppatorilta Suomenlinnaan?"),
    # Greek
    ("el", "Ποιος έγραψε την Οδύσσεια;"),
    ("el", "Τι δίδαξε ο Σωκράτης στον Πλάτωνα;"),
    ("el", "Πώς πάω από το Σύνταγμα στην Ακρόπολη;"),
    ("el", "Ποια είναι τα πιο γνωστά έργα του Καζαντζάκη;"),
    ("el", "Είναι ανοιχτό το Μουσείο της Ακρόπολης την Κυριακή;"),
    # Russian
    ("ru", "Сколько симфоний написал Чайковский?"),
    ("ru", "Кратко перескажи «Войну и мир» Льва Толстого."),
    ("ru", "Как доехать от Красной площади до Третьяковской галереи?"),
    ("ru", "Почему Достоевский написал «Преступление и наказание»?"),
    ("ru", "Что открыл Дмитрий Менделеев?"),
    ("ru", "Кто играет Шерлока Холмса в советском фильме?"),
    ("ru", "Какие стихи Пушкина учат в школе?"),
    # Ukrainian
    ("uk", "Хто написав «Заповіт» Тараса Шевченка?"),
    ("uk", "Як дістатися від Майдану Незалежності до Софійського собору?"),
    ("uk", "Чому Леся Українка взяла такий псевдонім?"),
    ("uk", "Що відомо про Богдана Хмельницького?"),
    ("uk", "Скільки коштує квиток до Києво-Печерської лаври?"),
    # Turkish
    ("tr", "Mustafa Kemal Atatürk hangi yıl doğdu ve neler yaptı?"),
    ("tr", "Ayasofya'yı ziyaret etmek ücretli mi?"),
    ("tr", "Orhan Pamuk'un en iyi romanı hangisi?"),
    ("tr", "Taksim Meydanı'ndan Galata Kulesi'ne nasıl giderim?"),
    ("tr", "Nazım Hikmet'in şiirlerini kısaca anlatır mısın?"),
    ("tr", "Kapalıçarşı pazar günleri açık mı?"),
    # Code and configs
    ("code", "def greet(name: str) -> str:\n    return f'Hello, {name}!'\n\nprint(greet('World'))"),
    ("code", "git log --author='Linus Torvalds' --oneline | head"),
    ("code", "Why does `import Levenshtein` fail but `from rapidfuzz import fuzz` works?"),
    ("code", "[tool.ruff]\nline-length = 100\nselect = ['E', 'F', 'I']\n\nHow do I ignore E501?"),
    ("code", "In Kotlin, what does `lateinit var adapter: RecyclerView.Adapter` mean?"),
    ("code", "Explain the Liskov substitution principle with a Java example."),
    ("code", "How do I configure Jenkins to run a Gradle build on every push?"),
)


def person_flags(
    prompts: tuple[tuple[str, str], ...], show: bool
) -> tuple[Counter[str], Counter[str], int]:
    """Prompts per language, those flagged with a PERSON per language, and those flagged with
    anything (shared by the benign dev sets 2 and 3)."""
    detector = SensitivityDetector.build(cache_size=0)
    by_lang: Counter[str] = Counter()
    flagged_lang: Counter[str] = Counter()
    any_flag = 0
    for lang, text in prompts:
        found = detector.scan([text], deep=True)
        persons = [text[e.start : e.end] for e in found if e.type == "PERSON"]
        by_lang[lang] += 1
        flagged_lang[lang] += bool(persons)
        any_flag += bool(found)
        if show and persons:
            print(f"PERSON {lang} {persons} <- {text[:90]!r}")
    return by_lang, flagged_lang, any_flag


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each PERSON flag")
    args = parser.parse_args()
    by_lang, flagged_lang, any_flag = person_flags(PROMPTS, args.show)
    total = sum(flagged_lang.values())
    print("| language | PERSON flagged |\n|---|---:|")
    for lang, n in by_lang.items():
        print(f"| {lang} | {flagged_lang[lang]}/{n} |")
    print(f"\nPERSON: {total}/{len(PROMPTS)}; any entity: {any_flag}/{len(PROMPTS)}")


if __name__ == "__main__":
    main()
