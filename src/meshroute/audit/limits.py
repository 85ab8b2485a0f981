"""Hard limits that keep one hostile file from stalling the audit or exhausting memory."""

from __future__ import annotations

# A field (CSV cell, JSON value, Parquet cell) or a text line longer than this is not scanned:
# it is counted as unscanned and its file is treated as sensitive (fail closed).
MAX_FIELD_CHARS = 64 * 1024
# A physical line of a CSV or JSON Lines file may hold many fields; longer lines are skipped
# (counted as unscanned) without ever being held in memory whole.
MAX_LINE_CHARS = 1024 * 1024
# A single JSON document is parsed whole; past this size it is refused (use JSON Lines).
MAX_JSON_DOCUMENT_BYTES = 64 * 1024 * 1024
# Distinct fields kept per file (hostile files with a new key on every row): the rest are
# pooled into one field.
MAX_FIELDS = 512
MAX_FIELD_NAME_CHARS = 120
MAX_JSON_PATH_DEPTH = 16
# One unit of work sent to a scanning process: rows are batched to amortise the detector's
# per-call cost, up to this many characters or units.
CHUNK_CHARS = 128 * 1024
CHUNK_UNITS = 2048
# Wall-clock budgets inside a worker (SIGALRM): a chunk, then each unit of a chunk that ran out.
CHUNK_BUDGET_S = 30.0
UNIT_BUDGET_S = 3.0
# Bytes read to decide whether a file is text.
SNIFF_BYTES = 8192
# A gzip member that expands past both of these is stopped as a likely decompression bomb
# (ordinary text compresses 3-20x; a bomb 1000x).
MAX_EXPANSION = 200
MAX_EXPANDED_BYTES = 256 * 1024 * 1024
