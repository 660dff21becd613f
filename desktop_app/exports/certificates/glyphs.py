"""Which names the embedded fonts cannot print as written, before anyone prints them.

A character the font has no glyph for prints as an empty box. Arabic and Hebrew names are
drawn right to left and joined (see `rtl`) in DejaVu Sans Bold, which has their letters and
the Arabic presentation forms; what that font lacks (a rare ligature, another script) is listed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop_app.exports.certificates.rtl import has_rtl, missing_glyphs
from desktop_app.exports.fonts import register_fonts


@dataclass(frozen=True)
class NameProblem:
    """A name that would not print as written: why, and the characters in question."""

    name: str
    reason: str  # "missing_glyphs" (they would print as boxes)
    characters: str

    def as_json(self) -> dict[str, str]:
        """For `--json`: the name, the reason, and the characters with their Unicode names."""
        described = ", ".join(f"{c} ({unicodedata.name(c, hex(ord(c)))})" for c in self.characters)
        return {"name": self.name, "reason": self.reason, "characters": described}


def name_font(name: str, font_name: str | None = None) -> str:
    """The font a certificate draws `name` in: the serif bold, or the sans bold for right-to-left names."""
    fonts = register_fonts()
    return fonts.sans_bold if has_rtl(name) else (font_name or fonts.serif_bold)


def name_problem(name: str, font_name: str | None = None) -> NameProblem | None:
    """The problem printing `name` in the certificate's name font (DejaVu Serif Bold), if any."""
    missing = missing_glyphs(name, name_font(name, font_name))
    return NameProblem(name, "missing_glyphs", missing) if missing else None
