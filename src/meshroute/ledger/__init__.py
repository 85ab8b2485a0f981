"""The usage ledger: one row per request, its cost, and the reports built on it.

Importing this package is cheap: SQLAlchemy and Alembic load only when a database is touched.
"""

from __future__ import annotations

from meshroute.ledger.entry import LedgerEntry, entry_from_record, safe_decision
from meshroute.ledger.writer import Ledger

__all__ = ["Ledger", "LedgerEntry", "entry_from_record", "safe_decision"]
