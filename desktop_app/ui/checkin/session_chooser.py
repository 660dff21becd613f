"""Which event and batch the desk checks people in to: today's session unless told otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.core.session_day import local_now
from desktop_app.services.events.service import EventService, SessionInfo
from desktop_app.ui import formatting

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def default_session(sessions: Sequence[SessionInfo], now: datetime | None = None) -> SessionInfo | None:
    """Today's session (the one not over yet, when there are two), else the latest one.

    "Today" and "not over" are read on each session's own clock (WIB by default), not the
    laptop's: a laptop left on UTC at 06:00 WIB still opens today's morning batch.
    """
    if not sessions:
        return None
    today = [s for s in sessions if s.date == local_now(s.timezone, now).date()]
    if today:
        upcoming = [s for s in today if s.end_time >= local_now(s.timezone, now).time()]
        return min(upcoming, key=lambda s: s.start_time) if upcoming else today[-1]
    return max(sessions, key=lambda s: (s.date, s.start_time, s.batch))


class SessionChooser(QWidget):
    """Event and session combos; `session_chosen(session_id)` when the choice changes (0: none)."""

    session_chosen = Signal(int)

    def __init__(self, events: EventService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._sessions: list[SessionInfo] = []
        self.event_combo = QComboBox()
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(26)
        self.session_combo = QComboBox()
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(34)
        event_label = QLabel(self.tr("&Event"))
        event_label.setBuddy(self.event_combo)
        session_label = QLabel(self.tr("&Batch"))
        session_label.setBuddy(self.session_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(event_label)
        layout.addWidget(self.event_combo, 3)
        layout.addSpacing(8)
        layout.addWidget(session_label)
        layout.addWidget(self.session_combo, 4)

        self.event_combo.currentIndexChanged.connect(self._on_event_changed)
        self.session_combo.currentIndexChanged.connect(self._on_session_changed)

    def reload(self, session_id: int | None = None) -> None:
        """Read events and sessions again; keep (or move to) `session_id`, else the default session."""
        keep = session_id or self.current_session_id()
        sessions = self._events.list_sessions()
        chosen = next((s for s in sessions if s.id == keep), None) or default_session(sessions)
        with QSignalBlocker(self.event_combo):
            self.event_combo.clear()
            for event in self._events.list_events():
                self.event_combo.addItem(event.title, event.id)
                self.event_combo.setItemData(self.event_combo.count() - 1, event.title, TOOLTIP)
            if chosen is not None:
                self.event_combo.setCurrentIndex(self.event_combo.findData(chosen.event_id))
        self._fill_sessions(chosen.id if chosen else None)
        self.session_chosen.emit(self.current_session_id() or 0)

    def current_session_id(self) -> int | None:
        """The chosen session, if any."""
        value = self.session_combo.currentData()
        return int(value) if value is not None else None

    def current_session(self) -> SessionInfo | None:
        """The chosen session's details as last read."""
        sid = self.current_session_id()
        return next((s for s in self._sessions if s.id == sid), None)

    def select_session(self, session_id: int) -> None:
        """Switch to `session_id` (of any event)."""
        self.reload(session_id)

    def session_label(self, info: SessionInfo) -> str:
        """`Angkatan 2 · Senin, 15 Februari 2021 · 13.00–16.00 WIB · Aula …`."""
        return " · ".join(
            [
                self.tr("Batch {n}").format(n=info.batch),
                formatting.day_date(info.date),
                formatting.time_range(info.start_time, info.end_time, info.timezone),
                info.venue,
            ]
        )

    def _fill_sessions(self, session_id: int | None) -> None:
        event_id = self.event_combo.currentData()
        self._sessions = self._events.list_sessions(event_id) if event_id is not None else []
        with QSignalBlocker(self.session_combo):
            self.session_combo.clear()
            for info in self._sessions:
                self.session_combo.addItem(self.session_label(info), info.id)
                self.session_combo.setItemData(
                    self.session_combo.count() - 1, self.session_label(info), TOOLTIP
                )
            if not self._sessions:
                self.session_combo.addItem(self.tr("No batches in this event"), None)
            index = self.session_combo.findData(session_id) if session_id is not None else -1
            if index < 0 and self._sessions:
                best = default_session(self._sessions)
                index = self.session_combo.findData(best.id) if best else 0
            self.session_combo.setCurrentIndex(max(index, 0))

    def _on_event_changed(self) -> None:
        self._fill_sessions(None)
        self.session_chosen.emit(self.current_session_id() or 0)

    def _on_session_changed(self) -> None:
        self.session_chosen.emit(self.current_session_id() or 0)
