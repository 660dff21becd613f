"""An office with a team: Sri the admin (PIN 2468) and Rina at the desk (PIN 1357)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


@dataclass
class Team:
    admin: object
    desk: object


@pytest.fixture
def team(services) -> Team:  # type: ignore[no-untyped-def]
    sri = services.operators.create_admin("Sri Wahyuni", "2468")
    rina = services.operators.add_operator("Rina Kartika", "1357", sri.id)
    return Team(sri, rina)


@pytest.fixture
def drive_modal(qapp: QApplication):  # type: ignore[no-untyped-def]
    """`drive_modal(act)`: once a modal dialog runs (exec), call `act(dialog)`; give up after 10 s."""

    def start(act: Callable[[QWidget], None]) -> None:
        done = []

        def step() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, step)
                return
            done.append(dialog)
            act(dialog)

        def give_up() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and (not done or dialog is done[0]):
                dialog.reject()  # a test that did not finish must not hang the suite

        QTimer.singleShot(0, step)
        QTimer.singleShot(10_000, give_up)

    return start
