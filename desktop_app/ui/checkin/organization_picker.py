"""An organisation from the registry (suggested as one types), or a new one with its type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from desktop_app.core.names import organization_key
from desktop_app.services.registry.people import OrganizationInfo, PeopleService
from desktop_app.ui.checkin.checkin_messages import CheckinMessages

SUGGESTIONS = 50


@dataclass(frozen=True)
class OrgChoice:
    """What was picked: an existing organisation (with its id) or a new name and type."""

    id: int | None
    name: str
    kind: str


class OrganizationPicker(QWidget):
    """Editable combo fed by `list_organizations`, and UMKM/Koperasi for a name the registry lacks."""

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._known: dict[str, OrganizationInfo] = {}
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.setMinimumContentsLength(24)
        self.name_combo.lineEdit().setPlaceholderText(self.tr("Type to search, or a new name"))
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_combo.setCompleter(completer)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(CheckinMessages.org_kind("umkm"), "umkm")
        self.kind_combo.addItem(CheckinMessages.org_kind("koperasi"), "koperasi")
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_combo, 1)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.status_label)

        self._load("")
        self.name_combo.addItems([""] + [o.name for o in self._known.values()])
        self.name_combo.setCurrentIndex(0)
        self.name_combo.lineEdit().textEdited.connect(self._load)
        self.name_combo.currentTextChanged.connect(self._update_status)
        self._update_status("")

    def _load(self, text: str) -> None:
        found = self._people.list_organizations(text, SUGGESTIONS)
        for org in found:
            self._known[organization_key(org.name)] = org
        self._suggestions.setStringList([o.name for o in found])

    def existing(self) -> OrganizationInfo | None:
        """The registry's organisation whose name was typed (any case or spacing), if any."""
        name = self.name_combo.currentText().strip()
        if not name:
            return None
        key = organization_key(name)
        if key not in self._known:
            self._load(name)
        return self._known.get(key)

    def choice(self) -> OrgChoice | None:
        """The organisation to record, or None when left empty."""
        name = " ".join(self.name_combo.currentText().split())
        if not name:
            return None
        org = self.existing()
        if org is not None:
            return OrgChoice(org.id, org.name, org.kind)
        return OrgChoice(None, name, self.kind_combo.currentData())

    def _update_status(self, text: str) -> None:
        org = self.existing() if text.strip() else None
        if org is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(org.kind))
            self.status_label.setText(self.tr("registered"))
        else:
            self.status_label.setText(self.tr("new") if text.strip() else "")
        self.kind_combo.setEnabled(org is None)
