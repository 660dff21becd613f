"""Meja Check-in: scan or search, screen, admit; walk-ins, undo and the door display, all by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.errors import CapacityFull, HadirError
from desktop_app.core.timezones import local_clock
from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionInfo
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.ui.camera.camera_window import CameraWindow
from desktop_app.ui.checkin.admission_runner import AdmissionRunner, Outcome, OutcomeKind
from desktop_app.ui.checkin.checkin_layout import CheckinLayout
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.checkin.desk_dialogs import DeskDialogs
from desktop_app.ui.checkin.desk_warnings import invited_elsewhere_banner, not_today
from desktop_app.ui.checkin.door_display import DoorDisplayWindow
from desktop_app.ui.checkin.interest_key import InterestKey
from desktop_app.ui.checkin.recent_controller import RecentController
from desktop_app.ui.checkin.search_controller import SearchController
from desktop_app.ui.checkin.status_banner import BannerKind
from desktop_app.ui.data_watch import DataWatch

CARD_PREVIEW_MS = 120  # a pause in typing; too short to notice, long enough to skip per keystroke
REFRESH_MS = 15_000  # another desk may admit people to the same session


class CheckinPage(CheckinLayout):
    """The check-in desk for one session at a time.

    Signals:
        admitted(AdmitResult): someone was admitted.
        undone(int): the check-in of this person id was taken back.
        seats_changed(Seats | None): after every admission, undo, refresh or change of session.
        session_changed(SessionInfo | None): another session was chosen.
    """

    admitted = Signal(object)
    undone = Signal(int)
    seats_changed = Signal(object)
    session_changed = Signal(object)

    def __init__(
        self,
        services: Services,
        operator: OperatorInfo | None = None,
        parent: QWidget | None = None,
        session_id: int | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._services = services
        self.operator = operator or services.operators.local_admin()
        self.runner = AdmissionRunner(services, self.operator, self)
        self.search = SearchController(
            services.checkin,
            self.search_edit,
            self.results_view,
            self.result_model,
            self.show_no_results,
            self,
        )
        self.dialogs = DeskDialogs(services, self)
        self.recent = RecentController(
            services.checkin, self.runner, self.recent_model, self.recent_view, self.dialogs.open, self
        )
        self.session: SessionInfo | None = None
        self.door_display: DoorDisplayWindow | None = None
        self.camera_window: CameraWindow | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        # While the operator types, the list answers every keystroke and the card (a heavier
        # panel: a query and a relayout) follows a short pause; Enter, a scan or a click show it
        # at once (choose_person).
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(CARD_PREVIEW_MS)
        self._preview_person: int | None = None
        self._elsewhere_confirmed: int | None = None  # the person the operator agreed to admit anyway
        self.watch = DataWatch(services.audit_log, self)  # another desk or laptop changed something
        self._connect_signals()
        self.interest = InterestKey(self, services)  # Ctrl+B: "tertarik mendaftar BPU" (issue 19)
        self.chooser.reload(session_id)
        self._refresh_timer.start()

    def _connect_signals(self) -> None:
        self.chooser.session_chosen.connect(self._on_session_chosen)
        self.search.highlighted.connect(self._preview)
        self._preview_timer.timeout.connect(self._apply_preview)
        self.search.chosen.connect(self.choose_person)
        self.search.nothing_highlighted.connect(self._on_nothing_highlighted)
        self.dialogs.existing_chosen.connect(self.choose_person)
        self.dialogs.walk_in_drafted.connect(self._on_walk_in_drafted)
        self.dialogs.override_given.connect(lambda reason: self.admit(override_reason=reason))
        self.dialogs.elsewhere_accepted.connect(self._on_elsewhere_accepted)
        self.dialogs.closed.connect(self._on_dialog_closed)
        self.recent.undone.connect(self._on_undone)
        self.recent.failed.connect(self.banner.refusal)
        self.search.feedback.connect(self.banner.say)
        self.screening.temperature_edit.installEventFilter(self)
        self.search_edit.installEventFilter(self)
        self.screening.admit_requested.connect(self.admit)
        self.screening.override_requested.connect(self.ask_override)
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.undo_button.clicked.connect(self.undo_checkin)
        self.door_button.clicked.connect(self.open_door_display)
        self.camera_button.clicked.connect(self.open_camera)
        self._refresh_timer.timeout.connect(self._on_refresh_timer)
        self.watch.changed.connect(self._on_data_changed)
        for keys, slot in (
            ("Ctrl+N", self.register_walk_in),
            (QKeySequence.StandardKey.Undo, self.undo_checkin),
            ("Ctrl+F", self.focus_search),
            ("F3", self.focus_search),
            ("F2", self.open_camera),
            ("Esc", self._on_escape),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- session -------------------------------------------------------------------------------------

    def _on_session_chosen(self, session_id: int) -> None:
        same = self.session is not None and self.session.id == session_id
        try:
            self.session = self._services.events.get_session(session_id) if session_id else None
        except HadirError:
            self.session = None
        self.search.session_id = self.session.id if self.session else None
        self.screening.configure(self.session, self._services.settings.screening_questions())
        self.set_desk_enabled(self.session is not None)
        self._show_date_warning()
        self.refresh()
        if not same:
            self.next_person()
            self.session_changed.emit(self.session)
            no_session = self.tr("No session to check in to yet: create an event and its batches first.")
            ready = self.tr("Ready. Scan an invitation or type a name, NIK or phone number.")
            self.banner.idle(ready if self.session else no_session)

    def refresh(self) -> None:
        """Read seats, recent check-ins and search results again."""
        self.watch.mark_seen()
        seats = self._services.checkin.seats(self.session.id) if self.session else None
        self.gauge.set_seats(seats)
        self.seats_changed.emit(seats)
        self.recent.reload(self.session)
        self.search.run(
            self.search_edit.text(), keep=self.card_view.card.person_id if self.card_view.card else None
        )

    def _show_date_warning(self) -> None:
        """Say above the desk when the chosen batch is not today on its own clock (WIB)."""
        text = not_today(self.session)
        self.date_warning.setText(f"⚠ {text}" if text else "")
        self.date_warning.setVisible(bool(text))

    def _on_refresh_timer(self) -> None:
        self._show_date_warning()  # a desk left open past midnight: today's batch becomes yesterday's
        if self.isVisible() and self.session is not None and self.active_dialog is None:
            seats = self._services.checkin.seats(self.session.id)
            if seats != self.gauge.seats:
                self.refresh()

    def _on_data_changed(self) -> None:
        if self.active_dialog is not None:
            return
        if self.card_view.card is None and self.card_view.draft is None:
            self.chooser.reload(self.session.id if self.session else None)  # a batch added elsewhere too
        else:  # mid-screening: only the counts, never the answers being typed
            self._seats_now()
            self.recent.reload(self.session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            self.chooser.reload(self.session.id)  # sessions may have changed on the events page
        QTimer.singleShot(0, self, self.focus_search)  # arriving at the desk: ready for the first scan

    # -- finding the person --------------------------------------------------------------------------

    def _preview(self, person_id: int) -> None:
        self._preview_person = person_id
        self._preview_timer.start()

    def _on_nothing_highlighted(self) -> None:
        self._preview_person = None
        self._preview_timer.start()

    def _apply_preview(self) -> None:
        if self._preview_person is not None:
            self._show_card(self._preview_person)
        elif self.card_view.draft is None and self.card_view.card is not None:
            self.card_view.clear()
            self.screening.reset()

    def choose_person(self, person_id: int) -> None:
        """Show `person_id` on the card and go to the temperature (or say they are already here)."""
        self._preview_timer.stop()
        card = self._show_card(person_id)
        if card is None:
            return
        if card.checked_in_at is not None:
            clock = local_clock(card.checked_in_at, self.session.timezone if self.session else "Asia/Jakarta")
            self.banner.refusal(CheckinMessages.already_here(card.name, clock, card.checked_in_by))
            self.search_edit.setFocus()
            self.search_edit.selectAll()
            return
        if card.invited_elsewhere is not None:
            text = invited_elsewhere_banner(card.name, card.invited_elsewhere)
            self.banner.show_message(BannerKind.WARNING, text, alert=True)
        elif card.other_batches:
            self.banner.warning(f"{card.name}: {CheckinMessages.other_batches(card.other_batches)}")
        else:
            self.banner.info(
                self.tr("{name}: type the temperature, then press Enter.").format(name=card.name)
            )
        seats = self._seats_now()
        if seats is not None and seats.full:  # said now, before anyone takes a temperature for nothing
            self.banner.refusal(CheckinMessages.capacity_full(CapacityFull(seats.capacity, seats.attended)))
            self.screening.override_button.setVisible(self.operator.is_admin)
            if not self.operator.is_admin:
                self.focus_search()
                return
        self.screening.focus_temperature()

    def _seats_now(self):  # type: ignore[no-untyped-def]
        """The session's seats read now (another desk may have filled it); the gauge follows."""
        if self.session is None:
            return None
        seats = self._services.checkin.seats(self.session.id)
        if seats != self.gauge.seats:
            self.gauge.set_seats(seats)
            self.seats_changed.emit(seats)
        return seats

    def _show_card(self, person_id: int):  # type: ignore[no-untyped-def]
        if self.session is None:
            return None
        previous = self.card_view.card.person_id if self.card_view.card else None
        card = self._services.checkin.card(self.session.id, person_id)
        self.card_view.show_card(card, self.session.timezone)
        if previous != person_id:
            self.screening.reset()
        self.screening.admit_button.setEnabled(card.checked_in_at is None)
        return card

    # -- admitting -----------------------------------------------------------------------------------

    def admit(self, override_reason: str | None = None) -> None:
        """Screen and admit the person on the card with the answers in the panel."""
        card, draft = self.card_view.card, self.card_view.draft
        if self.session is None or (card is None and draft is None):
            self.banner.info(self.tr("Choose a person first: scan the invitation or search."))
            self.focus_search()
            return
        if card is not None and card.checked_in_at is not None:
            self.choose_person(card.person_id)
            return
        problem = self.screening.problem()
        if problem:
            self.banner.show_message(BannerKind.WARNING, problem, alert=True)
            self.screening.focus_temperature()
            return
        pid, name = (card.person_id, card.name) if card else (None, draft.name)  # type: ignore[union-attr]
        answers = self.screening.answers()
        accept = pid is not None and pid == self._elsewhere_confirmed
        outcome = self.runner.admit(self.session, pid, draft, answers, name, override_reason, accept)
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: Outcome) -> None:
        if outcome.kind == OutcomeKind.ADMITTED:
            self.banner.success(outcome.text)
            self.refresh()
            self.admitted.emit(outcome.result)
            self.next_person()
            return
        if outcome.kind == OutcomeKind.ELSEWHERE and outcome.elsewhere and outcome.person_id is not None:
            self.banner.show_message(BannerKind.WARNING, outcome.text, alert=True)
            name = self.card_view.card.name if self.card_view.card else ""
            self.dialogs.elsewhere(outcome.person_id, name, outcome.elsewhere)
            return
        self.banner.refusal(outcome.text)
        if outcome.kind == OutcomeKind.REFUSED and outcome.person_id is not None:
            self._show_card(outcome.person_id)  # a refused walk-in is now in the registry
        self.screening.show_refusal(outcome.reasons)
        full = outcome.kind == OutcomeKind.FULL
        self.screening.override_button.setVisible(full and self.operator.is_admin)
        if full:
            self.refresh()
        if outcome.kind == OutcomeKind.ALREADY and outcome.person_id is not None:
            self._show_card(outcome.person_id)
        self.screening.focus_temperature()

    def _on_elsewhere_accepted(self, person_id: int) -> None:
        card = self.card_view.card
        if card is not None and card.person_id == person_id:
            self._elsewhere_confirmed = person_id
            self.admit()

    def ask_override(self) -> None:
        """Ask an admin why the capacity is overridden, then admit with that reason."""
        card, draft = self.card_view.card, self.card_view.draft
        if self.session is None or (card is None and draft is None) or not self.operator.is_admin:
            return
        name = card.name if card else draft.name  # type: ignore[union-attr]
        self.dialogs.override(name, self._services.checkin.seats(self.session.id))

    # -- walk-ins, undo, door display ----------------------------------------------------------------

    def register_walk_in(self) -> None:
        """Open the walk-in form (refused when no seat is left, unless an admin will override)."""
        if self.session is None or self.active_dialog is not None:
            return
        seats = self._services.checkin.seats(self.session.id)
        if seats.full and not self.operator.is_admin:
            self.banner.refusal(CheckinMessages.capacity_full(CapacityFull(seats.capacity, seats.attended)))
            return
        self.dialogs.walk_in(self.search_edit.text(), seats.full)

    def _on_walk_in_drafted(self, draft: WalkInDraft) -> None:
        self.results_view.clearSelection()
        self.card_view.show_draft(draft)
        self.screening.reset()
        self.screening.admit_button.setEnabled(True)
        text = self.tr("Walk-in {name}: type the temperature, then press Enter.").format(name=draft.name)
        self.banner.info(text)
        self.screening.focus_temperature()

    def undo_checkin(self) -> None:
        """Undo the highlighted recent check-in (or the latest one), asking a reason."""
        if self.session is not None and self.active_dialog is None and not self.recent.undo(self.session):
            self.banner.info(self.tr("Nothing to undo yet."))

    def _on_undone(self, person_id: int, seats: object, text: str) -> None:
        self.banner.info(text)
        self.refresh()
        if self.card_view.card and self.card_view.card.person_id == person_id:
            self._show_card(person_id)
        self.undone.emit(person_id)
        self.focus_search()

    def open_door_display(self) -> DoorDisplayWindow:
        """Show (or raise) the window for the projector at the door."""
        if self.door_display is None:
            self.door_display = DoorDisplayWindow(self)
            self.seats_changed.connect(self.door_display.set_seats)
            self.session_changed.connect(self.door_display.set_session)
        self.door_display.set_session(self.session)
        self.door_display.set_seats(self.gauge.seats)
        self.door_display.show_beside(self.window())
        self.focus_search()  # the next scan goes to the desk, not to the door display
        return self.door_display

    def open_camera(self) -> CameraWindow:
        """The webcam view; each code it reads goes through the search box as a scanner's would."""
        if self.camera_window is None:
            self.camera_window = CameraWindow(self)
            self.camera_window.scanned.connect(self.scan_code)
        if not self.camera_window.isVisible():
            self.camera_window.show()
            self.camera_window.start()
        self.focus_search()
        return self.camera_window

    def scan_code(self, code: str) -> None:
        """A code read by the camera: the same path as a USB scanner's keys and Enter."""
        if self.session is None or self.active_dialog is not None:
            return
        self.window().activateWindow()  # the keyboard belongs to the desk, whatever the camera view did
        self.search_edit.setFocus()
        self.search_edit.setText(code)
        self.search_edit.returnPressed.emit()

    # -- keyboard ------------------------------------------------------------------------------------

    def next_person(self) -> None:
        """Clear the card, the answers and the search; focus the search box for the next scan."""
        self._elsewhere_confirmed = None
        self._preview_timer.stop()  # a preview queued before the admission must not bring the card back
        self._preview_person = None
        self.card_view.clear()
        self.screening.reset()
        self.search.reset()
        self.focus_search()

    def _on_escape(self) -> None:
        self.next_person()
        if self.session is not None:
            self.banner.idle(self.tr("Ready. Scan an invitation or type a name, NIK or phone number."))

    def focus_search(self) -> None:
        """Put the cursor in the search box, ready for a scan."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @property
    def active_dialog(self) -> QDialog | None:
        """The dialog open over the desk, if any."""
        return self.dialogs.active

    def _on_dialog_closed(self, accepted: bool) -> None:
        if not accepted and self.card_view.card is None and self.card_view.draft is None:
            self.focus_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_undo = isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)
        if event.type() == QEvent.Type.ShortcutOverride and is_undo:
            return True  # in the boxes too, Ctrl+Z undoes the last check-in rather than the typing
        if watched is self.screening.temperature_edit and event.type() == QEvent.Type.KeyPress:
            text = event.text() if isinstance(event, QKeyEvent) else ""
            if text[:1].isalpha():  # a scan (HDR-…) or a name typed while the cursor was in the temperature
                self.search_edit.setFocus()
                self.search_edit.setText(text)
                return True
        return super().eventFilter(watched, event)
