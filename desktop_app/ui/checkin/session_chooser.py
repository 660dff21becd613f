"""Which event and batch the desk checks people in to: today's session unless told otherwise.

An event may have 33,000 batches (a million people in batches of 30): the batch combo is a
model that reads the event's batches a page at a time, when its list shows them, without their
counts (`EventService.choices`). Opening the desk reads how many batches there are, where the
chosen one stands and its page, not 33,000 rows, and counts no attendance.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.core.errors import NotFound
from desktop_app.core.session_day import local_now
from desktop_app.services.events.choices import SessionChoice, SessionChoices
from desktop_app.services.events.service import EventService, SessionInfo
from desktop_app.ui import formatting

TOOLTIP = Qt.ItemDataRole.ToolTipRole
_NO_PARENT = QModelIndex()


class _Dated(Protocol):
    @property
    def date(self) -> date: ...
    @property
    def start_time(self) -> time: ...
    @property
    def end_time(self) -> time: ...
    @property
    def timezone(self) -> str: ...
    @property
    def batch(self) -> int: ...


S = TypeVar("S", bound=_Dated)


def default_session(sessions: Sequence[S], now: datetime | None = None) -> S | None:
    """Today's session (the one not over yet, when there are two), else the latest one.

    "Today" and "not over" are read on each session's own clock (WIB by default), not the
    laptop's: a laptop left on UTC at 06:00 WIB still opens today's morning batch.
    """
    if not sessions:
        return None
    # Only a date a day either side of UTC's can be today somewhere: 33,000 batches are not
    # each put on their own clock.
    utc_today = local_now("UTC", now).date()
    near = [s for s in sessions if abs((s.date - utc_today).days) <= 1]
    today = [s for s in near if s.date == local_now(s.timezone, now).date()]
    if today:
        upcoming = [s for s in today if s.end_time >= local_now(s.timezone, now).time()]
        return min(upcoming, key=lambda s: s.start_time) if upcoming else today[-1]
    return max(sessions, key=lambda s: (s.date, s.start_time, s.batch))


PAGE = 100  # batches read at a time, as the combo's list scrolls


class _BatchListModel(QAbstractListModel):
    """An event's batches for the combo, read a page at a time; a label is made when shown."""

    def __init__(self, choices: SessionChoices, label: Any, empty_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices
        self._label = label
        self._empty_text = empty_text
        self._event_id: int | None = None
        self._count = 0
        self._pages: dict[int, list[SessionChoice]] = {}
        self._labels: dict[int, str] = {}

    def set_event(self, event_id: int | None, count: int) -> None:
        """Show the `count` batches of `event_id` (read again when shown)."""
        self.beginResetModel()
        self._event_id, self._count = event_id, count
        self._pages, self._labels = {}, {}
        self.endResetModel()

    def choice(self, row: int) -> SessionChoice | None:
        """The batch at `row` (its page is read if it has not been)."""
        if self._event_id is None or not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._pages[number] = self._choices.page(self._event_id, number * PAGE, PAGE)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else max(self._count, 1)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = index.row()
        if self._count == 0:  # the one row that says there is nothing to choose
            return self._empty_text if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, TOOLTIP):
            text = self._labels.get(row)
            if text is None:
                choice = self.choice(row)
                text = self._labels[row] = self._label(choice) if choice is not None else ""
            return text
        if role == Qt.ItemDataRole.UserRole:
            choice = self.choice(row)
            return choice.id if choice is not None else None
        return None


class SessionChooser(QWidget):
    """Event and session combos; `session_chosen(session_id)` when the choice changes (0: none)."""

    session_chosen = Signal(int)

    def __init__(self, events: EventService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self.event_combo = QComboBox()
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(26)
        self.session_combo = QComboBox()
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(34)
        self.batch_model = _BatchListModel(
            events.choices, self.session_label, self.tr("No batches in this event"), self
        )
        self.session_combo.setModel(self.batch_model)
        list_view = self.session_combo.view()
        list_view.setUniformItemSizes(True)  # type: ignore[attr-defined]  # 33,000 rows, none measured
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
        choices = self._events.choices
        keep = session_id or self.current_session_id()
        chosen = choices.get(keep) if keep else None
        if chosen is None:
            chosen = default_session(choices.around_today()) or choices.latest()
        with QSignalBlocker(self.event_combo):
            self.event_combo.clear()
            for event_id, title in choices.events():
                self.event_combo.addItem(title, event_id)
                self.event_combo.setItemData(self.event_combo.count() - 1, title, TOOLTIP)
            if chosen is not None:
                self.event_combo.setCurrentIndex(self.event_combo.findData(chosen.event_id))
        self._fill_sessions(chosen.id if chosen else None)
        self.session_chosen.emit(self.current_session_id() or 0)

    def current_session_id(self) -> int | None:
        """The chosen session, if any."""
        value = self.session_combo.currentData()
        return int(value) if value is not None else None

    def current_session(self) -> SessionInfo | None:
        """The chosen session with its counts, read now."""
        sid = self.current_session_id()
        if sid is None:
            return None
        try:
            return self._events.get_session(sid)
        except NotFound:
            return None

    def select_session(self, session_id: int) -> None:
        """Switch to `session_id` (of any event)."""
        self.reload(session_id)

    def session_label(self, info: SessionInfo | SessionChoice) -> str:
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
        choices = self._events.choices
        event_id = self.event_combo.currentData()
        chosen = choices.get(session_id) if session_id is not None else None
        if event_id is not None and (chosen is None or chosen.event_id != event_id):
            chosen = default_session(choices.around_today(event_id)) or choices.latest(event_id)
        with QSignalBlocker(self.session_combo):
            self.batch_model.set_event(event_id, choices.count(event_id) if event_id is not None else 0)
            self.session_combo.setCurrentIndex(choices.position(chosen) if chosen is not None else 0)

    def _on_event_changed(self) -> None:
        self._fill_sessions(None)
        self.session_chosen.emit(self.current_session_id() or 0)

    def _on_session_changed(self) -> None:
        self.session_chosen.emit(self.current_session_id() or 0)
