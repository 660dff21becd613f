"""Invitation cards from the *Peserta* page: a batch chosen, the PDF written in the background, the QR codes read."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.storage.models import Invitation
from desktop_app.ui import dialogs_io
from desktop_app.ui.people import people_io
from desktop_app.ui.people.invitations_dialog import InvitationsDialog


@pytest.fixture
def opened(monkeypatch) -> list[Path]:  # type: ignore[no-untyped-def]
    calls: list[Path] = []
    monkeypatch.setattr(people_io, "open_path", lambda path: calls.append(path) or True)
    return calls


def write_cards(page, demo, services, tmp_path, monkeypatch) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[1]
    target = tmp_path / "undangan"
    monkeypatch.setattr(dialogs_io, "save_file", lambda *a, **k: target)
    page.invitations_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, InvitationsDialog)
    dialog.chooser.select_session(session.id)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    return target.with_suffix(".pdf"), session.id


def test_the_invitation_pdf_is_written_and_offered_to_open(
    page, services, demo, tmp_path, monkeypatch, dialogs, opened
) -> None:
    pdf, _session_id = write_cards(page, demo, services, tmp_path, monkeypatch)
    assert pdf.exists() and len(PdfReader(pdf).pages) == 5  # 30 cards, six to a page
    assert opened == [pdf]  # the user said yes to "open it now?"
    assert "30" in page.notice_label.text()
    text = PdfReader(pdf).pages[0].extract_text()
    assert "HDR-" in text


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="no zbarimg/pdftoppm")
def test_the_qr_codes_decode_to_codes_the_desk_accepts(
    page, services, demo, tmp_path, monkeypatch, dialogs, opened
) -> None:
    pdf, session_id = write_cards(page, demo, services, tmp_path, monkeypatch)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    page_image = Image.open(next(tmp_path.glob("page*.png")))
    width, height = page_image.size
    codes = []
    for slot in range(6):  # one card at a time, as the desk scans them
        col, row = slot % 2, slot // 2
        card = tmp_path / f"card{slot}.png"
        page_image.crop(
            (col * width // 2, row * height // 3, (col + 1) * width // 2, (row + 1) * height // 3)
        ).save(card)
        found = subprocess.run(["zbarimg", "--raw", "-q", str(card)], capture_output=True, text=True)
        codes += found.stdout.split()
    assert len(codes) == 6
    with services.db.session() as s:
        owners = dict(
            s.execute(
                select(Invitation.code, Invitation.person_id).where(Invitation.session_id == session_id)
            ).all()
        )
    for code in codes:
        assert services.checkin.find(session_id, code=code) == owners[code]
