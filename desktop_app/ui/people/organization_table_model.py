"""The organisations list: one row per `OrganizationRow`."""

from __future__ import annotations

from enum import IntEnum

from desktop_app.services.registry.types import OrganizationRow, OrganizationSort
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.people.registry_table_model import RegistryTableModel


class OrganizationColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    KIND = 1
    KECAMATAN = 2
    DESA = 3
    WORKERS = 4
    PEOPLE = 5
    ATTENDED = 6


_SORT = {
    OrganizationColumn.NAME: OrganizationSort.NAME,
    OrganizationColumn.KIND: OrganizationSort.KIND,
    OrganizationColumn.KECAMATAN: OrganizationSort.KECAMATAN,
    OrganizationColumn.DESA: OrganizationSort.DESA,
    OrganizationColumn.WORKERS: OrganizationSort.WORKERS,
    OrganizationColumn.PEOPLE: OrganizationSort.PEOPLE,
    OrganizationColumn.ATTENDED: OrganizationSort.ATTENDED,
}


class OrganizationTableModel(RegistryTableModel[OrganizationRow]):
    """Name, type, kecamatan, desa, workers, people in the registry and how many attended."""

    columns = OrganizationColumn
    numeric = frozenset({OrganizationColumn.WORKERS, OrganizationColumn.PEOPLE, OrganizationColumn.ATTENDED})

    def header(self, column: IntEnum) -> str:
        return {
            OrganizationColumn.NAME: self.tr("Business / cooperative"),
            OrganizationColumn.KIND: self.tr("Type"),
            OrganizationColumn.KECAMATAN: self.tr("Kecamatan"),
            OrganizationColumn.DESA: self.tr("Desa"),
            OrganizationColumn.WORKERS: self.tr("Workers"),
            OrganizationColumn.PEOPLE: self.tr("People"),
            OrganizationColumn.ATTENDED: self.tr("Attended"),
        }[OrganizationColumn(column)]

    def display(self, row: OrganizationRow, column: IntEnum) -> str:
        return {
            OrganizationColumn.NAME: row.name,
            OrganizationColumn.KIND: PeopleLabels.kind(row.kind) or "—",
            OrganizationColumn.KECAMATAN: row.kecamatan or "—",
            OrganizationColumn.DESA: row.desa or "—",
            OrganizationColumn.WORKERS: str(row.workers) if row.workers is not None else "—",
            OrganizationColumn.PEOPLE: str(row.people),
            OrganizationColumn.ATTENDED: str(row.attended) if row.attended else "—",
        }[OrganizationColumn(column)]

    def tooltip(self, row: OrganizationRow, column: IntEnum) -> str | None:
        if column == OrganizationColumn.NAME:
            parts = [row.name, row.address, self.tr("NIB {nib}").format(nib=row.nib) if row.nib else None]
            return "\n".join(p for p in parts if p)
        if column == OrganizationColumn.ATTENDED:
            return self.tr("People of this organisation who attended a batch")
        return None

    def sort_key(self, column: IntEnum) -> str | None:
        return _SORT[OrganizationColumn(column)].value
