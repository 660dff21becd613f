"""Scanning while the window is locked is not a PIN attempt: "Buka kunci dulu", no try burned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.storage.models import AuditEntry
from desktop_app.ui.signin.lock_overlay import LockOverlay
from desktop_app.ui.signin.scan_burst import BURST_GAP_S


def test_five_scans_at_the_lock_say_unlock_first_and_the_pin_still_opens(qtbot, services, team) -> None:
    overlay = LockOverlay(services.operators, team.desk)
    qtbot.addWidget(overlay)
    overlay.show()
    overlay.show_unlock()
    for code in (
        "HDR-7KQ2-M9XD",
        "3311095203850001",
        "HDR-A1B2-C3D4",
        "HDR-5RTW-88PJ",
        "HDR-N4HV-2GZC",
        "x1",
    ):
        qtbot.keyClicks(overlay.pin_edit, code)  # a scanner: the whole code at once, then Enter
        qtbot.keyClick(overlay.pin_edit, Qt.Key.Key_Return)
        assert "Buka kunci dulu" in overlay.error_label.text()
        assert overlay.pin_edit.text() == ""
    with services.db.session() as s:
        failed = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in_failed")))
    assert failed == []  # not one PIN try counted

    unlocked = []
    overlay.unlocked.connect(unlocked.append)
    qtbot.keyClicks(overlay.pin_edit, "1357")
    qtbot.keyClick(overlay.pin_edit, Qt.Key.Key_Return)
    assert [o.id for o in unlocked] == [team.desk.id]  # not locked out


def test_a_wrong_pin_typed_by_a_person_still_counts(qtbot, services, team) -> None:
    overlay = LockOverlay(services.operators, team.desk)
    qtbot.addWidget(overlay)
    overlay.show()
    overlay.show_unlock()
    for digit in "2468":
        qtbot.keyClick(overlay.pin_edit, digit)
        qtbot.wait(int(BURST_GAP_S * 1000) + 40)  # a person's pace
    qtbot.keyClick(overlay.pin_edit, Qt.Key.Key_Return)
    assert "Buka kunci dulu" not in overlay.error_label.text()
    assert overlay.error_label.text() != ""
    with services.db.session() as s:
        failed = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in_failed")))
    assert len(failed) == 1
