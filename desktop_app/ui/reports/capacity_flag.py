"""The over-capacity flag on Laporan: batches holding more admissions than seats (after a merge)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.exports.attendance.data import EventReport

FLAG_STYLE = "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; border-radius: 4px; padding: 6px 10px; }"


class CapacityFlag(QLabel):
    """A red line naming each shown batch that is over capacity; hidden when none is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FLAG_STYLE)
        self.setWordWrap(True)
        self.hide()

    def set_report(self, report: EventReport | None, session_id: int | None) -> None:
        """Flag the batches of `report` (only `session_id`'s when one is chosen) that are over capacity."""
        over = [
            s
            for s in (report.sessions if report else ())
            if s.summary.admitted > s.summary.capacity and session_id in (None, s.header.session_id)
        ]
        parts = [
            self.tr("batch {batch}: {admitted} admitted, {capacity} seats").format(
                batch=s.header.batch, admitted=s.summary.admitted, capacity=s.summary.capacity
            )
            for s in over
        ]
        self.setText(
            self.tr("Over capacity (two laptops filled the same batch; nothing was dropped): ")
            + "; ".join(parts)
        )
        self.setVisible(bool(over))
