"""Benign text the cue-less finder must leave alone (model names, formulas, SKUs, ids, code,
dates that are no one's birth), shared by tests/privacy/test_cueless.py and the Worker's
differential test tests/edge/test_cueless_differential.py (tests/ is on pytest's path)."""

from __future__ import annotations

CUELESS_BENIGN = (
    "Compare Llama-3.1-8B-Instruct with gpt-4o-mini and Qwen2.5-7B on GSM8K.",
    "Is Meta-Llama-3.1-70B-Instruct-Turbo better than claude-3-5-sonnet-20241022?",
    "Load mistralai/Mixtral-8x7B-Instruct-v0.1 in 4-bit.",
    "Balance C6H12O6 + O2 and explain why H2SO4 is a strong acid; 2Ag+(aq) + Fe(s).",
    "SKU-4471-B is out of stock; XJ-9000 ships Monday; order ORD#88412, INV-2024-0042.",
    "Why is commit 9fceb02d0ae598e95dc970b74767f19372d61af8 not on main?",
    "request 123e4567-e89b-12d3-a456-426614174000 failed with 502",
    "Trending: #MachineLearning2024 #AI4Good, channel #release-2024-11",
    "Why does arr[i+1] overflow when x!=y&&z is true?",
    "Thanks!!! :-) ;) <3 ^_^ fail? CI?",
    "This is a state-of-the-art, well-known, easy-to-use library.",
    "On 20 July 1969 Apollo 11 landed; the meeting moved to 12.03.2025 at 10:30.",
    "Invoice dated 14/02/2019 is overdue since 14/03/2019.",
    "Upgrade from v1.2.3-beta+build.5; pin python:3.11-slim, node:20-alpine, localhost:8080.",
    "decode SGVsbG8gV29ybGQgZnJvbSBCYXNlNjQ= please",
    "npm integrity sha512-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= failed",
    "AbstractSingletonProxyFactoryBean2 and iPhone15ProMax cost $1,199.99 or US$500.",
    "Find $c$ so that $x^2-6x+c<0$ has real solutions; fine is $50;Section 2 applies.",
    "Mozart (b. 1756) wrote over 600 works. Answer: a. 1975 b. 1985 c. 1995",
    "Set max_tokens=4096 and temperature=0.7; run pytest tests/unit/test_x.py::test_y -q.",
)
