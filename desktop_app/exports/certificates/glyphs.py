"""Which names the embedded fonts cannot print as written, before anyone prints them.

A character the font has no glyph for prints as an empty box. Arabic (and Hebrew) letters exist in
DejaVu Sans but must be drawn right to left and joined, which reportlab does not do: they would
print as separate letters in the wrong order, so such names are refused in words instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics

from desktop_app.exports.fonts import register_fonts

# Scripts written right to left: Hebrew, Arabic (with supplements and presentation forms), Syriac, Thaana.
_RTL = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


@dataclass(frozen=True)
class NameProblem:
    """A name that would not print as written: why, and the characters in question."""

    name: str
    reason: str  # "missing_glyphs" (boxes) or "right_to_left" (Arabic/Hebrew: not shaped)
    characters: str

    def as_json(self) -> dict[str, str]:
        """For `--json`: the name, the reason, and the characters with their Unicode names."""
        described = ", ".join(f"{c} ({unicodedata.name(c, hex(ord(c)))})" for c in self.characters)
        return {"name": self.name, "reason": self.reason, "characters": described}


@cache
def _covered(font_name: str) -> frozenset[int]:
    face = pdfmetrics.getFont(font_name).face
    return frozenset(face.charToGlyph)


def _rtl(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _RTL)


def name_problem(name: str, font_name: str | None = None) -> NameProblem | None:
    """The problem printing `name` in the certificate's name font (DejaVu Serif Bold), if any."""
    font_name = font_name or register_fonts().serif_bold
    rtl = "".join(dict.fromkeys(c for c in name if _rtl(c)))
    if rtl:
        return NameProblem(name, "right_to_left", rtl)
    covered = _covered(font_name)
    missing = "".join(dict.fromkeys(c for c in name if not c.isspace() and ord(c) not in covered))
    return NameProblem(name, "missing_glyphs", missing) if missing else None
