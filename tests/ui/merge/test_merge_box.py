"""Pengaturan → Gabungkan data laptop lain…: preview, merge, a one-click choice, cancel, refusals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionDraft
from desktop_app.services.merge._run import count_rows
from desktop_app.services.merge.service import TABLES
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Attendance, Person
from desktop_app.ui import dialogs_io
from desktop_app.ui.merge.merge_box import MergeBox
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    calls: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(dialogs_io, "show_info", lambda _p, title, text: calls["info"].append((title, text)))
    monkeypatch.setattr(
        dialogs_io, "show_error", lambda _p, title, text, detail="": calls["error"].append((title, text))
    )
    return calls


@pytest.fixture
def laptop(services, admin, make_session, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The office's database copied to a laptop, which admitted Sri and corrected her phone."""
    _event, session_id = make_session(capacity=30)
    with services.db.transaction() as s:
        sri = services.people.create_person(
            s, WalkInDraft(name="Sri Wahyuni", nik="3311014101900001", phone="081200000011"), admin.id
        ).id
    path = backup_file(services.db.path, tmp_path / "laptop.db")
    other = Services(open_database(path))
    other.checkin.admit(AdmitRequest(session_id, sri, ScreeningAnswers(36.5)), other.operators.local_admin())
    with other.db.transaction() as s:
        s.execute(update(Person).where(Person.id == sri).values(phone="+6285700000099"))
    other.close()
    return path


def _admitted(services) -> int:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return s.scalar(select(func.count()).select_from(Attendance)) or 0


def _box(qtbot, services, operator) -> MergeBox:  # type: ignore[no-untyped-def]
    widget = MergeBox(services, operator, WorkerPool(inline=True))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_preview_then_merge_then_take_the_laptops_phone(
    qtbot, services, admin, laptop, said, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: laptop)
    box = _box(qtbot, services, admin)
    box.merge_button.click()
    preview = box.active_dialog
    assert preview is not None and preview.preview
    assert _admitted(services) == 0  # the preview wrote nothing
    assert not preview.choice_buttons  # nothing to choose before the merge
    preview.merge_button.click()

    result = box.active_dialog
    assert result is not None and not result.preview
    assert _admitted(services) == 1
    assert result.table.item(0, 1).text() == "0812-****-0011"
    assert result.table.item(0, 2).text() == "0857-****-0099"
    if os.environ.get("HADIR_SHOTS"):
        result.resize(760, 420)
        result.grab().save(str(Path(os.environ["HADIR_SHOTS"]) / "merge-dialog.png"))
    [choice] = result.choice_buttons
    choice.click()
    assert not choice.isEnabled()
    with services.db.session() as s:
        assert s.scalar(select(Person.phone)) == "+6285700000099"
    result.accept()
    assert box.active_dialog is None and said["error"] == []


def test_cancelling_the_preview_writes_nothing(qtbot, services, admin, laptop, said, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: laptop)
    box = _box(qtbot, services, admin)
    box.merge_button.click()
    assert box.active_dialog is not None
    box.active_dialog.reject()
    assert box.active_dialog is None
    assert _admitted(services) == 0


def test_a_garbage_file_is_refused_in_a_sentence(
    qtbot, services, admin, said, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    garbage = tmp_path / "rusak.db"
    garbage.write_bytes(b"\x00garbage" * 64)
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: garbage)
    box = _box(qtbot, services, admin)
    box.merge_button.click()
    assert box.active_dialog is None
    [(_title, text)] = said["error"]
    assert text and "Traceback" not in text


def test_a_desk_operator_cannot_merge(qtbot, services, admin) -> None:  # type: ignore[no-untyped-def]
    desk = services.operators.add_operator("Rina", "1234", admin.id)
    box = _box(qtbot, services, desk)
    assert not box.merge_button.isEnabled()


def test_a_batch_edited_on_the_laptop_is_shown_and_its_value_taken_in_one_click(
    qtbot, services, admin, laptop, said, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = Services(open_database(laptop))
    info = other.events.list_sessions()[0]
    fields = {name: getattr(info, name) for name in SessionDraft.__dataclass_fields__}
    other.events.update_session(
        info.id, SessionDraft(**fields | {"capacity": 40, "require_mask": False}), admin.id
    )
    other.close()
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: laptop)
    box = _box(qtbot, services, admin)
    box.merge_button.click()
    assert box.active_dialog is not None
    box.active_dialog.merge_button.click()
    result = box.active_dialog
    assert result is not None
    rows = {
        result.table.item(r, 0).text(): (result.table.item(r, 1).text(), result.table.item(r, 2).text())
        for r in range(result.table.rowCount())
    }
    # In Indonesian, the window's default language.
    assert rows["Angkatan 1: Kapasitas"] == ("30", "40")
    assert rows["Angkatan 1: Wajib masker"] == ("Ya", "Tidak")
    assert len(result.choice_buttons) == 3  # capacity, mask and Sri's phone
    result.choice_buttons[0].click()
    assert services.events.get_session(info.id).capacity == 40
    assert services.events.get_session(info.id).require_mask is True  # not chosen: the office's stays
    assert said["error"] == []


def test_cancel_during_the_merge_stops_it_and_changes_nothing(
    qtbot, services, admin, laptop, said, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = Services(open_database(laptop))
    with other.db.transaction() as s:  # the laptop registered walk-ins too
        for n in range(5):
            other.people.create_person(s, WalkInDraft(name=f"Peserta {n}", phone=f"08120000009{n}"), None)
    other.close()
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: laptop)
    services.merge.chunk = 1  # progress after every row of the file
    box = _box(qtbot, services, admin)
    box.merge_button.click()
    preview = box.active_dialog
    assert preview is not None
    reports: list[tuple[int, int]] = []

    def press_cancel_on_first_progress(worker) -> None:  # type: ignore[no-untyped-def]
        def on_progress(done: int, total: int) -> None:
            reports.append((done, total))
            box.runner.cancel()  # as the progress dialog's Batal does

        worker.signals.progress.connect(on_progress)

    box.runner.started.connect(press_cancel_on_first_progress)
    preview.merge_button.click()
    # The bar counts the file's rows; the merge stopped at the very next one.
    counted = Services(open_database(laptop))
    with counted.db.engine.connect() as conn:
        rows = count_rows(conn, TABLES)
    counted.close()
    assert reports == [(1, rows)] and rows > 15
    assert said["info"] == [("Penggabungan dibatalkan", "Tidak ada yang berubah.")]
    assert box.active_dialog is None
    assert _admitted(services) == 0
    with services.db.session() as s:
        assert s.scalar(select(Person.phone)) == "+6281200000011"
