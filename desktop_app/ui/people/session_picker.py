"""Which batches an import invites people to: one, several (filled in order), or none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.events.service import EventService, SessionInfo
from desktop_app.ui import formatting

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionPicker(QWidget):
    """An event combo and its batches as a checklist. `changed()` when the choice changes."""

    changed = Signal()

    def __init__(self, events: EventService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._sessions: list[SessionInfo] = []
        self.event_combo = QComboBox()
        self.event_combo.setMinimumContentsLength(30)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_list = QListWidget()
        self.session_list.setMaximumHeight(110)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("muted")
        self.summary_label.setWordWrap(True)
        event_label = QLabel(self.tr("&Event"))
        event_label.setBuddy(self.event_combo)
        top = QHBoxLayout()
        top.addWidget(event_label)
        top.addWidget(self.event_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.session_list)
        layout.addWidget(self.summary_label)
        self.event_combo.currentIndexChanged.connect(self._fill_sessions)
        self.session_list.itemChanged.connect(self._on_item_changed)
        self.reload()

    def reload(self) -> None:
        """Read the events again (the newest first) and show the first one's batches."""
        with QSignalBlocker(self.event_combo):
            self.event_combo.clear()
            for event in self._events.list_events():
                self.event_combo.addItem(event.title, event.id)
        self._fill_sessions()

    def _fill_sessions(self) -> None:
        event_id = self.event_combo.currentData()
        self._sessions = self._events.list_sessions(event_id) if event_id is not None else []
        with QSignalBlocker(self.session_list):
            self.session_list.clear()
            for info in self._sessions:
                item = QListWidgetItem(self._label(info))
                item.setData(ID_ROLE, info.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                if info.invited >= info.capacity:
                    item.setForeground(QColor("#7b8a87"))  # still choosable: an import may only merge people
                self.session_list.addItem(item)
        self.session_list.setEnabled(bool(self._sessions))
        self._on_item_changed()

    def _label(self, info: SessionInfo) -> str:
        free = max(info.capacity - info.invited, 0)
        return " · ".join(
            [
                self.tr("Batch {n}").format(n=info.batch),
                formatting.day_date(info.date),
                formatting.time_range(info.start_time, info.end_time, info.timezone),
                self.tr("{invited} of {capacity} invited").format(
                    invited=info.invited, capacity=info.capacity
                )
                if free
                else self.tr("full ({capacity} invited)").format(capacity=info.capacity),
            ]
        )

    def checked_session_ids(self) -> list[int]:
        """The checked batches, in the list's order (the order they are filled in)."""
        items = (self.session_list.item(i) for i in range(self.session_list.count()))
        return [int(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def check_sessions(self, session_ids: Sequence[int]) -> None:
        """Check exactly these batches (of the event shown; switching to the first one's event)."""
        wanted = set(session_ids)
        for info in self._events.list_sessions():
            if info.id in wanted and info.event_id != self.event_combo.currentData():
                self.event_combo.setCurrentIndex(self.event_combo.findData(info.event_id))
                break
        for i in range(self.session_list.count()):
            item = self.session_list.item(i)
            checked = int(item.data(ID_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        first = next((self.session_list.item(i) for i in range(self.session_list.count())
                      if self.session_list.item(i).checkState() == Qt.CheckState.Checked), None)  # fmt: skip
        if first is not None:
            self.session_list.scrollToItem(first)

    def _on_item_changed(self) -> None:
        chosen = [s for s in self._sessions if s.id in set(self.checked_session_ids())]
        free = sum(max(s.capacity - s.invited, 0) for s in chosen)
        if not self._sessions:
            text = self.tr("This event has no batches yet: the people are only added to the registry.")
        elif not chosen:
            text = self.tr("No batch checked: the people are only added to the registry, nobody is invited.")
        elif len(chosen) == 1:
            text = self.tr("Everyone is invited to this batch while seats remain ({free} free).").format(
                free=free
            )
        else:
            text = self.tr(
                "People are spread over the {n} batches in order, each filled up to its capacity ({free} seats free)."
            ).format(n=len(chosen), free=free)
        self.summary_label.setText(text)
        self.changed.emit()
