"""The Sertifikat page, the template editor with its live preview, and the verify dialog (pytest-qt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "exports"))
from certificate_pdf_reading import needs_qr_tools, page_texts, qr_texts

from desktop_app.services.demo.service import generate_demo
from desktop_app.ui.certificates import desktop_io
from desktop_app.ui.certificates.certificates_page import ALL_SESSIONS, CertificatesPage
from desktop_app.ui.certificates.preview_widget import preview_image
from desktop_app.ui.certificates.template_dialog import TemplateDialog
from desktop_app.ui.certificates.verify_dialog import VerifyDialog
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    return generate_demo(services.db, services.district, people=60, operator_id=admin.id)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    calls: list[tuple[str, Path]] = []
    monkeypatch.setattr(desktop_io, "open_path", lambda path: calls.append(("open", path)) or True)
    monkeypatch.setattr(desktop_io, "print_pdf", lambda path: calls.append(("print", path)) or True)
    return calls


@pytest.fixture
def page(qtbot, services, admin, demo, dialogs):  # type: ignore[no-untyped-def]
    widget = CertificatesPage(services, admin.id, WorkerPool(inline=True))
    qtbot.addWidget(widget)
    widget.show()  # the page reads its lists when shown
    return widget


def test_generate_for_one_session_then_open_and_print(page, services, demo, tmp_path, opened) -> None:  # type: ignore[no-untyped-def]
    session = services.events.list_sessions(demo.event_id)[1]
    assert page.session_combo.itemData(0) == ALL_SESSIONS
    page.session_combo.setCurrentIndex(page.session_combo.findData(session.id))
    assert str(session.attended) in page.count_label.text()
    assert page.generate_button.isEnabled()

    page.generate(tmp_path / "angkatan2.pdf", each=True)

    assert page.result is not None and page.result.count == session.attended
    assert len(page_texts(tmp_path / "angkatan2.pdf")) == session.attended
    assert len(list((tmp_path / "angkatan2").glob("*.pdf"))) == session.attended
    assert not page.result_box.isHidden()
    assert str(session.attended) in page.result_label.text()
    page.open_button.click()
    page.print_button.click()
    page.folder_button.click()
    assert opened == [
        ("open", tmp_path / "angkatan2.pdf"),
        ("print", tmp_path / "angkatan2.pdf"),
        ("open", tmp_path / "angkatan2"),
    ]


def test_a_failed_generation_says_why(page, services, admin, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, time

    from desktop_app.services.events.service import SessionDraft

    draft = SessionDraft(page.event_combo.currentData(), date(2021, 4, 1), time(9), time(11), "Aula", 30)
    empty = services.events.add_session(draft, admin.id)
    page.refresh()
    page.session_combo.setCurrentIndex(page.session_combo.findData(empty))
    assert not page.generate_button.isEnabled()
    page.generate(tmp_path / "kosong.pdf")
    assert len(dialogs.errors) == 1
    assert "certificate" in dialogs.errors[0][1].lower() or "sertifikat" in dialogs.errors[0][1].lower()
    assert not (tmp_path / "kosong.pdf").exists()


def _verdict_colour(dialog: VerifyDialog) -> QColor:
    image = dialog.verdict_label.grab().toImage()
    return image.pixelColor(6, image.height() // 2)


@needs_qr_tools
def test_verify_dialog_shows_genuine_and_forged(qtbot, page, services, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page.generate(tmp_path / "all.pdf")
    [code] = qr_texts(tmp_path / "all.pdf", 1, 1, tmp_path)
    dialog = VerifyDialog(services.certificates)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # what a USB scanner types
    assert dialog.last is not None and dialog.last.valid
    assert dialog.last.name in dialog.details_label.text()
    assert dialog.last.name in page_texts(tmp_path / "all.pdf")[0]
    green = _verdict_colour(dialog)
    assert green.green() > green.red()

    forged = code.replace(dialog.last.number, dialog.last.number.replace("0", "9", 1))
    dialog.code_edit.setText(forged)
    dialog.check()
    assert dialog.last is not None and not dialog.last.valid
    assert dialog.last.reason == "forged"
    red = _verdict_colour(dialog)
    assert red.red() > red.green()
    assert dialog.code_edit.selectedText() == forged  # ready for the next scan


def test_verify_dialog_refuses_garbage(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = VerifyDialog(services.certificates)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("https://example.com")
    dialog.check_button.click()
    assert dialog.last is not None and dialog.last.reason == "malformed"
    assert dialog.details_label.text()


def test_template_editor_previews_and_saves(qtbot, services, admin, demo) -> None:  # type: ignore[no-untyped-def]
    dialog = TemplateDialog(services.certificates, admin.id)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.preview.preview
    assert first is not None
    before = preview_image(first, 400)

    dialog.form.title_edit.setText("Piagam Penghargaan")
    dialog.form.paper_combo.setCurrentIndex(dialog.form.paper_combo.findData("F4"))
    qtbot.waitUntil(lambda: dialog.preview.preview is not first, timeout=2000)
    texts = [getattr(item, "text", "") for item in dialog.preview.preview.items]
    assert "PIAGAM PENGHARGAAN" in texts
    assert dialog.preview.preview.width > first.width  # F4 is wider than A4
    assert preview_image(dialog.preview.preview, 400) != before

    dialog.form.body_edit.setPlainText("Untuk {nama} dari {alamat}")
    dialog.refresh_preview()
    assert "{alamat}" in dialog.error_label.text()

    dialog.form.body_edit.setPlainText("Atas partisipasi {nama} dalam {kegiatan}.")
    dialog.form.first_signatory.name_edit.setText("Drs. Bambang Sutrisno")
    # Two signatories by default (the office and the BPJS branch): a saved template names both.
    assert dialog.form.second_check.isChecked()
    assert "BPJS Ketenagakerjaan" in dialog.form.second_signatory.signatory().title
    dialog.form.second_signatory.name_edit.setText("Ir. Sri Lestari")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.saved is not None
    stored = services.certificates.template()
    assert (stored.title, stored.paper, [x.name for x in stored.signatories]) == (
        "Piagam Penghargaan",
        "F4",
        ["Drs. Bambang Sutrisno", "Ir. Sri Lestari"],
    )


def test_the_page_opens_its_dialogs(page) -> None:  # type: ignore[no-untyped-def]
    page.open_template()
    assert isinstance(page.active_dialog, TemplateDialog)
    page.active_dialog.reject()
    page.open_verify()
    assert isinstance(page.active_dialog, VerifyDialog)
    page.active_dialog.reject()


def test_generation_runs_on_a_real_thread(qtbot, services, admin, demo, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    widget = CertificatesPage(services, admin.id)  # the application's thread pool
    qtbot.addWidget(widget)
    widget.show()
    assert widget.count_label.text() == "Memuat…"  # the lists are read on a pool thread
    qtbot.waitUntil(widget.generate_button.isEnabled, timeout=30_000)
    with qtbot.waitSignal(widget.runner.finished, timeout=30_000) as blocker:
        widget.generate(tmp_path / "thread.pdf")
    assert blocker.args[0].count == services.certificates.count(event_id=demo.event_id)
    assert dialogs.errors == []
    qtbot.waitUntil(widget.generate_button.isEnabled, timeout=30_000)  # counted again in the background
