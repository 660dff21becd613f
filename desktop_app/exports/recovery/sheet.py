"""One A4 page: the recovery key in large letters and as a QR code, what it opens and how to use it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop_app.exports.fonts import register_fonts
from desktop_app.exports.qr.matrix import qr_path, qr_pdf_operators


@dataclass(frozen=True)
class RecoveryLabels:
    """The sheet's texts in the office's language (Indonesian by default)."""

    title: str = "Kunci Pemulihan Basis Data Hadir"
    database: str = "Basis data"
    made: str = "Dibuat"
    instructions: tuple[str, ...] = (
        "Kunci ini membuka basis data Hadir yang terenkripsi, dan cadangannya, di komputer lain.",
        "Simpan lembar ini di kantor, terpisah dari laptop. Siapa pun yang memegangnya dapat membuka data.",
        "Di jendela: Pengaturan → Cadangan → Pulihkan cadangan…, lalu ketik kunci ini.",
        "Di baris perintah: hadir restore BERKAS --recovery-key KUNCI",
    )


def write_recovery_sheet(
    path: Path, recovery_key: str, database: str, made: datetime, labels: RecoveryLabels | None = None
) -> Path:
    """Write the sheet to `path` (fonts embedded; the QR code holds exactly the key)."""
    labels = labels or RecoveryLabels()
    fonts = register_fonts()
    width, height = A4
    c = Canvas(str(path), pagesize=A4, initialFontName=fonts.sans, initialFontSize=10)
    c.setTitle(labels.title)
    y = height - 30 * mm
    c.setFont(fonts.sans_bold, 18)
    c.drawString(25 * mm, y, labels.title)
    y -= 12 * mm
    c.setFont(fonts.sans, 10)
    c.drawString(25 * mm, y, f"{labels.database}: {database}")
    y -= 6 * mm
    c.drawString(25 * mm, y, f"{labels.made}: {made:%d/%m/%Y %H:%M}")
    y -= 16 * mm
    groups = recovery_key.split("-")
    c.setFont(fonts.condensed_bold, 20)
    for start in range(0, len(groups), 5):  # five groups a line: easy to read aloud and type
        c.drawString(25 * mm, y, "  ".join(groups[start : start + 5]))
        y -= 10 * mm
    size = 45 * mm
    c.addLiteral(qr_pdf_operators(qr_path(recovery_key), 25 * mm, y - size, size))
    y -= size + 12 * mm
    c.setFont(fonts.sans, 10)
    for paragraph in labels.instructions:
        for line in simpleSplit(paragraph, fonts.sans, 10, width - 50 * mm):
            c.drawString(25 * mm, y, line)
            y -= 5 * mm
        y -= 2 * mm
    c.showPage()
    c.save()
    return path
