"""Photo pages: two to four photos a page with captions; large photos scaled down once.

A phone photo is often 4000 px and 5 MB; printed 9 cm wide it needs about 1,600 px. Each photo is
decoded once, scaled to at most MAX_PX on its long side, turned upright (EXIF) and stored as a
JPEG; the same file given twice is stored once.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

from PIL import Image as PilImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop_app.core.errors import InvalidField
from desktop_app.exports.attendance.sheet_parts import Styles, escape
from desktop_app.exports.report.data import ReportPhoto

MAX_PX = 1600


Scaled = tuple[bytes, int, int]  # JPEG data, width, height


def load_photo(photo: ReportPhoto, cache: dict[str, Scaled]) -> Scaled:
    """The photo scaled down for print (cached by content, so a repeated file is stored once).

    Raises:
        InvalidField: the file is missing or not an image.
    """
    try:
        data = photo.path.read_bytes()
    except OSError as exc:
        raise InvalidField("photo", "unreadable", f"{photo.path.name}: {exc.strerror or exc}") from exc
    key = hashlib.sha256(data).hexdigest()
    if key in cache:
        return cache[key]
    try:
        with PilImage.open(io.BytesIO(data)) as image:
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise InvalidField("photo", "not_an_image", photo.path.name) from exc
    upright.thumbnail((MAX_PX, MAX_PX))
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=85, optimize=True)
    cache[key] = (out.getvalue(), upright.width, upright.height)
    return cache[key]


def _cell(scaled: Scaled, caption: str, width: float, height: float, styles: Styles) -> list[Flowable]:
    data, w, h = scaled
    scale = min(width / w, (height - 10 * mm) / h)
    image = Image(io.BytesIO(data), width=w * scale, height=h * scale)
    return [image, Spacer(1, 1.5 * mm), Paragraph(escape(caption), styles.body_center)]


def photo_pages(
    photos: Sequence[ReportPhoto], title: str, styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The documentation pages: 2 photos a page (one above the other) up to 2, else 4 (2 × 2)."""
    if not photos:
        return []
    cache: dict[str, Scaled] = {}
    readers = [load_photo(p, cache) for p in photos]  # every file checked before layout starts
    per_page = 2 if len(photos) <= 2 else 4
    columns = 1 if per_page == 2 else 2
    cell_w = width / columns - 4 * mm
    cell_h = (height - 20 * mm) / 2 - 4 * mm
    story: list[Flowable] = []
    for start in range(0, len(photos), per_page):
        story += [PageBreak(), Paragraph(escape(title), styles.title), Spacer(1, 4 * mm)]
        cells = [
            _cell(readers[i], photos[i].caption, cell_w, cell_h, styles)
            for i in range(start, min(start + per_page, len(photos)))
        ]
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        for row in rows:
            row += [""] * (columns - len(row))  # a plain empty cell (a list would be flowables)
        story.append(
            Table(
                rows,
                colWidths=[width / columns] * columns,
                rowHeights=[cell_h + 4 * mm] * len(rows),
                style=TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), styles.body.fontName, 9),  # else a Helvetica
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                ),
            )
        )
    return story
