"""Invitation cards: six to a page, the text people read, and QR codes the desk accepts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.exports.invitations.pdf import write_invitations
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.invitations.cards import invitation_cards


@pytest.fixture
def session_cards(services, admin):  # type: ignore[no-untyped-def]
    generate_demo(services.db, services.district, people=20, operator_id=admin.id)
    session = services.events.list_sessions()[0]
    return session, invitation_cards(services.db, session.id)


def test_every_invitee_gets_a_card_six_to_a_page(session_cards, tmp_path: Path) -> None:
    _, cards = session_cards
    assert len(cards) == 20
    pdf = PdfReader(write_invitations(tmp_path / "undangan.pdf", cards))
    assert len(pdf.pages) == 4  # 6 + 6 + 6 + 2
    first = " ".join(pdf.pages[0].extract_text().split())  # a long name wraps to two lines
    for card in cards[:6]:
        assert card.name in first and card.code in first
    assert "Senin, 15 Februari 2021" in first and "08.30–11.30 WIB" in first
    assert "UNDANGAN" in first and "Angkatan" in first


def test_fonts_are_embedded_and_no_helvetica(session_cards, tmp_path: Path) -> None:
    _, cards = session_cards
    pdf = PdfReader(write_invitations(tmp_path / "undangan.pdf", cards))
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    names = [fonts[key].get_object()["/BaseFont"] for key in fonts]
    assert names and not any("Helvetica" in n for n in names)
    for key in fonts:
        assert "/FontFile2" in fonts[key].get_object()["/FontDescriptor"]  # the TrueType file is inside


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="poppler-utils or zbar-tools absent"
)
def test_the_printed_qr_codes_decode_to_codes_the_desk_accepts(
    services, session_cards, tmp_path: Path
) -> None:
    session, cards = session_cards
    pdf = write_invitations(tmp_path / "undangan.pdf", cards)
    # A desk scans one card at a time: render each card of page 1 on its own, as a scanner sees it.
    dpi = 150
    width, height = int(595.27 / 2 * dpi / 72), int(841.89 / 3 * dpi / 72)
    decoded = []
    for slot in range(6):
        x, y = (slot % 2) * width, (slot // 2) * height
        prefix = tmp_path / f"card{slot}"
        crop = ["-x", str(x), "-y", str(y), "-W", str(width), "-H", str(height)]
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", *crop, "-png", str(pdf), str(prefix)],
            check=True,
        )
        [image] = tmp_path.glob(f"card{slot}*.png")
        out = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True).stdout
        decoded += out.split()
    assert decoded == [card.code for card in cards[:6]]
    by_code = {card.code: card.name for card in cards}
    for code in decoded:
        person_id = services.checkin.find(session.id, code=code)
        assert services.checkin.card(session.id, person_id).name == by_code[code]
