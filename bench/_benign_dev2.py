# ruff: noqa: RUF001
"""A second hand-written benign development set, held out: rules are NOT tuned on it. It only
checks that what was built on bench/_benign_dev.py generalises. 20 languages: public and
historical people in their own language's form and inflected, surnames alone, fictional
characters, landmarks, brands, works, streets named after people, ordinary questions. None
holds a private person's data; the deep scan should flag none with PERSON.

Written by hand (not from any generator or corpus) on 2026-12-01, before the rules of that day.

    .venv/bin/python bench/_benign_dev2.py [--show]
"""

from __future__ import annotations

import argparse

from _benign_dev import person_flags

PROMPTS: tuple[tuple[str, str], ...] = (
    # English
    ("en", "How did Abraham Lincoln's Gettysburg Address end?"),
    ("en", "What instruments did Louis Armstrong play besides the trumpet?"),
    ("en", "Why did Hemingway move to Key West?"),
    ("en", "Explain the rivalry between Edison and Tesla in simple terms."),
    ("en", "Is Hermione Granger smarter than Ron Weasley in the later books?"),
    ("en", "Which bus goes to the Lincoln Memorial from Dupont Circle?"),
    ("en", "Compare a Ford Mustang with a Chevrolet Camaro for a road trip."),
    ("en", "Who narrates Moby-Dick, and why does Ahab chase the whale?"),
    ("en", "Summarise the main ideas of John Locke on property."),
    ("en", "What was Winston Churchill's role in the Gallipoli campaign?"),
    # German
    ("de", "Wann hat Beethoven die Neunte Sinfonie uraufgeführt?"),
    ("de", "Erkläre mir Kants kategorischen Imperativ in drei Sätzen."),
    ("de", "Wie komme ich vom Alexanderplatz zur Karl-Marx-Allee?"),
    ("de", "Warum ist der Kölner Dom so lange unvollendet geblieben?"),
    ("de", "Welche Rolle spielt Mephisto in Goethes Faust?"),
    ("de", "Ist ein Volkswagen Golf sparsamer als ein Opel Astra?"),
    ("de", "Was hat Otto von Bismarck mit der Sozialversicherung zu tun?"),
    ("de", "Fasse die Handlung von Effi Briest kurz zusammen."),
    # French
    ("fr", "Pourquoi Victor Hugo s'est-il exilé à Guernesey ?"),
    ("fr", "Quelle est la meilleure façon d'aller de la gare Saint-Lazare au Louvre ?"),
    ("fr", "Qui était Jeanne d'Arc et pourquoi a-t-elle été brûlée ?"),
    ("fr", "Résume L'Étranger d'Albert Camus en cinq lignes."),
    ("fr", "Le musée Rodin est-il ouvert le mardi ?"),
    ("fr", "Explique la théorie de l'évolution de Lamarck."),
    ("fr", "Astérix et Obélix : quel album lire en premier ?"),
    ("fr", "Combien de temps faut-il pour monter à la tour Montparnasse ?"),
    # Spanish
    ("es", "¿Qué pintó Velázquez en Las Meninas?"),
    ("es", "Resume Cien años de soledad de Gabriel García Márquez."),
    ("es", "¿Cómo llego a la Sagrada Familia desde la Plaza de Cataluña?"),
    ("es", "¿Por qué Simón Bolívar es tan importante en Venezuela?"),
    ("es", "¿Quién es más fuerte, Don Quijote o Sancho Panza?"),
    ("es", "¿Es mejor un Seat León o un Renault Mégane?"),
    ("es", "Háblame de las películas de Pedro Almodóvar."),
    ("es", "¿A qué hora cierra el Museo Reina Sofía los domingos?"),
    # Italian
    ("it", "Perché Galileo Galilei fu processato dall'Inquisizione?"),
    ("it", "Come si arriva a Piazza Navona dalla stazione Termini?"),
    ("it", "Riassumi I Promessi Sposi di Alessandro Manzoni."),
    ("it", "Chi ha dipinto la Cappella Sistina, Michelangelo o Raffaello?"),
    ("it", "Quanto costa una Fiat Panda nuova?"),
    ("it", "Che cosa racconta Pinocchio di Collodi?"),
    ("it", "Qual è l'opera più famosa di Puccini?"),
    # Portuguese
    ("pt", "Quem foi Pedro Álvares Cabral?"),
    ("pt", "Resuma Os Lusíadas de Luís de Camões."),
    ("pt", "Como chegar à Torre de Belém a partir do Rossio?"),
    ("pt", "Por que Machado de Assis é considerado um grande escritor?"),
    ("pt", "O Cristo Redentor fica aberto à noite?"),
    ("pt", "Quantos gols Pelé marcou em Copas do Mundo?"),
    ("pt", "Fale sobre as músicas de Caetano Veloso."),
    # Dutch
    ("nl", "Waarom sneed Van Gogh zijn oor af?"),
    ("nl", "Hoe kom ik van Amsterdam Centraal naar het Rijksmuseum?"),
    ("nl", "Wat schilderde Rembrandt van Rijn in De Nachtwacht?"),
    ("nl", "Is het Anne Frank Huis op maandag open?"),
    ("nl", "Wie was Willem van Oranje?"),
    ("nl", "Welke boeken schreef Annie M.G. Schmidt voor kinderen?"),
    ("nl", "Vergelijk een Philips-scheerapparaat met een Braun."),
    # Polish
    ("pl", "Kiedy urodził się Fryderyk Chopin?"),
    ("pl", "Opisz odkrycia Marii Skłodowskiej-Curie."),
    ("pl", "Jak dojechać do Pałacu Kultury i Nauki z Dworca Centralnego?"),
    ("pl", "O czym jest Lalka Bolesława Prusa?"),
    ("pl", "Dlaczego Wiedźmin Geralt z Rivii jest taki popularny?"),
    ("pl", "Czy ulica Marszałkowska jest najdłuższa w Warszawie?"),
    ("pl", "Co napisał Adam Mickiewicz oprócz Dziadów?"),
    ("pl", "Ile kosztuje bilet do Muzeum Jana Pawła II?"),
    # Czech
    ("cs", "Kdo napsal Osudy dobrého vojáka Švejka?"),
    ("cs", "Jak se dostanu z Václavského náměstí na Karlův most?"),
    ("cs", "Co složil Antonín Dvořák v Americe?"),
    ("cs", "Proč je Tomáš Garrigue Masaryk důležitý?"),
    ("cs", "Jaký je rozdíl mezi Škodou Fabia a Škodou Scala?"),
    ("cs", "Vysvětli mi Kafkův Zámek."),
    ("cs", "Kdy byl postaven Vyšehrad?"),
    # Slovak
    ("sk", "Kto bol Milan Rastislav Štefánik?"),
    ("sk", "Ako sa dostanem na Bratislavský hrad?"),
    ("sk", "O čom je Jánošík a prečo je legendou?"),
    ("sk", "Aké diela napísal Pavol Országh Hviezdoslav?"),
    ("sk", "Je Demänovská jaskyňa otvorená v zime?"),
    # Hungarian
    ("hu", "Mikor született Petőfi Sándor?"),
    ("hu", "Mit találtak fel Bíró László és társai?"),
    ("hu", "Hogyan jutok el a Hősök teréről a Széchenyi fürdőbe?"),
    ("hu", "Foglald össze az Egri csillagok cselekményét."),
    ("hu", "Ki volt Semmelweis Ignác?"),
    ("hu", "Mennyi a belépő a Mátyás-templomba?"),
    ("hu", "Melyik Kodály-művet érdemes először meghallgatni?"),
    # Romanian
    ("ro", "Cine a fost Mihai Eminescu?"),
    ("ro", "Cum ajung de la Gara de Nord la Palatul Parlamentului?"),
    ("ro", "Ce a descoperit Nicolae Paulescu?"),
    ("ro", "Este Castelul Bran legat de Dracula?"),
    ("ro", "Rezumă Moromeții de Marin Preda."),
    ("ro", "Ce sculpturi a făcut Brâncuși la Târgu Jiu?"),
    # Turkish
    ("tr", "Mimar Sinan hangi camileri yaptı?"),
    ("tr", "Yunus Emre'nin şiirleri neden önemli?"),
    ("tr", "Dolmabahçe Sarayı'na nasıl gidebilirim?"),
    ("tr", "Yaşar Kemal'in İnce Memed romanını özetle."),
    ("tr", "Fatih Sultan Mehmet İstanbul'u ne zaman fethetti?"),
    ("tr", "Bir Togg ile Fiat Egea arasında hangisini seçmeliyim?"),
    # Swedish
    ("sv", "Vem var Alfred Nobel och varför instiftade han priset?"),
    ("sv", "Hur tar jag mig från T-Centralen till Skansen?"),
    ("sv", "Vad handlar Nils Holgerssons underbara resa om?"),
    ("sv", "Vilka filmer regisserade Ingmar Bergman?"),
    ("sv", "Är en Volvo XC60 bättre än en Saab 9-5?"),
    # Danish
    ("da", "Hvad skrev Søren Kierkegaard om angst?"),
    ("da", "Hvordan kommer jeg til Tivoli fra Nørreport?"),
    ("da", "Hvem var Niels Bohr?"),
    ("da", "Er Legoland åbent i november?"),
    # Norwegian
    ("no", "Hvorfor dro Roald Amundsen til Sydpolen?"),
    ("no", "Hva handler Et dukkehjem av Ibsen om?"),
    ("no", "Er Karl Johans gate stengt for biler?"),
    ("no", "Hvem var Fridtjof Nansen?"),
    # Finnish
    ("fi", "Kuka kirjoitti Seitsemän veljestä?"),
    ("fi", "Mitä Alvar Aalto suunnitteli Helsinkiin?"),
    ("fi", "Milloin Tove Jansson keksi Muumit?"),
    ("fi", "Onko Temppeliaukion kirkko auki sunnuntaina?"),
    ("fi", "Kerro Mannerheimin roolista talvisodassa."),
    # Russian
    ("ru", "Кто такой Юрий Гагарин и когда он полетел в космос?"),
    ("ru", "Чем знаменит Эрмитаж?"),
    ("ru", "О чём роман «Мастер и Маргарита» Булгакова?"),
    ("ru", "Какие оперы написал Римский-Корсаков?"),
    ("ru", "Почему Ломоносова называют первым русским учёным?"),
    ("ru", "Как добраться до Невского проспекта от Московского вокзала?"),
    ("ru", "Кто победит: Илья Муромец или Змей Горыныч?"),
    ("ru", "Расскажи о реформах Петра Первого."),
    # Ukrainian
    ("uk", "Хто така Ліна Костенко?"),
    ("uk", "Про що поема «Енеїда» Івана Котляревського?"),
    ("uk", "Як доїхати до Андріївського узвозу?"),
    ("uk", "Чим відомий Григорій Сковорода?"),
    ("uk", "Яку музику писав Микола Лисенко?"),
    # Greek
    ("el", "Τι ανακάλυψε ο Αρχιμήδης στο λουτρό;"),
    ("el", "Ποιος ήταν ο Ελευθέριος Βενιζέλος;"),
    ("el", "Πώς πάω στο Μουσείο Μπενάκη από την Ομόνοια;"),
    ("el", "Τι γράφει ο Καβάφης στην Ιθάκη;"),
    ("el", "Είναι ανοιχτή η Ακρόπολη τον Αύγουστο;"),
    # Croatian
    ("hr", "Što je izumio Nikola Tesla?"),
    ("hr", "Kako doći do Dioklecijanove palače u Splitu?"),
    ("hr", "Tko je napisao Na Drini ćuprija?"),
    ("hr", "Je li Trg bana Jelačića pješačka zona?"),
    ("hr", "O čemu pišu Priče iz davnine Ivane Brlić-Mažuranić?"),
    # Bulgarian
    ("bg", "Кой е Христо Ботев?"),
    ("bg", "Как да стигна до катедралата Александър Невски?"),
    ("bg", "За какво разказва „Под игото“ на Иван Вазов?"),
    ("bg", "Кога е основан Рилският манастир?"),
    # Ordinary questions, mixed languages
    ("en", "What's a good stretching routine after running 10 km?"),
    ("de", "Wie lange muss ein Ei kochen, damit es wachsweich ist?"),
    ("fr", "Quelle est la différence entre un CDD et un CDI ?"),
    ("es", "¿Cuántas calorías tiene una manzana mediana?"),
    ("pl", "Jak odkamienić czajnik octem?"),
    ("ru", "Как настроить роутер на пятигигагерцовую сеть?"),
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
