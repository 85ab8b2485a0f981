"""Finds the files to audit, tells their kind, and opens them as bounded streams."""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from meshroute.audit.limits import SNIFF_BYTES

KINDS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".log": "log",
}


_SKIPPED_DIRS = frozenset({".git", ".hg", ".svn"})


class SourceError(Exception):
    """A file that cannot be audited: the message is safe to print (no file content)."""


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every regular file under the given paths, once each, in a stable order. Symlinked
    folders are not followed (a loop must not stall the walk) and version-control folders
    (`.git`, `.hg`, `.svn`: history, not data) are skipped."""
    seen: set[Path] = set()
    for path in paths:
        found = _walk(path) if path.is_dir() else iter([path])
        for file in found:
            key = file.resolve() if file.exists() else file
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS)
        for name in sorted(files):
            yield Path(root) / name


def kind_of(path: Path) -> tuple[str, bool]:
    """(kind, gzip-compressed) from the name: `x.csv.gz` is a compressed CSV; unknown
    extensions are sniffed as text later."""
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    if compressed:
        suffixes = suffixes[:-1]
    kind = KINDS.get(suffixes[-1], "text") if suffixes else "text"
    if kind == "text" and ".log" in suffixes:  # rotated logs: app.log.1
        kind = "log"
    return kind, compressed


def open_binary(path: Path, compressed: bool) -> tuple[BinaryIO, BinaryIO]:
    """(stream to read, the on-disk file) — the latter's position measures progress."""
    if not path.is_file():
        raise SourceError("not a regular file")
    try:
        raw: BinaryIO = open(path, "rb")  # noqa: SIM115 (closed by the caller)
    except PermissionError as exc:
        raise SourceError("unreadable: permission denied") from exc
    except OSError as exc:
        raise SourceError(f"unreadable: {exc.strerror or type(exc).__name__}") from exc
    if not compressed:
        return raw, raw
    return gzip.GzipFile(fileobj=raw, mode="rb"), raw  # type: ignore[return-value]


def sniff_text(stream: BinaryIO) -> io.BufferedReader[Any]:
    """A buffered view of `stream` after checking its head is text (no NUL bytes, mostly valid
    UTF-8); raises SourceError for binary data."""
    buffered: io.BufferedReader[Any] = (
        stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
    )
    try:
        head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise SourceError(f"unreadable: {_describe_read_error(exc)}") from exc
    if b"\x00" in head:
        raise SourceError("binary file (NUL bytes): not audited")
    text = head.decode("utf-8", errors="replace")
    # the last character may be a code point cut by the sniff window
    if text.count("\ufffd") > max(2, len(text) // 100):
        raise SourceError("binary or non-UTF-8 file: not audited")
    return buffered


def _describe_read_error(exc: BaseException) -> str:
    if isinstance(exc, gzip.BadGzipFile | EOFError):
        return "corrupt or truncated gzip data"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def read_error(exc: BaseException) -> SourceError:
    """A mid-file read failure as a SourceError with a safe message."""
    import zlib

    if isinstance(exc, zlib.error):
        return SourceError("corrupt gzip data")
    return SourceError(f"read failed: {_describe_read_error(exc)}")


def text_lines(stream: io.BufferedReader[Any], limit: int) -> Iterator[str | None]:
    """Lines of a UTF-8 stream (undecodable bytes replaced), each at most `limit` characters;
    a longer line yields None and is skipped without being held in memory."""
    reader = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    while True:
        line = reader.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and line[-1] not in "\r\n":
            while True:  # drain the rest of the over-long line, chunk by chunk
                rest = reader.readline(limit)
                if not rest or rest[-1] in "\r\n":
                    break
            yield None
            continue
        yield line
