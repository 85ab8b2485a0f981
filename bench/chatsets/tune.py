"""The tuning set: may be trained and tuned on (bench/train_router.py). Seed 101."""

from __future__ import annotations

import random

from ._build import ChatPrompt, fill, single

SEED = 101

_EASY_TEMPLATES = (
    "hi",
    "hello!",
    "hey, how's it going?",
    "good {daypart}!",
    "thanks, that was helpful",
    "ok cool",
    "What is the capital of {country}?",
    "How do you say '{phrase}' in {language}?",
    "Translate '{phrase}' to {language}.",
    "What's {a} plus {b}?",
    "What is {a} times {b}?",
    "Convert {a} {unit_from} to {unit_to}.",
    "Give me a synonym for {adjective}.",
    "Write a haiku about {thing}.",
    "Tell me a short joke about {animal}.",
    "How many legs does a {animal} have?",
    "Suggest a name for my new {animal}.",
    "What colour is a {fruit}?",
    "Is a {fruit} healthy?",
    "Spell '{word}' backwards.",
    "Rewrite this more politely: {rude}",
    "Fix the spelling: {typo}",
    "What's a good {meal} idea for tonight?",
    "Recommend a {genre} film for the weekend.",
    "In Python, how do I {py_simple}?",
    "What does {acronym} stand for?",
)
_EASY_SLOTS = {
    "daypart": ("morning", "afternoon", "evening"),
    "country": ("France", "Japan", "Canada", "Kenya", "Peru", "Norway", "Egypt", "Chile"),
    "phrase": ("good morning", "thank you", "where is the station", "I am hungry", "see you soon"),
    "language": ("Spanish", "German", "Italian", "Portuguese", "Dutch"),
    "a": ("3", "7", "12", "25", "40", "99"),
    "b": ("2", "4", "6", "11", "15"),
    "unit_from": ("km", "kg", "litres", "inches"),
    "unit_to": ("miles", "pounds", "gallons", "cm"),
    "adjective": ("happy", "quick", "tired", "bright", "angry"),
    "thing": ("rain", "the sea", "coffee", "winter", "a cat"),
    "animal": ("spider", "dog", "penguin", "cat", "goldfish", "horse"),
    "fruit": ("banana", "lime", "plum", "cherry"),
    "word": ("garden", "pencil", "rocket", "window"),
    "rude": ("give me the report now.", "you are late again.", "answer my email."),
    "typo": ("teh wether is nice", "I recieved you're mesage", "definately tommorow"),
    "meal": ("dinner", "lunch", "breakfast"),
    "genre": ("comedy", "family", "romantic", "adventure"),
    "py_simple": (
        "reverse a list",
        "get the length of a string",
        "print hello world",
        "convert a string to an integer",
    ),
    "acronym": ("CPU", "NASA", "DIY", "FAQ", "ASAP"),
}

_HARD_TEMPLATES = (
    "Prove that {proof_claim}.",
    "Give a rigorous proof that {proof_claim}, and explain where each hypothesis is used.",
    "Implement {system} in {lang}, with tests, and explain the design trade-offs.",
    "Design {system} that survives {failure}; describe the protocol step by step and argue "
    "why it is correct.",
    "Debug this {lang} code: it {symptom} under load. Find the root cause and fix it:\n{snippet}",
    "A {vehicle} leaves at {a} km/h and another follows {b} minutes later at {c} km/h. When and "
    "where does the second catch up, and how does the answer change if the first stops for "
    "{b} minutes halfway? Show every step.",
    "Compare {theory_a} and {theory_b}: their assumptions, where they disagree, and which "
    "evidence would decide between them. Be thorough.",
    "Analyse the legal risk of {legal_case} under {jurisdiction}, citing the relevant doctrine "
    "and likely counter-arguments.",
    "Derive {derivation} from first principles, then check it numerically.",
    "Find all integer solutions of {equation} and prove the list is complete.",
    "Write a detailed plan to migrate {migration} with zero downtime, including rollback and "
    "data consistency checks.",
    "Optimise this algorithm from O(n^2) to O(n log n) or better and prove the bound: {algo_task}",
)
_HARD_SLOTS = {
    "proof_claim": (
        "there are infinitely many primes congruent to 3 mod 4",
        "every finite integral domain is a field",
        "the square root of 3 is irrational",
        "a continuous function on a closed interval attains its maximum",
        "the harmonic series diverges",
        "every tree with n vertices has n-1 edges",
    ),
    "system": (
        "a lock-free queue",
        "a distributed rate limiter",
        "a B-tree with range deletes",
        "a Raft-based replicated log",
        "a garbage collector for a toy language",
        "a consistent-hashing cache cluster",
    ),
    "lang": ("Rust", "Go", "C++", "Java", "Python"),
    "failure": ("network partitions", "clock skew between regions", "a leader crash mid-commit"),
    "symptom": ("deadlocks", "leaks memory", "returns stale values", "corrupts data"),
    "snippet": (
        "```\nmu.Lock()\nif cache[k] == nil { go refresh(k) }\nmu.Unlock()\nreturn cache[k]\n```",
        "```\nfor i in range(len(xs)):\n    if xs[i] in seen: xs.pop(i)\n    seen.add(xs[i])\n```",
        "```\nsynchronized(a) { synchronized(b) { transfer(); } }\n```",
    ),
    "vehicle": ("train", "cyclist", "truck"),
    "a": ("60", "45", "80"),
    "b": ("15", "20", "30"),
    "c": ("90", "70", "100"),
    "theory_a": ("Keynesian demand management", "rule utilitarianism", "the many-worlds view"),
    "theory_b": ("monetarism", "Kantian deontology", "the Copenhagen interpretation"),
    "legal_case": (
        "a non-compete clause for a remote employee",
        "scraping public profiles for a dataset",
        "a software licence with no warranty",
    ),
    "jurisdiction": ("English law", "EU law", "California law"),
    "derivation": (
        "the Black-Scholes equation",
        "the wave equation for a string",
        "the normal equations of least squares",
    ),
    "equation": ("x^2 - 2y^2 = 1", "x^3 + y^3 = z^3 with small bounds", "3x + 7y = 100"),
    "migration": (
        "a monolith's user database to sharded PostgreSQL",
        "a payment service to a new region",
        "a message queue from RabbitMQ to Kafka",
    ),
    "algo_task": (
        "count pairs with sum below k",
        "find the longest repeated substring",
        "merge overlapping intervals with weights",
    ),
}

_TRIVIAL_LONG = (
    "hello there friend. " * 60,
    "thanks so much, have a great day! " * 40,
    "Please fix the typos in this note: " + "teh meeting is on tuesday at noon. " * 30,
    "ok ok ok " * 200,
)

_MULTI_TURN = (
    ChatPrompt(
        (
            ("user", "hi!"),
            ("assistant", "Hello! How can I help?"),
            ("user", "what's the weather usually like in Spain in May?"),
        ),
        False,
        "multi",
    ),
    ChatPrompt(
        (("system", "You are a helpful assistant. Answer concisely. " * 20), ("user", "thanks!")),
        False,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "Implement a lock-free skip list in C++ with epoch reclamation."),
            ("assistant", "Here is a design..."),
            ("user", "now prove it is linearizable and fix the ABA problem"),
        ),
        True,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "Let's work on a proof that every planar graph is 5-colourable."),
            ("assistant", "Sure, start with Euler's formula..."),
            ("user", "ok continue with the inductive step"),
        ),
        True,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "tell me a joke"),
            ("assistant", "Why did the chicken..."),
            ("user", "haha another one"),
        ),
        False,
        "multi",
    ),
    ChatPrompt(
        (
            ("user", "Design a multi-region database failover with RPO zero."),
            ("assistant", "Outline: synchronous replication..."),
            ("user", "what about split brain? handle it"),
        ),
        True,
        "multi",
    ),
)


def build() -> list[ChatPrompt]:
    rng = random.Random(SEED)
    prompts = [single(t, False, "easy") for t in fill(rng, _EASY_TEMPLATES, _EASY_SLOTS, 60)]
    prompts += [single(t, True, "hard") for t in fill(rng, _HARD_TEMPLATES, _HARD_SLOTS, 54)]
    prompts += [single(t, False, "trivial_long") for t in _TRIVIAL_LONG]
    prompts += list(_MULTI_TURN)
    return prompts
