"""From a roster file to checked rows: pick the sheet and header, map columns, apply the rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.core.region import District
from desktop_app.core.roster_columns import ColumnGuess, Field, guess_columns
from desktop_app.core.roster_row import MAX_EXACT_FLOAT, RowResult, cell_text
from desktop_app.core.roster_table import check_table
from desktop_app.services.roster.reader import (
    MAX_ROWS,
    RawSheet,
    RosterFileError,
    cell_ref,
    exact_xlsx_numbers,
    read_roster_file,
)

Progress = Callable[[int, int], None]
PREVIEW_ROWS = 20
MAX_SECONDS = 300.0  # no import may hang the desk: a roster that takes longer is refused


@dataclass(frozen=True)
class ColumnPlan:
    """Which sheet, which header row, which column holds which field (guessed or corrected)."""

    sheet_index: int
    header_row: int
    columns: dict[Field, int]


@dataclass(frozen=True)
class RosterPreview:
    """What the import dialog shows before anything is written."""

    path: Path
    sheet_names: tuple[str, ...]
    plan: ColumnPlan | None
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    data_rows: int


@dataclass
class CheckedRoster:
    """Every row of the table after the rules."""

    sheet: RawSheet
    plan: ColumnPlan
    results: list[RowResult] = field(default_factory=list)
    originals: dict[int, list[str]] = field(default_factory=dict)  # row number -> cells as text
    skipped: int = 0

    @property
    def headers(self) -> list[str]:
        """The header row's texts."""
        return [cell_text(c) for c in self.sheet.rows[self.plan.header_row]]


def best_plan(sheets: list[RawSheet]) -> ColumnPlan | None:
    """The sheet and header row that look most like a list of people."""
    best: tuple[ColumnGuess, RawSheet] | None = None
    for sheet in sheets:
        guess = guess_columns(sheet.rows)
        if guess and (best is None or guess.score > best[0].score):
            best = (guess, sheet)
    if best is None:
        return None
    return ColumnPlan(best[1].index, best[0].header_row, dict(best[0].columns))


def preview_roster(path: Path) -> RosterPreview:
    """Read the file and guess the plan; the first rows as text for the dialog."""
    sheets = read_roster_file(path)
    plan = best_plan(sheets)
    sheet = sheets[plan.sheet_index] if plan else sheets[0]
    start = plan.header_row if plan else 0
    headers = tuple(cell_text(c) for c in sheet.rows[start]) if sheet.rows else ()
    body = sheet.rows[start + 1 :] if plan else sheet.rows
    sample = tuple(tuple(cell_text(c) for c in row) for row in body[:PREVIEW_ROWS])
    return RosterPreview(path, tuple(s.name for s in sheets), plan, headers, sample, len(body))


def _restore_exact_niks(path: Path, sheet: RawSheet, plan: ColumnPlan) -> None:
    """Replace rounded floats in the NIK column by the exact digits the xlsx holds."""
    col = plan.columns.get(Field.NIK)
    if col is None or path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    refs = {}
    for index in range(plan.header_row + 1, len(sheet.rows)):
        row = sheet.rows[index]
        if col < len(row) and isinstance(row[col], float) and row[col] >= MAX_EXACT_FLOAT:
            refs[cell_ref(index, col)] = index
    if refs:
        for ref, text in exact_xlsx_numbers(path, sheet.index, refs).items():
            if text.isdigit():
                sheet.rows[refs[ref]][col] = text


def check_roster(
    path: Path,
    plan: ColumnPlan | None,
    district: District,
    today: date,
    progress: Progress | None = None,
    max_seconds: float = MAX_SECONDS,
) -> CheckedRoster:
    """Read the file and apply the rules to every row below the header.

    Blank rows are skipped; below the first footer line (a total, a place and date, a signature)
    only rows with a NIK or phone still count as people.
    """
    sheets = read_roster_file(path)
    plan = plan or best_plan(sheets)
    if plan is None:
        raise RosterFileError("no_header", path)
    if Field.NAME not in plan.columns:
        raise RosterFileError("no_name_column", path)
    sheet = next((s for s in sheets if s.index == plan.sheet_index), None)
    if sheet is None:
        raise RosterFileError("no_such_sheet", path, str(plan.sheet_index))
    first = plan.header_row + 1
    if len(sheet.rows) - first > MAX_ROWS:  # people counted below the header, before any is checked
        raise RosterFileError("too_many_rows", path, str(MAX_ROWS))
    _restore_exact_niks(path, sheet, plan)
    total = len(sheet.rows)
    deadline = time.monotonic() + max_seconds

    def tick(index: int) -> None:
        if time.monotonic() > deadline:
            raise RosterFileError("too_slow", path, f"more than {max_seconds:.0f} s")
        if progress:
            progress(first + index, total)

    body = sheet.rows[first:]
    results, rejected, skipped = check_table(body, first + 1, plan.columns, district, today, tick)
    originals = {first + 1 + i: [cell_text(c) for c in body[i]] for i in rejected}
    return CheckedRoster(sheet, plan, results, originals, skipped)
