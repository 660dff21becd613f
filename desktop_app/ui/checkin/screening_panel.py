"""The health screening at the door: temperature, mask, the symptom questions and PeduliLindungi."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.screening import MAX_READING, MIN_READING, PL_COLOURS, ScreeningAnswers
from desktop_app.services.events.service import SessionInfo
from desktop_app.services.settings import ScreeningQuestion
from desktop_app.ui import formatting
from desktop_app.ui.checkin.checkin_messages import CheckinMessages

MASK_KEY = "F4"
QUESTION_KEYS = ("F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12")  # one key per question, in order
_TYPED = re.compile(r"^\s*(\d{1,3})(?:[.,](\d{0,2}))?\s*$")


def parse_temperature(text: str) -> float | None:
    """`36,6` and `36.6` alike; None when empty; ValueError when it is not a reading."""
    if not text.strip():
        return None
    match = _TYPED.match(text)
    if not match:
        raise ValueError(text)
    value = float(f"{match.group(1)}.{match.group(2) or 0}")
    if not (MIN_READING <= value <= MAX_READING):
        raise ValueError(text)
    return round(value, 1)


class ScreeningPanel(QFrame):
    """Answers for one person; Enter anywhere in the panel asks to admit."""

    admit_requested = Signal()
    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCard")
        self.questions: list[ScreeningQuestion] = []
        self.question_boxes: dict[str, QCheckBox] = {}
        self.max_temp = 37.3
        self.check_pl = False

        self.title_label = QLabel(self.tr("HEALTH SCREENING"))
        self.title_label.setObjectName("panelTitle")
        self.temperature_edit = QLineEdit()
        self.temperature_edit.setObjectName("temperatureEdit")
        self.temperature_edit.setFixedWidth(120)
        self.temperature_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        pattern = QRegularExpression(r"^\s*\d{0,3}([.,]\d{0,2})?\s*$")
        self.temperature_edit.setValidator(QRegularExpressionValidator(pattern, self.temperature_edit))
        self.temperature_edit.setAccessibleName(self.tr("Temperature in °C"))
        temperature_label = QLabel(self.tr("&Temperature"))
        temperature_label.setBuddy(self.temperature_edit)
        self.limit_label = QLabel()
        self.limit_label.setObjectName("muted")
        self.mask_box = QCheckBox(f"{MASK_KEY}  {self.tr('Wearing a &mask')}")
        self.mask_box.setChecked(True)
        self.questions_label = QLabel(self.tr("Tick only the questions answered “yes”:"))
        self.questions_label.setObjectName("muted")
        self.questions_grid = QGridLayout()
        self.questions_grid.setHorizontalSpacing(18)
        self.questions_grid.setVerticalSpacing(4)
        self.pl_label = QLabel(self.tr("&PeduliLindungi"))
        self.pl_combo = QComboBox()
        self.pl_combo.addItem(self.tr("— choose the colour —"), None)
        for code in PL_COLOURS:
            self.pl_combo.addItem(CheckinMessages.pl_colour(code), code)
        self.pl_label.setBuddy(self.pl_combo)
        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("screeningRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.hide()
        self.admit_button = QPushButton(self.tr("Admit  (Enter)"))
        self.admit_button.setObjectName("admitButton")
        self.admit_button.setAutoDefault(False)
        self.override_button = QPushButton(self.tr("Override…"))
        self.override_button.setObjectName("overrideButton")
        self.override_button.setToolTip(
            self.tr("Admit although the session is full (admin only; a reason is recorded)")
        )
        self.override_button.hide()

        temperature_row = QHBoxLayout()
        temperature_row.addWidget(temperature_label)
        temperature_row.addWidget(self.temperature_edit)
        temperature_row.addWidget(QLabel("°C"))
        temperature_row.addSpacing(12)
        temperature_row.addWidget(self.limit_label, 1)
        pl_row = QHBoxLayout()
        pl_row.addWidget(self.pl_label)
        pl_row.addWidget(self.pl_combo)
        pl_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.admit_button, 1)
        buttons.addWidget(self.override_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 14)  # the longest question fits at 1280 px
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addLayout(temperature_row)
        layout.addWidget(self.mask_box)
        layout.addWidget(self.questions_label)
        layout.addLayout(self.questions_grid)
        layout.addLayout(pl_row)
        layout.addWidget(self.refusal_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.admit_button.clicked.connect(self.admit_requested)
        self.override_button.clicked.connect(self.override_requested)
        self._shortcuts: list[QShortcut] = []
        self._key(MASK_KEY, self.mask_box)
        self.chain_tab_order()
        self._show_pl(False)

    def _key(self, key: str, box: QCheckBox) -> None:
        """One key ticks or unticks `box` while the cursor is anywhere in the panel (the temperature)."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(box.toggle)
        self._shortcuts.append(shortcut)
        box.setProperty("shortcutKey", key)

    def configure(self, session: SessionInfo | None, questions: list[ScreeningQuestion]) -> None:
        """Ask this session's questions with its temperature limit, mask rule and PeduliLindungi check."""
        if session is not None:
            self.max_temp = session.max_temp
            self.check_pl = session.check_pl
            self.limit_label.setText(
                self.tr("limit {limit} · e.g. {example}").format(
                    limit=formatting.temperature(session.max_temp), example=formatting.decimal(36.5)
                )
            )
            mask = (
                self.tr("Wearing a &mask") if session.require_mask else self.tr("Wearing a &mask (optional)")
            )
            self.mask_box.setText(f"{MASK_KEY}  {mask}")
        self._show_pl(self.check_pl)
        if [q.code for q in questions] != [q.code for q in self.questions]:
            self._build_questions(questions)
        self.reset()

    def _build_questions(self, questions: list[ScreeningQuestion]) -> None:
        for box in self.question_boxes.values():
            self.questions_grid.removeWidget(box)
            box.deleteLater()
        for shortcut in self._shortcuts[1:]:  # the mask's key stays
            shortcut.setParent(None)
        del self._shortcuts[1:]
        self.questions = list(questions)
        self.question_boxes = {}
        for i, question in enumerate(self.questions):
            label = CheckinMessages.question_label(question)
            box = QCheckBox(f"{QUESTION_KEYS[i]}  {label}" if i < len(QUESTION_KEYS) else label)
            box.setToolTip(label)
            if i < len(QUESTION_KEYS):
                self._key(QUESTION_KEYS[i], box)
            self.question_boxes[question.code] = box
            self.questions_grid.addWidget(box, i, 0)
        self.questions_label.setVisible(bool(self.questions))
        self.chain_tab_order()

    def chain_tab_order(self) -> None:
        """Tab from the temperature: the mask, each question, the colour, Admit (nothing in between)."""
        chain = [self.temperature_edit, self.mask_box, *self.question_boxes.values()]
        chain += [self.pl_combo, self.admit_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_pl(self, visible: bool) -> None:
        self.pl_label.setVisible(visible)
        self.pl_combo.setVisible(visible)

    def reset(self) -> None:
        """Fresh answers for the next person: mask on, no symptoms, no colour, no temperature."""
        self.temperature_edit.clear()
        self.mask_box.setChecked(True)
        for box in self.question_boxes.values():
            box.setChecked(False)
        self.pl_combo.setCurrentIndex(0)
        self.show_refusal("")
        self.override_button.hide()

    def problem(self) -> str | None:
        """What must be corrected before the answers can be sent, or None."""
        text = self.temperature_edit.text()
        try:
            value = parse_temperature(text)
        except ValueError:
            digits = re.sub(r"\D", "", text)
            if len(digits) == 3 and MIN_READING <= int(digits) / 10 <= MAX_READING:
                guess = formatting.decimal(int(digits) / 10)
                return self.tr(
                    "“{text}” is not a temperature: did you mean {guess}? Type it with a comma."
                ).format(text=text.strip(), guess=guess)
            return self.tr("“{text}” is not a temperature a thermometer gives (34–42 °C).").format(
                text=text.strip()
            )
        if value is None:
            return self.tr("Measure the temperature and type it first, e.g. {example}.").format(
                example=formatting.decimal(36.5)
            )
        if self.check_pl and self.pl_combo.currentData() is None:
            return self.tr("Choose the colour the PeduliLindungi app shows.")
        return None

    def answers(self) -> ScreeningAnswers:
        """The answers as the service takes them (call `problem()` first)."""
        symptoms = frozenset(code for code, box in self.question_boxes.items() if box.isChecked())
        return ScreeningAnswers(
            temperature=parse_temperature(self.temperature_edit.text()),
            mask=self.mask_box.isChecked(),
            symptoms=symptoms,
            pl_colour=self.pl_combo.currentData() if self.check_pl else None,
        )

    def show_refusal(self, text: str) -> None:
        """The reasons in red under the answers (empty hides them)."""
        self.refusal_label.setText(text)
        self.refusal_label.setVisible(bool(text))

    def focus_temperature(self) -> None:
        """Ready to type (or retype) the reading."""
        self.temperature_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.temperature_edit.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the temperature, on a question or the PeduliLindungi colour: the children ignore it,
        # so it arrives here once (connecting returnPressed as well would admit twice).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.admit_requested.emit()
            return
        super().keyPressEvent(event)
