"""The fonts every PDF embeds (DejaVu, shipped in resources/fonts with its licence).

reportlab's built-in Helvetica covers Latin-1 only and is never embedded; DejaVu covers the
names people really have (Latin with any diacritics, Greek, Cyrillic, and more) and is embedded
as a subset, so a PDF prints the same on any computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import resources_dir

_FILES = {
    "Sans": "DejaVuSans.ttf",
    "Sans-Bold": "DejaVuSans-Bold.ttf",
    "Sans-Italic": "DejaVuSans-Oblique.ttf",
    "Sans-BoldItalic": "DejaVuSans-BoldOblique.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Serif-Italic": "DejaVuSerif-Italic.ttf",
    "Serif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    "Condensed": "DejaVuSansCondensed.ttf",
    "Condensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}


@dataclass(frozen=True)
class FontNames:
    """The registered names to pass to reportlab (`canvas.setFont(fonts.sans, 10)`)."""

    sans: str = "Hadir-Sans"
    sans_bold: str = "Hadir-Sans-Bold"
    sans_italic: str = "Hadir-Sans-Italic"
    serif: str = "Hadir-Serif"
    serif_bold: str = "Hadir-Serif-Bold"
    serif_italic: str = "Hadir-Serif-Italic"
    condensed: str = "Hadir-Condensed"
    condensed_bold: str = "Hadir-Condensed-Bold"


@cache
def register_fonts() -> FontNames:
    """Register the DejaVu family with reportlab once per process; return the names to use."""
    folder = resources_dir() / "fonts"
    for key, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(f"Hadir-{key}", str(folder / filename)))
    pdfmetrics.registerFontFamily(
        "Hadir-Sans",
        normal="Hadir-Sans",
        bold="Hadir-Sans-Bold",
        italic="Hadir-Sans-Italic",
        boldItalic="Hadir-Sans-BoldItalic",
    )
    pdfmetrics.registerFontFamily(
        "Hadir-Serif",
        normal="Hadir-Serif",
        bold="Hadir-Serif-Bold",
        italic="Hadir-Serif-Italic",
        boldItalic="Hadir-Serif-BoldItalic",
    )
    return FontNames()
