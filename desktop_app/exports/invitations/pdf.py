"""Invitations to print and cut: eight cards on an A4 page, each with the QR code the desk scans.

Plain rows and labels in, a PDF out. The QR code is drawn as one vector path (qr_matrix), so it
stays sharp on any printer and costs a fraction of a millisecond; the code is also printed in
letters, for a desk without a scanner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.exports.files import atomic_target
from desktop_app.exports.fonts import register_fonts
from desktop_app.exports.qr.matrix import qr_path, qr_pdf_operators

Progress = Callable[[int, int], None]
COLUMNS, ROWS = 2, 4
ACCENT = HexColor("#0F766E")
MUTED = HexColor("#4B5563")


@dataclass(frozen=True)
class InvitationCard:
    """One invitation: who, to what, when and where, and the code on it."""

    name: str
    organization: str | None
    code: str
    event_title: str
    batch: int
    day_date: str  # "Selasa, 16 Februari 2021"
    time_range: str  # "09.00–12.00 WIB"
    venue: str
    organizer: str


@dataclass(frozen=True)
class InvitationLabels:
    """The words on every card, in the document's language."""

    heading: str = "UNDANGAN"
    batch: str = "Angkatan"
    date: str = "Hari/Tanggal"
    time: str = "Pukul"
    venue: str = "Tempat"
    bring: str = "Tunjukkan kode ini di meja registrasi"
    cut: str = "gunting di sini"


def _fit(text: str, font: str, size: float, width: float, smallest: float = 7.0) -> float:
    """The largest size up to `size` at which `text` fits `width` (not below `smallest`)."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _clip(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, font: str, size: float, width: float, lines: int = 2) -> list[str]:
    """`text` on at most `lines` lines of `width`; the last one clipped with an ellipsis."""
    words, out, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return [_clip(line, font, size, width) for line in out]


def _card(
    c: Canvas, card: InvitationCard, labels: InvitationLabels, x: float, y: float, w: float, h: float
) -> None:
    fonts = register_fonts()
    pad = 7 * mm
    qr_size = 26 * mm
    text_w = w - 2 * pad - qr_size - 6 * mm  # the QR code needs 4 light modules (~4.2 mm) around it
    label_w = 17.5 * mm
    top = y + h - pad
    c.setFillColor(ACCENT)
    c.setFont(fonts.sans_bold, 9)
    c.drawString(x + pad, top - 2, labels.heading)
    c.setFillColor(MUTED)
    c.setFont(fonts.sans, 7.5)
    c.drawString(x + pad, top - 12, _clip(card.event_title, fonts.sans, 7.5, w - 2 * pad))
    c.setFillColor(HexColor("#111827"))
    size = _fit(card.name, fonts.sans_bold, 13, text_w)
    c.setFont(fonts.sans_bold, size)
    c.drawString(x + pad, top - 32, _clip(card.name, fonts.sans_bold, size, text_w))
    c.setFont(fonts.sans, 9)
    if card.organization:
        c.drawString(x + pad, top - 45, _clip(card.organization, fonts.sans, 9, text_w))
    lines = [
        (labels.batch, str(card.batch)),
        (labels.date, card.day_date),
        (labels.time, card.time_range),
        (labels.venue, card.venue),
    ]
    line_y = top - 62
    for label, value in lines:
        c.setFont(fonts.sans, 7)
        c.setFillColor(MUTED)
        c.drawString(x + pad, line_y, label)
        c.setFillColor(HexColor("#111827"))
        c.setFont(fonts.sans_bold, 7.5)
        for part in _wrap(value, fonts.sans_bold, 7.5, text_w - label_w):
            c.drawString(x + pad + label_w, line_y, part)
            line_y -= 9.5
        line_y -= 1.5
    modules, body = qr_path(card.code)
    quiet = 4 * qr_size / modules  # the light margin a QR code needs on every side
    qr_x = x + w - pad - qr_size
    qr_y = y + pad + quiet + 4
    c.addLiteral(qr_pdf_operators((modules, body), qr_x, qr_y, qr_size))
    c.setFont(fonts.condensed_bold, 9)
    c.drawCentredString(qr_x + qr_size / 2, qr_y - quiet - 3, card.code)
    c.setFont(fonts.sans, 6.5)
    c.setFillColor(MUTED)
    c.drawString(x + pad, y + pad, _clip(labels.bring, fonts.sans, 6.5, text_w))
    c.drawString(x + pad, y + pad - 9, _clip(card.organizer, fonts.sans, 6.5, text_w))


def _cut_lines(c: Canvas, width: float, height: float, labels: InvitationLabels) -> None:
    fonts = register_fonts()
    c.saveState()
    c.setStrokeColor(HexColor("#9CA3AF"))
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    for col in range(1, COLUMNS):
        c.line(width * col / COLUMNS, 0, width * col / COLUMNS, height)
    for row in range(1, ROWS):
        c.line(0, height * row / ROWS, width, height * row / ROWS)
        c.setFont(fonts.sans, 5.5)
        c.setFillColor(HexColor("#9CA3AF"))
        c.drawString(3 * mm, height * row / ROWS + 1.5, "✂ " + labels.cut)
    c.restoreState()


def write_invitations(
    path: Path,
    cards: Sequence[InvitationCard],
    labels: InvitationLabels | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the cards, eight to an A4 page with dashed cut lines, atomically."""
    labels = labels or InvitationLabels()
    fonts = register_fonts()
    width, height = A4
    per_page = COLUMNS * ROWS
    with atomic_target(path) as partial:
        c = Canvas(str(partial), pagesize=A4, initialFontName=fonts.sans, initialFontSize=9)
        c.setTitle(labels.heading)
        for index, card in enumerate(cards):
            slot = index % per_page
            if slot == 0 and index:
                c.showPage()
            if slot == 0:
                _cut_lines(c, width, height, labels)
            col, row = slot % COLUMNS, slot // COLUMNS
            w, h = width / COLUMNS, height / ROWS
            _card(c, card, labels, col * w, height - (row + 1) * h, w, h)
            if progress and index % 50 == 0:
                progress(index, len(cards))
        c.save()
    if progress:
        progress(len(cards), len(cards))
    return path
