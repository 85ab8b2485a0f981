"""A process that migrates a ledger at an agreed instant: `python migrate_child.py URL START`.

Several of these started together are replicas starting together on one database; waiting
for START (a time.time() value) lines up their migrations within a millisecond or so, where
process start-up alone would spread them over hundreds.
"""

from __future__ import annotations

import sys
import time

from meshroute.ledger.db import current_revision, make_engine, upgrade


def main() -> None:
    url, start = sys.argv[1], float(sys.argv[2])
    engine = make_engine(url)  # imports done and the engine built before the start line
    time.sleep(max(0.0, start - time.time()))
    upgrade(engine)
    print(current_revision(engine))
    engine.dispose()


if __name__ == "__main__":
    main()
