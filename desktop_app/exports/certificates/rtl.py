"""Right-to-left names (Arabic, Hebrew) in the forms and order reportlab must draw them.

reportlab draws characters one after another, left to right, as given. An Arabic name typed as
`محمد علي` would print as separate letters in reverse order. So, before drawing, its letters take
their joined forms (arabic-reshaper: initial, medial, final, and the lam-alef ligatures) and the
line is put in visual order (python-bidi: the Unicode bidirectional algorithm, so Latin parts
of a mixed name stay left to right). DejaVu Sans Bold holds the Arabic presentation forms; the
serif of Latin names does not, so right-to-left names are drawn in the sans.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics

# Hebrew, Arabic (with supplements and extended-A), Syriac, Thaana, N'Ko; presentation forms A and B.
_RTL = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def is_rtl(char: str) -> bool:
    """Whether `char` belongs to a script written right to left."""
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _RTL)


def has_rtl(text: str) -> bool:
    """Whether any character of `text` is written right to left."""
    return any(is_rtl(c) for c in text)


@cache
def _covered(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def _reshaper(font_name: str):  # type: ignore[no-untyped-def]
    """A reshaper that makes only the ligatures the font can draw (DejaVu has lam-alef, not ﷲ)."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    covered = _covered(font_name)
    off = {
        key: False
        for key, (_match, forms) in LIGATURES
        if any(form and any(ord(c) not in covered for c in form) for form in forms)
    }
    return ArabicReshaper(configuration=off)


def visual(text: str, font_name: str) -> str:
    """`text` as it must be drawn left to right: joined and in visual order (unchanged without RTL)."""
    if not has_rtl(text):
        return text
    from bidi import get_display

    return get_display(_reshaper(font_name).reshape(text))


def missing_glyphs(text: str, font_name: str) -> str:
    """The characters of `text` (as drawn) that `font_name` has no glyph for, each once."""
    covered = _covered(font_name)
    drawn = visual(text, font_name)
    return "".join(dict.fromkeys(c for c in drawn if not c.isspace() and ord(c) not in covered))
