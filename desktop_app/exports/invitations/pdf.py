"""Invitations to print and cut: six cards a page (A4 or F4), each with the QR code the desk scans.

Plain rows and labels in, a PDF out. Nothing on a card is cut off: names wrap to two lines at
9 pt or more, the venue to three, and text that still does not fit takes another line rather than
lose a word. Text keeps at least 7 mm from every edge of the card (so from the paper's edge too).
The QR code is drawn as one vector path (qr_matrix), sharp on any printer; the code is also
printed in letters, for a desk without a scanner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.exports.files import atomic_target
from desktop_app.exports.fonts import FontNames, register_fonts
from desktop_app.exports.invitations._text import fit_lines
from desktop_app.exports.letterhead import PAPER_MM
from desktop_app.exports.qr.matrix import qr_path, qr_pdf_operators

Progress = Callable[[int, int], None]
COLUMNS, ROWS = 2, 3
PAD = 7 * mm  # text to the card's edge; the outer cards' edge is the paper's
QR_SIZE = 26 * mm
LABEL_W = 19 * mm
ACCENT = HexColor("#0F766E")
MUTED = HexColor("#4B5563")
INK = HexColor("#111827")


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
    venue_address: str = ""
    contact: str = ""  # "Sri Lestari (0812-2600-1234)"
    health_line: str = ""


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
    address: str = "Alamat"
    contact: str = "Narahubung"


class _Pen:
    """Draws lines of text downwards from a starting height."""

    def __init__(self, c: Canvas, x: float, y: float) -> None:
        self.c, self.x, self.y = c, x, y

    def text(self, text: str, font: str, size: float, width: float, lines: int, smallest: float) -> None:
        size, parts = fit_lines(text, font, size, width, lines, smallest)
        self.c.setFont(font, size)
        for part in parts:
            self.y -= size * 1.2
            self.c.drawString(self.x, self.y, part)

    def field(self, label: str, value: str, f: FontNames, width: float, lines: int) -> None:
        self.c.setFillColor(MUTED)
        self.c.setFont(f.sans, 7.5)
        size, parts = fit_lines(value, f.sans_bold, 8, width - LABEL_W, lines, 7.5)
        self.c.drawString(self.x, self.y - size * 1.2, label)
        self.c.setFillColor(INK)
        self.c.setFont(f.sans_bold, size)
        for part in parts:
            self.y -= size * 1.2
            self.c.drawString(self.x + LABEL_W, self.y, part)
        self.y -= 1.5


def _card(
    c: Canvas, card: InvitationCard, labels: InvitationLabels, x: float, y: float, w: float, h: float
) -> None:
    f = register_fonts()
    full_w = w - 2 * PAD
    text_w = full_w - QR_SIZE - 5 * mm  # the QR code needs 4 light modules (~4.2 mm) around it
    pen = _Pen(c, x + PAD, y + h - PAD)
    c.setFillColor(ACCENT)
    pen.text(labels.heading, f.sans_bold, 9, full_w, 1, 9)
    c.setFillColor(MUTED)
    pen.text(card.event_title, f.sans, 8, full_w, 2, 8)
    pen.y -= 3
    c.setFillColor(INK)
    pen.text(card.name, f.sans_bold, 13, text_w, 2, 9)
    if card.organization:
        pen.text(card.organization, f.sans, 9, text_w, 2, 8)
    pen.y -= 3
    pen.field(labels.batch, str(card.batch), f, text_w, 1)
    pen.field(labels.date, card.day_date, f, text_w, 1)
    pen.field(labels.time, card.time_range, f, text_w, 1)
    pen.field(labels.venue, card.venue, f, text_w, 3)
    if card.venue_address:
        pen.field(labels.address, card.venue_address, f, text_w, 2)
    if card.contact:
        pen.field(labels.contact, card.contact, f, text_w, 2)
    modules, body = qr_path(card.code)
    quiet = 4 * QR_SIZE / modules  # the light margin a QR code needs on every side
    qr_x = x + w - PAD - QR_SIZE
    qr_y = y + h - PAD - 30 * mm - QR_SIZE
    c.addLiteral(qr_pdf_operators((modules, body), qr_x, qr_y, QR_SIZE))
    c.setFont(f.condensed_bold, 9)
    c.drawCentredString(qr_x + QR_SIZE / 2, qr_y - quiet - 3, card.code)
    foot = _Pen(c, x + PAD, y + PAD)
    c.setFillColor(MUTED)
    tail = [labels.bring, card.organizer]
    if card.health_line:
        tail.insert(0, card.health_line)
    for text in reversed(tail):  # from the bottom up
        size, parts = fit_lines(text, f.sans, 8, full_w, 2, 7.5)
        c.setFont(f.sans, size)
        for part in reversed(parts):
            c.drawString(foot.x, foot.y, part)
            foot.y += size * 1.2


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
        c.setFont(fonts.sans, 6)
        c.setFillColor(HexColor("#9CA3AF"))
        c.drawString(PAD, height * row / ROWS + 1.5, "✂ " + labels.cut)
    c.restoreState()


def write_invitations(
    path: Path,
    cards: Sequence[InvitationCard],
    labels: InvitationLabels | None = None,
    progress: Progress | None = None,
    paper: str = "A4",
) -> Path:
    """Write the cards, six to a page of `paper` ("A4" or "F4") with dashed cut lines, atomically."""
    labels = labels or InvitationLabels()
    fonts = register_fonts()
    width, height = (x * mm for x in PAPER_MM.get(paper, PAPER_MM["A4"]))
    per_page = COLUMNS * ROWS
    with atomic_target(path) as partial:
        c = Canvas(str(partial), pagesize=(width, height), initialFontName=fonts.sans, initialFontSize=9)
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
