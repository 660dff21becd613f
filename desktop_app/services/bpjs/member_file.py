"""Reading the branch's membership list: the sheet and header that hold it, and each row checked.

Reuses the roster reader (any sheet, title rows, numeric NIKs read back exactly from the xlsx).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.bpjs_row import MemberField, MemberRow, check_member_table, guess_member_columns
from desktop_app.core.roster_row import MAX_EXACT_FLOAT, cell_text
from desktop_app.services.roster.reader import (
    RawSheet,
    RosterFileError,
    cell_ref,
    exact_xlsx_numbers,
    read_roster_file,
)

MAX_MEMBER_ROWS = 1_000_000  # a branch's whole list can be far longer than a roster
PREVIEW_ROWS = 20


@dataclass(frozen=True)
class MemberPlan:
    """Which sheet, which header row, which column holds which field (guessed or corrected)."""

    sheet_index: int
    header_row: int
    columns: dict[MemberField, int]


@dataclass(frozen=True)
class MemberPreview:
    """What the import dialog shows before anything is written."""

    path: Path
    sheet_names: tuple[str, ...]
    plan: MemberPlan | None
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    data_rows: int


@dataclass
class CheckedMembers:
    """Every data row of the list after the rules, and the original texts of the rejected ones."""

    sheet: RawSheet
    plan: MemberPlan
    rows: list[MemberRow]
    originals: dict[int, tuple[str, ...]]
    skipped: int = 0  # rows with neither NIK nor KPJ: totals, footers, notes

    @property
    def headers(self) -> tuple[str, ...]:
        """The header row's texts."""
        return tuple(cell_text(c) for c in self.sheet.rows[self.plan.header_row])


def best_member_plan(sheets: list[RawSheet]) -> MemberPlan | None:
    """The sheet and header row that look most like a membership list (a NIK column and more)."""
    best: MemberPlan | None = None
    for sheet in sheets:
        guess = guess_member_columns(sheet.rows)
        if guess and (best is None or len(guess.columns) > len(best.columns)):
            best = MemberPlan(sheet.index, guess.header_row, dict(guess.columns))
    return best


def preview_members(path: Path) -> MemberPreview:
    """Read the file and guess the plan; the first rows as text."""
    sheets = read_roster_file(path, MAX_MEMBER_ROWS)
    plan = best_member_plan(sheets)
    sheet = sheets[plan.sheet_index] if plan else sheets[0]
    start = plan.header_row if plan else 0
    headers = tuple(cell_text(c) for c in sheet.rows[start]) if sheet.rows else ()
    body = sheet.rows[start + 1 :] if plan else sheet.rows
    sample = tuple(tuple(cell_text(c) for c in row) for row in body[:PREVIEW_ROWS])
    return MemberPreview(path, tuple(s.name for s in sheets), plan, headers, sample, len(body))


def _restore_exact_niks(path: Path, sheet: RawSheet, plan: MemberPlan) -> None:
    col = plan.columns.get(MemberField.NIK)
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


def check_members(path: Path, plan: MemberPlan | None = None) -> CheckedMembers:
    """Read the list and check every non-blank row below the header (RosterFileError if unreadable)."""
    sheets = read_roster_file(path, MAX_MEMBER_ROWS)
    plan = plan or best_member_plan(sheets)
    if plan is None:
        raise RosterFileError("no_header", path)
    if MemberField.NIK not in plan.columns:
        raise RosterFileError("no_nik_column", path)
    sheet = next((s for s in sheets if s.index == plan.sheet_index), None)
    if sheet is None:
        raise RosterFileError("no_such_sheet", path, str(plan.sheet_index))
    _restore_exact_niks(path, sheet, plan)
    first = plan.header_row + 1
    body = sheet.rows[first:]
    rows, skipped = check_member_table(body, first + 1, plan.columns)
    originals = {
        r.number: tuple(cell_text(c) for c in body[r.number - first - 1]) for r in rows if r.problems
    }
    return CheckedMembers(sheet, plan, rows, originals, skipped)
