"""Starting the window: the first admin on an empty database, then sign-in by keyboard with a PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.app import run_window
from desktop_app.storage.database import open_database
from desktop_app.storage.models import AuditEntry, Operator
from desktop_app.ui.signin import prompts
from desktop_app.ui.signin.operator_dialog import OperatorDialog, OperatorDialogMode
from desktop_app.ui.signin.sign_in_dialog import SignInDialog
from desktop_app.ui.window_manager import WindowManager


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What each main window run_window showed had in its status bar: (operator text, first page)."""
    seen: list[tuple[str, str]] = []
    original = WindowManager.show

    def show(self):  # type: ignore[no-untyped-def]
        window = original(self)
        seen.append((self.guard.badge.label.text(), window.current_page_key()))
        return window

    monkeypatch.setattr(WindowManager, "show", show)
    return seen


def test_first_start_asks_for_the_admin_and_stores_only_a_hash(
    qtbot, tmp_path: Path, settings, dialogs, drive_modal, shown, monkeypatch
) -> None:
    monkeypatch.setenv("HADIR_LANG", "en")  # run_window picks its language itself
    db = tmp_path / "baru.db"

    def fill(dialog: OperatorDialog) -> None:
        assert isinstance(dialog, OperatorDialog)
        assert dialog.windowTitle() == "Welcome to Hadir"
        qtbot.keyClicks(dialog.name_edit, "Sri Wahyuni")
        qtbot.keyClicks(dialog.pin_edit, "246810")
        qtbot.keyClicks(dialog.repeat_edit, "246810")
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

    drive_modal(fill)
    assert run_window(str(db), settings=settings, exec_loop=False) == 0

    assert shown == [("Operator: Sri Wahyuni (Admin)", "events")]
    opened = open_database(db)
    with opened.session() as s:
        [sri] = s.scalars(select(Operator)).all()
        assert (sri.name, sri.role, sri.active) == ("Sri Wahyuni", "admin", True)
        assert sri.pin_hash.startswith("scrypt$") and "246810" not in sri.pin_hash
    opened.close()


def test_quitting_the_first_start_opens_no_window(tmp_path: Path, settings, drive_modal, shown) -> None:
    drive_modal(lambda dialog: dialog.reject())

    assert run_window(str(tmp_path / "baru.db"), settings=settings, exec_loop=False) == 0

    assert shown == []


def test_the_two_pins_must_match(qtbot, services, english) -> None:
    dialog = OperatorDialog(
        OperatorDialogMode.FIRST_ADMIN, lambda name, _role, pin: services.operators.create_admin(name, pin)
    )
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.name_edit, "Sri")
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClicks(dialog.repeat_edit, "2469")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_label.text() == "The two PINs are not the same. Type the same PIN twice."
    assert services.operators.needs_first_admin()
    qtbot.keyClicks(dialog.pin_edit, "x12")  # only digits get in
    assert dialog.pin_edit.text() == "246812"


def test_a_too_short_pin_is_explained(qtbot, services, english) -> None:
    dialog = OperatorDialog(
        OperatorDialogMode.FIRST_ADMIN, lambda name, _role, pin: services.operators.create_admin(name, pin)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Sri")
    for edit in (dialog.pin_edit, dialog.repeat_edit):
        qtbot.keyClicks(edit, "246")
    dialog.save()

    assert dialog.error_label.text() == "The PIN has 4 to 8 digits (numbers only)."
    assert services.operators.needs_first_admin()


def test_sign_in_by_keyboard_opens_the_window_as_that_operator(
    qtbot, services, db_path: Path, settings, dialogs, drive_modal, shown, team, monkeypatch
) -> None:
    monkeypatch.setenv("HADIR_LANG", "en")

    def sign_in(dialog: SignInDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        form = dialog.form
        form.operator_list.setFocus()
        qtbot.keyClicks(form.operator_list, "R")  # type-ahead picks "Rina Kartika"
        qtbot.keyClick(form.operator_list, Qt.Key.Key_Return)  # on to the PIN
        assert form.chosen_name() == "Rina Kartika"
        assert dialog.focusWidget() is form.pin_edit
        qtbot.keyClicks(form.pin_edit, "1357")
        qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)

    drive_modal(sign_in)
    assert run_window(str(db_path), settings=settings, exec_loop=False) == 0

    assert shown == [("Operator: Rina Kartika (Desk operator)", "events")]
    assert settings.store.value(prompts.LAST_OPERATOR) == "Rina Kartika"
    with services.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "sign_in"))
        assert (entry.entity_id, entry.operator_id) == (team.desk.id, team.desk.id)


def test_wrong_pins_are_said_and_the_fifth_locks(qtbot, services, team, english) -> None:
    dialog = SignInDialog(services.operators, "Rina Kartika")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.chosen_name() == "Rina Kartika"  # the last operator is offered first

    texts = []
    for _ in range(5):
        qtbot.keyClicks(form.pin_edit, "0000")
        qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)
        texts.append(form.error_label.text())

    assert texts[0] == "Wrong PIN. Try again."
    assert texts[2] == "Wrong PIN. 2 tries left before a one-minute lock."
    assert texts[4].startswith("Too many wrong PINs. Try again in 60 seconds")
    assert form.pin_edit.text() == ""
    assert dialog.isVisible() and dialog.operator is None
    form.select("Sri Wahyuni")  # another operator is not locked
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)
    assert dialog.operator == team.admin


def test_only_operators_with_a_pin_are_listed(qtbot, services, team) -> None:
    services.operators.ensure("Skrip Kantor")  # a command-line operator, no PIN
    services.operators.deactivate(team.desk.id, team.admin.id)

    dialog = SignInDialog(services.operators)
    qtbot.addWidget(dialog)

    items = [dialog.form.operator_list.item(i).text() for i in range(dialog.form.operator_list.count())]
    assert len(items) == 1 and items[0].startswith("Sri Wahyuni")


def test_the_sign_in_and_lock_screen_speak_indonesian(
    qtbot, qapp, services, app_paths, settings, team
) -> None:
    dialog = SignInDialog(services.operators)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Masuk ke Hadir"
    assert dialog.form.list_label.text() == "Siapa yang bertugas di meja?"
    assert dialog.form.operator_list.item(1).text() == "Sri Wahyuni (Admin)"
    assert dialog.form.operator_list.item(0).text() == "Rina Kartika (Petugas meja)"
    qtbot.keyClicks(dialog.form.pin_edit, "0000")
    dialog.form.submit()
    assert dialog.form.error_label.text() == "PIN salah. Coba lagi."

    from desktop_app.ui.i18n import Translations

    manager = WindowManager(services, app_paths, settings, Translations(qapp), team.desk.id)
    window = manager.show()
    qtbot.addWidget(window)
    assert manager.guard.badge.label.text() == "Petugas: Rina Kartika (Petugas meja)"
    manager.guard.lock()
    assert manager.guard.overlay.title_label.text() == "Hadir terkunci"
    assert window.navigation_titles()[-1] == "Log Audit"


def test_tests_and_embedders_may_name_the_operator_and_skip_the_pin(
    services, db_path: Path, settings, shown, team, monkeypatch
) -> None:
    from desktop_app.core.errors import InvalidInput

    monkeypatch.setenv("HADIR_LANG", "en")
    monkeypatch.setattr(prompts, "ask_sign_in", lambda *_: pytest.fail("no PIN is asked"))

    assert run_window(str(db_path), settings=settings, exec_loop=False, operator="Rina Kartika") == 0

    assert shown == [("Operator: Rina Kartika (Desk operator)", "events")]
    with pytest.raises(InvalidInput):
        run_window(str(db_path), settings=settings, exec_loop=False, operator="Nobody")
