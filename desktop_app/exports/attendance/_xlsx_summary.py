"""The summary sheet: each session's numbers and the totals by type, sex and kecamatan.

Numbers are values, not formulas: a reader without a calculation engine (a phone's viewer,
a script reading the file) sees the same figures as Excel.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exports.attendance.data import AttendanceSummary, EventReport
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.attendance.xlsx_styles import cell, print_setup, title_block, title_rows
from desktop_app.exports.letterhead import PrintSetup

WIDTHS = (10, 13, 17, 34, 11, 11, 11, 15, 15, 13)
NUMBERS = ("capacity", "invited", "admitted", "walk_ins", "refused", "no_shows")
NAME_SPAN = 4  # a breakdown's names fill columns A:D, the count sits in E


class _Rows:
    """Appends rows to a write-only sheet and remembers the row number (for merges)."""

    def __init__(self, ws: Worksheet, start: int) -> None:
        self.ws = ws
        self.row = start

    def add(self, cells: list[object]) -> int:
        self.ws.append(cells)
        self.row += 1
        return self.row

    def add_spanned(self, name: object, count: object, style: str, count_style: str) -> None:
        blanks = [cell(self.ws, None, style) for _ in range(NAME_SPAN - 1)]
        row = self.add([cell(self.ws, name, style), *blanks, cell(self.ws, count, count_style)])
        self.ws.merged_cells.add(f"A{row}:{get_column_letter(NAME_SPAN)}{row}")


def _numbers(ws: Worksheet, summary: AttendanceSummary, style: str) -> list[object]:
    return [cell(ws, getattr(summary, key), style) for key in NUMBERS]


def write_summary_sheet(
    ws: Worksheet, report: EventReport, labels: AttendanceLabels, setup: PrintSetup
) -> None:
    """Fill `ws` with the summary of `report`."""
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    organiser = report.organizer + (f" — {report.partner}" if report.partner else "")
    titles = [(labels.summary_title, "h_title"), (report.title, "h_subtitle"), (organiser, "h_address")]
    header_row = title_rows(setup.letterhead, len(titles)) + 2
    print_setup(ws, setup.paper, header_row, labels)
    rows = _Rows(ws, title_block(ws, setup.letterhead, len(WIDTHS), titles))
    rows.add([])
    headers = [labels.batch, labels.date, labels.time, labels.venue]
    headers += [getattr(labels, key) for key in NUMBERS]
    ws.row_dimensions[header_row].height = 30
    rows.add([cell(ws, text, "h_header") for text in headers])
    for session in report.sessions:
        h = session.header
        rows.add(
            [
                cell(ws, h.batch, "h_int"),
                cell(ws, h.date, "h_date"),
                cell(ws, labels.time_text(h.start_time, h.end_time, h.timezone), "h_center"),
                cell(ws, h.venue, "h_cell"),
                *_numbers(ws, session.summary, "h_int"),
            ]
        )
    blanks = [cell(ws, None, "h_bold_cell") for _ in range(3)]
    total_row = rows.add(
        [cell(ws, labels.total, "h_bold_cell"), *blanks, *_numbers(ws, report.totals, "h_bold_int")]
    )
    ws.merged_cells.add(f"A{total_row}:D{total_row}")
    totals = report.totals
    sections = (
        (labels.by_kind, labels.org_kind, [(labels.kind(k), n) for k, n in totals.by_kind]),
        (labels.by_sex, labels.sex, [(labels.sex_name(k), n) for k, n in totals.by_sex]),
        (labels.by_kecamatan, labels.kecamatan, [(k or labels.unknown, n) for k, n in totals.by_kecamatan]),
    )
    for title, column, counts in sections:
        rows.add([])
        rows.add([cell(ws, title, "h_section")])
        rows.add_spanned(column, labels.people, "h_header", "h_header")
        for name, count in counts:
            rows.add_spanned(name, count, "h_cell", "h_int")
        rows.add_spanned(labels.total, sum(n for _, n in counts), "h_bold_cell", "h_bold_int")
