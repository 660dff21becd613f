"""The kop, the styles and the signatory block of the printed sheet, for the office's other documents.

The laporan kegiatan and the transport receipt carry the same letterhead and signatory as the
daftar hadir; they take them from here so all of the office's paper looks alike.
"""

from __future__ import annotations

from desktop_app.exports.attendance._pdf_parts import DoubleRule, Styles, escape, kop, signature_block

__all__ = ["DoubleRule", "Styles", "escape", "kop", "signature_block"]
