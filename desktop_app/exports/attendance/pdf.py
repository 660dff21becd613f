"""The printable attendance sheet (daftar hadir) that people sign, as a PDF.

Kop, title block, the table (No, Nama, NIK, Lembaga/Usaha, Alamat, No. HP, Jabatan, and the
signature column in the customary zigzag: odd numbers left, even right), a few numbered empty
rows for late walk-ins, and the signatory block. Fonts are DejaVu, embedded; the document
starts in it, so reportlab never adds a Helvetica the printer would have to guess.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop_app.exports.attendance._pdf_parts import (
    SignatureTable,
    Styles,
    escape,
    kop,
    signature_block,
    title_block,
)
from desktop_app.exports.attendance.data import AttendeeRow, EventReport, SessionReport
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.files import Progress, atomic_target
from desktop_app.exports.fonts import FontNames, register_fonts
from desktop_app.exports.letterhead import PAPER_MM, PrintSetup

BLANK_ROWS = 5  # numbered empty rows for people who arrive after the sheet was printed
MARGIN = 12 * mm
TAIL_ROWS = 3  # rows that go with the signature block rather than leave it alone on a page
BLANK_ROW_MM = 10
# Column widths in mm on A4 landscape (273 mm between the margins); wider paper widens the texts.
WIDTHS_MM = (8, 44, 31, 42, 46, 29, 27, 23, 23)
STRETCH = (1, 3, 4)  # Nama, Lembaga/Usaha, Alamat take the extra width of F4


class _SessionStart(Flowable):
    """An invisible marker: the footer names this session and numbers its pages from here."""

    def __init__(self, index: int, footer_text: str) -> None:
        super().__init__()
        self.index = index
        self.footer_text = footer_text
        self.width = self.height = 0

    def draw(self) -> None:
        pass


def _widths(frame_width: float) -> list[float]:
    widths = [w * mm for w in WIDTHS_MM]
    extra = (frame_width - sum(widths)) / len(STRETCH)
    for i in STRETCH:
        widths[i] += extra
    return widths


def _signature_text(number: int, width: float, font: str, size: float) -> str:
    """`7. ..........` filling most of a signature half-cell."""
    head = f"{number}. "
    dots = int((width - 10 - stringWidth(head, font, size)) / stringWidth(".", font, size))
    return head + "." * max(dots, 3)


class _SheetTable(Table):
    """The attendance table; reportlab's split parts of it are of this class too."""


Entry = tuple[int, AttendeeRow | None]  # the printed number, and who (None: an empty row)


def _entries(rows: Sequence[AttendeeRow], fill_to: int = 0) -> list[Entry]:
    """The rows, then numbered empty ones: up to `fill_to` (a batch's capacity), else BLANK_ROWS."""
    blanks = fill_to - len(rows) if fill_to > len(rows) else BLANK_ROWS
    extra = range(len(rows) + 1, len(rows) + 1 + blanks)
    return [(r.no, r) for r in rows] + [(no, None) for no in extra]


def _table(
    entries: Sequence[Entry], labels: AttendanceLabels, styles: Styles, f: FontNames, width: float
) -> Table:
    widths = _widths(width)
    sign_width = widths[-1]
    body = styles.body
    heads = [labels.no, labels.name, labels.nik, labels.organization, labels.address]
    heads += [labels.phone, labels.position, labels.signature, ""]
    data: list[list[object]] = [[Paragraph(escape(h), styles.head) for h in heads]]
    size = body.fontSize
    heights: list[float | None] = [None]
    for no, r in entries:
        sign = _signature_text(no, sign_width, f.condensed, size)
        zigzag = [sign, ""] if no % 2 else ["", sign]  # odd numbers sign left, even right
        if r is not None:
            texts = [r.name, r.nik, r.organization or "", r.address or "", r.phone, r.position or ""]
            data.append([str(no), *[Paragraph(escape(t), body) for t in texts], *zigzag])
            heights.append(None)  # grows with its text
        else:
            data.append([str(no), "", "", "", "", "", "", *zigzag])
            heights.append(BLANK_ROW_MM * mm)  # room for handwriting
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), f.condensed, size),
            ("GRID", (0, 0), (-3, -1), 0.5, colors.black),
            ("BOX", (-2, 0), (-1, -1), 0.5, colors.black),
            ("LINEBELOW", (-2, 0), (-1, -1), 0.5, colors.black),
            ("SPAN", (-2, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9e8")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return _SheetTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, style=style)


@dataclass(frozen=True)
class _Layout:
    labels: AttendanceLabels
    setup: PrintSetup
    styles: Styles
    fonts: FontNames
    width: float
    fill_to_capacity: bool = False


def _session_story(
    index: int, report: EventReport, session: SessionReport, lay: _Layout, tail: bool
) -> list[Flowable]:
    """One session's pages.

    With `tail` the last rows go to a new page with the signature block, which otherwise would
    stand alone on a page nobody can tie to the list.
    """
    h, labels = session.header, lay.labels
    footer = f"{labels.sheet_title.title()} · {h.event_title} · {labels.batch} {h.batch} · " + (
        labels.day_date_text(h.date)
    )
    story: list[Flowable] = [_SessionStart(index, footer)]
    story += kop(lay.setup.letterhead, lay.styles, lay.width)
    story += title_block(h, labels, lay.styles)
    entries = _entries(session.rows, h.capacity if lay.fill_to_capacity else 0)
    ending: list[Flowable] = []
    if tail and len(entries) > TAIL_ROWS:
        story.append(_table(entries[:-TAIL_ROWS], labels, lay.styles, lay.fonts, lay.width))
        story.append(PageBreak())
        entries = entries[-TAIL_ROWS:]
    ending.append(_table(entries, labels, lay.styles, lay.fonts, lay.width))
    if not report.full_nik and session.rows:
        ending.append(Paragraph(escape(labels.nik_masked_note), lay.styles.note))
    ending.append(
        signature_block(h, lay.setup.letterhead, lay.setup.signatories, labels, lay.styles, lay.width)
    )
    return story + ending


def _build(
    target: Path,
    report: EventReport,
    lay: _Layout,
    page: tuple[float, float],
    tails: set[int],
    tick: Callable[[], None],
) -> set[int]:
    """Lay out and write the PDF; return the sessions whose signature block stood alone on a page."""
    story: list[Flowable] = []
    for index, session in enumerate(report.sessions):
        if index:
            story.append(PageBreak())
        story += _session_story(index, report, session, lay, index in tails)
    f, labels = lay.fonts, lay.labels
    state = {"footer": "", "first": 1, "session": 0}
    table_page: dict[int, int] = {}
    lonely: set[int] = set()

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(f.sans, 7.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN, 7 * mm, str(state["footer"]))
        number = canvas.getPageNumber() - int(state["first"]) + 1
        canvas.drawRightString(page[0] - MARGIN, 7 * mm, labels.page.format(page=number))
        canvas.restoreState()

    def after_flowable(flowable: Flowable) -> None:
        if isinstance(flowable, _SessionStart):
            state.update(footer=flowable.footer_text, first=doc.page, session=flowable.index)
            tick()  # also where a cancel is noticed while pages are laid out
        elif isinstance(flowable, _SheetTable):
            table_page[int(state["session"])] = doc.page
        elif isinstance(flowable, SignatureTable) and doc.page > table_page.get(
            int(state["session"]), doc.page
        ):
            lonely.add(int(state["session"]))

    doc = BaseDocTemplate(
        str(target),
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=10 * mm,
        bottomMargin=13 * mm,
        title=f"{labels.sheet_title} — {report.title}",
        author=lay.setup.letterhead.office,
        creator="Hadir",
        initialFontName=f.sans,  # without it reportlab adds a Helvetica nobody embeds
        initialFontSize=10,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=footer)])
    doc.afterFlowable = after_flowable  # type: ignore[method-assign]
    doc.build(story)
    return lonely


def write_attendance_pdf(
    report: EventReport,
    path: Path | str,
    labels: AttendanceLabels | None = None,
    setup: PrintSetup | None = None,
    progress: Progress | None = None,
    *,
    fill_to_capacity: bool = False,
) -> Path:
    """Write the sheets of every session in `report` to `path` (atomically); return the path.

    With `fill_to_capacity` (the sheet printed before the event) numbered empty rows follow the
    listed people up to the batch's capacity, for walk-ins to sign as they arrive.
    """
    f = register_fonts()
    lay = _Layout(labels or AttendanceLabels(), setup or PrintSetup(), Styles.make(f), f, 0, fill_to_capacity)
    page = landscape(tuple(x * mm for x in PAPER_MM.get(lay.setup.paper, PAPER_MM["A4"])))
    lay = replace(lay, width=page[0] - 2 * MARGIN)
    total = len(report.sessions) + 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done, total), total)

    with atomic_target(Path(path)) as temp:
        lonely = _build(temp, report, lay, page, set(), tick)
        if lonely:  # rare: lay out again, moving the last rows next to the signature block
            _build(temp, report, lay, page, lonely, lambda: None)
    tick()
    return Path(path)
