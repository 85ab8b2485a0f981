"""Evaluation 8, part b (5): hand-written benign rows (no personal data, no secrets).

Public people, fictional characters, places, brands, works and events; code, configs with
obvious placeholders, maths, recipes, travel questions and numbers that are not personal.
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

# ruff: noqa: RUF001, E501

from __future__ import annotations

try:
    from bench._eval8_part_b2 import args, r
except ImportError:
    from _eval8_part_b2 import args, r  # type: ignore[no-redef]

ROWS_B5: list[dict[str, object]] = [
    # public people, characters, places, brands, works, events
    r("kto napisał wiersz „Kot w pustym mieszkaniu”? chyba Szymborska, ale nie jestem pewna"),
    r(
        "porównaj proszę osiągnięcia Roberta Lewandowskiego w Bayernie i w Barcelonie, sezon po sezonie"
    ),
    r("Jaký byl vztah Václava Havla k Franku Zappovi? Slyšel jsem, že se znali."),
    r("Napiš krátký text o Krtečkovi pro děti ve školce, jako by ho vyprávěl Švejk"),
    r(
        "Ktorý slovenský hokejista vyhral Stanley Cup ako prvý? Myslím, že Stan Mikita, ale ten bol vlastne Kanaďan"
    ),
    r("Bartók Béla és Kodály Zoltán népdalgyűjtése között mi a fő különbség? röviden"),
    r("Kdo je bil Prešeren in zakaj je 8. februar slovenski kulturni praznik?"),
    r("koliko je Luka Modrić imao godina kad je osvojio Zlatnu loptu 2018?"),
    r("Објасни ми укратко шта је Никола Тесла радио у Колорадо Спрингсу 1899."),
    r("Кој е Гоце Делчев и зошто и Бугарија и Македонија го сметаат за свој?"),
    r("Защо Христо Стоичков не игра на световното през 1998?"),
    r("Сравни «Анну Каренину» и «Войну и мир» по композиции, без спойлеров для второй"),
    r("Коротко про «Кайдашеву сім'ю» Нечуя-Левицького: про що це і чому це досі смішно?"),
    r("Якія кнігі Святланы Алексіевіч перакладзены на беларускую мову?"),
    r("Arvydas Sabonis ar Šarūnas Marčiulionis — kuris turėjo didesnę įtaką NBA europiečiams?"),
    r("Kas ir Dziesmu svētku virsdiriģenti 2023. gadā? un cik kori piedalījās?"),
    r("Arvo Pärdi tintinnabuli stiil — selgita muusikateooria mõistetega"),
    r("Kuinka monta MM-kisojen voittoa Kimi Räikkösellä on ja millä tallilla?"),
    r("Vilken bok av Astrid Lindgren passar bäst för en sjuåring som gillade Pippi Långstrump?"),
    r("Hvilke H.C. Andersen-eventyr er mindst kendte, men værd at læse højt?"),
    r("Hvað fjallar Sjálfstætt fólk eftir Halldór Laxness um í stuttu máli?"),
    r("Ποια είναι η σχέση του Καζαντζάκη με τον Ζορμπά; Υπήρξε πραγματικό πρόσωπο;"),
    r("Orhan Pamuk'un Masumiyet Müzesi romanı ile İstanbul'daki müze arasındaki bağ nedir?"),
    r("Si e përshkruan Ismail Kadare Gjirokastrën në 'Kronikë në gur'?"),
    r("X'inhi l-istorja tal-Assedju l-Kbir ta' Malta fl-1565 fil-qosor?"),
    r(
        "Geralt z Rivii kontra Wiedźmin z serialu Netflixa — co zmienili w stosunku do książek Sapkowskiego?"
    ),
    # code, configs, maths, recipes, travel, non-personal numbers
    r(
        "DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>\nSECRET_KEY=change-me\n\nnapisz README jak ustawić te zmienne przed pierwszym uruchomieniem"
    ),
    r(
        "napiš v Pythonu funkci, která ověří rodné číslo podle dělitelnosti jedenácti, bez použití knihoven"
    ),
    r("Recept na pravi goveji golaž za 6 oseb, brez paprike, ker je nimamo doma"),
    r(
        "Колико траје вожња возом од Београда до Новог Сада на новој брзој прузи и колико кошта карта?"
    ),
    r("Как в PostgreSQL сделать индекс только по активным заказам, где status = 'active'?"),
    r("Поясни різницю між HTTP 401 і 403 на прикладі REST API інтернет-магазину"),
    r("Tallinnast Helsingisse praamiga: mitu tundi kestab sõit ja kas autoga on kallim?"),
    r("laske 17,5 % korko 2 400 euron lainalle kolmelle vuodelle, kuukausierä"),
    r(
        "Beställningen #SE-2024-118452 kom fram trasig, hur formulerar jag en reklamation till butiken?"
    ),
    r("Γράψε μια συνταγή για μουσακά χωρίς μελιτζάνες, για 4 άτομα"),
    r("Python'da `asyncio.gather` ile `TaskGroup` arasındaki fark nedir? Kısa bir örnek ver."),
    r("system", field="name"),
    r(
        "Jesteś pomocnym asystentem sklepu internetowego z rowerami. Odpowiadaj krótko, po polsku, i nie wymyślaj cen — jeśli nie znasz ceny, powiedz to.",
        field="system",
    ),
    r(
        "Du er en vennlig reiseguide for Lofoten. Svar på norsk bokmål, foreslå turer etter vær og årstid.",
        field="system",
    ),
    r(
        "Returns the current exchange rate between two ISO 4217 currencies, e.g. HUF to EUR. Parameters: base, quote.",
        field="tool_description",
    ),
    r(
        args(
            city="Kraków", checkin="2025-07-11", checkout="2025-07-14", guests=2, max_price_pln=600
        ),
        field="tool_arguments",
    ),
    r(
        args(sku="NOKIA-3310-BLU", quantity=3, warehouse="WAW-2", order_id="ORD-778120"),
        field="tool_arguments",
    ),
    r('{"app_version": "4.12.0", "platform": "android", "locale": "cs-CZ"}', field="metadata"),
    r(
        "Looks up match statistics for a football player by name (for example Robert Lewandowski or Luka Modrić). Parameters: player, season, competition.",
        field="tool_description",
    ),
    r(
        '{"now_playing": "Sibelius – Finlandia, Op. 26", "source": "radio-yle-klassinen"}',
        field="metadata",
    ),
    r("anon-session-5c1e", field="user"),
    r(args(expression="3540 * 5 / (5 + 3 + 2)", locale="sk-SK"), field="tool_arguments"),
    r(
        "Ти си стручњак за српску књижевност 20. века (Андрић, Црњански, Киш). Одговарај на српском, ћирилицом, и наводи наслове дела у наводницима.",
        field="system",
    ),
    r(
        args(query="Astrid Lindgrens Värld öppettider sommar 2025", lang="sv"),
        field="tool_arguments",
    ),
]
