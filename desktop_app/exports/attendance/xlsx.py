"""The attendance workbook for the district office: a sheet per session and a summary sheet.

Plain rows and labels in, an .xlsx file out. openpyxl's write-only mode streams each sheet
(lxml makes it faster); the file is written beside the target and renamed over it at the end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exports.attendance._xlsx_print import fit_widths, row_height, signatory_rows, width_budget
from desktop_app.exports.attendance._xlsx_summary import write_summary_sheet
from desktop_app.exports.attendance.data import AttendeeRow, EventReport, SessionHeader, SessionReport
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.attendance.xlsx_styles import (
    cell,
    print_setup,
    register_styles,
    title_block,
    title_rows,
)
from desktop_app.exports.files import Progress, atomic_target
from desktop_app.exports.letterhead import PrintSetup

PROGRESS_EVERY = 250  # rows between two progress reports (each may raise Cancelled)


@dataclass(frozen=True)
class Column:
    """One column of the attendance table: header label, style, widths and how to get the value."""

    label: str  # attribute of AttendanceLabels
    style: str
    min_width: float
    max_width: float
    value: Callable[[AttendeeRow, AttendanceLabels], object]


def _local_naive(row: AttendeeRow) -> object:
    # Excel has no time zones: the wall-clock time in the session's zone, as the title block says.
    return row.checked_in_at.replace(tzinfo=None, microsecond=0)


COLUMNS: tuple[Column, ...] = (
    Column("no", "h_int", 5, 6, lambda r, _: r.no),
    Column("name", "h_cell", 22, 38, lambda r, _: r.name),
    Column("nik", "h_text", 19, 19, lambda r, _: r.nik),
    Column("sex", "h_center", 9, 9, lambda r, _: r.sex or ""),
    Column("organization", "h_cell", 22, 38, lambda r, _: r.organization or ""),
    Column("org_kind", "h_center", 10, 10, lambda r, lab: lab.kind(r.org_kind) if r.org_kind else ""),
    Column("nib", "h_text", 16, 16, lambda r, _: r.nib or ""),
    Column("kecamatan", "h_cell", 12, 20, lambda r, _: r.kecamatan or ""),
    Column("phone", "h_text", 16, 17, lambda r, _: r.phone),
    Column("kpj", "h_text", 14, 14, lambda r, _: r.kpj or ""),
    Column("checked_in_at", "h_time", 9, 9, lambda r, _: _local_naive(r)),
    Column("temperature", "h_temp", 8, 8, lambda r, _: r.temperature),
    Column("remarks", "h_cell", 14, 36, lambda r, lab: lab.remarks_text(r.walk_in, r.override_reason)),
)
OPTIONAL = {"nib": lambda r: r.nib, "kpj": lambda r: r.kpj}  # shown only when someone has one


def columns_for(report: EventReport) -> tuple[Column, ...]:
    """The table's columns: NIB and KPJ only when at least one attendee of the workbook has one."""
    rows = [r for s in report.sessions for r in s.rows]
    return tuple(c for c in COLUMNS if c.label not in OPTIONAL or any(OPTIONAL[c.label](r) for r in rows))


def _widths(columns: Sequence[Column], rows: Sequence[AttendeeRow], labels: AttendanceLabels) -> list[float]:
    widths = []
    for col in columns:
        if col.min_width == col.max_width:
            widths.append(col.min_width)
            continue
        longest = max((len(str(col.value(r, labels))) for r in rows), default=0)
        widths.append(max(col.min_width, min(col.max_width, longest * 1.05 + 2)))
    return widths


def _session_sheet(
    ws: Worksheet,
    report: EventReport,
    session: SessionReport,
    columns: Sequence[Column],
    labels: AttendanceLabels,
    setup: PrintSetup,
    tick: Callable[[int], None],
) -> None:
    h = session.header
    widths = fit_widths(
        _widths(columns, session.rows, labels),
        [c.min_width for c in columns],
        width_budget(setup.paper, len(columns)),
    )
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    titles = [(labels.sheet_title, "h_title"), (h.event_title, "h_subtitle")]
    # Sheet views are written with the first row: the frozen pane must be known now.
    lh = setup.letterhead
    top = title_rows(lh, len(titles))
    # Two columns of facts keep the frozen top of the sheet short on a laptop's screen.
    left = [
        (labels.batch, str(h.batch)),
        (labels.day_date, labels.day_date_text(h.date)),
        (labels.time, labels.time_text(h.start_time, h.end_time, h.timezone)),
    ]
    right = [
        (labels.venue, h.venue),
        (labels.organizer, h.organizer + (f" — {h.partner}" if h.partner else "")),
    ]
    header_row = top + 1 + len(left) + 1 + 1  # title block, blank, facts, blank, then the header
    ws.freeze_panes = f"A{header_row + 1}"
    print_setup(ws, setup.paper, header_row, labels)
    ws.row_dimensions[header_row].height = 30
    title_block(ws, lh, len(columns), titles)
    ws.append([])
    last = get_column_letter(len(columns))
    for i, (label, value) in enumerate(left):
        line = [None, cell(ws, label, "h_label"), cell(ws, f": {value}", "h_value"), None]
        if i < len(right):
            line += [cell(ws, right[i][0], "h_label"), cell(ws, f": {right[i][1]}", "h_value_fit")]
            # Up to the table's right edge, wrapped there: a long organiser never spills past it.
            row = top + 2 + i
            ws.merged_cells.add(f"F{row}:{last}{row}")
            ws.row_dimensions[row].height = row_height([(f": {right[i][1]}", sum(widths[5:]))])
        ws.append(line)
    ws.append([])
    ws.append([cell(ws, getattr(labels, c.label), "h_header") for c in columns])
    wrapped = [i for i, c in enumerate(columns) if c.style == "h_cell"]
    for i, row in enumerate(session.rows, start=1):
        values = [c.value(row, labels) for c in columns]
        ws.row_dimensions[header_row + i].height = row_height([(str(values[j]), widths[j]) for j in wrapped])
        ws.append([cell(ws, v, c.style) for v, c in zip(values, columns, strict=True)])
        if i % PROGRESS_EVERY == 0:
            tick(PROGRESS_EVERY)
    tick(len(session.rows) % PROGRESS_EVERY)
    last_row = header_row + max(len(session.rows), 1)
    if not session.rows:
        ws.append([cell(ws, None, c.style) for c in columns])
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{last_row}"
    ws.append([])
    total = f"{labels.admitted}: {len(session.rows)} {labels.people.lower()}"
    ws.append([None, cell(ws, total, "h_section")])
    if not report.full_nik:
        ws.append([None, cell(ws, labels.nik_masked_note, "h_note")])
    _signatory_block(ws, h, setup, labels, len(columns))


def _signatory_block(
    ws: Worksheet, header: SessionHeader, setup: PrintSetup, labels: AttendanceLabels, width: int
) -> None:
    """Under the table, as on the printed sheet: the signatory right, a second one left."""
    blocks = signatory_rows(header, setup.letterhead, setup.signatories, labels)
    right_col = max(width - 4, 3)  # text overflows to the right into the empty cells
    ws.append([])
    for i in range(max(len(b) for b in blocks)):
        line: list[object] = [None] * right_col
        if len(blocks) > 1 and i < len(blocks[0]):
            text, style = blocks[0][i]
            line[1] = cell(ws, text or None, style)
        text, style = blocks[-1][i] if i < len(blocks[-1]) else ("", "h_value")
        line[right_col - 1] = cell(ws, text or None, style)
        ws.append(line)


def _sheet_title(labels: AttendanceLabels, batch: int, taken: set[str]) -> str:
    base = labels.batch_sheet.format(batch=batch)[:31]
    title, n = base, 2
    while title.casefold() in taken:
        title = f"{base[:27]} ({n})"
        n += 1
    taken.add(title.casefold())
    return title


def _fill(
    wb: Workbook,
    report: EventReport,
    labels: AttendanceLabels,
    setup: PrintSetup,
    tick: Callable[[int], None],
) -> None:
    register_styles(wb, labels)
    columns = columns_for(report)
    taken = {labels.summary_sheet.casefold()}
    summary_first = len(report.sessions) != 1
    if summary_first:
        write_summary_sheet(wb.create_sheet(labels.summary_sheet), report, labels, setup)
    for session in report.sessions:
        ws = wb.create_sheet(_sheet_title(labels, session.header.batch, taken))
        _session_sheet(ws, report, session, columns, labels, setup, tick)
        tick(1)
    if not summary_first:
        write_summary_sheet(wb.create_sheet(labels.summary_sheet), report, labels, setup)


def _discard(wb: Workbook) -> None:
    """Close a half-written write-only workbook's streams and remove its temporary files.

    Left to the garbage collector, the open streams close in any order and print errors.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        for step in ((rows.close if rows is not None else None), writer.close, writer.cleanup):
            if step is not None:
                with contextlib.suppress(Exception):
                    step()


def write_attendance_workbook(
    report: EventReport,
    path: Path | str,
    labels: AttendanceLabels | None = None,
    setup: PrintSetup | None = None,
    progress: Progress | None = None,
    extra_sheets: Sequence[Callable[[Workbook], None]] = (),
) -> Path:
    """Write the workbook of `report` to `path` (atomically); return the path.

    One sheet per session (title block, attendance table) and a summary sheet: first for an
    event, after the list when the report holds one session. `extra_sheets` add theirs after
    (the BPJS conversion sheet).
    """
    labels = labels or AttendanceLabels()
    setup = setup or PrintSetup()
    target = Path(path)
    total = report.row_count + len(report.sessions) + 1
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(min(done, total), total)

    tick(0)
    with atomic_target(target) as temp:
        wb = Workbook(write_only=True)
        try:
            _fill(wb, report, labels, setup, tick)
            for add_sheet in extra_sheets:
                add_sheet(wb)
        except BaseException:
            _discard(wb)
            raise
        wb.save(temp)
    tick(1)
    return target
