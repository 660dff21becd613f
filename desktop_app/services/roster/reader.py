"""Reading a roster file into rows of cells: xlsx, xls, ods (python-calamine) and csv.

Every sheet is read; the importer picks the one that looks like the list. A csv may be `;`,
`,`, tab or `|` separated (the one the header and rows agree on), with or without a BOM, in
UTF-8, UTF-16 (with its BOM: Excel's "Unicode text") or the Windows code page. A 16-digit
number above 2^53 reaches Python as a rounded float; for xlsx the exact digits are read back
from the sheet's XML, because a NIK must come back exactly as it was written.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from posixpath import join as zip_join

from desktop_app.core.errors import InvalidInput
from desktop_app.services.roster._csv_dialect import SAMPLE_CHARS, choose_delimiter, encodings
from desktop_app.services.roster._sheet_child import run_child

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
SUPPORTED = (*SPREADSHEETS, ".csv", ".txt")
MAX_ROWS = 100_000  # a roster is a few thousand people; more is a wrong file, not a list
# The limit counts people: a title block, blank lines and the header row above them are allowed.
HEADER_LINES = 50
# A roster line is a few hundred characters and 100,000 of them some 20 MB: far beyond is not a list.
MAX_LINE_CHARS = 256 * 1024
MAX_CSV_CHARS = 128 * 1024 * 1024


class RosterFileError(InvalidInput):
    """The file cannot be read as a roster; `problem` says why (translated by the front end)."""

    reason = "roster_file"

    def __init__(self, problem: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{path.name}: {problem}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells as the reader gave them (str, float, int, bool, date, datetime, None)."""

    name: str
    index: int
    rows: list[list[object]]


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """`C7` for the 0-based (6, 2)."""
    return f"{_column_letters(col)}{row + 1}"


def _sheet_xml_path(archive: zipfile.ZipFile, sheet_index: int) -> str:
    from lxml import etree

    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    }
    workbook = etree.fromstring(archive.read("xl/workbook.xml"))
    sheet = workbook.findall("m:sheets/m:sheet", ns)[sheet_index]
    rel_id = sheet.get(f"{{{ns['r']}}}id")
    rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target") for r in rels if r.get("Id") == rel_id)
    return target.lstrip("/") if target.startswith("/") else zip_join("xl", target)


def exact_xlsx_numbers(path: Path, sheet_index: int, refs: Iterable[str]) -> dict[str, str]:
    """The numbers stored at `refs` (e.g. `C7`) exactly as written in the xlsx's XML."""
    from lxml import etree

    wanted = set(refs)
    found: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive, archive.open(_sheet_xml_path(archive, sheet_index)) as xml:
        tag = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}c"
        for _, cell in etree.iterparse(xml, tag=tag):
            ref = cell.get("r")
            if ref in wanted:
                value = cell.findtext("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}v")
                if value is not None:
                    found[ref] = value
            cell.clear()
    return found


def read_csv(path: Path, max_rows: int = MAX_ROWS) -> list[RawSheet]:
    """A csv (or txt) file as one sheet; the separator is the one the header and rows agree on.

    Read line by line, so a file with too many rows, too long a line or too much text is refused
    when it reaches the limit, not after the whole file is in memory.
    """
    with path.open("rb") as handle:
        head = handle.read(4)
    for encoding in encodings(head):
        try:
            return [RawSheet(path.stem, 0, _csv_rows(path, encoding, max_rows))]
        except UnicodeDecodeError:
            continue
    raise RosterFileError("unreadable", path, "unknown text encoding")  # latin-1 reads anything


def _csv_rows(path: Path, encoding: str, max_rows: int) -> list[list[object]]:
    with path.open("r", encoding=encoding, newline="") as stream:
        sample = stream.read(SAMPLE_CHARS + 1)
        if "\x00" in sample[:4096]:
            raise RosterFileError("not_a_table", path, "binary content")
        delimiter = choose_delimiter(sample)
        stream.seek(0)
        total = 0

        def lines() -> Iterator[str]:
            nonlocal total
            while line := stream.readline(MAX_LINE_CHARS):
                total += len(line)
                if len(line) == MAX_LINE_CHARS and line[-1] not in "\r\n":
                    raise RosterFileError(
                        "too_big", path, f"a line longer than {MAX_LINE_CHARS:,} characters"
                    )
                if total > MAX_CSV_CHARS:
                    raise RosterFileError("too_big", path, f"more than {MAX_CSV_CHARS >> 20} MB of text")
                yield line

        rows: list[list[object]] = []
        try:  # newline="": the csv module handles line ends itself (a stray \r inside a field included)
            for row in csv.reader(lines(), delimiter=delimiter):
                rows.append(list(row))
                if len(rows) > max_rows + HEADER_LINES:
                    raise RosterFileError("too_many_rows", path, str(max_rows))
        except csv.Error as exc:
            if "field larger" in str(exc):
                raise RosterFileError(
                    "too_big", path, f"a cell longer than {csv.field_size_limit():,} characters"
                ) from None
            raise RosterFileError("unreadable", path, str(exc)) from None
    return rows


def read_spreadsheet(path: Path, max_rows: int = MAX_ROWS) -> list[RawSheet]:
    """Every sheet of an xlsx, xls or ods workbook, read in a child process with a memory limit."""
    status, payload = run_child(path, max_rows + HEADER_LINES)
    if status != "ok":
        problem, detail = payload  # type: ignore[misc]
        raise RosterFileError(problem, path, str(max_rows) if problem == "too_many_rows" else detail)
    return [RawSheet(name, index, rows) for name, index, rows in payload]  # type: ignore[union-attr]


def read_roster_file(path: Path, max_rows: int = MAX_ROWS) -> list[RawSheet]:
    """All sheets of a roster file, or RosterFileError (missing, unsupported, broken, too big).

    `max_rows`: the most rows a sheet may have (a membership list is bigger than a roster).
    """
    if not path.is_file():
        raise RosterFileError("missing", path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise RosterFileError("unsupported", path, suffix or "no extension")
    if suffix in (".csv", ".txt"):
        return read_csv(path, max_rows)
    return read_spreadsheet(path, max_rows)
