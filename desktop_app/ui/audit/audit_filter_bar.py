"""The audit page's filters: period, operator, action, kind of record and free text."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.audit_log.service import AuditChoices, AuditFilter
from desktop_app.ui.audit.audit_labels import action_name, entity_name

TYPING_PAUSE_MS = 300
PERIODS = ("all", "today", "week", "month", "custom")


class AuditFilterBar(QWidget):
    """Emits `changed` when a filter changes (text after a short pause in typing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._filling = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.period_combo = QComboBox()
        names = {
            "all": self.tr("All dates"),
            "today": self.tr("Today"),
            "week": self.tr("Last 7 days"),
            "month": self.tr("Last 30 days"),
            "custom": self.tr("Choose dates"),
        }
        for key in PERIODS:
            self.period_combo.addItem(names[key], key)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-6))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.operator_combo = QComboBox()
        self.action_combo = QComboBox()
        self.entity_combo = QComboBox()
        for combo in (self.operator_combo, self.action_combo, self.entity_combo):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search names, details or a NIK…"))
        self.search_edit.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("Reset"))

        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, fields in (
            (first, ((self.tr("Period"), self.period_combo), (self.tr("From"), self.from_edit),
                     (self.tr("To"), self.to_edit), (self.tr("Operator"), self.operator_combo))),
            (second, ((self.tr("Action"), self.action_combo), (self.tr("Record"), self.entity_combo))),
        ):  # fmt: skip
            for text, widget in fields:
                label = QLabel(text)
                label.setBuddy(widget)
                row.addWidget(label)
                row.addWidget(widget)
                row.addSpacing(8)
        first.addStretch(1)
        second.addWidget(self.search_edit, 1)
        second.addWidget(self.reset_button)
        rows.addLayout(first)
        rows.addLayout(second)
        self._on_period_changed()

    def _connect_signals(self) -> None:
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        for combo in (self.operator_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.from_edit.dateChanged.connect(self._emit)
        self.to_edit.dateChanged.connect(self._emit)
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        self._typing.timeout.connect(self._emit)
        self.reset_button.clicked.connect(self.reset)

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _on_period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self._emit()

    def set_choices(self, choices: AuditChoices) -> None:
        """Offer the operators, actions and kinds of record in the log, keeping what was chosen."""
        self._filling = True
        try:
            for combo, items, everything in (
                (self.operator_combo, list(choices.operators), self.tr("All operators")),
                (self.action_combo, [(a, action_name(a)) for a in choices.actions], self.tr("All actions")),
                (self.entity_combo, [(e, entity_name(e)) for e in choices.entities], self.tr("All records")),
            ):
                kept = combo.currentData()
                combo.clear()
                combo.addItem(everything, None)
                for key, text in sorted(items, key=lambda item: str(item[1]).casefold()):
                    combo.addItem(str(text), key)
                combo.setCurrentIndex(max(combo.findData(kept), 0) if kept is not None else 0)
        finally:
            self._filling = False

    def select(self, combo: QComboBox, key: object) -> None:
        """Choose the entry whose data is `key` (as a user picking it would)."""
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def reset(self) -> None:
        """Every entry again."""
        self._filling = True
        for combo in (self.period_combo, self.operator_combo, self.action_combo, self.entity_combo):
            combo.setCurrentIndex(0)
        self.search_edit.clear()
        self._typing.stop()
        self._filling = False
        self.changed.emit()

    def date_range(self, today: date | None = None) -> tuple[date | None, date | None]:
        """The first and last day shown (None: open-ended)."""
        today = today or date.today()
        period = self.period_combo.currentData()
        if period == "today":
            return today, today
        if period == "week":
            return today - timedelta(days=6), today
        if period == "month":
            return today - timedelta(days=29), today
        if period == "custom":
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return (start, end) if start <= end else (end, start)
        return None, None

    def current_filter(self) -> AuditFilter:
        """What the bar asks for."""
        start, end = self.date_range()
        return AuditFilter(
            date_from=start,
            date_to=end,
            operator_id=self.operator_combo.currentData(),
            action=self.action_combo.currentData(),
            entity=self.entity_combo.currentData(),
            text=self.search_edit.text(),
        )
