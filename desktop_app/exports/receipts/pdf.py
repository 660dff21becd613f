"""The transport-money receipt sheet (tanda terima uang transport) of one session, as a PDF.

Kop, title, the session, a table (No, Nama, Lembaga/Usaha, Jumlah, and the signature column in the
zigzag: odd numbers left, even right), the total in figures and in Indonesian words, and two
blocks: the head of office ("Mengetahui") left and the treasurer (Bendahara) right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from desktop_app.core.terbilang import rupiah, terbilang
from desktop_app.exports.attendance.data import SessionHeader
from desktop_app.exports.attendance.labels import AttendanceLabels
from desktop_app.exports.attendance.sheet_parts import Styles, escape, kop, signature_block
from desktop_app.exports.files import atomic_target
from desktop_app.exports.fonts import register_fonts
from desktop_app.exports.letterhead import PAPER_MM, PrintSetup, Signatory

MARGIN = 15 * mm


@dataclass(frozen=True)
class ReceiptRow:
    """One attendee who receives the money."""

    no: int
    name: str
    organization: str | None
    amount: int  # rupiah


@dataclass(frozen=True)
class ReceiptLabels:
    """The printed words."""

    title: str = "TANDA TERIMA UANG TRANSPORT"
    name: str = "Nama"
    organization: str = "Lembaga/Usaha"
    amount: str = "Jumlah (Rp)"
    signature: str = "Tanda Tangan"
    total: str = "Jumlah"
    in_words: str = "Terbilang"
    currency_word: str = "rupiah"


def _sign_text(no: int) -> str:
    return f"{no}. ................"


def write_transport_receipt(
    path: Path | str,
    header: SessionHeader,
    rows: Sequence[ReceiptRow],
    treasurer: Signatory,
    setup: PrintSetup | None = None,
    labels: ReceiptLabels | None = None,
    words: AttendanceLabels | None = None,
) -> Path:
    """Write the receipt sheet atomically; return the path."""
    setup, labels, words = setup or PrintSetup(), labels or ReceiptLabels(), words or AttendanceLabels()
    f = register_fonts()
    styles = Styles.make(f)
    page = tuple(x * mm for x in PAPER_MM.get(setup.paper, PAPER_MM["A4"]))
    width = page[0] - 2 * MARGIN
    total = sum(r.amount for r in rows)
    body = styles.body
    head = [words.no, labels.name, labels.organization, labels.amount, labels.signature, ""]
    data: list[list[object]] = [[Paragraph(f"<b>{escape(h)}</b>", styles.head) for h in head]]
    for r in rows:
        sign = [_sign_text(r.no), ""] if r.no % 2 else ["", _sign_text(r.no)]
        money = rupiah(r.amount).removeprefix("Rp")
        data.append(
            [
                str(r.no),
                Paragraph(escape(r.name), body),
                Paragraph(escape(r.organization or ""), body),
                money,
                *sign,
            ]
        )
    data.append(
        ["", Paragraph(f"<b>{escape(labels.total)}</b>", body), "", rupiah(total).removeprefix("Rp"), "", ""]
    )
    sign_w = 28 * mm
    widths = [9 * mm, 0, 0, 26 * mm, sign_w, sign_w]
    free = width - sum(widths)
    widths[1], widths[2] = free * 0.55, free * 0.45
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f.condensed, 8.5),
                ("GRID", (0, 0), (-3, -1), 0.5, colors.black),
                ("BOX", (-2, 0), (-1, -1), 0.5, colors.black),
                ("LINEBELOW", (-2, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (-2, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9e8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (3, 1), (3, -1), "RIGHT"),
                ("FONT", (3, -1), (3, -1), f.condensed_bold, 8.5),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        ),
    )
    facts = [
        (words.batch, str(header.batch)),
        (words.day_date, words.day_date_text(header.date)),
        (words.venue, header.venue),
    ]
    info = Table(
        [[Paragraph(escape(k), styles.info), ":", Paragraph(escape(v), styles.info)] for k, v in facts],
        colWidths=[32 * mm, 4 * mm, width - 36 * mm],
        style=TableStyle([("FONT", (0, 0), (-1, -1), f.sans, 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )
    amount_words = f"{terbilang(total)} {labels.currency_word}".capitalize()
    story = [
        *kop(setup.letterhead, styles, width),
        Paragraph(escape(labels.title), styles.title),
        Paragraph(escape(header.event_title), styles.subtitle),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 2 * mm),
        Paragraph(f"<b>{escape(labels.in_words)}:</b> <i>{escape(amount_words)}</i>", styles.info),
    ]
    head_of_office = setup.signatories[0] if setup.signatories else Signatory()
    # The head of office left ("Mengetahui,"), the treasurer right, under the place and date.
    story.append(signature_block(header, setup.letterhead, (head_of_office, treasurer), words, styles, width))
    with atomic_target(Path(path)) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=page,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=12 * mm,
            bottomMargin=15 * mm,
            title=f"{labels.title} — {header.event_title}",
            author=setup.letterhead.office,
            creator="Hadir",
            initialFontName=f.sans,
            initialFontSize=10,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
        doc.build(story)
    return Path(path)
