"""One combo per field: which column of the sheet holds it (guessed, then corrected by hand)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop_app.core.roster_columns import Field
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.people.preview_table_model import column_letter


class ColumnMappingForm(QWidget):
    """`mapping_changed()` when the user picks another column for a field."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[Field, QComboBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        for field in Field:
            combo = QComboBox()
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._on_changed)
            self.combos[field] = combo
            label = QLabel(PeopleLabels.field(field) + (" *" if field == Field.NAME else ""))
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.set_columns(())

    def set_columns(self, headers: Sequence[str]) -> None:
        """Offer the sheet's columns (`B · Nama Lengkap`), nothing chosen."""
        for combo in self.combos.values():
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("— not in the file —"), None)
                for col, text in enumerate(headers):
                    combo.addItem(f"{column_letter(col)} · {text or '—'}", col)
            combo.setEnabled(bool(headers))

    def set_mapping(self, mapping: dict[Field, int]) -> None:
        """Show `mapping` (fields left out: not in the file)."""
        for field, combo in self.combos.items():
            with QSignalBlocker(combo):
                index = combo.findData(mapping[field]) if field in mapping else 0
                combo.setCurrentIndex(max(index, 0))

    def mapping(self) -> dict[Field, int]:
        """Every field that has a column."""
        return {f: int(c.currentData()) for f, c in self.combos.items() if c.currentData() is not None}

    def choose(self, field: Field, column: int | None) -> None:
        """Pick `column` for `field` as a user would (None: not in the file)."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(column), 0) if column is not None else 0)

    def _on_changed(self) -> None:
        self.mapping_changed.emit()
