"""Python's cycle collector stays off between two tests once a worker has a QApplication.

Collection switched back on after each UI test let a background thread from an earlier test
collect a closed window's widgets off the GUI thread; xdist workers died in Qt (session 4).
Both tests run on one worker, in this order.
"""

from __future__ import annotations

import gc

import pytest
from collector_key import COLLECTOR_AFTER_TEARDOWN
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

pytestmark = pytest.mark.xdist_group("cycle-collection-between-tests")


class _Cycle:
    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.me = self  # only the cycle collector frees this


def test_a_window_is_closed_with_its_widgets_in_a_reference_cycle(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    box = QGroupBox("Cadangan", window)
    QVBoxLayout(window).addWidget(box)
    _Cycle(box)
    window.close()


def test_the_collector_was_off_once_the_previous_test_was_torn_down(request: pytest.FixtureRequest) -> None:
    previous, collector_on = request.config.stash[COLLECTOR_AFTER_TEARDOWN]
    assert "::test_a_window_is_closed_with_its_widgets_in_a_reference_cycle" in previous  # on this worker
    assert collector_on is False
    assert not gc.isenabled()
