"""Data audit: which files hold sensitive data, which are high-frequency, and where each belongs.

`meshroute audit` (see `meshroute.cli_audit`) scans files with the routing recognisers and
reports entity types and counts per field, never the values.
"""
