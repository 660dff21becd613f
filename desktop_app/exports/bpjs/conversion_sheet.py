"""The *Konversi BPJS* sheet of the attendance workbook: each batch's conversion figures and the total.

Counts are numbers, the rate a percentage; the windows (30 and 90 days by default) are in the headers.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from desktop_app.core.bpjs_conversion import ConversionReport, Figures


@dataclass(frozen=True)
class ConversionLabels:
    """The sheet's texts in the document's language."""

    sheet: str = "Konversi BPJS"
    title: str = "KEPESERTAAN BPJS KETENAGAKERJAAN PESERTA YANG HADIR"
    note: str = (
        "Mendaftar sesudahnya: tanggal daftar pada hari sesi atau sesudahnya. Tanggal daftar sebelum sesi "
        "tidak pernah dihitung sebagai konversi. Total: setiap orang dihitung sekali, pada sesi pertamanya."
    )
    batch: str = "Angkatan"
    date: str = "Tanggal"
    attended: str = "Hadir"
    members_before: str = "Sudah Peserta Sebelumnya"
    registered_after: str = "Mendaftar Sesudahnya"
    within: str = "≤ {days} Hari"
    not_registered: str = "Belum Terdaftar"
    rate: str = "Konversi"
    walk_ins: str = "Tanpa Undangan: Hadir"
    walk_ins_before: str = "Tanpa Undangan: Sudah Peserta"
    walk_ins_after: str = "Tanpa Undangan: Mendaftar"
    walk_ins_not: str = "Tanpa Undangan: Belum"
    interested: str = "Tertarik BPU: Hadir"
    interested_before: str = "Tertarik BPU: Sudah Peserta"
    interested_after: str = "Tertarik BPU: Mendaftar"
    interested_not: str = "Tertarik BPU: Belum"
    total: str = "Total"


ENGLISH = ConversionLabels(
    sheet="BPJS Conversion",
    title="BPJS KETENAGAKERJAAN MEMBERSHIP OF THE ATTENDEES",
    note=(
        "Registered after: registration date on the session's day or later. A registration date before the "
        "session never counts as a conversion. Total: each person once, at their first session."
    ),
    batch="Batch",
    date="Date",
    attended="Attended",
    members_before="Members Before",
    registered_after="Registered After",
    within="≤ {days} Days",
    not_registered="Not Registered",
    rate="Conversion",
    walk_ins="Walk-ins: Attended",
    walk_ins_before="Walk-ins: Members Before",
    walk_ins_after="Walk-ins: Registered",
    walk_ins_not="Walk-ins: Not Yet",
    interested="Interested: Attended",
    interested_before="Interested: Members Before",
    interested_after="Interested: Registered",
    interested_not="Interested: Not Yet",
    total="Total",
)


def conversion_labels(lang: str) -> ConversionLabels:
    """English for `en`, Indonesian otherwise."""
    return ENGLISH if lang == "en" else ConversionLabels()


def _numbers(everyone: Figures, walk_ins: Figures, interested: Figures) -> list[object]:
    return [
        everyone.attended,
        everyone.members_before,
        everyone.registered_after,
        everyone.within_short,
        everyone.within_long,
        everyone.not_registered,
        everyone.rate,
        walk_ins.attended,
        walk_ins.members_before,
        walk_ins.registered_after,
        walk_ins.not_registered,
        interested.attended,
        interested.members_before,
        interested.registered_after,
        interested.not_registered,
    ]


def write_conversion_sheet(
    wb: Workbook, report: ConversionReport, labels: ConversionLabels | None = None
) -> None:
    """Add the sheet to a write-only workbook (before it is saved)."""
    labels = labels or ConversionLabels()
    ws = wb.create_sheet(labels.sheet[:31])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E2E0")

    def text(value: str, font: Font | None = None, shade: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        if shade:
            cell.fill = fill
        return cell

    def row(values: list[object], font: Font | None = None) -> list[WriteOnlyCell]:
        cells = []
        for index, value in enumerate(values):
            cell = WriteOnlyCell(ws, value=value)
            if index == 8:  # the rate (two label columns come first)
                cell.number_format = "0%"
            elif index == 1 and value and not isinstance(value, str):
                cell.number_format = "dd/mm/yyyy"
            if font is not None:
                cell.font = font
            cells.append(cell)
        return cells

    for letter, width in zip(
        "ABCDEFGHIJKLMNOPQ", (10, 12, 8, 14, 14, 10, 10, 12, 10, *[14] * 8), strict=True
    ):
        ws.column_dimensions[letter].width = width
    ws.append([text(labels.title, Font(bold=True, size=13))])
    ws.append([text(f"{report.event_title}")])
    ws.append([text(labels.note, Font(italic=True))])
    ws.append([])
    headers = [
        labels.batch,
        labels.date,
        labels.attended,
        labels.members_before,
        labels.registered_after,
        labels.within.format(days=report.short_days),
        labels.within.format(days=report.long_days),
        labels.not_registered,
        labels.rate,
        labels.walk_ins,
        labels.walk_ins_before,
        labels.walk_ins_after,
        labels.walk_ins_not,
        labels.interested,
        labels.interested_before,
        labels.interested_after,
        labels.interested_not,
    ]
    ws.append([text(h, bold, shade=True) for h in headers])
    for s in report.sessions:
        ws.append(row([s.batch, s.date, *_numbers(s.everyone, s.walk_ins, s.interested)]))
    totals = _numbers(report.totals, report.totals_walk_ins, report.totals_interested)
    ws.append(row([labels.total, None, *totals], bold))
    ws.freeze_panes = "A6"
