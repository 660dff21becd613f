"""Sertifikat: choose an event or one of its sessions, make the certificates, open or print them.

The events, the event's batches with their counts and the number of certificates to make are read
on the page's worker pool when the page is shown: at a million people they took 4.6 s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.certificate_errors import NoAttendees
from desktop_app.core.dates import format_date
from desktop_app.core.errors import HadirError, InvalidField
from desktop_app.exports.certificates.glyphs import NameProblem
from desktop_app.services.certificates.names_check import unprintable_names
from desktop_app.services.certificates.types import GenerateResult
from desktop_app.services.container import Services
from desktop_app.services.events.service import SessionInfo
from desktop_app.ui import dialogs_io
from desktop_app.ui.certificates import desktop_io
from desktop_app.ui.certificates.generate_runner import GenerateRunner
from desktop_app.ui.certificates.names_warning import NamesWarning
from desktop_app.ui.certificates.template_dialog import TemplateDialog, template_error_text
from desktop_app.ui.certificates.verify_dialog import VerifyDialog
from desktop_app.ui.error_messages import error_text
from desktop_app.ui.i18n import current_language
from desktop_app.ui.page_loader import PageLoader, loading_text
from desktop_app.ui.worker import WorkerPool

ALL_SESSIONS = -1


class CertificatesPage(QWidget):
    """Makes certificates in the background; the template and the verify dialog open from here."""

    def __init__(
        self,
        services: Services,
        operator_id: int | None,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self.runner = GenerateRunner(pool or WorkerPool(), self)  # the same pool as the reads
        self.result: GenerateResult | None = None
        self.active_dialog: QWidget | None = None
        self._pool = pool or WorkerPool()
        self.loader = PageLoader(self._pool, self)  # events and the chosen event's batches
        self.count_loader = PageLoader(self._pool, self)  # how many certificates, which names
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Certificates"))
        title.setObjectName("pageTitle")
        self.template_button = QPushButton(self.tr("Template…"))
        self.verify_button = QPushButton(self.tr("Verify a certificate…"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.verify_button)
        header.addWidget(self.template_button)

        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(420)
        self.session_combo = QComboBox()
        self.count_label = QLabel()
        self.count_label.setObjectName("lead")
        self.each_check = QCheckBox(self.tr("Also one PDF per participant (to send by e-mail or WhatsApp)"))
        self.generate_button = QPushButton(self.tr("Make certificates…"))
        self.generate_button.setObjectName("primary")
        choose = QGroupBox(self.tr("Who gets a certificate"))
        form = QFormLayout(choose)
        form.addRow(self.tr("Event"), self.event_combo)
        form.addRow(self.tr("Session"), self.session_combo)
        form.addRow("", self.count_label)
        self.names_warning = NamesWarning()
        form.addRow("", self.names_warning)
        form.addRow("", self.each_check)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.generate_button)
        form.addRow(button_row)
        note = QLabel(
            self.tr(
                "Only people who were checked in (and not undone) get a certificate. Each number is given "
                "once and stays the same when the certificates are made again."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)

        self.result_box = QGroupBox(self.tr("Last result"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.open_button)
        result_buttons.addWidget(self.print_button)
        result_buttons.addWidget(self.folder_button)
        result_buttons.addStretch(1)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_label)
        result_layout.addLayout(result_buttons)
        self.result_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addWidget(choose)
        layout.addWidget(note)
        layout.addWidget(self.result_box)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.event_combo.currentIndexChanged.connect(self._on_event_changed)
        self.session_combo.currentIndexChanged.connect(self._update_count)
        self.generate_button.clicked.connect(self._on_generate_clicked)
        self.template_button.clicked.connect(self.open_template)
        operator = self._services.operators.get(self._operator_id) if self._operator_id is not None else None
        if operator is None or not operator.is_admin:
            self.template_button.setEnabled(False)
            self.template_button.setToolTip(self.tr("Only an admin may change the certificate template."))
        self.verify_button.clicked.connect(self.open_verify)
        self.open_button.clicked.connect(lambda: self.result and desktop_io.open_path(self.result.path))
        self.print_button.clicked.connect(lambda: self.result and desktop_io.print_pdf(self.result.path))
        self.folder_button.clicked.connect(self._on_open_folder)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.loader.loaded.connect(self._show_lists)
        self.count_loader.loaded.connect(self._show_count)

    # -- choosing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the events again (in the background), keeping the choice when it still exists."""
        self._read(self.event_combo.currentData(), with_events=True)

    def _read(self, event_id: int | None, with_events: bool) -> None:
        events_service = self._services.events
        session_id = self.session_combo.currentData()
        self.count_label.setText(loading_text())
        self.generate_button.setEnabled(False)

        def read() -> tuple[list[tuple[int, str]] | None, int | None, list[SessionInfo], object]:
            events = [(e.id, e.title) for e in events_service.list_events()] if with_events else None
            chosen = event_id
            if events is not None and chosen not in [i for i, _ in events]:
                chosen = events[0][0] if events else None
            sessions = events_service.list_sessions(chosen) if chosen is not None else []
            return events, chosen, sessions, session_id

        self.loader.load(read)

    def _show_lists(
        self, answer: tuple[list[tuple[int, str]] | None, int | None, list[SessionInfo], object]
    ) -> None:
        events, event_id, sessions, chosen = answer
        if events is not None:
            self.event_combo.blockSignals(True)
            self.event_combo.clear()
            for ident, title in events:
                self.event_combo.addItem(title, ident)
            index = self.event_combo.findData(event_id)
            self.event_combo.setCurrentIndex(index if index >= 0 else 0)
            self.event_combo.blockSignals(False)
        elif event_id != self.event_combo.currentData():
            return  # read for an event no longer chosen
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        if event_id is not None:
            self.session_combo.addItem(self.tr("All sessions of the event"), ALL_SESSIONS)
            for session in sessions:
                text = self.tr("Batch {batch} — {date}, {venue} ({attended} checked in)").format(
                    batch=session.batch,
                    date=format_date(session.date, current_language()),
                    venue=session.venue,
                    attended=session.attended,
                )
                self.session_combo.addItem(text, session.id)
        index = self.session_combo.findData(chosen)
        self.session_combo.setCurrentIndex(index if index >= 0 else 0)
        self.session_combo.blockSignals(False)
        self._update_count()

    def _on_event_changed(self) -> None:
        self._read(self.event_combo.currentData(), with_events=False)

    def scope(self) -> tuple[int | None, int | None]:
        """(session_id, event_id): exactly one is set, or both None with nothing to choose."""
        event_id = self.event_combo.currentData()
        session_id = self.session_combo.currentData()
        if event_id is None:
            return None, None
        if session_id is None or session_id == ALL_SESSIONS:
            return None, int(event_id)
        return int(session_id), None

    def _update_count(self) -> None:
        session_id, event_id = self.scope()
        if session_id is None and event_id is None:
            self._show_count((None, None, 0, []))
            return
        self.count_label.setText(loading_text())
        self.generate_button.setEnabled(False)
        certificates, db = self._services.certificates, self._services.db

        def read() -> tuple[int | None, int | None, int, list[NameProblem]]:
            count = certificates.count(session_id, event_id)
            return session_id, event_id, count, unprintable_names(db, session_id, event_id) if count else []

        self.count_loader.load(read)

    def _show_count(self, answer: tuple[int | None, int | None, int, list[NameProblem]]) -> None:
        session_id, event_id, count, problems = answer
        if (session_id, event_id) != self.scope():
            return  # counted for another choice; its own count is on its way
        if session_id is None and event_id is None:
            self.count_label.setText(self.tr("Create an event and check people in first."))
        elif count == 0:
            self.count_label.setText(self.tr("Nobody is checked in yet: there is no certificate to make."))
        else:
            self.count_label.setText(self.tr("Certificates to make: {count}").format(count=count))
        self.generate_button.setEnabled(count > 0 and not self.runner.busy)
        self.names_warning.set_problems(problems)

    # -- making them -------------------------------------------------------------------------------

    def _suggested_name(self) -> str:
        session_id, _event_id = self.scope()
        if session_id is not None:
            info = self._services.events.get_session(session_id)
            return self.tr("Certificates batch {batch}.pdf").format(batch=info.batch)
        return self.tr("Certificates.pdf")

    def _on_generate_clicked(self) -> None:
        target = dialogs_io.save_file(
            self, self.tr("Save the certificates"), self._suggested_name(), self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.generate(target, each=self.each_check.isChecked())

    def generate(self, target: Path, each: bool = False) -> None:
        """Make the certificates of the chosen session or event into `target` (in the background)."""
        session_id, event_id = self.scope()
        each_dir = target.with_suffix("") if each else None
        certificates, operator_id = self._services.certificates, self._operator_id

        def job(progress):  # type: ignore[no-untyped-def]
            return certificates.generate(
                target,
                session_id=session_id,
                event_id=event_id,
                each_dir=each_dir,
                operator_id=operator_id,
                progress=progress,
            )

        self.generate_button.setEnabled(False)
        self.runner.start(job, self.tr("Making the certificates…"))

    def _on_finished(self, result: GenerateResult) -> None:
        self.result = result
        text = self.tr("Certificates saved: {count}, in {path}.").format(count=result.count, path=result.path)
        if result.files:
            text += " " + self.tr("One file per participant in {folder}.").format(
                folder=result.files[0].parent
            )
        self.result_label.setText(text)
        self.result_box.show()
        self._update_count()

    def _on_failed(self, exc: object) -> None:
        self._update_count()
        title = self.tr("Certificates")
        if isinstance(exc, NoAttendees):
            dialogs_io.show_error(
                self, title, self.tr("Nobody is checked in: there is no certificate to make.")
            )
        elif isinstance(exc, InvalidField):
            dialogs_io.show_error(self, title, template_error_text(exc))
        elif isinstance(exc, HadirError):
            dialogs_io.show_error(self, title, error_text(exc))
        elif isinstance(exc, OSError):
            dialogs_io.show_error(
                self,
                title,
                self.tr("The file could not be written: {detail}").format(detail=exc.strerror or exc),
            )
        else:
            dialogs_io.show_error(self, title, self.tr("The certificates could not be made."), repr(exc))

    def _on_open_folder(self) -> None:
        if self.result is not None:
            folder = self.result.files[0].parent if self.result.files else self.result.path.parent
            desktop_io.open_path(folder)

    # -- dialogs -----------------------------------------------------------------------------------

    def open_template(self) -> None:
        """Show the template editor (modeless in tests via `active_dialog`)."""
        dialog = TemplateDialog(self._services.certificates, self._operator_id, self)
        self.active_dialog = dialog
        dialog.open()

    def open_verify(self) -> None:
        """Show the verify dialog."""
        dialog = VerifyDialog(self._services.certificates, self)
        self.active_dialog = dialog
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        # Events and check-ins change on other pages: count again whenever the page is shown.
        self.refresh()
        super().showEvent(event)
