"""Alembic migrations of the ledger, run in code by `meshroute.ledger.db.upgrade`."""
