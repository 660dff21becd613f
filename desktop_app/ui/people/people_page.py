"""Peserta: the people and the organisations of the registry, searched, filtered, sorted and corrected."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.container import Services
from desktop_app.services.registry.types import OrganizationSort, PersonSort
from desktop_app.ui.i18n import current_language
from desktop_app.ui.people.background_total import BackgroundTotal
from desktop_app.ui.people.organization_table_model import OrganizationColumn, OrganizationTableModel
from desktop_app.ui.people.people_actions import PeopleActions
from desktop_app.ui.people.person_table_model import PersonColumn, PersonTableModel
from desktop_app.ui.people.registry_tab import RegistryTab
from desktop_app.ui.worker import WorkerPool

PAGE_SIZE = 200  # rows per screenful; "Show more" adds as many again


def _number(n: int | None) -> str:
    if n is None:
        return "…"  # still being counted
    return f"{n:,}".replace(",", "." if current_language() == "id" else ",")


class PeoplePage(QWidget):
    """Two tabs (people, organisations) over `RegistryService`; the dialogs live in `PeopleActions`."""

    def __init__(
        self,
        services: Services,
        operator_id: int | None,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.operator_id = operator_id
        self.pool = pool or WorkerPool()
        self.person_model = PersonTableModel(self)
        self.organization_model = OrganizationTableModel(self)
        self._person_sort: tuple[str, bool] = (PersonSort.NAME.value, False)
        self._organization_sort: tuple[str, bool] = (OrganizationSort.NAME.value, False)
        self._limits = {"people": PAGE_SIZE, "organizations": PAGE_SIZE}
        # None while a background count runs (the rows are shown before the registry is counted)
        self._totals: dict[str, int | None] = {"people": 0, "organizations": 0}
        self.people_total = BackgroundTotal(self.pool, self)
        self.organizations_total = BackgroundTotal(self.pool, self)
        self._build_ui()
        self.actions = PeopleActions(services, self)
        self._connect_signals()
        self.refresh()

    @property
    def services(self) -> Services:
        """The services the page works through."""
        return self._services

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Participants"))
        title.setObjectName("pageTitle")
        self.invitations_button = QPushButton(self.tr("Invitation cards (PDF)…"))
        self.invitations_button.setToolTip(self.tr("Print the invitations of one batch, with their QR codes"))
        self.import_button = QPushButton(self.tr("Import list…"))
        self.import_button.setObjectName("primary")
        self.import_button.setToolTip(
            self.tr("Add people from an Excel, LibreOffice or CSV list and invite them")
        )
        self.membership_button = QPushButton(self.tr("BPJS membership data…"))
        self.membership_button.setToolTip(
            self.tr("Import the BPJS Ketenagakerjaan branch's list of members, matched by NIK (admin)")
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.membership_button)
        header.addWidget(self.invitations_button)
        header.addWidget(self.import_button)

        self.people_tab = RegistryTab(
            self.person_model,
            self.tr("Search a name, NIK, phone number or organisation…"),
            with_attended=True,
        )
        self.organizations_tab = RegistryTab(
            self.organization_model, self.tr("Search a business or cooperative…"), with_attended=False
        )
        people_header = self.people_tab.view.horizontalHeader()
        people_header.setSectionResizeMode(PersonColumn.NAME, QHeaderView.ResizeMode.Stretch)
        people_header.setSectionResizeMode(PersonColumn.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PersonColumn.NIK, 150),
            (PersonColumn.PHONE, 130),
            (PersonColumn.KIND, 100),
            (PersonColumn.KECAMATAN, 110),
            (PersonColumn.ATTENDED, 90),
        ):
            people_header.resizeSection(column, width)
        org_header = self.organizations_tab.view.horizontalHeader()
        org_header.setSectionResizeMode(OrganizationColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (OrganizationColumn.KIND, 100),
            (OrganizationColumn.KECAMATAN, 110),
            (OrganizationColumn.DESA, 120),
            (OrganizationColumn.WORKERS, 90),
            (OrganizationColumn.PEOPLE, 80),
            (OrganizationColumn.ATTENDED, 90),
        ):
            org_header.resizeSection(column, width)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people_tab, "")
        self.tabs.addTab(self.organizations_tab, "")

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.more_button = QPushButton(self.tr("Show more"))
        self.notice_label = QLabel()
        self.notice_label.setObjectName("muted")
        self.notice_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(
            self.tr("Select two records of the same person (Ctrl+click) to merge them")
        )
        self.delete_button = QPushButton(self.tr("Remove…"))
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.more_button)
        footer.addSpacing(12)
        footer.addWidget(self.notice_label, 1)
        footer.addWidget(self.edit_button)
        footer.addWidget(self.merge_button)
        footer.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

    def _connect_signals(self) -> None:
        self.people_tab.changed.connect(lambda: self.load_people(reset_limit=True))
        self.organizations_tab.changed.connect(lambda: self.load_organizations(reset_limit=True))
        self.person_model.sort_requested.connect(self._on_person_sort)
        self.organization_model.sort_requested.connect(self._on_organization_sort)
        self.tabs.currentChanged.connect(self._update_footer)
        for tab in (self.people_tab, self.organizations_tab):
            tab.view.selectionModel().selectionChanged.connect(self._update_footer)
            tab.view.doubleClicked.connect(self.actions.edit_selected)
        self.more_button.clicked.connect(self.show_more)
        self.edit_button.clicked.connect(self.actions.edit_selected)
        self.merge_button.clicked.connect(self.actions.merge_selected)
        self.delete_button.clicked.connect(self.actions.delete_selected)
        self.import_button.clicked.connect(self.actions.open_import)
        self.membership_button.clicked.connect(self.actions.open_membership_import)
        self.invitations_button.clicked.connect(self.actions.choose_invitations)
        self.actions.changed.connect(self.refresh)
        self.people_total.counted.connect(lambda n: self._counted("people", n))
        self.organizations_total.counted.connect(lambda n: self._counted("organizations", n))
        self.actions.notice.connect(self.say)

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read both lists (and the kecamatan offered) again, keeping filters and selection."""
        kecamatans = self._services.registry.kecamatans()
        self.people_tab.set_kecamatans(kecamatans)
        self.organizations_tab.set_kecamatans(kecamatans)
        self.load_people()
        self.load_organizations()

    def kecamatans(self) -> list[str]:
        """The kecamatan the filters offer (for the edit dialogs too)."""
        combo = self.people_tab.kecamatan_combo
        return [combo.itemText(i) for i in range(1, combo.count())]

    def load_people(self, reset_limit: bool = False) -> None:
        """The people the search and filters keep, in the chosen order."""
        if reset_limit:
            self._limits["people"] = PAGE_SIZE
        tab, registry = self.people_tab, self._services.registry
        filters = self._people_filters()
        sort, descending = self._person_sort
        rows = registry.list_people(
            **filters, limit=self._limits["people"], sort=PersonSort(sort), descending=descending
        )
        if len(rows) >= self._limits["people"]:
            self._totals["people"] = None
            self.people_total.count(lambda: registry.count_people(**filters))  # type: ignore[arg-type]
        else:
            self.people_total.forget()
            self._totals["people"] = len(rows)
        empty = (
            self.tr("Nobody matches the search and filters.")
            if tab.is_filtered()
            else self.tr("The registry is empty. Import the office's invitation list with “Import list…”.")
        )
        tab.show_rows(rows, empty)
        self._update_footer()

    def load_organizations(self, reset_limit: bool = False) -> None:
        """The organisations the search and filters keep, in the chosen order."""
        if reset_limit:
            self._limits["organizations"] = PAGE_SIZE
        tab, registry = self.organizations_tab, self._services.registry
        filters = self._organization_filters()
        sort, descending = self._organization_sort
        limit = self._limits["organizations"]
        rows = registry.list_organizations(
            **filters, limit=limit, sort=OrganizationSort(sort), descending=descending
        )
        if len(rows) >= limit:
            self._totals["organizations"] = None
            self.organizations_total.count(lambda: registry.count_organizations(**filters))  # type: ignore[arg-type]
        else:
            self.organizations_total.forget()
            self._totals["organizations"] = len(rows)
        empty = (
            self.tr("No business or cooperative matches the search and filters.")
            if tab.is_filtered()
            else self.tr("No businesses or cooperatives yet: they come with the people you import.")
        )
        tab.show_rows(rows, empty)
        self._update_footer()

    def _people_filters(self) -> dict[str, object]:
        tab = self.people_tab
        return {
            "query": tab.query(),
            "kind": tab.kind(),
            "kecamatan": tab.kecamatan(),
            "attended": tab.attended(),
        }

    def _organization_filters(self) -> dict[str, object]:
        tab = self.organizations_tab
        return {"query": tab.query(), "kind": tab.kind(), "kecamatan": tab.kecamatan()}

    def show_more(self) -> None:
        """Add the next screenful of the current tab below the rows shown.

        Only the new rows are read, from where the list ends: reading everything shown again
        on each click made the fifth click cost 10 s on a million people. People continue
        after the last person shown, along an index (skipping the rows shown cost as much as
        reading them).
        """
        tab, registry = self.current_tab(), self._services.registry
        shown = tab.model.rowCount()
        if tab is self.people_tab:
            sort, descending = self._person_sort
            rows: list = registry.list_people(
                **self._people_filters(),  # type: ignore[arg-type]
                limit=PAGE_SIZE,
                after_id=tab.model.row_at(shown - 1).id if shown else None,
                sort=PersonSort(sort),
                descending=descending,
            )
            self._limits["people"] = shown + PAGE_SIZE
        else:
            sort, descending = self._organization_sort
            rows = registry.list_organizations(
                **self._organization_filters(),  # type: ignore[arg-type]
                limit=PAGE_SIZE,
                offset=shown,
                sort=OrganizationSort(sort),
                descending=descending,
            )
            self._limits["organizations"] = shown + PAGE_SIZE
        tab.append_rows(rows)
        self._update_footer()

    def _on_person_sort(self, key: str, descending: bool) -> None:
        self._person_sort = (key, descending)
        self.load_people()

    def _on_organization_sort(self, key: str, descending: bool) -> None:
        self._organization_sort = (key, descending)
        self.load_organizations()

    # -- state ---------------------------------------------------------------------------------------

    def current_tab(self) -> RegistryTab:
        """The tab on show."""
        return self.people_tab if self.tabs.currentIndex() == 0 else self.organizations_tab

    def on_people_tab(self) -> bool:
        """True while the people (not the organisations) are shown."""
        return self.current_tab() is self.people_tab

    def say(self, text: str) -> None:
        """A short sentence about the last action, beside the buttons."""
        self.notice_label.setText(text)

    @property
    def active_dialog(self) -> QDialog | None:
        """The dialog open over the page, if any."""
        return self.actions.active

    def _counted(self, key: str, total: int) -> None:
        self._totals[key] = total
        self._update_footer()

    def _update_footer(self) -> None:
        people, orgs = self._totals["people"], self._totals["organizations"]
        self.tabs.setTabText(0, self.tr("People ({n})").format(n=_number(people)))
        self.tabs.setTabText(1, self.tr("Organisations ({n})").format(n=_number(orgs)))
        key = "people" if self.on_people_tab() else "organizations"
        tab = self.current_tab()
        shown, total = tab.model.rowCount(), self._totals[key]
        if total is not None and shown < total:
            self.count_label.setText(
                self.tr("Showing {shown} of {total}").format(shown=_number(shown), total=_number(total))
            )
        else:  # all shown, or the total is still being counted
            self.count_label.setText(self.tr("{n} shown").format(n=_number(shown)))
        # While counting, more may follow exactly when the last read filled its screenful.
        self.more_button.setVisible(shown < total if total is not None else shown >= self._limits[key])
        selected = len(tab.selected_ids())
        self.edit_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected == 1)
        self.merge_button.setEnabled(selected == 2)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # check-ins and imports elsewhere change the counts
