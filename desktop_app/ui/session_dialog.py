"""Creating or editing a session (Angkatan) of an event: when, where, how many, which health rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.screening import DEFAULT_MAX_TEMP
from desktop_app.services.events.service import (
    MAX_CAPACITY,
    EventInfo,
    EventService,
    SessionDraft,
    SessionInfo,
)
from desktop_app.ui import formatting
from desktop_app.ui.form_error_label import FormErrorLabel

DEFAULT_CAPACITY = 30
DEFAULT_START, DEFAULT_END = QTime(9, 0), QTime(12, 0)
ZONES = (("WIB", "Asia/Jakarta"), ("WITA", "Asia/Makassar"), ("WIT", "Asia/Jayapura"))


class SessionDialog(QDialog):
    """The session form; Save calls the service and keeps the dialog open with a sentence on an error."""

    def __init__(
        self,
        events: EventService,
        operator_id: int | None,
        event: EventInfo,
        session: SessionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._operator_id = operator_id
        self._event = event
        self._session = session
        self.saved_id: int | None = None
        self._build_ui()
        self._connect_signals()
        if session is None:
            self._fill_defaults()
        else:
            self._fill(session)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New session") if self._session is None else self.tr("Edit session"))
        self.setMinimumWidth(580)
        self.event_label = QLabel(self.tr("Event: {title}").format(title=self._event.title))
        self.event_label.setWordWrap(True)
        self.event_label.setObjectName("dialogHeading")

        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(0 if self._session is None else 1, 999)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd, d MMMM yyyy")
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(formatting.time_display_format())
        self.zone_combo = QComboBox()
        for label, zone in ZONES:
            self.zone_combo.addItem(label, zone)
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(self.tr("e.g. Aula Kantor Kecamatan Grogol"))
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, MAX_CAPACITY)
        self.capacity_spin.setSuffix(self.tr(" people"))
        self.max_temp_spin = QDoubleSpinBox()
        self.max_temp_spin.setRange(35.0, 40.0)
        self.max_temp_spin.setDecimals(1)
        self.max_temp_spin.setSingleStep(0.1)
        self.max_temp_spin.setSuffix(" °C")
        self.max_temp_spin.setMaximumWidth(140)
        self.temperature_check = QCheckBox(
            self.tr("Temperatures are taken at the door (required at check-in)")
        )
        self.mask_check = QCheckBox(self.tr("Masks are required"))
        self.pl_check = QCheckBox(self.tr("Check the PeduliLindungi status (green and yellow may enter)"))

        time_row = QHBoxLayout()
        time_row.addWidget(self.start_edit)
        time_row.addWidget(QLabel("–"))
        time_row.addWidget(self.end_edit)
        time_row.addWidget(self.zone_combo)
        time_row.addStretch(1)

        schedule = QGroupBox(self.tr("Schedule"))
        form = QFormLayout(schedule)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Batch"), self.batch_spin)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("Time"), time_row)
        form.addRow(self.tr("&Venue"), self.venue_edit)
        form.addRow(self.tr("&Capacity"), self.capacity_spin)

        health = QGroupBox(self.tr("Health screening"))
        health_form = QFormLayout(health)
        health_form.addRow(self.tr("&Highest temperature admitted"), self.max_temp_spin)
        health_form.addRow(self.temperature_check)
        health_form.addRow(self.mask_check)
        health_form.addRow(self.pl_check)

        self.error_label = FormErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.event_label)
        layout.addWidget(schedule)
        layout.addWidget(health)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    def _fill_defaults(self) -> None:
        # A new batch usually repeats the previous one's venue and rules on a later slot.
        previous = self._events.list_sessions(self._event.id)
        last = previous[-1] if previous else None
        next_batch = max((s.batch for s in previous), default=0) + 1
        self.batch_spin.setSpecialValueText(self.tr("Automatic ({n})").format(n=next_batch))
        self.batch_spin.setValue(0)
        self.date_edit.setDate(_qdate(last.date) if last else QDate.currentDate())
        self.start_edit.setTime(DEFAULT_START)
        self.end_edit.setTime(DEFAULT_END)
        self.venue_edit.setText(last.venue if last else "")
        self.capacity_spin.setValue(last.capacity if last else DEFAULT_CAPACITY)
        self.max_temp_spin.setValue(last.max_temp if last else DEFAULT_MAX_TEMP)
        self.temperature_check.setChecked(last.temperature_taken if last else True)
        self.mask_check.setChecked(last.require_mask if last else True)
        self.pl_check.setChecked(last.check_pl if last else False)
        self._select_zone(last.timezone if last else "Asia/Jakarta")

    def _fill(self, session: SessionInfo) -> None:
        self.batch_spin.setValue(session.batch)
        self.date_edit.setDate(_qdate(session.date))
        self.start_edit.setTime(QTime(session.start_time.hour, session.start_time.minute))
        self.end_edit.setTime(QTime(session.end_time.hour, session.end_time.minute))
        self.venue_edit.setText(session.venue)
        self.capacity_spin.setValue(session.capacity)
        self.max_temp_spin.setValue(session.max_temp)
        self.temperature_check.setChecked(session.temperature_taken)
        self.mask_check.setChecked(session.require_mask)
        self.pl_check.setChecked(session.check_pl)
        self._select_zone(session.timezone)

    def _select_zone(self, zone: str) -> None:
        index = self.zone_combo.findData(zone)
        if index < 0:  # a zone outside Indonesia's three: keep it selectable
            self.zone_combo.addItem(zone, zone)
            index = self.zone_combo.count() - 1
        self.zone_combo.setCurrentIndex(index)

    def draft(self) -> SessionDraft:
        """What the form holds now."""
        return SessionDraft(
            event_id=self._event.id,
            date=self.date_edit.date().toPython(),
            start_time=self.start_edit.time().toPython(),
            end_time=self.end_edit.time().toPython(),
            venue=self.venue_edit.text(),
            capacity=self.capacity_spin.value(),
            batch=self.batch_spin.value() or None,
            max_temp=round(self.max_temp_spin.value(), 1),
            require_mask=self.mask_check.isChecked(),
            temperature_taken=self.temperature_check.isChecked(),
            check_pl=self.pl_check.isChecked(),
            timezone=self.zone_combo.currentData(),
        )

    def _on_save_clicked(self) -> None:
        saved = self.error_label.attempt(self._save, self._fields())
        if saved is not None:
            self.saved_id = saved
            self.accept()

    def _save(self) -> int:
        if self._session is None:
            return self._events.add_session(self.draft(), self._operator_id)
        self._events.update_session(self._session.id, self.draft(), self._operator_id)
        return self._session.id

    def _fields(self) -> dict[str, QWidget]:
        return {
            "batch": self.batch_spin,
            "date": self.date_edit,
            "start_time": self.start_edit,
            "end_time": self.end_edit,
            "venue": self.venue_edit,
            "capacity": self.capacity_spin,
            "max_temp": self.max_temp_spin,
        }


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
