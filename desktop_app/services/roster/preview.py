"""What the import dialog shows before anything is written: every sheet's first rows, and the guess.

The dialog lets the user pick another sheet or header row and correct the columns by hand, so
the preview keeps the first rows of every sheet (as text) rather than only the guessed table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.roster_columns import HEADER_SCAN_ROWS, Field, field_of, guess_columns
from desktop_app.core.roster_row import RowKind, cell_text, table_kinds
from desktop_app.services.roster.plan import PREVIEW_ROWS, ColumnPlan, best_plan
from desktop_app.services.roster.reader import read_roster_file

KEPT_ROWS = HEADER_SCAN_ROWS + PREVIEW_ROWS


@dataclass(frozen=True)
class SheetPreview:
    """One sheet: its first rows as text, how many rows it has, and the guessed header and columns."""

    index: int
    name: str
    rows: tuple[tuple[str, ...], ...]
    row_count: int
    width: int
    guess: ColumnPlan | None

    def header(self, header_row: int) -> tuple[str, ...]:
        """The cells of `header_row` (padded to the sheet's width)."""
        cells = self.rows[header_row] if header_row < len(self.rows) else ()
        return tuple(cells) + ("",) * (self.width - len(cells))

    def sample(self, header_row: int, count: int = PREVIEW_ROWS) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Up to `count` (row number as the spreadsheet shows it, cells) below `header_row`, blanks left out."""
        body = [
            (number, row)
            for number, row in enumerate(self.rows[header_row + 1 :], start=header_row + 2)
            if any(row)
        ]
        return tuple((n, tuple(row) + ("",) * (self.width - len(row))) for n, row in body[:count])

    def data_rows(self, header_row: int) -> int:
        """Rows below the header (blank ones included)."""
        return max(self.row_count - header_row - 1, 0)


@dataclass(frozen=True)
class FilePreview:
    """Every sheet of a roster file and the plan the importer would use by itself."""

    path: Path
    sheets: tuple[SheetPreview, ...]
    plan: ColumnPlan | None

    def sheet(self, index: int) -> SheetPreview:
        """The sheet with this index."""
        return next(s for s in self.sheets if s.index == index)


def columns_of_header(cells: Sequence[str]) -> dict[Field, int]:
    """The fields a header row names, each at its first column."""
    columns: dict[Field, int] = {}
    for col, cell in enumerate(cells):
        found = field_of(cell) if cell else None
        if found is not None and found not in columns:
            columns[found] = col
    return columns


def person_rows(rows: Sequence[Sequence[str]], columns: dict[Field, int]) -> list[bool]:
    """For each row below the header, whether the importer takes it for a person (as `check_roster`).

    Blank rows, totals and the place-date-signature footer are not people; below the first
    footer line only rows with a NIK or phone still are.
    """

    def cell(row: Sequence[str], field: Field) -> str:
        col = columns.get(field)
        return row[col] if col is not None and col < len(row) else ""

    names = [cell(row, Field.NAME) for row in rows]
    has_ids = [cell(row, Field.NIK) or cell(row, Field.PHONE) for row in rows]
    return [kind is RowKind.PERSON for kind in table_kinds(names, has_ids)]


def preview_file(path: Path) -> FilePreview:
    """Read the file (RosterFileError if it cannot be) and keep what the dialog shows."""
    raw = read_roster_file(path)
    sheets = []
    for sheet in raw:
        kept = tuple(tuple(cell_text(c) for c in row) for row in sheet.rows[:KEPT_ROWS])
        width = max((len(r) for r in kept), default=0)
        guess = guess_columns(sheet.rows)
        plan = ColumnPlan(sheet.index, guess.header_row, dict(guess.columns)) if guess else None
        sheets.append(SheetPreview(sheet.index, sheet.name, kept, len(sheet.rows), width, plan))
    return FilePreview(path, tuple(sheets), best_plan(raw))
