"""Pengaturan dokumen: a value typed is saved, shows again after reopening, and is in the document made.

Each section once: the laporan kegiatan (pdftotext), the invitation cards (pdftotext), the
transport receipt (pdftotext), the BPJS follow-up (the workbooks' cells). A desk operator sees
the values read-only and cannot save.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "bpjs"))

from bpjs_world import build_world

from desktop_app.services.bpjs.bpjs_settings import followup_settings
from desktop_app.services.demo.service import generate_demo
from desktop_app.ui.document_settings.document_settings_dialog import DocumentSettingsDialog
from desktop_app.ui.settings_page import SettingsPage

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def _open(qtbot, services, operator_id) -> DocumentSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = DocumentSettingsDialog(services, operator_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog: DocumentSettingsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    return generate_demo(services.db, services.district, people=40, operator_id=admin.id)


@needs_poppler
def test_report_and_invitation_settings_reach_their_documents(qtbot, services, admin, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, services, admin.id)
    assert dialog.tabs.tabText(0) == "Laporan kegiatan"  # Indonesian by default
    _type(qtbot, dialog.report.basis, "Surat Tugas Nomor 500/77/2021")
    _type(qtbot, dialog.report.purpose, "Mendorong UMKM mendaftar BPU.")
    _type(qtbot, dialog.report.speakers, "Ir. Sri Lestari, BPJS Ketenagakerjaan")
    dialog.tabs.setCurrentIndex(1)
    _type(qtbot, dialog.invitation.venue_address, "Jl. Jend. Sudirman No. 199")
    _type(qtbot, dialog.invitation.contact, "Bu Ratna, 0812-2600-1234")
    _save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted

    stored = services.activity_reports.report_settings()
    assert stored.basis == ("Surat Tugas Nomor 500/77/2021",)
    assert services.paper.invitation_details().contact == "Bu Ratna, 0812-2600-1234"

    again = _open(qtbot, services, admin.id)
    assert again.report.purpose.toPlainText() == "Mendorong UMKM mendaftar BPU."
    assert again.report.speakers.toPlainText() == "Ir. Sri Lestari, BPJS Ketenagakerjaan"
    assert again.invitation.venue_address.text() == "Jl. Jend. Sudirman No. 199"

    session_id = services.events.list_sessions(demo.event_id)[0].id
    report = services.activity_reports.build(session_id=session_id)
    services.activity_reports.write(report, tmp_path / "laporan.pdf", operator_id=admin.id)
    text = _text(tmp_path / "laporan.pdf")
    for typed in ("Surat Tugas Nomor 500/77/2021", "Mendorong UMKM mendaftar BPU.", "Ir. Sri Lestari"):
        assert typed in text
    services.paper.invitations(session_id, tmp_path / "undangan.pdf", operator_id=admin.id)
    cards = _text(tmp_path / "undangan.pdf")
    assert "Jl. Jend. Sudirman No. 199" in cards and "Bu Ratna, 0812-2600-1234" in cards


@needs_poppler
def test_treasurer_and_usual_amount_reach_the_receipt(qtbot, services, admin, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session_id = services.events.list_sessions(demo.event_id)[0].id
    assert services.transport.amount(session_id) is None
    dialog = _open(qtbot, services, admin.id)
    dialog.tabs.setCurrentIndex(2)
    _type(qtbot, dialog.transport.name, "Dwi Handayani, S.E.")
    _type(qtbot, dialog.transport.nip, "19750812 2000")  # too short: refused, nothing saved
    dialog.transport.amount.setValue(75_000)
    _save(qtbot, dialog)
    assert dialog.error_label.isVisible() and "18" in dialog.error_label.text()
    assert services.transport.default_amount() is None
    _type(qtbot, dialog.transport.nip, "19750812 200003 2 004")
    _save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted

    again = _open(qtbot, services, admin.id)
    assert again.transport.name.text() == "Dwi Handayani, S.E."
    assert again.transport.nip.text() == "19750812 200003 2 004"
    assert again.transport.amount.value() == 75_000

    done = services.transport.receipt(session_id, tmp_path / "transport.pdf", operator_id=admin.id)
    assert done.total == 75_000 * done.rows
    text = _text(tmp_path / "transport.pdf")
    assert "Dwi Handayani, S.E." in text and "NIP. 19750812 200003 2 004" in text
    assert "75.000" in text


def test_followup_settings_reach_the_figures_and_the_workbooks(qtbot, services, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = build_world(services, admin)
    dialog = _open(qtbot, services, admin.id)
    dialog.tabs.setCurrentIndex(3)
    section = dialog.followup
    assert section.headers["nik"].text() == "NIK"  # the default shown
    section.short_days.setValue(120)  # longer than the second window: refused
    _save(qtbot, dialog)
    assert dialog.error_label.isVisible()
    section.short_days.setValue(14)
    section.long_days.setValue(60)
    _type(qtbot, section.wa_template, "Halo {nama}, terima kasih sudah hadir di {kegiatan}.")
    _type(qtbot, section.headers["nik"], "NIK KTP")
    _save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted

    now = followup_settings(services.settings)
    assert (now.short_days, now.long_days) == (14, 60)
    again = _open(qtbot, services, admin.id)
    assert again.followup.headers["nik"].text() == "NIK KTP"
    assert again.followup.wa_template.toPlainText().startswith("Halo {nama}")
    assert again.followup.long_days.value() == 60

    report = services.conversion.report(event_id=world.event_id)
    assert (report.short_days, report.long_days) == (14, 60)
    services.followup.export_followup(world.event_id, tmp_path / "f.xlsx", admin.id)
    links = [
        c.hyperlink.target
        for row in load_workbook(tmp_path / "f.xlsx").active.iter_rows()
        for c in row
        if c.hyperlink
    ]
    (link,) = links  # D consented
    assert parse_qs(urlparse(link).query)["text"] == [
        "Halo Peserta D, terima kasih sudah hadir di Sosialisasi Jamsostek UMKM."
    ]
    services.followup.export_registration(world.event_id, tmp_path / "r.xlsx", admin.id)
    assert load_workbook(tmp_path / "r.xlsx").active["A1"].value == "NIK KTP"


def test_a_desk_operator_sees_them_read_only(qtbot, services, admin) -> None:  # type: ignore[no-untyped-def]
    desk = services.operators.add_operator("Petugas Meja", "2468", admin.id)
    dialog = _open(qtbot, services, desk.id)
    assert dialog.admin_note.isVisible()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.report.basis.isReadOnly() and dialog.followup.short_days.isReadOnly()
    assert dialog.invitation.health_line.toPlainText().startswith("Protokol kesehatan")


def test_opened_from_pengaturan(qtbot, services, admin, app_paths, settings) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(app_paths, settings, lambda lang: None, services=services, operator_id=admin.id)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    assert page.documents_button is not None and page.documents_button.text() == "Pengaturan dokumen…"
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    dialog = page.document_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Laporan kegiatan",
        "Undangan",
        "Uang transport",
        "Tindak lanjut BPJS",
    ]
    dialog.reject()
