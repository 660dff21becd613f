"""Pieces of the printable attendance sheet: the kop, the title block and the signatory block."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from desktop_app.exports.attendance.data import SessionHeader
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.fonts import FontNames
from desktop_app.exports.letterhead import Letterhead, Signatory, format_nip

log = logging.getLogger(__name__)
LOGO_MM = 22


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the sheet, all in the embedded DejaVu fonts."""

    government: ParagraphStyle
    office: ParagraphStyle
    address: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    info: ParagraphStyle
    head: ParagraphStyle
    body: ParagraphStyle
    body_center: ParagraphStyle
    note: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle

    @classmethod
    def make(cls, f: FontNames) -> Styles:
        """Build the styles over registered fonts."""

        def style(name: str, font: str, size: float, align: int = TA_LEFT, **kw: object) -> ParagraphStyle:
            return ParagraphStyle(
                name, fontName=font, fontSize=size, leading=size * 1.22, alignment=align, **kw
            )

        return cls(
            government=style("government", f.sans_bold, 12.5, TA_CENTER),
            office=style("office", f.sans_bold, 14, TA_CENTER),
            address=style("address", f.sans, 9, TA_CENTER),
            title=style("title", f.sans_bold, 13, TA_CENTER, spaceAfter=1 * mm),
            subtitle=style("subtitle", f.sans_bold, 10.5, TA_CENTER),
            info=style("info", f.sans, 9.5),
            head=style("head", f.condensed_bold, 8.5, TA_CENTER),
            body=style("body", f.condensed, 8.5),
            body_center=style("body_center", f.condensed, 8.5, TA_CENTER),
            note=style("note", f.sans_italic, 7.5),
            sign=style("sign", f.sans, 9.5, TA_CENTER),
            sign_name=style("sign_name", f.sans_bold, 9.5, TA_CENTER),
        )


def _logo(path: str | None, height: float) -> Flowable | None:
    if not path:
        return None
    file = Path(path)
    if not file.is_file():
        log.warning("letterhead logo %s not found; printed without it", file.name)
        return None
    try:
        image = Image(str(file))
    except Exception:  # a damaged image must not stop the office from printing the sheet
        log.warning("letterhead logo %s cannot be read; printed without it", file.name, exc_info=True)
        return None
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
    image.drawHeight, image.drawWidth = height, height * ratio
    return image


class DoubleRule(Flowable):
    """The kop's double rule: a thick line over a thin one, across the frame."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 2.2 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.6)
        canvas.line(0, self.height - 0.4 * mm, self.width, self.height - 0.4 * mm)
        canvas.setLineWidth(0.5)
        canvas.line(0, self.height - 1.5 * mm, self.width, self.height - 1.5 * mm)


def kop(letterhead: Letterhead, styles: Styles, width: float) -> list[Flowable]:
    """The letterhead: logos (when set and readable) either side of the office's name and address."""
    lines: list[Flowable] = []
    if letterhead.government:
        lines.append(Paragraph(escape(letterhead.government), styles.government))
    lines.append(Paragraph(escape(letterhead.office), styles.office))
    lines += [Paragraph(escape(line), styles.address) for line in letterhead.address_lines if line.strip()]
    side = LOGO_MM * mm + 4 * mm
    left, right = _logo(letterhead.logo_left, LOGO_MM * mm), _logo(letterhead.logo_right, LOGO_MM * mm)
    block = Table(
        [[left or "", lines, right or ""]],
        colWidths=[side, width - 2 * side, side],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.address.fontName, 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [block, Spacer(1, 1.5 * mm), DoubleRule(width), Spacer(1, 3 * mm)]


def title_block(header: SessionHeader, labels: AttendanceLabels, styles: Styles) -> list[Flowable]:
    """DAFTAR HADIR, the event, and the batch, day and date, time and venue."""
    facts = [
        (labels.batch, str(header.batch)),
        (labels.day_date, labels.day_date_text(header.date)),
        (labels.time, labels.time_text(header.start_time, header.end_time, header.timezone)),
        (labels.venue, header.venue),
    ]
    rows = [[Paragraph(escape(k), styles.info), ":", Paragraph(escape(v), styles.info)] for k, v in facts]
    info = Table(
        rows,
        colWidths=[32 * mm, 4 * mm, 150 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.info.fontName, styles.info.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        ),
    )
    return [
        Paragraph(escape(labels.sheet_title), styles.title),
        Paragraph(escape(header.event_title), styles.subtitle),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 3 * mm),
    ]


def _signature(
    person: Signatory, top_lines: list[str], labels: AttendanceLabels, styles: Styles
) -> list[Flowable]:
    blank = "." * 40
    name = f"<u>{escape(person.name)}</u>" if person.name else blank
    nip = format_nip(person.nip) or "." * 30
    cells: list[Flowable] = [Paragraph(escape(line) or "&nbsp;", styles.sign) for line in top_lines]
    cells.append(Paragraph(escape(person.title), styles.sign))
    cells.append(Spacer(1, 20 * mm))
    cells.append(Paragraph(name, styles.sign_name))
    if person.rank:
        cells.append(Paragraph(escape(person.rank), styles.sign))
    cells.append(Paragraph(escape(labels.nip.format(nip=nip)), styles.sign))
    return cells


class SignatureTable(Table):
    """The signatory block's table (the layout checks on which page it lands)."""


def signature_block(
    header: SessionHeader,
    letterhead: Letterhead,
    signatories: tuple[Signatory, ...],
    labels: AttendanceLabels,
    styles: Styles,
    width: float,
) -> Flowable:
    """Place and date, "Mengetahui," and the signatory (right); a second signatory goes left."""
    place_date = f"{letterhead.city}, {labels.date_text(header.date)}" if letterhead.city else ""
    column = 95 * mm
    first = signatories[0] if signatories else Signatory()
    if len(signatories) > 1:
        left = _signature(first, ["", labels.acknowledged], labels, styles)
        right = _signature(signatories[1], [place_date, ""], labels, styles)
    else:
        left = [Paragraph("&nbsp;", styles.sign)]
        right = _signature(first, [place_date, labels.acknowledged], labels, styles)
    table = SignatureTable(
        [[left, "", right]],
        colWidths=[column, width - 2 * column, column],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.sign.fontName, styles.sign.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def escape(text: str | None) -> str:
    """Text for a Paragraph: its markup characters escaped."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
