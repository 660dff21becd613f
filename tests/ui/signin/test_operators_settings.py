"""Settings › Operators and security: an admin manages them; a desk operator sees them read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.storage.models import Operator
from desktop_app.ui.settings_page import SettingsPage
from desktop_app.ui.signin.operator_dialog import OperatorDialog


def settings_page(qtbot, app_paths, settings, services, operator) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(app_paths, settings, lambda _lang: None, services=services, operator_id=operator.id)
    qtbot.addWidget(page)
    page.show()
    return page


def table_texts(box) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = box.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_an_admin_adds_a_desk_operator_who_can_then_sign_in(
    qtbot, app_paths, settings, services, team, english
) -> None:
    page = settings_page(qtbot, app_paths, settings, services, team.admin)
    box = page.operators_box

    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    dialog = box.active_dialog
    assert isinstance(dialog, OperatorDialog) and dialog.role_combo.currentText() == "Desk operator"
    qtbot.keyClicks(dialog.name_edit, "Budi Santoso")
    qtbot.keyClicks(dialog.pin_edit, "975310")
    qtbot.keyClicks(dialog.repeat_edit, "975310")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert box.active_dialog is None
    assert ["Budi Santoso", "Desk operator", "Set", "Active"] in table_texts(box)
    assert box.selected().name == "Budi Santoso"
    budi = services.operators.sign_in("Budi Santoso", "975310")
    assert budi.role == "desk"
    with services.db.session() as s:
        stored = s.scalar(select(Operator.pin_hash).where(Operator.name == "Budi Santoso"))
    assert stored.startswith("scrypt$") and "975310" not in stored


def test_a_taken_name_keeps_the_form_open_with_a_sentence(
    qtbot, app_paths, settings, services, team, english
) -> None:
    page = settings_page(qtbot, app_paths, settings, services, team.admin)
    box = page.operators_box
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    dialog = box.active_dialog
    qtbot.keyClicks(dialog.name_edit, "rina kartika")
    for edit in (dialog.pin_edit, dialog.repeat_edit):
        qtbot.keyClicks(edit, "1111")
    dialog.save()

    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "There is already an operator called “rina kartika”. Choose another name."
    )
    assert len(services.operators.list_operators()) == 2


def test_an_admin_resets_a_pin_and_deactivates_after_confirming(
    qtbot, app_paths, settings, services, team, dialogs, english
) -> None:
    page = settings_page(qtbot, app_paths, settings, services, team.admin)
    box = page.operators_box
    box.select_name("Rina Kartika")

    qtbot.mouseClick(box.pin_button, Qt.MouseButton.LeftButton)
    dialog = box.active_dialog
    assert dialog.windowTitle() == "New PIN for Rina Kartika"
    qtbot.keyClicks(dialog.pin_edit, "8642")
    qtbot.keyClicks(dialog.repeat_edit, "8642")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert services.operators.sign_in("Rina Kartika", "8642") == team.desk

    dialogs.answer = False
    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)
    assert services.operators.sign_in_choices()[0].name == "Rina Kartika"  # still active
    dialogs.answer = True
    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)

    assert ["Rina Kartika", "Desk operator", "Set", "Deactivated"] in table_texts(box)
    assert box.active_button.text() == "Reactivate"
    assert not box.pin_button.isEnabled()
    assert [r.name for r in services.operators.sign_in_choices()] == ["Sri Wahyuni"]


def test_the_admin_cannot_deactivate_themself(
    qtbot, app_paths, settings, services, team, dialogs, english
) -> None:
    page = settings_page(qtbot, app_paths, settings, services, team.admin)
    box = page.operators_box
    box.select_name("Sri Wahyuni")

    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)

    assert dialogs.errors == [("Operators", "You cannot deactivate yourself while signed in.", "")]
    assert "Sri Wahyuni" in [r.name for r in services.operators.sign_in_choices()]


def test_a_desk_operator_sees_the_operators_and_security_read_only(
    qtbot, app_paths, settings, services, team, english
) -> None:
    page = settings_page(qtbot, app_paths, settings, services, team.desk)
    box, security = page.operators_box, page.security_box
    box.select_name("Sri Wahyuni")

    assert not box.add_button.isEnabled()
    assert not box.pin_button.isEnabled() and not box.active_button.isEnabled()
    assert box.note_label.text() == "Only an admin adds operators, resets PINs or deactivates someone."
    assert not security.idle_spin.isEnabled() and not security.save_button.isEnabled()
    # Even if the button were pressed, the service refuses and says so.
    security.save_button.setEnabled(True)
    security.idle_spin.setEnabled(True)
    security.idle_spin.setValue(3)
    security.save()
    assert security.error_label.text() == "Only an admin may do this. Ask an admin to sign in."
    assert services.security.idle_minutes() == 10


def test_an_admin_sets_the_idle_time_and_the_retention(
    qtbot, app_paths, settings, services, team, english
) -> None:
    page = settings_page(qtbot, app_paths, settings, services, team.admin)
    security = page.security_box
    assert (security.idle_spin.value(), security.retention_spin.value()) == (10, 30)

    security.idle_spin.setValue(5)
    security.retention_spin.setValue(14)
    qtbot.mouseClick(security.save_button, Qt.MouseButton.LeftButton)

    assert security.saved_label.text() == "Saved."
    assert services.security.idle_minutes() == 5
    assert services.privacy.retention_days() == 14
