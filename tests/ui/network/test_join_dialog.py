"""Gabung ke server: a mistyped code is said at once and nothing connects; a good one joins."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.network.join_code import JoinCode
from desktop_app.ui.network.join_dialog import JoinDialog
from desktop_app.ui.worker import WorkerPool

CODE = JoinCode("192.168.43.1", 5432, "8B24PY2EHC2JS", "BA78").text()


def _dialog(qtbot, join) -> JoinDialog:  # type: ignore[no-untyped-def]
    dialog = JoinDialog(join, WorkerPool(inline=True))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_mistyped_code_is_said_in_indonesian_and_nothing_connects(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    dialog = _dialog(qtbot, lambda code: calls.append(code) or "")
    qtbot.keyClicks(dialog.code_edit, CODE[:-1] + ("A" if CODE[-1] != "A" else "B"))
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # as a barcode scanner ends a code
    assert calls == []
    assert dialog.message_label.isVisible() and "salah ketik" in dialog.message_label.text()
    assert dialog.isVisible()


def test_a_scanned_code_joins_and_closes_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    dialog = _dialog(
        qtbot, lambda code: calls.append(code) or "postgresql://hadir:***@192.168.43.1:5432/hadir"
    )
    qtbot.keyClicks(dialog.code_edit, CODE.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert calls == [CODE.lower()]
    assert dialog.joined_url == "postgresql://hadir:***@192.168.43.1:5432/hadir"
