"""The laporan kegiatan as a PDF.

Kop, title, basis, purpose, when and where, speakers, the numbers with charts, the notulen, the
photo pages, and as annexes the daftar hadir and the certificates. Portrait on the office's paper (A4 or F4), DejaVu embedded (the document starts in it, so no
Helvetica is added), the same kop and signatory block as the daftar hadir.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.attendance.sheet_parts import Styles, escape, kop, signature_block
from desktop_app.exports.files import Progress, atomic_target
from desktop_app.exports.fonts import FontNames, register_fonts
from desktop_app.exports.letterhead import PAPER_MM, PrintSetup
from desktop_app.exports.report._numbers import numbers_section
from desktop_app.exports.report._photos import photo_pages
from desktop_app.exports.report.data import ActivityReport, ReportLabels

MARGIN = 20 * mm
# reportlab sets every cell's font before drawing it, Paragraph or not: without a FONT command that
# is a Helvetica nobody embeds. DejaVu is registered under this name by register_fonts().
TABLE_STYLE = [
    ("FONT", (0, 0), (-1, -1), FontNames.sans, 9),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9e8")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _heading(number: int, text: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<b>{number}. {escape(text)}</b>", styles.info)


def _paragraphs(text: str, styles: Styles, empty: str) -> list[Flowable]:
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()] or [empty]
    return [Paragraph(escape(p).replace("\n", "<br/>"), styles.info) for p in parts]


def _sessions(report: ActivityReport, words: AttendanceLabels, styles: Styles, width: float) -> Table:
    head = [words.batch, words.day_date, words.time, words.venue]
    rows: list[list[object]] = [[Paragraph(f"<b>{escape(h)}</b>", styles.body) for h in head]]
    for s in report.attendance.sessions:
        h = s.header
        texts = [
            str(h.batch),
            words.day_date_text(h.date),
            words.time_text(h.start_time, h.end_time, h.timezone),
        ]
        rows.append([Paragraph(escape(t), styles.body) for t in [*texts, h.venue]])
    return Table(rows, colWidths=[18 * mm, 45 * mm, 32 * mm, width - 95 * mm], style=TableStyle(TABLE_STYLE))


def _list(items: tuple[str, ...], styles: Styles, empty: str) -> list[Flowable]:
    if not items:
        return [Paragraph(escape(empty), styles.info)]
    return [Paragraph(f"{i}. {escape(item)}", styles.info) for i, item in enumerate(items, start=1)]


def _annexes(
    report: ActivityReport, labels: ReportLabels, words: AttendanceLabels, styles: Styles, width: float
) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), Paragraph(escape(labels.annex_attendance), styles.title)]
    head = [words.no, labels.name, words.nik, labels.organization, labels.kecamatan, labels.arrival]
    widths = [10 * mm, 45 * mm, 30 * mm, width - 135 * mm, 30 * mm, 20 * mm]
    for s in report.attendance.sessions:
        story += [
            Spacer(1, 3 * mm),
            Paragraph(
                escape(f"{words.batch} {s.header.batch} — {words.day_date_text(s.header.date)}"),
                styles.subtitle,
            ),
            Spacer(1, 2 * mm),
        ]
        rows: list[list[object]] = [[Paragraph(f"<b>{escape(h)}</b>", styles.body) for h in head]]
        for r in s.rows:
            cells = [
                str(r.no),
                r.name,
                r.nik,
                r.organization or "",
                r.kecamatan or "",
                r.checked_in_at.strftime("%H.%M"),
            ]
            rows.append([Paragraph(escape(c), styles.body) for c in cells])
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(TABLE_STYLE)))
    story += [PageBreak(), Paragraph(escape(labels.annex_certificates), styles.title), Spacer(1, 3 * mm)]
    rows = [
        [
            Paragraph(f"<b>{escape(h)}</b>", styles.body)
            for h in (words.no, labels.number, labels.name, words.batch)
        ]
    ]
    for i, c in enumerate(report.certificates, start=1):
        rows.append([Paragraph(escape(t), styles.body) for t in (str(i), c.number, c.name, str(c.batch))])
    if not report.certificates:
        rows.append(["", Paragraph(escape(labels.none), styles.body), "", ""])
    story.append(
        Table(
            rows,
            colWidths=[10 * mm, 60 * mm, width - 95 * mm, 25 * mm],
            repeatRows=1,
            style=TableStyle(TABLE_STYLE),
        )
    )
    return story


def _story(
    report: ActivityReport,
    labels: ReportLabels,
    words: AttendanceLabels,
    setup: PrintSetup,
    styles: Styles,
    f: FontNames,
    width: float,
    height: float,
) -> list[Flowable]:
    a = report.attendance
    story: list[Flowable] = kop(setup.letterhead, styles, width)
    story += [
        Paragraph(escape(labels.title), styles.title),
        Paragraph(escape(a.title), styles.subtitle),
        Spacer(1, 5 * mm),
    ]
    gap = Spacer(1, 2 * mm)
    story += [_heading(1, labels.basis, styles), gap, *_list(report.basis, styles, labels.none), gap]
    story += [
        _heading(2, labels.purpose, styles),
        gap,
        *_paragraphs(report.purpose, styles, labels.none),
        gap,
    ]
    story += [_heading(3, labels.when_where, styles), gap, _sessions(report, words, styles, width), gap]
    story += [_heading(4, labels.speakers, styles), gap, *_list(report.speakers, styles, labels.none), gap]
    story += [
        _heading(5, labels.participants, styles),
        gap,
        *numbers_section(report, labels, words, styles, f, width),
    ]
    story += [_heading(6, labels.notes, styles), gap, *_paragraphs(report.notes, styles, labels.none), gap]
    story += [_heading(7, labels.closing, styles), gap, Paragraph(escape(labels.closing_text), styles.info)]
    last = a.sessions[-1].header if a.sessions else None
    if last is not None:
        story.append(signature_block(last, setup.letterhead, setup.signatories, words, styles, width))
    story += photo_pages(report.photos, labels.photos, styles, width, height)
    story += _annexes(report, labels, words, styles, width)
    return story


def write_activity_report(
    report: ActivityReport,
    path: Path | str,
    labels: ReportLabels | None = None,
    words: AttendanceLabels | None = None,
    setup: PrintSetup | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the report to `path` atomically; return the path.

    Raises:
        InvalidField: a photo is missing or not an image (checked before anything is written).
    """
    labels, words, setup = labels or ReportLabels(), words or AttendanceLabels(), setup or PrintSetup()
    f = register_fonts()
    styles = Styles.make(f)
    page = tuple(x * mm for x in PAPER_MM.get(setup.paper, PAPER_MM["A4"]))
    width, height = page[0] - 2 * MARGIN, page[1] - 2 * MARGIN
    if progress:
        progress(0, 2)
    story = _story(report, labels, words, setup, styles, f, width, height)

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(f.sans, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN, 10 * mm, f"{labels.title.title()} · {report.attendance.title}"[:110])
        canvas.drawRightString(page[0] - MARGIN, 10 * mm, labels.page.format(page=canvas.getPageNumber()))
        canvas.restoreState()

    with atomic_target(Path(path)) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=page,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=15 * mm,
            bottomMargin=MARGIN,
            title=f"{labels.title} — {report.attendance.title}",
            author=setup.letterhead.office,
            creator="Hadir",
            initialFontName=f.sans,
            initialFontSize=10,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPageEnd=footer)])
        doc.build(story)
    if progress:
        progress(2, 2)
    return Path(path)
