# ruff: noqa: E501, RUF001
"""Development set 4, writer E, part 4: benign prompts in Romanian, Swedish, Norwegian, Danish, Finnish, Greek, Turkish, Russian, Ukrainian, Bulgarian and Croatian.

Every row is benign (no values): public people (athletes, TV hosts, mayors), characters of national classics,
places as places, dates that are not birth dates, numbers that are not identifiers, placeholder credentials,
medical questions about no one in particular. Seed 603318 (unused here: every prompt is hand-written).

Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""


def row(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS = [
    # --- Romanian ---
    row(
        "content",
        "recitesc Ion de Rebreanu și nu pricep de ce Ion o ia pe Ana dacă o iubea pe Florica. am bacul pe 30 iunie, mă ajutați cu un rezumat pe capitole? și George Bulbuc ce rol are la final?",
    ),
    row(
        "content",
        "Aseară ne-am uitat la știrile de la ora 19 cu Andreea Esca. De când prezintă la Pro TV, din 1995? Mama zice că a fost acolo de la prima emisie.",
    ),
    row(
        "content",
        "Ce atribuții are Nicușor Dan ca primar general față de primarii de sector? E vorba de trotinetele lăsate pe trotuar pe Calea Victoriei, cine dă amenzile, Poliția Locală de sector sau PMB?",
    ),
    row(
        "content",
        "Golul lui Hagi cu Columbia de la Mondialul din 1994, cel din aproape 40 de metri, a fost pe 18 iunie la Pasadena? Și cât s-a terminat, 3-1?",
    ),
    row(
        "content",
        "Cât timp ține protecția după vaccinul antigripal și când e cel mai bine să-l faci, în octombrie sau în noiembrie? Are voie să-l facă și cineva care a avut răceală săptămâna trecută?",
    ),
    # --- Swedish ---
    row(
        "content",
        "min dotter älskar Pippi Långstrump, finns det en uppföljare? hon har läst Pippi går ombord, är Pippi i Söderhavet den sista boken? och heter apan verkligen herr Nilsson och hästen Lilla Gubben",
    ),
    row(
        "content",
        "Vi kollade på Melodifestivalen i lördags, var det Petra Mede som ledde? Och vann Loreen med Tattoo 2023 i Liverpool, eller var det 2012 med Euphoria i Baku? Båda kanske, haha.",
    ),
    row(
        "content",
        "Hur länge ska man vänta efter magsjuka innan man går tillbaka till jobbet, 48 timmar efter sista symtomet? Gäller samma regel på förskolan eller är den längre?",
    ),
    row(
        "content",
        "I vår Node-app står det\nconst swish = new SwishClient({ cert: './cert.p12', passphrase: process.env.SWISH_PASSPHRASE || 'changeit' })\nÄr det farligt med 'changeit' som fallback om miljövariabeln saknas i produktion? Kan man få appen att krascha i stället?",
    ),
    row(
        "system",
        "Du är en assistent för besökare på Vasamuseet, Galärvarvsvägen 14 i Stockholm. Svara på frågor om regalskeppet Vasa, som sjönk den 10 augusti 1628, och om bärgningen 1961. Fråga aldrig efter personuppgifter; biljetter köps på museets webbplats.",
    ),
    # --- Norwegian ---
    row(
        "content",
        "jeg leser Et dukkehjem på nytt og lurer på hvorfor Nora må låne penger av Krogstad i hemmelighet. fikk ikke gifte kvinner ta opp lån på 1870-tallet? har innlevering 4. april",
    ),
    row(
        "content",
        "Så Skavlan i går, er det fortsatt Fredrik Skavlan som leder eller er programmet lagt ned? Han gikk vel fra NRK til et samarbeid med SVT en gang?",
    ),
    row(
        "content",
        "Hvor mange mål scoret Haaland i Premier League i 2022/23, 36? Det var rekord for en 38-kampers sesong, ikke sant? Og slo han Shearer og Cole sin rekord på 34?",
    ),
    row(
        "content",
        "Hva er forskjellen på Paracet og Ibux ved feber, og kan man bruke begge samtidig? Hvor mange timer bør det gå mellom?",
    ),
    row(
        "metadata",
        "kilde: NRK TV, Skam sesong 3 (Isak og Even), episode 10, sendt 2016",
    ),
    # --- Danish ---
    row(
        "content",
        "vi så Borgen i går, hvem spiller Birgitte Nyborg? Sidse Babett Knudsen, ikke? og hvornår kom den nye sæson, Riget, Magten og Æren, var det 2022?",
    ),
    row(
        "content",
        "Jeg genser Matador og kan ikke huske, om Mads Skjern kommer til Korsbæk i 1929. Og hvem spiller Maude Varnæs, Malene Schwartz? Min mor siger det var Ghita Nørby, men hun var vist Ingeborg.",
    ),
    row(
        "content",
        "Hvilke beføjelser har Københavns overborgmester i forhold til Borgerrepræsentationen? Vi diskuterer Lynetteholm i samfundsfag og skal fremlægge den 12. marts.",
    ),
    row(
        "content",
        "Hvor længe smitter børneorm, og skal hele husstanden behandles med Vermox på én gang? Og hvorfor skal man tage en dosis mere efter 14 dage?",
    ),
    row(
        "tool_arguments",
        '{"fra": "København H", "til": "Aarhus H", "dato": "2025-02-14", "afgang_efter": "07:30", "pladsbillet": true}',
    ),
    # --- Finnish ---
    row(
        "content",
        "luen Tuntematonta sotilasta uudelleen, miksi Rokka puhuu karjalan murretta mutta Koskela ei? ja kuoleeko Hietanen Viipurissa pommituksessa vai vasta myöhemmin?",
    ),
    row(
        "content",
        "Meidän tyttö rakastaa Muumeja. Onko Pikku Myy Mymmelin sisko? Ja onko Muumimaailma Naantalissa auki jo kesäkuun alussa, ajattelimme mennä juhannuksen jälkeen.",
    ),
    row(
        "content",
        "Kuinka monta maalia Teemu Pukki teki Huuhkajille, 42? Ja pelasiko Suomi ensimmäisen EM-kisaottelunsa 12. kesäkuuta 2021 Tanskaa vastaan Kööpenhaminassa?",
    ),
    row(
        "content",
        "Kuinka pitkän ajan päästä punkin puremasta borrelioosin oireet yleensä tulevat? Pitääkö rengasihottumaa odottaa ennen kuin lääkäri antaa antibiootin?",
    ),
    row(
        "system",
        "Olet Helsingin keskustakirjasto Oodin (Töölönlahdenkatu 4) neuvontabotti. Kerro aukioloajoista, tapahtumista ja kirjoista suomeksi, ruotsiksi tai englanniksi. Älä koskaan kysy asiakkaan henkilötunnusta, nimeä tai kirjastokortin numeroa.",
    ),
    # --- Greek ---
    row(
        "content",
        "ξαναδιαβάζω τον Αλέξη Ζορμπά και δεν καταλαβαίνω γιατί ο αφηγητής δεν έχει ποτέ όνομα. είναι ο ίδιος ο Καζαντζάκης; και η μαντάμ Ορτάνς υπήρξε στ' αλήθεια;",
    ),
    row(
        "content",
        "Πόσα MVP έχει ο Γιάννης Αντετοκούνμπο, δύο, 2019 και 2020; Και το πρωτάθλημα με τους Bucks ήταν τον Ιούλιο του 2021 με 50 πόντους στον τελικό;",
    ),
    row(
        "content",
        "Τι αρμοδιότητες έχει ο δήμαρχος Αθηναίων Χάρης Δούκας για την πλατεία Ομονοίας σε σχέση με την Περιφέρεια Αττικής; Το χρειάζομαι για εργασία στο πανεπιστήμιο.",
    ),
    row(
        "content",
        "Στη Φόνισσα του Παπαδιαμάντη, γιατί η Φραγκογιαννού πιστεύει ότι κάνει καλό στις οικογένειες σκοτώνοντας τα κοριτσάκια; Γράφω εργασία για τη Β' Λυκείου και θέλω τρία επιχειρήματα.",
    ),
    row(
        "content",
        "Πόσες μέρες κρατάει συνήθως η γρίπη και πότε χρειάζεται Tamiflu; Ισχύει ότι πρέπει να ξεκινήσει μέσα σε 48 ώρες από τα πρώτα συμπτώματα;",
    ),
    # --- Turkish ---
    row(
        "content",
        "İnce Memed'i yeniden okuyorum, Abdi Ağa gerçekten yaşamış biri mi? Yaşar Kemal Çukurova'da hangi köyleri anlatıyor, Değirmenoluk gerçek bir yer mi?",
    ),
    row(
        "content",
        "dün akşam Cem Yılmaz'ın Erşan Kuneri'sini izledik, ikinci sezon ne zaman çıktı? Erşan Kuneri karakteri ilk Arif V 216'da mı vardı?",
    ),
    row(
        "content",
        "İstiklal Caddesi'ndeki nostaljik tramvay için kim karar veriyor, İBB mi Beyoğlu Belediyesi mi? Ekrem İmamoğlu döneminde seferler neden durdu, bir ödev için soruyorum.",
    ),
    row(
        "content",
        "Kolesterol ilacı (statin) akşam mı alınmalı sabah mı? Greyfurt suyuyla etkileşimi var mı, yoksa bu sadece bazı statinler için mi geçerli?",
    ),
    # --- Russian ---
    row(
        "content",
        "перечитываю Мастера и Маргариту и не понимаю, почему Воланд вообще помогает Мастеру. и где на самом деле «нехорошая квартира», Большая Садовая, 10? там же сейчас музей?",
    ),
    row(
        "content",
        "Вчера смотрели «Что? Где? Когда?», ведущий сейчас Борис Крюк? С какого года он ведёт после Владимира Ворошилова, с 2001-го?",
    ),
    row(
        "content",
        "Овечкин забил 895-й гол и побил рекорд Гретцки 6 апреля 2025 года в матче с «Айлендерс»? Сколько матчей ему на это понадобилось по сравнению с Гретцки, 1487?",
    ),
    row(
        "content",
        "В docker-compose у меня `POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}`. Это нормально для локальной разработки или лучше вообще убрать значение по умолчанию, чтобы контейнер падал без .env?",
    ),
    row(
        "tool_description",
        "poisk_poezdov(otkuda, kuda, data): ищет поезда РЖД между станциями. Пример: otkuda='Москва Ленинградская', kuda='Санкт-Петербург Главный', data='2025-05-09'. Возвращает номер поезда (например, 752А «Сапсан») и время. Персональные данные пассажиров не запрашивает.",
    ),
    # --- Ukrainian ---
    row(
        "content",
        "перечитую «Кайдашеву сім'ю» і не розумію, через що саме посварилися Карпо і Лаврін. через грушу? і хто з них одружений з Мотрею, а хто з Мелашкою? твір у понеділок",
    ),
    row(
        "content",
        "Скільки голів забив Андрій Шевченко за збірну України, 48? І хто зараз головний тренер, Сергій Ребров?",
    ),
    row(
        "content",
        "Які повноваження має Віталій Кличко як міський голова Києва щодо ремонту Андріївського узвозу, і що вирішує КМДА?",
    ),
    row(
        "content",
        "Скільки днів зазвичай п'ють амоксицилін при бактеріальній ангіні і чи можна зупинитися, коли вже стало краще на третій день?",
    ),
    # --- Bulgarian ---
    row(
        "content",
        "препрочитам „Под игото“ и не разбирам защо Иван Кралича се представя като Бойчо Огнянов. А Рада Госпожина каква му е, годеница ли? Имаме контролно в четвъртък.",
    ),
    row(
        "content",
        "Колко гола вкара Христо Стоичков на Мондиал '94, шест? И вярно ли е, че дели голмайсторския приз с Олег Саленко?",
    ),
    row(
        "content",
        "Какво е нормалното кръвно налягане за възрастен и от колко нагоре се смята за високо, 140/90 ли? Вечер ли е по-добре да се мери или сутрин?",
    ),
    row(
        "system",
        "Ти си асистент за туристи в София. Познаваш бул. „Витоша“, храм-паметника „Св. Александър Невски“ и НДК. Отговаряй на български или английски. Никога не искай лични данни; за билети насочвай към официалните сайтове.",
    ),
    # --- Croatian ---
    row(
        "content",
        "čitam kćeri Čudnovate zgode šegrta Hlapića, je li Gita cirkusantica? i ima li spomenik Hlapiću u Slavonskom Brodu, htjeli bismo ga vidjeti za praznike",
    ),
    row(
        "content",
        "Koliko je utakmica Luka Modrić odigrao za reprezentaciju, preko 180? I je li zabio u finalu 2018. protiv Francuske ili je to bio Perišić?",
    ),
    row(
        "content",
        "Koje ovlasti ima Tomislav Tomašević kao gradonačelnik Zagreba u vezi s tramvajima na Ilici? Tko odlučuje o cijeni karte ZET-a, Gradska skupština?",
    ),
    row(
        "content",
        "Koliko traje inkubacija krpeljnog meningoencefalitisa i isplati li se cijepiti prije ljeta ako idemo planinariti na Velebit?",
    ),
    row("user", "ci-runner-02"),
]
