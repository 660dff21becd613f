"""The import dialog with a messy workbook: preview, a column mapped by hand, the outcome, cancel, bad files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton
from roster_files import messy_workbook
from sqlalchemy import func, select

from desktop_app.core.roster_columns import Field
from desktop_app.storage.models import Invitation, Organization, Person
from desktop_app.ui import dialogs_io
from desktop_app.ui.people.import_dialog import ImportDialog
from desktop_app.ui.people.people_labels import PeopleLabels


def count(services, model) -> int:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """The messy workbook, with a phone header nobody could guess (the column is mapped by hand)."""
    path = messy_workbook(tmp_path / "undangan angkatan 3.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Undangan Angkatan 1"]["D4"] = "Yang bisa dihubungi"
    wb.save(path)
    return path


def open_import(page, monkeypatch, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    """Press "Import list…" and pick `path` in the (stubbed) file dialog."""
    monkeypatch.setattr(dialogs_io, "open_file", lambda parent, title, folder="", filters="": path)
    page.import_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, ImportDialog)
    return dialog


def test_a_messy_workbook_with_a_column_mapped_by_hand(page, services, demo, workbook, monkeypatch) -> None:
    before = count(services, Person)
    dialog = open_import(page, monkeypatch, workbook)
    assert dialog.sheet_combo.currentText() == "Undangan Angkatan 1"
    assert dialog.header_spin.value() == 4  # below the title block
    assert dialog.preview_model.rowCount() == 13  # blank rows are not shown
    mapping = dialog.mapping_form.mapping()
    assert mapping[Field.NAME] == 1 and mapping[Field.NIK] == 2 and Field.PHONE not in mapping

    phone = dialog.mapping_form.combos[Field.PHONE]
    phone.setCurrentIndex(phone.findData(3))  # column D, by hand
    assert dialog.plan().columns[Field.PHONE] == 3
    assert dialog.preview_model.field_of(3) == Field.PHONE
    session = services.events.list_sessions(demo.event_id)[0]
    with services.db.transaction() as s:  # make room in batch 1 for the newcomers
        s.execute(
            Invitation.__table__.delete().where(Invitation.session_id == session.id, Invitation.id % 3 == 0)
        )
    dialog.session_picker.reload()
    dialog.session_picker.check_sessions([session.id])
    dialog.import_button.click()

    view = dialog.summary_view
    assert dialog.pages.currentWidget() is view
    assert [view.count(k) for k in ("rows", "imported", "merged", "rejected")] == [7, 4, 1, 2]
    assert view.count("invited") == 4 and view.count("not_invited") == 0
    assert view.rejected_lines() == [
        ("8", "Citra Lestari", PeopleLabels.reason("nik_length")),
        ("9", "Dodi Prasetyo", PeopleLabels.reason("nik_date")),
    ]
    assert count(services, Person) == before + 4
    with services.db.session() as s:
        phones = dict(s.execute(select(Person.name, Person.phone).where(Person.id > 60)).all())
        invited = s.scalar(
            select(func.count()).where(Invitation.session_id == session.id, Invitation.person_id > 60)
        )
    assert phones == {
        "Sri Wahyuni": "+6281234500001",
        "Budi Santoso": "+6281234500002",
        "Eko Saputra": "+6285711112222",
        "=Rahmat+1": "+6281234500005",
    }
    assert invited == 4
    assert "Eko Saputra" in [r.name for r in page.person_model.rows()]  # the page read the registry again

    saved = []
    monkeypatch.setattr(
        dialogs_io, "save_file", lambda *a, **k: saved.append(a) or workbook.with_name("tolak")
    )
    monkeypatch.setattr(dialogs_io, "show_info", lambda *a: None)
    out = dialog.save_rejects()
    assert out == workbook.with_name("tolak.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert [sheet.cell(row=r, column=3).value for r in (2, 3)] == ["331108430388003", "3311013505800004"]
    assert sheet.cell(row=2, column=10).value == PeopleLabels.reason("nik_length")
    dialog.close_button.click()
    assert page.active_dialog is None


def test_cancel_writes_nothing(page, services, workbook, monkeypatch) -> None:
    people, orgs = count(services, Person), count(services, Organization)
    dialog = open_import(page, monkeypatch, workbook)

    def watch(worker) -> None:  # type: ignore[no-untyped-def]
        # The user presses Cancel in the progress dialog as soon as the import reports progress.
        worker.signals.progress.connect(lambda *_: dialog.runner.dialog.findChild(QPushButton).click())

    dialog.runner.started.connect(watch)
    dialog.import_button.click()

    assert dialog.pages.currentWidget() is not dialog.summary_view
    assert dialog.summary is None
    assert dialog.message() == dialog.tr("Import cancelled: nothing was written.")
    assert (count(services, Person), count(services, Organization)) == (people, orgs)
    assert dialog.import_button.isEnabled()  # the user may try again


def test_a_file_that_is_not_a_spreadsheet_is_refused_clearly(page, services, tmp_path, monkeypatch) -> None:
    notes = tmp_path / "catatan.docx"
    notes.write_bytes(b"PK\x03\x04 not a workbook")
    people = count(services, Person)
    dialog = open_import(page, monkeypatch, notes)
    assert "catatan.docx" in dialog.message() and ".xlsx" in dialog.message()
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"this is not a zip file")
    dialog.load(broken)
    assert "rusak.xlsx" in dialog.message()
    assert count(services, Person) == people


def test_header_row_and_name_column_by_hand(page, workbook, monkeypatch) -> None:
    dialog = open_import(page, monkeypatch, workbook)
    dialog.header_spin.setValue(1)  # the title row: nothing recognised
    assert dialog.mapping_form.mapping() == {}
    assert not dialog.import_button.isEnabled()
    dialog.header_spin.setValue(4)
    assert dialog.mapping_form.mapping()[Field.NAME] == 1
    dialog.mapping_form.choose(Field.NAME, None)
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert dialog.summary is None
    dialog.sheet_combo.setCurrentIndex(0)  # the notes sheet: no list there
    assert dialog.preview_model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_the_import_runs_off_the_gui_thread(qtbot, services, admin, workbook) -> None:
    from desktop_app.ui.worker import WorkerPool

    dialog = ImportDialog(services, admin, WorkerPool())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.runner.finished, timeout=10_000):
        dialog.load(workbook)
    dialog.mapping_form.choose(Field.PHONE, 3)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()
    assert dialog.summary_view.count("imported") == 4
    assert count(services, Person) == 4
