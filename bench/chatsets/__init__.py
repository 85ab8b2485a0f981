"""Chat-like routing prompts written for meshroute: a tuning set and an evaluation set.

The two sets come from separate template banks (tune.py, evaluate.py) with separate seeds, so
tuning on one says nothing about the other. `hard` means a small model likely fails where a big
one succeeds (proofs, multi-step reasoning, design, debugging, nuanced analysis); easy prompts are
small talk, lookups, short rewrites and trivial text of any length.
"""
