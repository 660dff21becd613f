"""The merge report: what came in, batches over capacity, and one click per conflict to decide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.merge.types import FIELD_KINDS, Conflict, MergeReport

Choose = Callable[[Conflict], bool]


class MergeDialog(QDialog):
    """A preview (Merge / Cancel) or the result (Close, with a choice button per person conflict)."""

    def __init__(
        self, report: MergeReport, source_name: str, choose: Choose | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._choose = choose
        self.choice_buttons: list[QPushButton] = []
        self.setWindowTitle(self.tr("Merge another laptop's data"))
        self.resize(760, 520)
        self._build_ui(source_name)

    @property
    def preview(self) -> bool:
        """True while nothing is written yet (the report of a dry run)."""
        return self._report.dry_run

    def _build_ui(self, source_name: str) -> None:
        r = self._report
        lead = (
            self.tr("What merging {name} will do. Nothing is written until you press Merge.")
            if self.preview
            else self.tr("{name} is merged. The office's values stayed where they differ: decide below.")
        )
        self.lead_label = QLabel(lead.format(name=source_name))
        self.lead_label.setWordWrap(True)
        self.lead_label.setObjectName("lead")
        form = QFormLayout()
        rows = (
            (self.tr("New events"), r.events),
            (self.tr("Batches: new / already here"), f"{r.sessions_new} / {r.sessions_matched}"),
            (self.tr("People: new / already here"), f"{r.people_new} / {r.people_matched}"),
            (self.tr("New check-ins"), r.attendance_new),
            (self.tr("Duplicate check-ins (the earlier is kept)"), r.duplicates),
            (self.tr("New certificates"), r.certificates_new),
        )
        self.values: dict[str, QLabel] = {}
        for caption, value in rows:
            label = QLabel(str(value))
            self.values[caption] = label
            form.addRow(caption, label)
        batches = "; ".join(
            self.tr("batch {batch}: {admitted} admitted, {capacity} seats").format(
                batch=batch, admitted=admitted, capacity=capacity
            )
            for batch, admitted, capacity in r.over_capacity_batches
        )
        self.capacity_label = QLabel(
            self.tr("Over capacity (nothing is dropped; see Reports): {batches}").format(batches=batches)
        )
        self.capacity_label.setWordWrap(True)
        self.capacity_label.setStyleSheet("color: #8a1c12;")
        self.capacity_label.setVisible(bool(r.over_capacity))
        self.table = QTableWidget(len(r.conflicts), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Conflict"), self.tr("This database"), self.tr("The other laptop"), ""]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, conflict in enumerate(r.conflicts):
            self._fill_row(row, conflict)
        self.table.setVisible(bool(r.conflicts))
        buttons = QDialogButtonBox()
        if self.preview:
            self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.merge_button.setObjectName("primary")
            buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead_label)
        layout.addLayout(form)
        layout.addWidget(self.capacity_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        d = conflict.details
        if conflict.kind == "person_field":
            what = self.tr("{name}: {field}").format(name=d["name"], field=self._field(d["field"]))
            cells = (what, conflict.office or "", conflict.incoming or "")
        elif conflict.kind == "event_field":
            what = self.tr("Event {title}: {field}").format(title=d["title"], field=self._field(d["field"]))
            cells = (what, self._value(conflict.office), self._value(conflict.incoming))
        elif conflict.kind == "session_field":
            what = self.tr("Batch {batch}: {field}").format(batch=d["batch"], field=self._field(d["field"]))
            cells = (what, self._value(conflict.office), self._value(conflict.incoming))
        elif conflict.kind == "certificate_number":
            what = self.tr("Certificate number {number} printed on both").format(number=d["number"])
            kept = d.get("kept_number") or d["number"]
            theirs = d.get("new_number") or kept
            cells = (what, kept, self.tr("{number} (the printed one stays valid)").format(number=theirs))
        elif conflict.kind == "session_batch":
            what = self.tr("Batch number {batch} used for two batches").format(batch=d["batch"])
            cells = (what, str(d["batch"]), str(d["new_batch"]))
        else:
            cells = (conflict.kind, d.get("code", ""), d.get("new_code", ""))
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        if conflict.kind in FIELD_KINDS and not self.preview and self._choose is not None:
            button = QPushButton(self.tr("Use the laptop's"))
            button.clicked.connect(lambda _=False, c=conflict, b=button: self._on_choice(c, b))
            self.table.setCellWidget(row, 3, button)
            self.choice_buttons.append(button)

    def _on_choice(self, conflict: Conflict, button: QPushButton) -> None:
        assert self._choose is not None
        if self._choose(conflict):
            button.setEnabled(False)
            button.setText(self.tr("Taken"))

    def _field(self, field: str) -> str:
        names = {
            "nik": self.tr("NIK"),
            "name": self.tr("Name"),
            "sex": self.tr("Sex"),
            "birth_date": self.tr("Birth date"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "desa": self.tr("Village"),
            "kecamatan": self.tr("District"),
            "organization_id": self.tr("Business or cooperative"),
            "position": self.tr("Position"),
            "kpj": self.tr("BPJS number"),
            "title": self.tr("Title"),
            "organizer": self.tr("Organiser"),
            "partner": self.tr("Partner"),
            "description": self.tr("Description"),
            "date": self.tr("Date"),
            "start_time": self.tr("Start"),
            "end_time": self.tr("End"),
            "venue": self.tr("Venue"),
            "capacity": self.tr("Capacity"),
            "max_temp": self.tr("Highest temperature admitted"),
            "temperature_taken": self.tr("Temperature taken"),
            "require_mask": self.tr("Mask required"),
            "check_pl": self.tr("PeduliLindungi checked"),
            "timezone": self.tr("Time zone"),
        }
        return names.get(field, field)

    def _value(self, value: str | None) -> str:
        """A shown value of an event's or batch's field (yes/no in the user's language)."""
        return {"yes": self.tr("Yes"), "no": self.tr("No"), None: ""}.get(value, value or "")
