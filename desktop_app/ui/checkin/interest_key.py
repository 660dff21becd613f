"""Ctrl+B at the desk: "tertarik mendaftar BPU" for the person on the card (or the one just admitted).

One key, outside the admission: it never adds a step to the scan, Enter, temperature, Enter of an
admission. Pressing it again takes the interest back. The button under the screening panel shows
the state for the person on the card.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from desktop_app.core.errors import HadirError
from desktop_app.services.bpjs.interest import interest_of, toggle_interest
from desktop_app.services.container import Services

KEY = "Ctrl+B"

log = logging.getLogger(__name__)


class DeskHost(Protocol):
    """What the key needs of the check-in page (a protocol: the page imports this module, not back)."""

    card_view: Any  # PersonCardView: .card is the PersonCard shown, or None
    session: Any  # SessionInfo | None
    operator: Any  # OperatorInfo
    banner: Any  # StatusBanner
    search: Any  # SearchController: highlighted(int), chosen(int)
    admitted: Any  # Signal(AdmitResult)
    undone: Any  # Signal(int)


class InterestKey(QObject):
    """The Ctrl+B shortcut and its button, hooked onto a check-in page."""

    def __init__(self, page: DeskHost, services: Services) -> None:
        super().__init__(page)  # type: ignore[arg-type]
        self._page = page
        self._db = services.db
        # The card follows a pause in typing; so does this button (no query per keystroke).
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(150)
        self._pause.timeout.connect(self.refresh)
        self._last_admitted: int | None = None
        self.button = QPushButton(self.tr("Interested in BPU  (Ctrl+B)"))
        self.button.setObjectName("interestButton")
        self.button.setCheckable(True)
        self.button.setToolTip(
            self.tr(
                "Records that this person wants to register with BPJS Ketenagakerjaan (BPU); press again to undo"
            )
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the admission's focus stays where it is
        self.button.clicked.connect(lambda _checked=False: self.toggle())
        column = page.card_view.parentWidget().layout() if page.card_view.parentWidget() else None
        if column is not None:
            column.addWidget(self.button)
        shortcut = QShortcut(QKeySequence(KEY), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle)
        page.admitted.connect(self._on_admitted)
        page.search.chosen.connect(lambda _pid: self._refresh_later())
        page.search.highlighted.connect(lambda _pid: self._pause.start())
        page.undone.connect(lambda _pid: self._refresh_later())
        self.refresh()

    def person_id(self) -> int | None:
        """Whom the key is for: the person on the card, else the one admitted last."""
        card = self._page.card_view.card
        return card.person_id if card is not None else self._last_admitted

    def toggle(self) -> None:
        """Record (or take back) the interest and say so on the banner."""
        person_id = self.person_id()
        session = self._page.session
        if person_id is None or session is None:
            self._page.banner.info(self.tr("Find a person first, then press Ctrl+B."))
            self.refresh()
            return
        try:
            state = toggle_interest(self._db, person_id, self._page.operator.id, session.id)
        except HadirError as exc:
            self._page.banner.refusal(str(exc))
            return
        name = self._name(person_id)
        text = (
            self.tr("{name}: interested in registering for BPU (recorded).")
            if state.interested
            else self.tr("{name}: interest in BPU taken back.")
        )
        self._page.banner.info(text.format(name=name))
        self.refresh()

    def _name(self, person_id: int) -> str:
        card = self._page.card_view.card
        if card is not None and card.person_id == person_id:
            return card.name
        return self.tr("Participant")

    def _on_admitted(self, result: object) -> None:
        self._last_admitted = getattr(result, "person_id", None)
        self._refresh_later()

    def _refresh_later(self) -> None:
        QTimer.singleShot(0, self.refresh)  # after the page has put the new person on the card

    def refresh(self) -> None:
        """Show the state for whoever the key is for (disabled with nobody)."""
        person_id = self.person_id()
        self.button.setEnabled(person_id is not None and self._page.session is not None)
        interested = False
        if person_id is not None:
            try:
                interested = interest_of(self._db, person_id).interested
            except HadirError:
                interested = False
            except Exception:  # a lost server or a locked file: the desk says so when it admits
                log.warning("interest not read", exc_info=True)
                interested = False
        self.button.setChecked(interested)
