"""Kegiatan & Sesi: the events on top, the selected event's batches below.

The lists are read on the page's worker pool, never on the GUI thread: at a million people an
event has 33,000 batches, and their counts took seconds. The page reads when it is shown (not
when it is built) and says "Loading…" until the first answer is in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.container import Services
from desktop_app.services.events.service import EventInfo, SessionInfo
from desktop_app.ui.data_watch import DataWatch
from desktop_app.ui.empty_state import EmptyState
from desktop_app.ui.event_dialog import EventDialog
from desktop_app.ui.event_table_model import SORT_ROLE as EVENT_SORT_ROLE
from desktop_app.ui.event_table_model import EventColumn, EventTableModel
from desktop_app.ui.page_loader import PageLoader, loading_text
from desktop_app.ui.session_dialog import SessionDialog
from desktop_app.ui.session_table_model import SORT_ROLE as SESSION_SORT_ROLE
from desktop_app.ui.session_table_model import SessionColumn, SessionTableModel
from desktop_app.ui.worker import WorkerPool

RESIZE_PRECISION = 60  # rows measured to fit a column to its contents


def _table(model: QSortFilterProxyModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # Keep the services' order (newest event first, batches by date) until someone clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def _fit_to_header(view: QTableView, columns: list[int]) -> None:
    """Short numbers under a header: as wide as the header's text (ResizeToContents adds the sort arrow)."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in columns:
        text = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, max(metrics.horizontalAdvance(text) + 24, 56))


def _proxy(model: EventTableModel | SessionTableModel, sort_role: int) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(sort_role)
    return proxy


@dataclass(frozen=True)
class _Lists:
    """One read of the page: the events, the event whose batches are shown, and those batches."""

    events: list[EventInfo]
    event_id: int | None
    sessions: list[SessionInfo]
    select_session: int | None


class EventsPage(QWidget):
    """Lists events and sessions; opens EventDialog and SessionDialog to create and edit them.

    Without a `pool` the lists are read on the GUI thread (tests, scripts); the window hands
    every page a pool of background threads.
    """

    def __init__(
        self,
        services: Services,
        operator_id: int | None,
        parent: QWidget | None = None,
        pool: WorkerPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self.active_dialog: QDialog | None = None
        self.loader = PageLoader(pool or WorkerPool(inline=True), self)
        self._sessions_loader = PageLoader(pool or WorkerPool(inline=True), self)
        self._applying = False
        self.event_model = EventTableModel(self)
        self.session_model = SessionTableModel(self)
        self._event_proxy = _proxy(self.event_model, EVENT_SORT_ROLE)
        self._session_proxy = _proxy(self.session_model, SESSION_SORT_ROLE)
        self.watch = DataWatch(services.audit_log, self)  # another desk's check-ins, a batch added elsewhere
        self._build_ui()
        self._connect_signals()
        self.watch.changed.connect(self._on_data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the first read; and counts change at the desk while this page is hidden

    def _on_data_changed(self) -> None:
        if self.active_dialog is None:
            self.refresh()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Events & Sessions"))
        title.setObjectName("pageTitle")

        self.new_event_button = QPushButton(self.tr("New event"))
        self.new_event_button.setObjectName("primary")
        self.edit_event_button = QPushButton(self.tr("Edit event"))
        self.new_session_button = QPushButton(self.tr("New session"))
        self.edit_session_button = QPushButton(self.tr("Edit session"))

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.edit_event_button)
        header.addWidget(self.new_event_button)

        self.events_view = _table(self._event_proxy)
        events_header = self.events_view.horizontalHeader()
        events_header.setSectionResizeMode(EventColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        events_header.setSectionResizeMode(EventColumn.ORGANIZER, QHeaderView.ResizeMode.Interactive)
        events_header.resizeSection(EventColumn.ORGANIZER, 300)
        _fit_to_header(self.events_view, [EventColumn.SESSIONS, EventColumn.ATTENDANCE])

        self.sessions_title = QLabel()
        self.sessions_title.setObjectName("sectionTitle")
        self.sessions_title.setWordWrap(True)
        sessions_header = QHBoxLayout()
        sessions_header.addWidget(self.sessions_title, 1)
        sessions_header.addWidget(self.edit_session_button)
        sessions_header.addWidget(self.new_session_button)

        self.sessions_view = _table(self._session_proxy)
        header_view = self.sessions_view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fitted to the first rows, not to every one of an event's thousands of batches (2 s at 3,000).
        header_view.setResizeContentsPrecision(RESIZE_PRECISION)
        header_view.setSectionResizeMode(SessionColumn.VENUE, QHeaderView.ResizeMode.Stretch)
        numeric = [SessionColumn.BATCH, SessionColumn.CAPACITY, SessionColumn.INVITED, SessionColumn.ATTENDED]
        _fit_to_header(self.sessions_view, [*numeric, SessionColumn.MAX_TEMP])
        self.no_sessions_label = QLabel(
            self.tr("This event has no batches yet. Add the first one with “New session”.")
        )
        self.no_sessions_label.setObjectName("muted")
        self.no_sessions_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sessions_stack = QStackedWidget()
        self.sessions_stack.addWidget(self.sessions_view)
        self.sessions_stack.addWidget(self.no_sessions_label)

        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 12, 0, 0)
        sessions_layout.addLayout(sessions_header)
        sessions_layout.addWidget(self.sessions_stack)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.events_view)
        self.splitter.addWidget(sessions_box)
        self.splitter.setSizes([170, 470])

        self.empty_state = EmptyState(
            self.tr("No events yet"),
            self.tr(
                "An event (kegiatan) is a programme such as a socialisation of BPJS Ketenagakerjaan for UMKM "
                "and cooperatives; each event runs in batches (angkatan) with their own date, venue and "
                "capacity. Start with “New event”."
            ),
            self.tr("To explore Hadir with sample data first, run “hadir demo” in a terminal."),
            self.tr("New event"),
        )
        self.loading_label = QLabel(loading_text())
        self.loading_label.setObjectName("pagePlaceholder")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content_stack = QStackedWidget()
        self.content_stack.addWidget(self.splitter)
        self.content_stack.addWidget(self.empty_state)
        self.content_stack.addWidget(self.loading_label)
        self.content_stack.setCurrentWidget(self.loading_label)  # until the first read is in
        for button in (self.new_event_button, self.edit_event_button):
            button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.content_stack, 1)

    def _connect_signals(self) -> None:
        self.new_event_button.clicked.connect(self._on_new_event_clicked)
        self.empty_state.action_button.clicked.connect(self._on_new_event_clicked)
        self.edit_event_button.clicked.connect(self._on_edit_event_clicked)
        self.new_session_button.clicked.connect(self._on_new_session_clicked)
        self.edit_session_button.clicked.connect(self._on_edit_session_clicked)
        self.events_view.selectionModel().currentRowChanged.connect(self._on_event_selected)
        self.sessions_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.events_view.doubleClicked.connect(self._on_edit_event_clicked)
        self.sessions_view.doubleClicked.connect(self._on_edit_session_clicked)
        self.loader.loaded.connect(self._show_lists)
        self.loader.failed.connect(self._on_read_failed)
        self._sessions_loader.loaded.connect(self._show_sessions)
        self._sessions_loader.failed.connect(self._on_read_failed)

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self, select_event: int | None = None, select_session: int | None = None) -> None:
        """Read again (in the background), keeping (or moving to) the selected event and session."""
        current = self.selected_event()
        event_id = select_event or (current.id if current else None)
        if select_session is None and (select_event is None or (current and select_event == current.id)):
            kept = self.selected_session()  # the highlighted batch stays, so arrow keys go on from it
            select_session = kept.id if kept else None
        self.watch.mark_seen()
        events_service = self._services.events

        def read() -> _Lists:
            events = events_service.list_events()
            ids = [e.id for e in events]
            chosen = event_id if event_id in ids else (ids[0] if ids else None)
            sessions = events_service.list_sessions(chosen) if chosen is not None else []
            return _Lists(events, chosen, sessions, select_session)

        self.loader.load(read)

    def _show_lists(self, lists: _Lists) -> None:
        self._applying = True  # selecting the event below must not read its batches again
        try:
            self.event_model.set_rows(lists.events)
            has_events = self.event_model.rowCount() > 0
            self.content_stack.setCurrentWidget(self.splitter if has_events else self.empty_state)
            self.edit_event_button.setVisible(has_events)
            # When empty, the empty state's button is the one to press.
            self.new_event_button.setVisible(has_events)
            if has_events:
                row = self.event_model.row_of(lists.event_id) if lists.event_id else None
                self._select(self.events_view, self._event_proxy, self.event_model.index(row or 0, 0))
        finally:
            self._applying = False
        self._show_sessions((lists.event_id, lists.sessions, lists.select_session))

    def _on_read_failed(self, _exc: object) -> None:
        # The page keeps what it shows; the data watch or the next visit reads again.
        if self.content_stack.currentWidget() is self.loading_label:
            self.content_stack.setCurrentWidget(self.empty_state)

    def select_event(self, event_id: int) -> None:
        """Show the sessions of `event_id`."""
        row = self.event_model.row_of(event_id)
        if row is not None:
            self._select(self.events_view, self._event_proxy, self.event_model.index(row, 0))

    def selected_event(self) -> EventInfo | None:
        """The event whose sessions are shown."""
        index = self.events_view.currentIndex()
        if not index.isValid():
            return None
        return self.event_model.row_at(self._event_proxy.mapToSource(index).row())

    def selected_session(self) -> SessionInfo | None:
        """The highlighted session, if any."""
        index = self.sessions_view.currentIndex()
        if not index.isValid() or self.sessions_stack.currentWidget() is not self.sessions_view:
            return None
        return self.session_model.row_at(self._session_proxy.mapToSource(index).row())

    @staticmethod
    def _select(view: QTableView, proxy: QSortFilterProxyModel, source: QModelIndex) -> None:
        index = proxy.mapFromSource(source)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    def _load_sessions(self, select_session: int | None = None) -> None:
        event = self.selected_event()
        if event is None:
            self._show_sessions((None, [], select_session))
            return
        events_service, event_id = self._services.events, event.id
        self._sessions_loader.load(lambda: (event_id, events_service.list_sessions(event_id), select_session))

    def _show_sessions(self, answer: tuple[int | None, list[SessionInfo], int | None]) -> None:
        event_id, rows, select_session = answer
        event = self.selected_event()
        if event is None or event.id != event_id:
            rows = []  # read for an event no longer chosen (a newer read is on its way)
        self.session_model.set_rows(rows)
        if event is None:
            self.sessions_title.setText("")
        else:
            self.sessions_title.setText(self.tr("Batches of “{title}”").format(title=event.title))
        self.sessions_stack.setCurrentWidget(self.sessions_view if rows else self.no_sessions_label)
        row = self.session_model.row_of(select_session) if select_session else None
        if row is not None:
            self._select(self.sessions_view, self._session_proxy, self.session_model.index(row, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_event_button.setEnabled(self.selected_event() is not None)
        self.new_session_button.setEnabled(self.selected_event() is not None)
        self.new_session_button.setVisible(self.event_model.rowCount() > 0)
        self.edit_session_button.setVisible(self.event_model.rowCount() > 0)
        self.edit_session_button.setEnabled(self.selected_session() is not None)

    def _on_event_selected(self) -> None:
        if not self._applying:
            self._load_sessions()

    # -- writing (through dialogs) -------------------------------------------------------------------

    def _open(self, dialog: EventDialog | SessionDialog, is_session: bool) -> None:
        """Open `dialog` window-modal (not blocking, so tests can type into it) and refresh on Save."""
        self.active_dialog = dialog

        def done(result: int) -> None:
            self.active_dialog = None
            if result == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
                if is_session:
                    self.refresh(select_session=dialog.saved_id)
                else:
                    self.refresh(select_event=dialog.saved_id)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _on_new_event_clicked(self) -> None:
        self._open(EventDialog(self._services.events, self._operator_id, parent=self), is_session=False)

    def _on_edit_event_clicked(self) -> None:
        event = self.selected_event()
        if event is not None:
            self._open(
                EventDialog(self._services.events, self._operator_id, event, parent=self), is_session=False
            )

    def _on_new_session_clicked(self) -> None:
        event = self.selected_event()
        if event is not None:
            dialog = SessionDialog(self._services.events, self._operator_id, event, parent=self)
            self._open(dialog, is_session=True)

    def _on_edit_session_clicked(self) -> None:
        event, session = self.selected_event(), self.selected_session()
        if event is not None and session is not None:
            dialog = SessionDialog(self._services.events, self._operator_id, event, session, parent=self)
            self._open(dialog, is_session=True)
