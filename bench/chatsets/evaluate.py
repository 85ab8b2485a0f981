"""The evaluation set: never trained or tuned on. Its own templates and topics, seed 202.

Written after tune.py without copying its templates: other phrasings, other subjects, other
kinds of hard task (puzzles, statistics, security review, medicine, economics, refactoring).
"""

from __future__ import annotations

import random

from ._build import ChatPrompt, fill, single

SEED = 202

_EASY_TEMPLATES = (
    "yo",
    "morning :)",
    "how are you today?",
    "you're awesome, cheers",
    "who wrote {book}?",
    "when did {event} happen?",
    "what's the tallest {landmark_kind} in the world?",
    "can you give me a {food} recipe that's quick?",
    "remind me, is {pair} spelled with one or two letters?",
    "what day comes after {weekday}?",
    "make this sound friendlier: '{blunt}'",
    "list {n} {category}",
    "what's {x}% of {y}?",
    "is {number} an even number?",
    "define the word '{vocab}'",
    "what rhymes with {rhyme}?",
    "write a two-line birthday card for my {relative}",
    "how long should I boil {veg}?",
    "name a famous {profession}",
    "what's the opposite of {antonym}?",
    "I just got a {pet}! any tips?",
    "sort these words alphabetically: {wordlist}",
)
_EASY_SLOTS = {
    "book": ("Pride and Prejudice", "The Hobbit", "Moby Dick", "1984"),
    "event": ("the moon landing", "the fall of the Berlin Wall", "the first World Cup"),
    "landmark_kind": ("building", "mountain", "waterfall", "tree"),
    "food": ("pasta", "omelette", "salad", "soup"),
    "pair": ("'accommodate' (m)", "'occasion' (s)", "'committee' (t)"),
    "weekday": ("Monday", "Thursday", "Saturday"),
    "blunt": ("your invoice is wrong", "stop calling me", "the room is a mess"),
    "n": ("three", "five", "four"),
    "category": ("fruits", "planets", "European capitals", "dog breeds", "board games"),
    "x": ("10", "20", "50"),
    "y": ("80", "150", "300"),
    "number": ("14", "27", "1000", "33"),
    "vocab": ("serendipity", "ubiquitous", "ephemeral", "candid"),
    "rhyme": ("moon", "cake", "light", "tree"),
    "relative": ("uncle", "grandmother", "cousin", "best friend"),
    "veg": ("broccoli", "potatoes", "carrots"),
    "profession": ("painter", "chef", "scientist", "composer"),
    "antonym": ("ancient", "generous", "noisy"),
    "pet": ("kitten", "puppy", "hamster", "parrot"),
    "wordlist": ("pear, apple, mango", "zebra, cat, yak", "blue, red, green"),
}

_HARD_TEMPLATES = (
    "Three boxes are labelled {labels}, and every label is wrong. You may draw one item from "
    "one box. Which box do you pick, and how do you deduce all the contents? Justify each step.",
    "A test for {disease} has {sens} sensitivity and {spec} specificity; prevalence is {prev}. "
    "A patient tests positive twice with independent tests. What is the probability they are "
    "ill? Derive it with Bayes' theorem and discuss the independence assumption.",
    "Review this {web} endpoint for security flaws, rank them by severity, and write the "
    "patched version:\n{vuln}",
    "A {age}-year-old presents with {symptoms}. Give a ranked differential diagnosis, the "
    "tests that discriminate between the top three, and the reasoning for each.",
    "Model the effect of {policy} on {market} with a supply-and-demand argument, including "
    "second-order effects and the elasticities that would change the conclusion.",
    "Refactor this {paradigm} module into {target_style} without changing behaviour; list "
    "the invariants you preserve and write property-based tests for them.",
    "Show that {math_claim}, and give a counterexample when the hypothesis is dropped.",
    "We have {n_nodes} nodes and need exactly-once delivery of {payload}. Explain why it is "
    "impossible in general, then design the closest practical scheme with idempotency keys "
    "and analyse its failure cases.",
    "Estimate, with an explicit chain of assumptions, {fermi}. Then give a sensitivity "
    "analysis of the two assumptions that matter most.",
    "Solve the recurrence {recurrence} exactly and verify it by induction.",
    "Plan a {days}-day schedule for {project} with these constraints: {constraints}. Find a "
    "feasible ordering or prove none exists.",
)
_HARD_SLOTS = {
    "labels": ("apples, oranges, mixed", "red, blue, both", "pens, pencils, both"),
    "disease": ("a rare infection", "an autoimmune disorder", "early-stage cancer"),
    "sens": ("95%", "90%", "99%"),
    "spec": ("90%", "97%", "85%"),
    "prev": ("1 in 1000", "0.5%", "2%"),
    "web": ("Flask", "Express", "Spring"),
    "vuln": (
        "@app.get('/file')\ndef f(): return open('/data/' + request.args['p']).read()",
        "app.post('/login', (q, r) => db.query(`SELECT * FROM u WHERE n='${q.body.n}'`))",
        '@GetMapping("/r") String r(@RequestParam String u) { return "redirect:" + u; }',
    ),
    "age": ("34", "67", "8"),
    "symptoms": (
        "fever, joint pain and a rash after travel",
        "sudden vision loss in one eye",
        "fatigue, weight loss and night sweats",
    ),
    "policy": ("a rent cap", "a sugar tax", "a minimum wage rise", "a carbon border tariff"),
    "market": ("city housing", "soft drinks", "fast-food labour", "steel imports"),
    "paradigm": ("class-heavy Java", "callback-based Node.js", "global-state Python"),
    "target_style": (
        "pure functions with an effects layer",
        "async/await with cancellation",
        "dependency-injected services",
    ),
    "math_claim": (
        "a uniformly convergent sequence of continuous functions has a continuous limit",
        "every bounded sequence in R^n has a convergent subsequence",
        "a group of prime order is cyclic",
    ),
    "n_nodes": ("three", "five", "many"),
    "payload": ("payment events", "order updates", "sensor readings"),
    "fermi": (
        "how many piano tuners work in a city of 2 million",
        "the energy used by all the world's phone chargers in a year",
        "how many litres of water a city of 500,000 people uses per day",
    ),
    "recurrence": (
        "T(n) = 2T(n/2) + n log n",
        "a(n) = 3a(n-1) - 2a(n-2), a(0)=0, a(1)=1",
        "f(n) = f(n-1) + 2n - 1, f(1) = 1",
    ),
    "days": ("five", "ten", "seven"),
    "project": ("a kitchen renovation", "a conference", "a product launch"),
    "constraints": (
        "A before C, B and D not on the same day, E needs two consecutive days",
        "the venue is free only on odd days, catering needs a 3-day lead",
    ),
}

_TRIVIAL_LONG = (
    "good night everyone, sleep well! " * 50,
    "lol " * 300,
    "Can you make this all lowercase? " + "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG. " * 25,
    "I love pizza. " * 80 + "What's your favourite food?",
)

_MULTI_TURN = (
    ChatPrompt(
        (("user", "hey"), ("assistant", "Hi there!"), ("user", "what's 2+2?")), False, "multi"
    ),
    ChatPrompt(
        (
            ("system", "You answer customer questions about our shop. " * 30),
            ("user", "what time do you open on sunday?"),
        ),
        False,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "Prove that the halting problem is undecidable."),
            ("assistant", "Assume a decider H exists..."),
            ("user", "now extend it to Rice's theorem carefully"),
        ),
        True,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "Write a SAT solver with clause learning in OCaml."),
            ("assistant", "Let's start with the data structures..."),
            ("user", "add watched literals and restarts, and explain why they help"),
        ),
        True,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "recommend a podcast"),
            ("assistant", "Try 'Radiolab'."),
            ("user", "thanks! another?"),
        ),
        False,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "Our Kafka consumers lag by hours after a rebalance storm."),
            ("assistant", "Let's look at the group protocol..."),
            ("user", "give me a root cause analysis and a fix plan"),
        ),
        True,
        "multi",
    ),
)


def build() -> list[ChatPrompt]:
    rng = random.Random(SEED)
    prompts = [single(t, False, "easy") for t in fill(rng, _EASY_TEMPLATES, _EASY_SLOTS, 60)]
    prompts += [single(t, True, "hard") for t in fill(rng, _HARD_TEMPLATES, _HARD_SLOTS, 50)]
    prompts += [single(t, False, "trivial_long") for t in _TRIVIAL_LONG]
    prompts += list(_MULTI_TURN)
    return prompts
