"""Certificates as PDF: one landscape page per participant, fonts embedded, a vector QR code each.

What every page shares (frame, logos, title, signatories, background) is drawn once into a form
XObject that each page reuses, so a background photo is stored once per file and a page costs
only its own texts and QR code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.certificate_template import CertificateTemplate, image_kind
from desktop_app.core.errors import InvalidField
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
from desktop_app.exports.certificates.layout import CertificateLayout
from desktop_app.exports.fonts import register_fonts
from desktop_app.exports.qr.matrix import qr_path, qr_pdf_operators
from desktop_app.exports.qr.pool import QrPaths, iter_qr_paths

Progress = Callable[[int, int], None]
STATIC_FORM = "HadirCertificateStatic"


class _Painter:
    """Draws layout items on a reportlab canvas, caching colours and images."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._colours: dict[str, HexColor] = {}
        self._images: dict[bytes, ImageReader] = {}

    def colour(self, value: str) -> HexColor:
        found = self._colours.get(value)
        if found is None:
            found = self._colours[value] = HexColor(value)
        return found

    def draw(self, items: Iterable[Item], qr: tuple[int, str] | None = None) -> None:
        c = self.canvas
        for item in items:
            if isinstance(item, Text):
                c.setFillColor(self.colour(item.color))
                c.setFont(item.font, item.size)
                c.drawString(item.x, item.y, item.text, charSpace=item.char_space)
            elif isinstance(item, QrCode):
                rgb = self.colour(item.color).rgb()
                fill = "{:.3f} {:.3f} {:.3f} rg".format(*rgb)
                path = qr if qr is not None else qr_path(item.text)
                c.addLiteral(qr_pdf_operators(path, item.x, item.y, item.size, fill))
            elif isinstance(item, Rule):
                c.setStrokeColor(self.colour(item.color))
                c.setLineWidth(item.width)
                c.line(item.x1, item.y1, item.x2, item.y2)
            elif isinstance(item, Frame):
                c.setStrokeColor(self.colour(item.color))
                c.setLineWidth(item.width)
                c.rect(item.x, item.y, item.w, item.h, stroke=1, fill=0)
            elif isinstance(item, Diamond):
                c.setFillColor(self.colour(item.color))
                path = c.beginPath()
                path.moveTo(item.cx, item.cy + item.r)
                path.lineTo(item.cx + item.r, item.cy)
                path.lineTo(item.cx, item.cy - item.r)
                path.lineTo(item.cx - item.r, item.cy)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
            elif isinstance(item, Picture):
                reader = self._images.get(item.data)
                if reader is None:
                    reader = self._images[item.data] = ImageReader(BytesIO(item.data))
                c.drawImage(reader, item.x, item.y, item.w, item.h, mask="auto")


def check_image(data: bytes, field: str) -> None:
    """InvalidField unless `data` is a PNG or JPEG that can be drawn."""
    if image_kind(data) is None:
        raise InvalidField(field, "not_an_image", "PNG or JPEG")
    try:
        reader = ImageReader(BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        raise InvalidField(field, "not_an_image", "PNG or JPEG") from None
    if width < 1 or height < 1:
        raise InvalidField(field, "not_an_image", "PNG or JPEG")


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer reportlab adds by default.

    ASCII85 is pure Python in reportlab and made a QR code's operators cost more to encode
    than to draw; binary streams are also a fifth smaller. The flag is global, so it is
    restored afterwards (a PDF is valid with or without it).
    """
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def write_certificates(
    target: Path | BinaryIO,
    template: CertificateTemplate,
    header: CertificateHeader,
    pages: Sequence[CertificatePage],
    labels: CertificateLabels | None = None,
    *,
    qr: bool = True,
    title: str = "Sertifikat",
    progress: Progress | None = None,
    parallel: bool | None = None,
) -> int:
    """Write one page per item of `pages` into `target`; return the number of pages.

    `progress(done, total)` is called after each page (it may raise to stop the job; then the
    file is not written). `qr=False` leaves the QR codes out (the benchmark's baseline).
    `parallel` forces the QR helper process on or off (None: decided by the batch size).
    """
    if not pages:
        return 0
    # The QR helper (if any) starts first: it encodes while the document is being set up.
    paths = iter_qr_paths([page.code for page in pages], parallel) if qr else None
    try:
        _draw(target, template, header, pages, labels, paths, title, progress)
    finally:
        if paths is not None:
            paths.close()
    return len(pages)


def _draw(
    target: Path | BinaryIO,
    template: CertificateTemplate,
    header: CertificateHeader,
    pages: Sequence[CertificatePage],
    labels: CertificateLabels | None,
    paths: QrPaths | None,
    title: str,
    progress: Progress | None,
) -> None:
    fonts = register_fonts()
    layout = CertificateLayout(template, header, labels)
    total = len(pages)
    with _binary_streams():
        canvas = Canvas(
            str(target) if isinstance(target, Path) else target,
            pagesize=(layout.width, layout.height),
            initialFontName=fonts.sans,
            initialFontSize=10,
        )
        canvas.setTitle(title)
        canvas.setAuthor(header.organizer)
        canvas.setCreator("Hadir")
        painter = _Painter(canvas)
        canvas.beginForm(STATIC_FORM)
        painter.draw(layout.static_items())
        canvas.endForm()
        for done, page in enumerate(pages, 1):
            canvas.doForm(STATIC_FORM)
            painter.draw(
                layout.page_items(page, qr=paths is not None), next(paths) if paths is not None else None
            )
            canvas.showPage()
            if progress is not None:
                progress(done, total)
        canvas.save()
