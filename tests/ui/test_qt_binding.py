"""The Qt binding itself: a desk session makes millions of calls into it without crashing.

PySide6 6.12.0 on Python 3.11 returns None from every void method without taking a reference,
so each call drops one reference to None until the interpreter aborts ("none_dealloc"), after
some thousand key presses at the desk. pyproject.toml pins a version without that fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    edit, view = QLineEdit(), QTableView()
    qtbot.addWidget(edit)
    qtbot.addWidget(view)
    before = sys.getrefcount(None)
    for n in range(1000):
        edit.setText(str(n))
        view.viewport().update()
    # Other code may hold a few more or fewer references; the fault loses one a call (2,000).
    assert sys.getrefcount(None) > before - 500
