# ruff: noqa: RUF001, RUF003
"""Public context: the words that make a name in the same sentence a public figure's.

"Jakie piosenki śpiewał Czesław Niemen?", "Câte titluri de Grand Slam a câștigat Simona
Halep?", "Welche Lieder von Herbert Grönemeyer sind bekannt?": the people no list of notable
people holds are named in questions about their songs, films, books, titles, medals, offices,
reigns, wars and discoveries. ``notable.py`` drops a name found by the name rules alone when
such a word stands in its sentence and no private context is near (``private_context.py``),
so "my colleague Anna Kowalska won the office quiz" stays personal data. Written by hand, in
the languages of the name rules: no package lists such words. Left out are words as often
private as public ("book", "play", "team", "title", "career", "history", "club", "director").
"""

from __future__ import annotations

import re

from meshroute.privacy.word_lists import WordList

__all__ = ["public_context_near"]

_REACH = 120
_WORDS = (
    # English
    r"songs?|albums?|lyrics|sang|sings|singers?|bands?|concerts?|films?|movies?|starred|actor|"
    r"actress|novels?|novelist|poems?|poet|poetry|wrote|painted|paintings?|painter|sculptor|"
    r"composer|composed|symphon\w{1,3}|operas?|won|champion\w{0,4}|medals?|olympic\w{0,1}|"
    r"grand slam|world cup|tournaments?|league|goals|president|presidency|prime minister|king|"
    r"queen|emperor|empress|reign\w{0,3}|dynasty|wars?|battles?|empire|crowned|discovered|"
    r"discovery|invented|invention|theory|physicist|philosopher|nobel|oscars?|grammys?|famous|"
    r"character|characters|episodes?|novels?|biography|"
    # German, French, Spanish, Italian, Portuguese, Dutch
    r"lied\w{0,3}|sänger\w{0,2}|roman\w{0,2}|gedicht\w{0,2}|dichter|schrieb|gemälde|maler|"
    r"komponist\w{0,2}|sinfonie\w{0,2}|oper|gewann|weltmeister\w{0,5}|olympi\w{1,6}|"
    r"medaille\w{0,2}|präsident\w{0,2}|kanzler\w{0,3}|könig\w{0,2}|kaiser\w{0,2}|krieg\w{0,2}|"
    r"schlacht|entdeckt\w{0,2}|erfand|erfunden|theorie|berühmt\w{0,2}|buch|bücher|figur\w{0,2}|"
    r"chansons?|chanteu\w{1,2}|poème\w{0,1}|poète|peint\w{1,3}|tableaux?|compositeur|"
    r"symphonie\w{0,1}|opéra|gagn\w{1,4}|médailles?|président\w{0,1}|roi|reine|empereur|règne|"
    r"guerre|bataille|découv\w{1,5}|inventé|théorie|célèbre\w{0,1}|livres?|personnages?|"
    r"canci\w{1,4}|álbum|cantante\w{0,1}|cantó|película\w{0,1}|novela\w{0,1}|poema\w{0,1}|"
    r"poeta|escribi\w{0,2}|pint\w{1,4}|cuadros?|compositor|sinfon\w{1,3}|ópera|ganó|"
    r"ganador\w{0,2}|campe\w{1,5}|títulos?|medalla\w{0,1}|olímpic\w{1,2}|presidente\w{0,1}|"
    r"reye?s?|reina|emperador|reinado|guerra|batalla|descubri\w{1,4}|inventó|teoría|"
    r"famos[oa]s?|libros?|personaje\w{0,2}|"
    r"canzon\w{1}|cantat\w{1,3}|romanzi?|poesi\w{1}|scritto|scrisse|dipint\w{1,2}|pittor\w{1}|"
    r"quadr[oi]|compositore|sinfoni\w{1}|vinto|vinse|campion\w{1,4}|titol\w{1}|medaglia|"
    r"regina|imperatore|regno|battaglia|scoperto|scoprì|inventato|teoria|personaggi\w{0,1}|"
    r"canç\w{1,3}|cantor\w{0,2}|filmes?|escreveu|quadro|venceu|ganhou|medalha|rainha|"
    r"imperador|batalha|descobr\w{1,4}|inventou|livros?|"
    r"liedje\w{0,1}|zong|zanger\w{0,2}|schreef|schilder\w{0,4}|componist|symfonie|gewonnen|"
    r"kampioen\w{0,4}|wereldkampioen\w{0,6}|olympisch\w{0,1}|koning\w{0,2}|keizer|oorlog|"
    r"ontdekt\w{0,1}|uitgevonden|beroemd\w{0,1}|boek\w{0,2}|"
    # Polish, Czech, Slovak, Hungarian, Romanian
    r"piosen\w{1,3}|śpiewał\w{0,2}|piosenkar\w{1,3}|powieś\w{1,3}|wiersz\w{0,3}|poet\w{1,3}|"
    r"napisał\w{0,2}|namalował\w{0,2}|obraz\w{0,3}|malarz\w{0,2}|kompozytor\w{0,2}|"
    r"symfoni\w{1,2}|wygrał\w{0,2}|mistrz\w{0,5}|tytuł\w{0,3}|medal\w{0,3}|olimpi\w{1,5}|"
    r"prezydent\w{0,2}|król\w{0,3}|królow\w{1,2}|cesarz\w{0,2}|wojn\w{1,2}|bitw\w{1,2}|"
    r"odkrył\w{0,2}|wynalazł\w{0,2}|teori\w{1,2}|nobl\w{1,5}|nakręcił\w{0,2}|sławn\w{1,3}|"
    r"książk\w{1,2}|postaci\w{0,2}|postać|"
    r"písn\w{1,3}|pieseň\w{0,2}|piesn\w{1,3}|zpíval\w{0,2}|spieval\w{0,2}|zpěvák\w{0,2}|"
    r"spevák\w{0,2}|román\w{0,2}|básn\w{1,3}|básník\w{0,2}|napsal\w{0,2}|napísal\w{0,2}|"
    r"namaloval\w{0,2}|skladatel\w{0,2}|vyhrál\w{0,2}|vyhral\w{0,2}|mistr\w{0,4}|"
    r"majster\w{0,4}|titul\w{0,3}|medail\w{1,3}|prezident\w{0,2}|král\w{0,2}|císař\w{0,2}|"
    r"válk\w{1,2}|vojn\w{1,2}|bitv\w{1,2}|objevil\w{0,2}|objavil\w{0,2}|vynalezl\w{0,2}|"
    r"natočil\w{0,2}|slavn\w{1,3}|slávn\w{1,3}|knih\w{1,3}|kniha|postav\w{1,3}|"
    r"dalok\w{0,3}|albuma\w{0,2}|énekel\w{0,3}|énekes\w{0,3}|regény\w{0,4}|vers\w{1,4}|"
    r"költő\w{0,3}|festett\w{0,2}|festmény\w{0,4}|festő\w{0,2}|zeneszerző\w{0,3}|"
    r"szimfóni\w{1,3}|nyert\w{0,3}|bajno\w{1,6}|érm\w{1,3}|elnök\w{0,3}|király\w{0,4}|"
    r"császár\w{0,3}|háború\w{0,3}|csata\w{0,3}|felfedez\w{1,4}|feltalál\w{1,4}|"
    r"elmélet\w{0,3}|koronáz\w{1,5}|híres\w{0,3}|könyv\w{0,4}|"
    r"cântec\w{0,3}|piese|cânta\w{0,3}|cântăre\w{1,2}|poezi\w{1,3}|pictat|tablou\w{0,2}|"
    r"compozitor\w{0,2}|câștigat|campion\w{0,4}|titlu\w{0,3}|titluri|medali\w{1,3}|"
    r"olimpic\w{0,3}|președinte\w{0,2}|rege\w{0,2}|regin\w{1,2}|împărat\w{0,3}|războ\w{1,3}|"
    r"bătăli\w{1,3}|descoperit|inventat|teori\w{1,2}|celebr\w{1,3}|"
    # Nordic, Finnish, Greek, Turkish, Cyrillic
    r"låt\w{0,3}|sång\w{0,3}|sjöng|sanger\w{0,2}|dikt\w{0,3}|skrev|målade|malte|"
    r"maleri\w{0,2}|tonsättare|komponist|symfoni\w{0,2}|vann|vant|vandt|mästare|mester\w{0,2}|"
    r"medalj\w{0,3}|medalje\w{0,2}|olympisk\w{0,1}|kung\w{0,2}|konge\w{0,2}|drottning|"
    r"dronning|kejsare|keiser|kejser|krig\w{0,3}|upptäck\w{1,3}|oppdag\w{1,3}|opdag\w{1,3}|"
    r"uppfann|oppfant|opfandt|berømt\w{0,1}|känd\w{0,1}|"
    r"laulu\w{0,4}|albumi\w{0,3}|lauloi|laulaja\w{0,3}|elokuva\w{0,4}|romaani\w{0,3}|"
    r"runo\w{0,4}|kirjoitti|maalasi|maalaus\w{0,3}|säveltäjä\w{0,3}|sinfonia\w{0,3}|"
    r"ooppera\w{0,3}|voitti|mestar\w{1,5}|mitali\w{0,4}|olympia\w{0,6}|presidentti\w{0,3}|"
    r"kuningas\w{0,3}|kuninga\w{1,4}|keisari\w{0,3}|sodan|taistelu\w{0,3}|kuuluisa\w{0,3}|"
    r"τραγούδ\w{1,3}|άλμπουμ|τραγουδιστ\w{1,3}|ταινί\w{1,2}|μυθιστόρημα|ποίημα\w{0,2}|"
    r"ποιητ\w{1,3}|έγραψε|ζωγράφισε|πίνακα\w{0,2}|συνθέτη\w{0,1}|συμφωνί\w{1,2}|όπερα|"
    r"κέρδισε|πρωταθλ\w{1,6}|μετάλλι\w{1,2}|ολυμπιακ\w{1,3}|πρόεδρο\w{0,1}|βασιλ\w{1,4}|"
    r"αυτοκράτορ\w{1,2}|πόλεμο\w{0,1}|μάχη|ανακάλυψε|εφεύρε|θεωρία|διάσημ\w{1,3}|χαρακτήρ\w{1,3}|"
    r"şarkı\w{0,5}|albüm\w{0,4}|şarkıcı\w{0,4}|şiir\w{0,5}|şair\w{0,4}|ressam\w{0,3}|"
    r"besteci|senfoni\w{0,3}|kazandı|şampiyon\w{0,6}|madalya\w{0,4}|olimpiyat\w{0,4}|"
    r"cumhurbaşkanı\w{0,3}|padişah\w{0,3}|sultan\w{0,3}|savaş\w{0,4}|keşfetti|ünlü|"
    r"песн\w{1,3}|пісн\w{1,3}|песен\w{0,3}|альбом\w{0,2}|пел|пела|пели|співав|співала|пее|"
    r"певец|певиц\w{1,2}|співак\w{0,2}|фильм\w{0,3}|фільм\w{0,3}|филм\w{0,3}|роман\w{0,3}|"
    r"стих\w{0,4}|поэт\w{0,2}|поет\w{0,2}|картин\w{1,2}|художник\w{0,2}|композитор\w{0,2}|"
    r"симфони\w{1,2}|симфоні\w{1,2}|опер\w{1,2}|выиграл\w{0,2}|виграв|спечели|чемпион\w{0,4}|"
    r"чемпіон\w{0,4}|медал\w{1,3}|олимпи\w{1,5}|олімпі\w{1,5}|президент\w{0,2}|царь|"
    r"цар\w{0,2}|корол\w{1,3}|император\w{0,2}|імператор\w{0,2}|войн\w{1,2}|війн\w{1,2}|"
    r"битв\w{1,2}|открыл\w{0,2}|відкрив|знаменит\w{1,3}|відом\w{1,3}|известн\w{1,3}|"
    r"книг\w{1,2}|персонаж\w{0,2}|"
    # heroes, stories, series, what is popular ("Защо Бай Ганьо е толкова известен герой?")
    r"hero|heroes|heroine|stor(?:y|ies)|series|popular|held\w{0,2}|geschichte|héros|héroïne|"
    r"héroe\w{0,2}|eroe|eroina|herói|bohater\w{0,3}|hrdin\w{1,3}|hős\w{0,4}|erou|eroul|"
    r"kahraman\w{0,4}|ήρωα\w{0,1}|ήρωας|герой\w{0,2}|героин\w{1,2}|известен|известна|"
    r"série|serie|seriál\w{0,2}|serial\w{0,2}|сериал\w{0,2}|σειρά|dizi\w{0,3}|sarja\w{0,3}|"
    r"popul[aä]r\w{0,3}|populaire|popolare|popularn\w{1,3}|népszerű\w{0,3}|популярн\w{1,3}|"
    r"suosittu\w{0,3}|δημοφιλ\w{1,3}|fıkra\w{0,4}|"
    # screen, stage, page and office: who plays whom, in which season, chapter or town hall
    # screen, stage, page and office: who plays whom, in which season, chapter or town hall
    # (no bare "plays", "role", "hosts", "reading", "watched", "party", "leader": said of
    # anyone's evening, job or mail as often)
    r"seasons?|played by|rewatch\w{0,3}|presenter|mayor of|lord mayor|minister|chancellor|"
    r"chapters?|"
    r"protagonist|narrator|staffel\w{0,2}|moderator\w{0,2}|bürgermeister\w{0,2}|"
    r"minister\w{0,2}|kapitel|hauptfigur|erzähler|saisons?|épisodes?|incarne|animateu\w{1,2}|"
    r"maire|ministre|chapitres?|narrat\w{2,4}|temporada\w{0,1}|capítulos?|presentador\w{0,2}|"
    r"alcald\w{1,3}|protagonista|stagion\w{1}|puntata|episodi\w{0,1}|condutt\w{3}|sindaco|"
    r"capitol\w{1,2}|episódio\w{0,1}|apresentador\w{0,2}|prefeito|seizoen\w{0,1}|"
    r"aflevering\w{0,2}|presentator|burgemeester|hoofdstuk|hoofdpersoon|verteller|"
    r"sezon\w{0,3}|odcin\w{1,3}|burmistrz\w{0,2}|rozdzia\w{1,3}|moderátor\w{0,2}|"
    r"primátor\w{0,2}|kapitol\w{1,2}|vypravěč\w{0,2}|rozprávač\w{0,2}|évad\w{0,4}|"
    r"epizód\w{0,4}|műsorvezető\w{0,3}|polgármester\w{0,4}|fejezet\w{0,4}|"
    r"főszereplő\w{0,3}|episod\w{0,3}|prezentator\w{0,3}|primarul\w{0,2}|personaj\w{0,3}|"
    r"säsong\w{0,3}|sæson\w{0,3}|sesong\w{0,3}|avsnitt\w{0,2}|afsnit\w{0,2}|"
    r"programled\w{2,4}|borgmästare|borgermester|ordfører|kapittel|huvudperson\w{0,2}|"
    r"hovedperson\w{0,2}|kausi|kauden|jakso\w{0,3}|juontaja\w{0,3}|pormestari\w{0,3}|"
    r"päähenkilö\w{0,3}|σεζόν|επεισόδι\w{1,2}|παρουσιαστ\w{1,3}|δήμαρχο\w{0,1}|"
    r"πρωταγωνιστ\w{1,3}|sunucu\w{0,3}|karakter\w{0,3}|сезон\w{0,2}|эпизод\w{0,2}|"
    r"ведущ\w{1,3}|ведуч\w{1,3}|водещ\w{1,3}|мэр\w{0,2}|кмет\w{0,2}|министр\w{0,2}|"
    r"міністр\w{0,2}|epizod\w{0,2}|voditelj\w{0,2}|gradonačelnik\w{0,2}|poglavlj\w{1,2}|"
    # school work on a book, sport and politics ("wypracowanie", "maalia", "Länderspiele")
    r"essay|coursework|aufsatz|klausur|dissertation|tesina|maturità|redação|werkstuk|"
    r"betoog|spreekbeurt|wypracowani\w{0,2}|kartkówk\w{1,2}|matura|písemk\w{1,2}|"
    r"érettségi\w{0,3}|uppsats\w{0,2}|ylioppilas\w{0,6}|сочинени\w{1,2}|gól\w{0,2}|"
    r"gols|maali\w{0,3}|länderspiel\w{0,2}|parliament|elected|election\w{0,1}|"
    # "who was": a question about someone's life ("Quem foi Machado de Assis?")
    r"who was|who were|wer war|qui était|qui fut|quién fue|quién era|chi era|chi fu|quem foi|"
    r"quem era|wie was|kim był\w{0,1}|kdo byl\w{0,1}|kto bol\w{0,1}|ki volt|cine a fost|"
    r"vem var|hvem var|kuka oli|ποιος ήταν|ποια ήταν|кто так\w{2}|кто был\w{0,1}|хто так\w{2}|"
    r"хто був\w{0,1}|кой е|коя е|кой беше|kimdir"
)
# An epithet in the name itself is a ruler's or a saint's: "Ярослав Мудрий", "Μέγας Αλέξανδρος"
_EPITHET = re.compile(
    r"(?<![^\W\d_])(?:the Great|the Wise|the Conqueror|der Große|le Grand|el Grande|il Grande|"
    r"o Grande|Wielki|Veliký|Veľký|Великий|Велики|Великая|Мудрий|Мудрый|Грозный|Μέγας|Μεγάλη|"
    r"Católic[oa]s?|Szent|Svatý|Święty|Sfântul|Святой|Святий|Aziz)(?![^\W\d_])"
)
# A name that is a work's title, in the quotation marks titles take: "«Анна Каренина»"
_TITLE_QUOTES = {"«": "»", "„": "“”", "“": "”", "»": "«"}
_PUBLIC = WordList(_WORDS)
_SENTENCE_END = re.compile(r"[.!?;\n]")


_TITLE_REACH = 60


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a title's quotation marks."""
    lo = max(start - _TITLE_REACH, 0)
    opening = max(text.rfind(quote, lo, start) for quote in _TITLE_QUOTES)
    if opening < 0:
        return False
    closers = _TITLE_QUOTES[text[opening]]
    if any(c in text[opening + 1 : start] for c in closers):
        return False  # the quotation closed before the name
    return any(c in text[end : end + _TITLE_REACH] for c in closers)


def public_context_near(text: str, start: int, end: int) -> bool:
    """Whether a public-context word stands in the sentence of ``text[start:end]``, within
    _REACH characters of it, or the name stands in a title's quotation marks."""
    if _in_title(text, start, end) or _EPITHET.search(text, max(start - 12, 0), end + 12):
        return True
    lo = max(start - _REACH, 0)
    for stop in _SENTENCE_END.finditer(text, lo, start):
        lo = stop.end()
    after = _SENTENCE_END.search(text, end, end + _REACH)
    hi = after.start() if after else min(end + _REACH, len(text))
    return _PUBLIC.search(text, lo, start) or _PUBLIC.search(text, end, hi)
