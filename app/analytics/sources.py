"""What a log file is, and how it becomes one DuckDB table.

Detection reads the first 64 KiB only: Parquet by its magic, XES by an XML start, other known
binary files (PNG, a SQLite database such as a .waymark project, ZIP) are refused by name, and
text is CSV/TSV. The encoding comes from a BOM (UTF-8, UTF-16), else UTF-8 if the sample
decodes, else latin-1; the delimiter is the one of ``, ; TAB |`` that splits the header line
(outside quotes) into the most fields. DuckDB then reads the whole file itself, every column as
text (``all_varchar``), so a timestamp or an id is never guessed into another type.

The loaded table keeps the file order as its ``rowid`` (insertion order is preserved): equal
timestamps are ordered by it, and a row is reported as ``rowid + 2`` (the header is row 1).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import duckdb

from app.analytics import xes
from app.analytics.base import LogError
from app.analytics.engine import MAX_LINE_SIZE, first_line, quote_ident, quote_text
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import LogFormat

CTX = "AnalyticsSources"

SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
PREVIEW_ROWS = 20
_BINARY = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("AnalyticsSources", "a PNG image")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("AnalyticsSources", "a SQLite database (a Waymark project?)")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("AnalyticsSources", "a ZIP archive (an Excel workbook?)")),
    (b"%PDF", QT_TRANSLATE_NOOP("AnalyticsSources", "a PDF document")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("AnalyticsSources", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("AnalyticsSources", "a GIF image")),
)


@dataclass(frozen=True)
class Sniffed:
    format: LogFormat
    encoding: str = "utf-8"
    delimiter: str | None = None
    header: tuple[str, ...] = ()  # a text log's column names, read from the sample


def sniff(path: Path) -> Sniffed:
    try:
        with open(path, "rb") as f:
            head = f.read(SAMPLE_BYTES)
    except IsADirectoryError:
        raise LogError(
            translate("AnalyticsSources", "{name} is a folder, not an event log").format(name=path.name)
        ) from None
    except FileNotFoundError:
        raise LogError(translate("AnalyticsSources", "{name}: no such file").format(name=path.name)) from None
    except OSError as exc:
        raise LogError(
            translate("AnalyticsSources", "{name} cannot be read: {reason}").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    name = path.name
    if not head:
        raise LogError(translate("AnalyticsSources", "{name} is empty: no events").format(name=name))
    if head.startswith(b"PAR1"):
        return Sniffed(LogFormat.PARQUET)
    for magic, what in _BINARY:
        if head.startswith(magic):
            raise LogError(
                translate("AnalyticsSources", "{name} is {what}, not an event log (CSV, TSV, Parquet or XES)").format(
                    name=name, what=translate(CTX, what)
                )
            )
    encoding, text = _decode(head)
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        if xes.looks_like_xes(stripped):
            return Sniffed(LogFormat.XES, encoding)
        raise LogError(
            translate("AnalyticsSources", "{name} is XML or HTML but not an XES event log").format(name=name)
        )
    if _binary_text(text):
        raise LogError(
            translate("AnalyticsSources", "{name} is not a text event log (it holds binary data)").format(name=name)
        )
    delimiter = _delimiter(stripped)
    if delimiter is None:
        raise LogError(
            translate(
                "AnalyticsSources",
                "{name} has one column: not a CSV or TSV event log (the delimiter must be a comma, semicolon, tab or |)",
            ).format(name=name)
        )
    header = _header(stripped, delimiter, name)
    return Sniffed(LogFormat.TSV if delimiter == "\t" else LogFormat.CSV, encoding, delimiter, header)


def _header(text: str, delimiter: str, name: str) -> tuple[str, ...]:
    """The first record of the sample, parsed with the same quoting rules DuckDB is given."""
    if "\n" not in text and len(text.encode("utf-8")) >= SAMPLE_BYTES // 2:
        raise LogError(
            translate(
                "AnalyticsSources", "{name}: the header line is longer than {sample_bytes} KiB; is it an event log?"
            ).format(name=name, sample_bytes=SAMPLE_BYTES // 1024)
        )
    try:
        names = next(csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True, strict=True))
    except (csv.Error, StopIteration) as exc:
        raise LogError(
            translate("AnalyticsSources", "{name}: the header line cannot be read ({problem})").format(
                name=name, problem=exc
            )
        ) from None
    names = [n.strip() for n in names]
    seen: set[str] = set()
    for n, column in enumerate(names):
        if not column:
            raise LogError(
                translate("AnalyticsSources", "{name}: column {n} of the header has no name").format(name=name, n=n + 1)
            )
        if column in seen:
            raise LogError(
                translate("AnalyticsSources", "{name}: the header names column {column} twice").format(
                    name=name, column=repr(column)
                )
            )
        seen.add(column)
    return tuple(names)


def _decode(head: bytes) -> tuple[str, str]:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", head.decode("utf-16", errors="replace")
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8", head[3:].decode("utf-8", errors="replace")
    try:
        return "utf-8", head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4 and len(head) == SAMPLE_BYTES:  # a character cut by the sample's end
            return "utf-8", head[: exc.start].decode("utf-8", errors="replace")
    return "latin-1", head.decode("latin-1")


def _binary_text(text: str) -> bool:
    control = sum(1 for ch in text if ch < " " and ch not in "\t\r\n")
    return "\x00" in text or control > max(2, len(text) // 200)


def _header_fields(line: str, delimiter: str) -> int:
    fields, quoted = 1, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            fields += 1
    return fields


def _delimiter(text: str) -> str | None:
    header = text.split("\n", 1)[0]
    best, fields = None, 1
    for d in DELIMITERS:
        n = _header_fields(header, d)
        if n > fields:
            best, fields = d, n
    return best


def csv_source(path: Path, sniffed: Sniffed) -> str:
    """The ``read_csv`` call for a text log: every column text, the header given, strict quoting."""
    assert sniffed.delimiter is not None
    return (
        f"read_csv({quote_text(str(path))}, delim={quote_text(sniffed.delimiter)}, header=true, quote='\"', "
        f"escape='\"', all_varchar=true, encoding={quote_text(sniffed.encoding)}, "
        f"max_line_size={MAX_LINE_SIZE}, null_padding=false, auto_detect=false, columns=COLUMNS)"
    )


def source_sql(conn: duckdb.DuckDBPyConnection, path: Path, sniffed: Sniffed, scratch: Path) -> tuple[str, list[str]]:
    """A table expression reading the whole log, and its column names (header order)."""
    if sniffed.format == LogFormat.PARQUET:
        src = f"read_parquet({quote_text(str(path))})"
        return src, _describe(conn, src, path)
    if sniffed.format == LogFormat.XES:
        csv_path = xes.to_csv(path, scratch / "log.csv")
        return source_sql(conn, csv_path, sniff(csv_path), scratch)
    columns = ", ".join(f"{quote_text(name)}: 'VARCHAR'" for name in sniffed.header)
    return csv_source(path, sniffed).replace("COLUMNS", "{" + columns + "}"), list(sniffed.header)


def _describe(conn: duckdb.DuckDBPyConnection, src: str, path: Path) -> list[str]:
    try:
        rows = conn.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()
    except duckdb.Error as exc:
        raise LogError(f"{path.name} could not be read: {first_line(str(exc))}") from None
    return [str(r[0]) for r in rows]


def preview_rows(
    conn: duckdb.DuckDBPyConnection, src: str, columns: list[str], path: Path
) -> tuple[tuple[str, ...], ...]:
    cols = ", ".join(f"CAST({quote_ident(c)} AS VARCHAR)" for c in columns)
    try:
        rows = conn.execute(f"SELECT {cols} FROM {src} LIMIT {PREVIEW_ROWS}").fetchall()
    except duckdb.InterruptException:
        raise
    except duckdb.Error as exc:
        raise LogError(f"{path.name} could not be read: {first_line(str(exc))}") from None
    return tuple(tuple("" if v is None else str(v) for v in row) for row in rows)
