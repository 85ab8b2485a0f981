"""Hand-written chat prompts from meshroute's first router (bench/train_router.py before issue 17),
written by another engineer before the tuning and evaluation sets: trained on, with tune.py."""

from __future__ import annotations

from ._build import ChatPrompt, single

# (prompt, hard): hard = a mid-size model likely fails where a large one succeeds.
CHAT_SET: tuple[tuple[str, bool], ...] = (
    ("hi", False),
    ("hello!", False),
    ("hey there", False),
    ("thanks a lot", False),
    ("good morning", False),
    ("ok", False),
    ("thank you, that helps", False),
    ("What's the capital of Germany?", False),
    ("What is the capital of Japan?", False),
    ("How many days are in a week?", False),
    ("What time zone is London in?", False),
    ("Translate 'good night' into Spanish.", False),
    ("What's 12 times 3?", False),
    ("Give me a synonym for happy.", False),
    ("Who wrote Romeo and Juliet?", False),
    ("How do I boil an egg?", False),
    ("What colour is the sky?", False),
    ("Spell 'necessary' for me.", False),
    ("Tell me a joke about cats.", False),
    ("Write a haiku about autumn.", False),
    (
        "Summarise this in one line: the meeting moved to Tuesday because the room was booked.",
        False,
    ),
    ("What does CPU stand for?", False),
    ("Is a tomato a fruit?", False),
    ("Convert 5 km to miles.", False),
    ("What's the plural of mouse?", False),
    ("Suggest a name for my goldfish.", False),
    ("How do you say thank you in French?", False),
    ("Fix the typo: 'teh cat sat on teh mat'.", False),
    ("What year did World War II end?", False),
    ("List three primary colours.", False),
    ("How many legs does a spider have?", False),
    ("Recommend a good book for a long flight.", False),
    ("Rewrite this more politely: send me the file now.", False),
    ("What's the boiling point of water in Celsius?", False),
    ("In Python, how do I get the length of a list?", False),
    ("What is 7+5?", False),
    ("What's 15% of 80?", False),
    ("Is 9 > 4?", False),
    ("Write a short poem about the moon.", False),
    ("Write a limerick about a dog.", False),
    ("Write a birthday message for my sister.", False),
    ("What does 'x = 3' mean in Python?", False),
    ("Round 3.14159 to two decimals.", False),
    ("Prove that there are infinitely many prime numbers of the form 4k+3.", True),
    ("Prove that every bounded monotone sequence of real numbers converges.", True),
    ("Show that the sum of the reciprocals of the primes diverges, with a rigorous proof.", True),
    (
        "Derive the closed form of the Fibonacci numbers from the characteristic equation and "
        "prove it by induction.",
        True,
    ),
    (
        "Let f be continuous on [0,1] with f(0)=f(1). Prove there exists x with "
        "f(x)=f(x+1/2) or explain why not.",
        True,
    ),
    (
        "Write a compiler for a small C-like language with functions, loops and integer "
        "arithmetic, targeting x86-64 assembly. Include the lexer, parser, type checker and code "
        "generator.",
        True,
    ),
    (
        "Implement a lock-free concurrent hash map in Rust with resizing, and explain why it is "
        "linearizable.",
        True,
    ),
    (
        "Design a distributed rate limiter for a multi-region API gateway. Then implement it in "
        "Go, handle clock skew, and write tests.",
        True,
    ),
    (
        "Refactor this 2,000-line legacy Java service into hexagonal architecture, keep behaviour "
        "identical, and write migration steps:\n1. analyse dependencies\n2. extract ports\n3. add "
        "adapters\n4. write tests",
        True,
    ),
    (
        "Debug this race condition:\n```go\nfunc (c *Cache) Get(k string) string {\n  if v, ok := "
        "c.m[k]; ok {\n    return v\n  }\n  c.mu.Lock()\n  c.m[k] = load(k)\n  c.mu.Unlock()\n  "
        "return c.m[k]\n}\n```\nExplain the bug step by step and give a correct version.",
        True,
    ),
    (
        "Write a 3000-word essay comparing Kant's and Hume's theories of causation, with "
        "detailed analysis of their arguments and modern objections.",
        True,
    ),
    (
        "Write a comprehensive technical report on the trade-offs between Raft and Paxos, "
        "including failure modes, performance under partitions, and a formal safety argument.",
        True,
    ),
    (
        "Solve step by step: find all integer solutions of x^2 - 7y^2 = 1 and prove your list "
        "is complete.",
        True,
    ),
    (
        "Compute the integral of x^3 e^{-x^2} from 0 to infinity, then derive the general "
        "formula for x^{2n+1} e^{-x^2}.",
        True,
    ),
    (
        "Implement a B-tree with insertion, deletion and range queries in C, optimised for "
        "cache lines, and analyse its complexity.",
        True,
    ),
    (
        "Given a directed graph with negative weights, design an algorithm that finds the "
        "minimum mean cycle, prove its correctness and give its running time.",
        True,
    ),
    (
        "Build an end-to-end production pipeline: ingest Kafka events, deduplicate, join with a "
        "Postgres table, compute sessionised metrics, and expose them over gRPC. Provide code, "
        "schema and deployment manifests.",
        True,
    ),
    (
        "Analyse the following contract clause for ambiguities under English law and compare "
        "with how a US court would interpret it, citing relevant doctrine.",
        True,
    ),
    (
        "Write an interpreter for a Lisp dialect with closures, tail calls and macros in "
        "TypeScript, then write a test suite.",
        True,
    ),
    ("Formally verify in Coq that insertion sort returns a sorted permutation of its input.", True),
    ("Explain why the halting problem is undecidable and prove Rice's theorem from it.", True),
    (
        "Optimise this SQL query that takes 40 s on 200M rows; explain the query plan, propose "
        "indexes and rewrite it:\nSELECT u.id, COUNT(*) FROM users u JOIN events e ON e.uid = "
        "u.id WHERE e.ts > now() - interval '7 days' GROUP BY u.id HAVING COUNT(*) > 10;",
        True,
    ),
    (
        "Derive the backpropagation equations for a transformer attention layer, including "
        "layer norm, and implement them in numpy with gradient checks.",
        True,
    ),
    (
        "Plan a migration of a monolith to microservices: 1) identify bounded contexts 2) define "
        "APIs 3) handle data consistency 4) roll out with zero downtime. Be thorough.",
        True,
    ),
    (
        "Write a detailed, in-depth analysis of the causes of the 2008 financial crisis and "
        "compare them with the 1929 crash, with a full bibliography.",
        True,
    ),
    (
        "Implement the Raft consensus algorithm in Python with leader election, log replication "
        "and snapshotting, and explain how you tested it.",
        True,
    ),
    (
        "Prove that the eigenvalues of a real symmetric matrix are real and that eigenvectors of "
        "distinct eigenvalues are orthogonal.",
        True,
    ),
    (
        "Design a scalable architecture for a real-time multiplayer game server handling 1M "
        "concurrent players; discuss consistency, latency compensation and cheating.",
        True,
    ),
)


def build() -> list[ChatPrompt]:
    return [single(text, hard, "handwritten") for text, hard in CHAT_SET]
