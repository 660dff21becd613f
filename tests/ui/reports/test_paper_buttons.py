"""Laporan & Ekspor: the sheet to sign, invitations and contact tracing of the chosen batch."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.services.demo.service import generate_demo
from desktop_app.ui import dialogs_io
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    return generate_demo(services.db, services.district, people=60, operator_id=admin.id)


def _page(qtbot, services, operator_id) -> ReportsPage:  # type: ignore[no-untyped-def]
    widget = ReportsPage(services, operator_id, pool=WorkerPool(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_buttons_wait_for_one_batch_then_write_each_document(
    qtbot, services, admin, demo, tmp_path, monkeypatch
) -> None:
    page = _page(qtbot, services, admin.id)
    paper = page.paper
    assert not paper.signin_button.isEnabled() and paper.hint.isVisible()  # "All batches" chosen
    session_id = services.reports.event_report(demo.event_id, rows=False).sessions[0].header.session_id
    page.select(demo.event_id, session_id)
    assert paper.signin_button.isEnabled() and paper.contacts_button.isEnabled()

    for button, name in (
        (paper.signin_button, "daftar"),
        (paper.invitations_button, "undangan"),
        (paper.contacts_button, "kontak"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(dialogs_io, "save_file", lambda *a, t=target: t)
        button.click()
        assert paper.last_result is not None and paper.last_result.path.parent == tmp_path
        assert str(paper.last_result.path) in page.status_label.text()
    assert "DAFTAR HADIR" in PdfReader(tmp_path / "daftar.pdf").pages[0].extract_text()
    assert "UNDANGAN" in PdfReader(tmp_path / "undangan.pdf").pages[0].extract_text()
    assert openpyxl.load_workbook(tmp_path / "kontak.xlsx").active.title == "Kontak Erat"


def test_a_desk_operator_gets_no_contact_tracing(qtbot, services, demo) -> None:
    desk = services.operators.ensure("Petugas Meja")
    page = _page(qtbot, services, desk.id)
    assert not page.paper.contacts_button.isVisibleTo(page)
    assert page.paper.signin_button.isVisibleTo(page)


def test_receipt_and_activity_report_from_the_page(
    qtbot, services, admin, demo, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from desktop_app.ui.reports.activity_report_dialog import ActivityReportDialog

    page = _page(qtbot, services, admin.id)
    paper = page.paper
    assert paper.report_button.isEnabled() and not paper.receipt_button.isEnabled()  # all batches
    session_id = services.reports.event_report(demo.event_id, rows=False).sessions[0].header.session_id
    page.select(demo.event_id, session_id)

    monkeypatch.setattr(dialogs_io, "ask_int", lambda *a: 75_000)
    monkeypatch.setattr(dialogs_io, "save_file", lambda *a: tmp_path / "transport")
    paper.receipt_button.click()
    assert services.transport.amount(session_id) == 75_000
    assert "75.000" in PdfReader(tmp_path / "transport.pdf").pages[0].extract_text()

    photo = tmp_path / "pembukaan-acara.jpg"
    Image.new("RGB", (1200, 900), "#0f766e").save(photo)
    monkeypatch.setattr(dialogs_io, "save_file", lambda *a: tmp_path / "laporan")
    paper.report_button.click()
    dialog = paper.active_dialog
    assert isinstance(dialog, ActivityReportDialog)
    assert dialog.add_photos([photo, tmp_path / "transport.pdf"]) == 1  # only images are taken
    dialog.notes_edit.setPlainText("Acara berjalan lancar.")
    dialog.accept()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "laporan.pdf").pages)
    assert "LAPORAN KEGIATAN" in text and "Acara berjalan lancar." in text and "pembukaan acara" in text
