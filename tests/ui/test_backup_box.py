"""Backups from the window: a copy anywhere, restore for admins only, garbage refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Person
from desktop_app.ui import dialogs_io
from desktop_app.ui.backup_box import BackupBox
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    calls: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(dialogs_io, "show_info", lambda _p, title, text: calls["info"].append((title, text)))
    monkeypatch.setattr(
        dialogs_io, "show_error", lambda _p, title, text, detail="": calls["error"].append((title, text))
    )
    monkeypatch.setattr(dialogs_io, "ask_yes_no", lambda *_: True)
    return calls


def names(services) -> set[str]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return set(s.scalars(select(Person.name)))


def add(services, admin, name: str) -> None:  # type: ignore[no-untyped-def]
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name=name), admin.id)


def box(qtbot, services, operator) -> BackupBox:  # type: ignore[no-untyped-def]
    widget = BackupBox(services, operator, WorkerPool(inline=True))
    qtbot.addWidget(widget)
    return widget


def test_a_backup_goes_where_the_operator_chooses(
    qtbot, services, admin, said, monkeypatch, tmp_path: Path
) -> None:
    add(services, admin, "Sri Wahyuni")
    monkeypatch.setattr(dialogs_io, "save_file", lambda *_: tmp_path / "flashdisk" / "cadangan")
    (tmp_path / "flashdisk").mkdir()
    widget = box(qtbot, services, admin)
    widget.backup_button.click()
    copy = tmp_path / "flashdisk" / "cadangan.db"  # the .db ending is added
    db = open_database(copy)
    with db.session() as s:
        assert list(s.scalars(select(Person.name))) == ["Sri Wahyuni"]
    db.close()
    assert said["info"] and str(copy) in said["info"][0][1]


def test_an_admin_restores_and_everyone_signs_in_again(
    qtbot, services, admin, said, monkeypatch, tmp_path: Path
) -> None:
    add(services, admin, "Sri Wahyuni")
    backup = services.backups.backup_to(tmp_path / "pagi.db", admin)
    add(services, admin, "Tamu Siang")
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: backup)
    widget = box(qtbot, services, admin)
    with qtbot.waitSignal(widget.restored, timeout=5000):
        widget.restore_button.click()
    assert names(services) == {"Sri Wahyuni"}
    assert said["info"][-1] == ("Cadangan dipulihkan", "Data sudah dipulihkan. Silakan masuk lagi.")


def test_a_garbage_file_is_refused_and_nothing_changes(
    qtbot, services, admin, said, monkeypatch, tmp_path: Path
) -> None:
    add(services, admin, "Sri Wahyuni")
    junk = tmp_path / "rusak.db"
    junk.write_bytes(b"bukan database" * 100)
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: junk)
    widget = box(qtbot, services, admin)
    widget.restore_button.click()
    assert said["error"] and "rusak.db" in said["error"][0][1]
    assert names(services) == {"Sri Wahyuni"}


def test_a_desk_operator_may_neither_back_up_nor_restore(qtbot, services) -> None:
    desk = services.operators.ensure("Petugas Meja", "desk")
    widget = box(qtbot, services, desk)
    assert not widget.backup_button.isEnabled() and not widget.restore_button.isEnabled()
    assert widget.backup_button.toolTip() == "Hanya admin yang boleh membuat cadangan."


def test_after_a_restore_the_window_asks_who_acts_and_opens_for_them(
    qtbot, qapp, services, admin, app_paths, settings, monkeypatch
) -> None:
    from desktop_app.ui.i18n import Translations
    from desktop_app.ui.signin import prompts
    from desktop_app.ui.window_manager import WindowManager

    other = services.operators.ensure("Rina Kartika", "desk")
    asked: list[str] = []

    def sign_in(_services, _last):  # type: ignore[no-untyped-def]
        asked.append("sign-in")
        return other

    def create_admin(_services):  # type: ignore[no-untyped-def]
        asked.append("create-admin")
        return other

    monkeypatch.setattr(prompts, "ask_sign_in", sign_in)
    monkeypatch.setattr(prompts, "ask_create_admin", create_admin)
    manager = WindowManager(services, app_paths, settings, Translations(qapp), admin.id)
    first = manager.show()
    qtbot.addWidget(first)
    first.sign_in_requested.emit()  # what the settings page does after a restore
    expected = "create-admin" if services.operators.needs_first_admin() else "sign-in"
    assert asked == [expected]  # asked exactly once who acts now
    assert manager.window is not None and manager.window is not first
    qtbot.addWidget(manager.window)
    assert manager._operator_id == other.id  # the new window acts as Rina


def test_a_backup_encrypted_elsewhere_is_restored_with_its_recovery_key(
    qtbot, services, admin, said, monkeypatch, tmp_path: Path
) -> None:
    from desktop_app.services.operators.service import OperatorService
    from desktop_app.services.privacy.encryption import encrypt_database

    other = open_database(tmp_path / "laptop-lain" / "hadir.db")
    assert OperatorService(other).local_admin().id == admin.id  # the restore is audited as this admin
    with other.transaction() as s:
        s.add(Person(name="Peserta Laptop Lain"))
    other.close()
    done = encrypt_database(other.path, other.path.parent / "backups")
    monkeypatch.setenv("HADIR_KEYRING_FILE", str(tmp_path / "this-laptop.json"))  # no key here
    add(services, admin, "Sri Wahyuni")
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_: other.path)
    typed = iter(["bukan kunci", done.recovery_key.lower()])
    monkeypatch.setattr(dialogs_io, "ask_text", lambda *_: next(typed))
    widget = box(qtbot, services, admin)

    widget.restore_button.click()  # a mistyped key: a sentence, nothing restored
    assert said["error"][-1][1] == (
        "Itu bukan kunci pemulihan: kunci terdiri dari 52 huruf dan angka dalam kelompok empat."
    )
    assert names(services) == {"Sri Wahyuni"}
    with qtbot.waitSignal(widget.restored, timeout=5000):
        widget.restore_button.click()
    assert names(services) == {"Peserta Laptop Lain"}
