"""A development set for recall round 3, written by hand by writer a (seed 551207).

Focus: PERSON (first names only, nicknames, names in grammatical cases, names in lower-case
chat, names in metadata / system prompts / tool arguments, names with a medical context) and
MEDICAL. Languages: English (UK, US, Ireland, India, Nigeria, Kenya, South Africa), Spanish
(Spain, Mexico, Colombia), Portuguese (Brazil, Portugal), French, Italian, German, Dutch,
Polish, Czech, Hungarian, Romanian, Russian, Ukrainian, Greek (also Greeklish), Turkish,
Swedish, Finnish. Check digits of the IDs and IBANs were computed with python-stdnum; their
other digits came from random.Random(551207) or were picked by hand.

DEV may be read while rules are written; HELD_OUT is only measured, never tuned on.
Each list has 60 sensitive and 20 benign rows in the row format of make_privacy_eval4.labelled.
"""

try:
    from bench._recall_dev3_a2 import DEV_SENSITIVE
    from bench._recall_dev3_a3 import HELD_OUT_SENSITIVE
    from bench._recall_dev3_a4 import DEV_BENIGN, HELD_OUT_BENIGN
except ImportError:
    from _recall_dev3_a2 import DEV_SENSITIVE
    from _recall_dev3_a3 import HELD_OUT_SENSITIVE
    from _recall_dev3_a4 import DEV_BENIGN, HELD_OUT_BENIGN

SEED = 551207

DEV = [*DEV_SENSITIVE, *DEV_BENIGN]
HELD_OUT = [*HELD_OUT_SENSITIVE, *HELD_OUT_BENIGN]
