"""Ledger revisions: 0001 initial, 0002 `operation` column and the key_id index."""
