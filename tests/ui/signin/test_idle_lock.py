"""The window locks itself after the idle time and opens again with the PIN, or for another operator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.storage.models import AuditEntry
from desktop_app.ui.i18n import Translations
from desktop_app.ui.signin.operator_dialog import OperatorDialog
from desktop_app.ui.window_manager import WindowManager


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def open_window(qtbot, qapp, services, app_paths, settings, operator):  # type: ignore[no-untyped-def]
    manager = WindowManager(services, app_paths, settings, Translations(qapp), operator.id)
    window = manager.show()
    qtbot.addWidget(window)
    clock = FakeClock()
    manager.guard.watcher.clock = clock
    manager.guard.watcher.start()  # count from the fake clock's "now"
    return manager, window, clock


def test_the_lock_appears_after_the_idle_time_and_the_pin_opens_it(
    qtbot, qapp, services, app_paths, settings, team, english
) -> None:
    services.security.set_idle_minutes(2, team.admin.id)
    manager, window, clock = open_window(qtbot, qapp, services, app_paths, settings, team.desk)
    guard = manager.guard
    content = window.centralWidget()

    clock.now += 119
    guard.watcher.timer.timeout.emit()  # a tick before the idle time: nothing happens
    assert not guard.locked and window.centralWidget() is content

    clock.now += 2
    guard.watcher.timer.timeout.emit()
    assert guard.locked
    assert window.centralWidget() is guard.overlay and guard.overlay.isVisible()
    assert not content.isVisible()  # nothing of the desk shows behind the lock
    assert guard.overlay.title_label.text() == "Hadir is locked"
    assert guard.overlay.prompt_label.text() == "Rina Kartika, type your PIN to continue."

    qtbot.keyClicks(guard.overlay.pin_edit, "2468")  # the admin's PIN is not Rina's
    qtbot.keyClick(guard.overlay.pin_edit, Qt.Key.Key_Return)
    assert guard.locked
    assert guard.overlay.error_label.text() == "Wrong PIN. Try again."

    qtbot.keyClicks(guard.overlay.pin_edit, "1357")
    qtbot.keyClick(guard.overlay.pin_edit, Qt.Key.Key_Return)
    assert not guard.locked
    assert window.centralWidget() is content and content.isVisible()
    assert manager.window is window  # the same window, as it was
    with services.db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == team.desk.id)))
    assert actions[-2:] == ["sign_in_failed", "unlock"]


def test_input_keeps_the_window_open(qtbot, qapp, services, app_paths, settings, team) -> None:
    manager, window, clock = open_window(qtbot, qapp, services, app_paths, settings, team.desk)
    handle = window.windowHandle()

    clock.now += 500
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPoint(5, 5),
        QPoint(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(handle, move)  # the mouse moved over the window
    clock.now += 500  # 1000 s since the start, 500 s since the mouse moved: under 10 minutes
    manager.guard.watcher.timer.timeout.emit()

    assert not manager.guard.locked
    clock.now += 101
    manager.guard.watcher.timer.timeout.emit()
    assert manager.guard.locked


def test_the_real_timer_locks_a_short_idle_time(qtbot, qapp, services, app_paths, settings, team) -> None:
    manager, _window, clock = open_window(qtbot, qapp, services, app_paths, settings, team.desk)
    manager.guard.watcher.timer.setInterval(20)
    clock.now += 601

    qtbot.waitUntil(lambda: manager.guard.locked, timeout=2000)


def test_open_dialogs_hide_during_the_lock_and_come_back(
    qtbot, qapp, services, app_paths, settings, team, english
) -> None:
    manager, window, clock = open_window(qtbot, qapp, services, app_paths, settings, team.admin)
    window.show_page("settings")
    box = window.pages["settings"].operators_box
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    dialog = box.active_dialog
    assert isinstance(dialog, OperatorDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Budi")

    clock.now += 601  # the admin walked away from the half-filled form
    manager.guard.watcher.timer.timeout.emit()
    assert manager.guard.locked and not dialog.isVisible()

    qtbot.keyClicks(manager.guard.overlay.pin_edit, "2468")
    qtbot.keyClick(manager.guard.overlay.pin_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.name_edit.text() == "Budi"


def test_another_operator_signs_in_at_the_lock_screen(
    qtbot, qapp, services, app_paths, settings, team, english
) -> None:
    manager, first, _clock = open_window(qtbot, qapp, services, app_paths, settings, team.desk)
    manager.guard.lock()
    overlay = manager.guard.overlay

    qtbot.mouseClick(overlay.switch_button, Qt.MouseButton.LeftButton)
    overlay.sign_in_form.select("Sri Wahyuni")
    qtbot.keyClicks(overlay.sign_in_form.pin_edit, "2468")
    qtbot.keyClick(overlay.sign_in_form.pin_edit, Qt.Key.Key_Return)

    second = manager.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert manager.guard.badge.label.text() == "Operator: Sri Wahyuni (Admin)"
    assert not manager.guard.locked
    assert second.pages["checkin"].operator == team.admin


def test_an_operator_without_a_pin_is_never_locked_out(
    qtbot, qapp, services, app_paths, settings, admin
) -> None:
    manager = WindowManager(services, app_paths, settings, Translations(qapp), admin.id)
    window = manager.show()
    qtbot.addWidget(window)

    manager.guard.lock()

    assert not manager.guard.locked
    assert not manager.guard.badge.lock_button.isVisible()


def test_the_lock_button_and_ctrl_l_lock_at_once(qtbot, qapp, services, app_paths, settings, team) -> None:
    manager, window, _clock = open_window(qtbot, qapp, services, app_paths, settings, team.desk)

    qtbot.mouseClick(manager.guard.badge.lock_button, Qt.MouseButton.LeftButton)
    assert manager.guard.locked
    qtbot.keyClicks(manager.guard.overlay.pin_edit, "1357")
    qtbot.keyClick(manager.guard.overlay.pin_edit, Qt.Key.Key_Return)
    assert not manager.guard.locked

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.pages[window.current_page_key()], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert manager.guard.locked
