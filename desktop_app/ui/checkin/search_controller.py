"""The search box and its result list: a search on every keystroke, arrows in the box, Enter to choose.

A USB barcode scanner "types" the invitation code and presses Enter, so a scan and a typed search
are one path: an invitation code (or a single match) is chosen at once by Enter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

from desktop_app.core.codes import normalize_invitation_code
from desktop_app.services.checkin.service import CheckinService
from desktop_app.ui.checkin.search_result_model import SearchResultModel
from desktop_app.ui.checkin.status_banner import BannerKind

SEARCH_LIMIT = 30  # the list shows about a dozen; more only costs time per keystroke
_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}


class SearchController(QObject):
    """Drives the search widgets for one session.

    Signals:
        highlighted(int): the person under the list's cursor (shown on the card, not chosen yet).
        chosen(int): the operator chose this person (Enter, double-click, or a scan).
        nothing_highlighted(): what is typed now matches nobody in particular.
        feedback(str, str): a `BannerKind` and a sentence for the banner.
    """

    highlighted = Signal(int)
    chosen = Signal(int)
    nothing_highlighted = Signal()
    feedback = Signal(str, str)

    def __init__(
        self,
        checkin: CheckinService,
        edit: QLineEdit,
        view: QTableView,
        model: SearchResultModel,
        show_no_results: Callable[[bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkin = checkin
        self.edit = edit
        self.view = view
        self.model = model
        self._show_no_results = show_no_results
        self.session_id: int | None = None
        edit.textChanged.connect(self._on_text_changed)
        edit.returnPressed.connect(self._on_return)
        edit.installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.activated.connect(lambda index: self.chosen.emit(model.row_at(index.row()).person_id))

    def _on_text_changed(self, text: str) -> None:
        if self.run(text) is None:
            self.nothing_highlighted.emit()

    def run(self, text: str, keep: int | None = None) -> int | None:
        """Search for `text`; put the cursor on `keep` if listed, else on a single match; return who is under it."""
        hits = self._checkin.search(self.session_id, text, SEARCH_LIMIT) if self.session_id else []
        if self.model.replace_rows(hits):
            self.view.selectionModel().reset()  # as a model reset would: no cursor, no signal
        self._show_no_results(bool(text.strip()) and not hits)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and len(hits) == 1 and text.strip():
            row = 0
        if row is None:
            return None
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        return self.model.row_at(row).person_id

    def reset(self) -> None:
        """Empty box (the list then shows the session's invitees), no cursor."""
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.run("")
        self.view.clearSelection()

    def current_person(self) -> int | None:
        """The person under the list's cursor."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()).person_id if index.isValid() else None

    def _on_current_changed(self) -> None:
        person = self.current_person()
        if person is not None:
            self.highlighted.emit(person)

    def _on_return(self) -> None:
        text = self.edit.text()
        count = self.model.rowCount()
        code = normalize_invitation_code(text)
        if code and count != 1:
            self.feedback.emit(
                BannerKind.REFUSAL, self.tr("No invitation has the code {code}.").format(code=code)
            )
            self.edit.selectAll()
        elif self.current_person() is not None:
            self.chosen.emit(self.current_person())
        elif count == 0:
            self.feedback.emit(
                BannerKind.WARNING, self.tr("Nobody found. Press Ctrl+N to register a walk-in.")
            )
        else:
            self.view.setCurrentIndex(self.model.index(0, 0))
            text = self.tr("{n} people match: choose with ↑ ↓, then press Enter.").format(n=count)
            self.feedback.emit(BannerKind.INFO, text)

    def _move(self, step: int) -> None:
        current = self.view.currentIndex()
        last = self.model.rowCount() - 1
        row = current.row() + step if current.isValid() else (0 if step > 0 else last)
        self.view.setCurrentIndex(self.model.index(min(max(row, 0), last), 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down move the list's cursor while typing continues in the box.
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _STEPS
            and self.model.rowCount() > 0
        ):
            self._move(_STEPS[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)
