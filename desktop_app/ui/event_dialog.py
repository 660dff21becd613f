"""Creating or editing an event (Kegiatan)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.events.service import EventDraft, EventInfo, EventService
from desktop_app.ui.form_error_label import FormErrorLabel


class EventDialog(QDialog):
    """Title, organiser, partner and description; Save calls the service and stays open on an error."""

    def __init__(
        self,
        events: EventService,
        operator_id: int | None,
        event: EventInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._operator_id = operator_id
        self._event = event
        self.saved_id: int | None = None
        self._build_ui()
        self._connect_signals()
        if event is not None:
            self._fill(event)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New event") if self._event is None else self.tr("Edit event"))
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Socialisation of employment social security for UMKM")
        )
        self.organizer_edit = QLineEdit()
        self.organizer_edit.setPlaceholderText(self.tr("e.g. Disdagkop UKM Kabupaten Sukoharjo"))
        self.partner_edit = QLineEdit()
        self.partner_edit.setPlaceholderText(self.tr("optional, e.g. BPJS Ketenagakerjaan Cabang Surakarta"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(self.tr("optional"))
        self.description_edit.setFixedHeight(90)
        self.description_edit.setTabChangesFocus(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Organiser"), self.organizer_edit)
        form.addRow(self.tr("&Partner"), self.partner_edit)
        form.addRow(self.tr("&Description"), self.description_edit)

        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    def _fill(self, event: EventInfo) -> None:
        self.title_edit.setText(event.title)
        self.organizer_edit.setText(event.organizer)
        self.partner_edit.setText(event.partner or "")
        self.description_edit.setPlainText(event.description or "")

    def draft(self) -> EventDraft:
        """What the form holds now."""
        return EventDraft(
            title=self.title_edit.text(),
            organizer=self.organizer_edit.text(),
            partner=self.partner_edit.text() or None,
            description=self.description_edit.toPlainText() or None,
        )

    def _on_save_clicked(self) -> None:
        saved = self.error_label.attempt(self._save, self._fields())
        if saved is not None:
            self.saved_id = saved
            self.accept()

    def _save(self) -> int:
        if self._event is None:
            return self._events.add_event(self.draft(), self._operator_id)
        self._events.update_event(self._event.id, self.draft(), self._operator_id)
        return self._event.id

    def _fields(self) -> dict[str, QWidget]:
        return {
            "title": self.title_edit,
            "organizer": self.organizer_edit,
            "partner": self.partner_edit,
            "description": self.description_edit,
        }
