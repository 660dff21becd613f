"""Where everything on a certificate goes, as drawing items (see `items`).

The same items are drawn by the PDF writer (reportlab) and by the window's live preview (Qt),
so the preview shows what will be printed. A layout is built once per file: what every page
shares (`static_items`: background, frame, logos, title, signatories) and what changes per
person (`page_items`: number, name, organisation, body, date, QR code).
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from desktop_app.core.certificate_template import PAPERS, CertificateTemplate, Signatory, format_nip
from desktop_app.exports.certificates._fit import fit_line, fit_name, fit_paragraph, width_at, wrap
from desktop_app.exports.certificates.glyphs import name_font
from desktop_app.exports.certificates.items import (
    CertificateHeader,
    CertificateLabels,
    CertificatePage,
    Diamond,
    Frame,
    Item,
    Picture,
    QrCode,
    Rule,
    Text,
)
from desktop_app.exports.certificates.rtl import visual
from desktop_app.exports.fonts import register_fonts

SIGNATORY_WIDTH = 250.0
NAME_BOX = 64.0  # from the preamble's baseline down to the rule under the name
QR_SIZE = 74.0
FOOT = 180.0  # the signatures' block, from the foot of the page
HINT_PT = 8.0  # the verification hint under the QR code
_INSET = 20.0  # outer frame
_INNER = 28.0  # inner frame
# Names: one line from 32 down to 22 pt, then two lines up to 24 pt (10 pt for absurd lengths).
NAME_SIZES = (32.0, 22.0, 24.0, 10.0)


def page_size(template: CertificateTemplate) -> tuple[float, float]:
    """Width and height in points (landscape)."""
    width, height = PAPERS[template.paper]
    return width * mm, height * mm


@lru_cache(maxsize=32)
def image_size(data: bytes) -> tuple[int, int]:
    """Pixel width and height of a PNG or JPEG."""
    return ImageReader(BytesIO(data)).getSize()


def _fit_box(data: bytes, x: float, y: float, max_w: float, max_h: float) -> Picture:
    px_w, px_h = image_size(data)
    scale = min(max_w / px_w, max_h / px_h)
    w, h = px_w * scale, px_h * scale
    return Picture(data, x + (max_w - w) / 2, y + (max_h - h) / 2, w, h)


def _centred(
    cx: float, y: float, text: str, font: str, size: float, color: str, char_space: float = 0
) -> Text:
    return Text(cx - width_at(text, font, size, char_space) / 2, y, text, font, size, color, char_space)


class CertificateLayout:
    """The anchors of one template and header; builds the items of each page."""

    def __init__(
        self,
        template: CertificateTemplate,
        header: CertificateHeader,
        labels: CertificateLabels | None = None,
    ) -> None:
        self.template = template
        self.header = header
        self.labels = labels or CertificateLabels()
        self.fonts = register_fonts()
        self.width, self.height = page_size(template)
        width, height = self.width, self.height
        # The top block is stacked down from the logos and the organiser's lines; whatever room
        # the paper leaves (no logos, F4) is shared out between the blocks.
        top = height - 46 - (54 if template.logos else 0)
        self.header_y = top - 18
        top = self.header_y - (13 if header.partner else 0)
        stack = 52 + 22 + 30 + NAME_BOX + 21 + 24 + 4 * 17
        spare = max(0.0, top - FOOT - stack)
        self.title_y = top - 52 - spare * 0.25
        self.number_y = self.title_y - 22
        self.preamble_y = self.number_y - 30 - spare * 0.2
        self.rule_y = self.preamble_y - NAME_BOX
        self.org_y = self.rule_y - 21
        self.body_y = self.org_y - 24 - spare * 0.15
        self.body_width = width * 0.72
        self.name_width = width - 2 * 95
        self.place_y = FOOT + 8
        two = len(template.signatories) == 2
        self.signatory_x = (width * 0.26, width * 0.74) if two else (width * 0.73,)
        self.qr_x = width / 2 - QR_SIZE / 2 if two else width * 0.2 - QR_SIZE / 2
        # How to check the certificate, in words a reader without Hadir understands (8 pt or more):
        # a phone's scanner shows only the code's text.
        if header.phone:
            phone = header.phone.replace(" ", "\u00a0")  # the number on one line
            hint = self.labels.scan_phone.format(office=header.organizer, phone=phone)
        else:
            hint = self.labels.scan.format(office=header.organizer)
        self.hint_lines = wrap(hint, self.fonts.sans, HINT_PT, 150.0 if two else 210.0)[:6]
        self.qr_y = _INNER + 8 + (HINT_PT + 1.5) * len(self.hint_lines) + 6

    # -- the same on every page ---------------------------------------------------------------

    def static_items(self) -> list[Item]:
        """What every page of a file shares, background first."""
        t, f, cx = self.template, self.fonts, self.width / 2
        items: list[Item] = []
        if t.background:
            items.append(Picture(t.background, 0, 0, self.width, self.height))
        items += self._frame()
        items += self._logos()
        organizer = fit_line(self.header.organizer.upper(), f.sans_bold, self.width - 160, 11, 7)
        items.append(
            _centred(cx, self.header_y, organizer.lines[0], f.sans_bold, organizer.size, t.primary_color, 1)
        )
        if self.header.partner:
            partner = fit_line(self.header.partner.upper(), f.sans, self.width - 160, 9.5, 7)
            items.append(
                _centred(cx, self.header_y - 13, partner.lines[0], f.sans, partner.size, t.primary_color, 0.8)
            )
        title = fit_line(t.title.upper(), f.serif_bold, self.width - 200, 44, 20)
        items.append(_centred(cx, self.title_y, title.lines[0], f.serif_bold, title.size, t.primary_color, 7))
        if t.preamble:
            items.append(_centred(cx, self.preamble_y, t.preamble, f.serif_italic, 15, t.text_color))
        half = self.name_width * 0.42
        items.append(Rule(cx - half, self.rule_y, cx + half, self.rule_y, t.accent_color, 1.1))
        items.append(Diamond(cx, self.rule_y, 3.2, t.accent_color))
        for x, signatory in zip(self.signatory_x, t.signatories, strict=False):
            items += self._signatory(x, signatory)
        qr_cx = self.qr_x + QR_SIZE / 2
        for i, line in enumerate(self.hint_lines):
            y = self.qr_y - 6 - HINT_PT - (HINT_PT + 1.5) * i
            items.append(_centred(qr_cx, y, line, f.sans, HINT_PT, t.text_color))
        return items

    def _frame(self) -> list[Item]:
        t, w, h = self.template, self.width, self.height
        items: list[Item] = [
            Frame(_INSET, _INSET, w - 2 * _INSET, h - 2 * _INSET, t.primary_color, 2.6),
            Frame(
                _INSET + 3.6, _INSET + 3.6, w - 2 * _INSET - 7.2, h - 2 * _INSET - 7.2, t.primary_color, 0.5
            ),
            Frame(_INNER, _INNER, w - 2 * _INNER, h - 2 * _INNER, t.accent_color, 0.8),
        ]
        # An L-shaped bracket inside each corner, and a diamond on the corner itself.
        arm, gap = 46.0, 6.0
        for x, dx in ((_INNER, 1), (w - _INNER, -1)):
            for y, dy in ((_INNER, 1), (h - _INNER, -1)):
                cx, cy = x + dx * gap, y + dy * gap
                items.append(Rule(cx, cy, cx + dx * arm, cy, t.accent_color, 1.6))
                items.append(Rule(cx, cy, cx, cy + dy * arm, t.accent_color, 1.6))
                items.append(Diamond(x, y, 6.5, t.accent_color))
        return items

    def _logos(self) -> list[Item]:
        logos = self.template.logos
        if not logos:
            return []
        height, gap = 50.0, 16.0
        widths = [min(140.0, height * image_size(logo)[0] / image_size(logo)[1]) for logo in logos]
        x = self.width / 2 - (sum(widths) + gap * (len(widths) - 1)) / 2
        items: list[Item] = []
        for logo, w in zip(logos, widths, strict=True):
            items.append(_fit_box(logo, x, self.height - 46 - height, w, height))
            x += w + gap
        return items

    def _signatory(self, cx: float, signatory: Signatory) -> list[Item]:
        f, ink, labels = self.fonts, self.template.text_color, self.labels
        items: list[Item] = []
        y = FOOT - 10
        for line in wrap(signatory.title, f.sans, 9.5, SIGNATORY_WIDTH)[:3]:
            items.append(_centred(cx, y, line, f.sans, 9.5, ink))
            y -= 12
        if signatory.signature:
            items.append(_fit_box(signatory.signature, cx - 80, 92, 160, 58))
        name_y = 78.0
        if signatory.name:
            fit = fit_line(signatory.name, f.sans_bold, SIGNATORY_WIDTH, 10.5, 7)
            name = _centred(cx, name_y, fit.lines[0], f.sans_bold, fit.size, ink)
            end = name.x + width_at(name.text, name.font, name.size)
            items += [name, Rule(name.x, name_y - 2, end, name_y - 2, ink, 0.6)]
        else:
            items.append(_centred(cx, name_y, labels.unnamed, f.sans, 9.5, ink))
        y = name_y - 13
        if signatory.rank:
            rank = fit_line(signatory.rank, f.sans, SIGNATORY_WIDTH, 9.5, 7)
            items.append(_centred(cx, y, rank.lines[0], f.sans, rank.size, ink))
            y -= 12
        # Always a NIP line: dotted to fill in by hand when the template has none.
        nip = format_nip(signatory.nip) if signatory.nip else "." * 36
        items.append(_centred(cx, y, f"{labels.nip} {nip}", f.sans, 9.5, ink))
        return items

    # -- particular to one participant --------------------------------------------------------

    def page_items(self, page: CertificatePage, *, qr: bool = True) -> list[Item]:
        """The number, name, organisation, body, date and QR code of one certificate."""
        t, f, cx = self.template, self.fonts, self.width / 2
        number = f"{self.labels.number}: {page.number}"
        items: list[Item] = [_centred(cx, self.number_y, number, f.sans, 11, t.text_color, 0.3)]
        # Arabic and Hebrew names: fitted in logical order, each line then joined and put right to left.
        font = name_font(page.name)
        name = fit_name(page.name, font, self.name_width, *NAME_SIZES)
        # Centre the name's lines (cap height 0.72, descent 0.22 of the size) between preamble and rule.
        leading = name.size * 1.12
        extra = leading * (len(name.lines) - 1)
        block = name.size * 0.94 + extra
        baseline = self.rule_y + 5 + (NAME_BOX - 12 - block) / 2 + name.size * 0.22 + extra
        for i, line in enumerate(name.lines):
            drawn = visual(line, font)
            items.append(_centred(cx, baseline - i * leading, drawn, font, name.size, t.text_color))
        if page.organization:
            org = fit_line(page.organization, f.sans_bold, self.body_width, 13, 8)
            items.append(_centred(cx, self.org_y, org.lines[0], f.sans_bold, org.size, t.primary_color))
        body = fit_paragraph(page.body, f.sans, self.body_width, 12, 8, 4)
        for i, line in enumerate(body.lines):
            items.append(
                _centred(cx, self.body_y - i * body.size * 1.42, line, f.sans, body.size, t.text_color)
            )
        items.append(_centred(self.signatory_x[-1], self.place_y, page.date_text, f.sans, 10, t.text_color))
        if qr:
            items.append(QrCode(self.qr_x, self.qr_y, QR_SIZE, page.code, "#000000"))
        return items
