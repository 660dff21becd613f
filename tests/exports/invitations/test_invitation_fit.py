"""Invitations print whole: no word cut, names at 9 pt or more, text 6 mm or more from the edge, F4."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.exports.invitations.pdf import InvitationCard, write_invitations

MM = 72 / 25.4
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")

LONG_NAME = "Raden Mas Haryo Bagus Prasetyo Wicaksono Adiningrat, S.E., M.M."
VENUE = "Aula Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo, Gedung Menara Wijaya Lantai 2"
CARD = InvitationCard(
    name="Sri Wahyuni",
    organization="Koperasi Simpan Pinjam Sejahtera Bersama Kecamatan Kartasura",
    code="HDR-ABCD-EFGH",
    event_title="Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi",
    batch=11,
    day_date="Selasa, 16 Februari 2021",
    time_range="08.30–11.30 WIB",
    venue=VENUE,
    organizer="Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
    venue_address="Jl. Jenderal Sudirman No. 199, Sukoharjo, Jawa Tengah 57511",
    contact="Sri Lestari, S.E. (0812-2600-1234)",
    health_line="Protokol kesehatan: wajib bermasker, cek suhu di pintu masuk, jaga jarak.",
)


def _words(path: Path) -> tuple[tuple[float, float], list[tuple[str, float, float, float, float]]]:
    import re

    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True
    ).stdout
    w, h = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())  # type: ignore[union-attr]
    words = [
        (t, float(a), float(b), float(c), float(d))
        for a, b, c, d, t in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', html
        )
    ]
    return (w, h), words


@needs_poppler
@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_every_word_prints_whole_and_away_from_the_edges(paper: str, tmp_path: Path) -> None:
    cards = [CARD, replace(CARD, name=LONG_NAME, code="HDR-WXYZ-2345")] * 3
    pdf = write_invitations(tmp_path / "undangan.pdf", cards, paper=paper)
    (width, height), words = _words(pdf)
    assert (round(width / MM), round(height / MM)) == ((210, 297) if paper == "A4" else (215, 330))
    text = " ".join(w[0] for w in words)
    for whole in (LONG_NAME, VENUE, CARD.venue_address, CARD.contact, CARD.health_line, CARD.organizer):
        assert whole in text  # every word of it, none cut or replaced by "…"
    assert "…" not in text
    card_w, card_h = width / 2, height / 3
    for t, x0, y0, x1, y1 in words:
        if any(abs(y1 - k * card_h) < 3 * MM for k in (1, 2)):
            continue  # the "✂ gunting di sini" label on a cut line
        assert x0 >= 6 * MM - 0.5 and x1 <= width - 6 * MM + 0.5, t
        assert y0 >= 6 * MM - 0.5 and y1 <= height - 6 * MM + 0.5, t
        col, row = int(x0 // card_w), int(y0 // card_h)  # inside the card it starts in
        assert x1 <= (col + 1) * card_w - 6 * MM + 0.5 and y1 <= (row + 1) * card_h - 6 * MM + 0.5, t


def test_long_names_wrap_and_stay_at_9_points_or_more(tmp_path: Path) -> None:
    pdf = write_invitations(tmp_path / "undangan.pdf", [replace(CARD, name=LONG_NAME)])
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip() and any(part in text for part in ("Raden", "Adiningrat")):
            sizes.append(size * tm[0])

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    assert len(sizes) == 2 and min(sizes) >= 9  # two lines, neither shrunk below 9 pt
