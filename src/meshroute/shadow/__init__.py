"""Labels from the gateway's own traffic (issue 17, opt-in `routing.shadow`).

- runner.py: after a lower tier answered a non-sensitive, non-streamed request, a sampled share
  is also sent to the next tier; the judge compares the answers; the verdict becomes a label;
- judge.py: the pairwise judge prompt in both orders and the verdict;
- store.py: the `router_labels` ledger table (revision 0003): write, expire, read for training.
"""
