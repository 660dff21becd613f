"""The people list: one row per `PersonRow`, the NIK masked."""

from __future__ import annotations

from enum import IntEnum

from desktop_app.services.registry.types import PersonRow, PersonSort
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.people.registry_table_model import RegistryTableModel


class PersonColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    NIK = 1
    PHONE = 2
    ORGANIZATION = 3
    KIND = 4
    KECAMATAN = 5
    ATTENDED = 6


_SORT = {
    PersonColumn.NAME: PersonSort.NAME,
    PersonColumn.NIK: PersonSort.NIK,
    PersonColumn.PHONE: PersonSort.PHONE,
    PersonColumn.ORGANIZATION: PersonSort.ORGANIZATION,
    PersonColumn.KIND: PersonSort.KIND,
    PersonColumn.KECAMATAN: PersonSort.KECAMATAN,
    PersonColumn.ATTENDED: PersonSort.ATTENDED,
}


class PersonTableModel(RegistryTableModel[PersonRow]):
    """Name, masked NIK, phone, organisation and its type, kecamatan, sessions attended."""

    columns = PersonColumn
    numeric = frozenset({PersonColumn.ATTENDED})

    def header(self, column: IntEnum) -> str:
        return {
            PersonColumn.NAME: self.tr("Name"),
            PersonColumn.NIK: self.tr("NIK"),
            PersonColumn.PHONE: self.tr("Phone"),
            PersonColumn.ORGANIZATION: self.tr("Business / cooperative"),
            PersonColumn.KIND: self.tr("Type"),
            PersonColumn.KECAMATAN: self.tr("Kecamatan"),
            PersonColumn.ATTENDED: self.tr("Attended"),
        }[PersonColumn(column)]

    def display(self, row: PersonRow, column: IntEnum) -> str:
        return {
            PersonColumn.NAME: row.name,
            PersonColumn.NIK: row.nik_masked or "—",
            PersonColumn.PHONE: row.phone or "—",
            PersonColumn.ORGANIZATION: row.organization or "—",
            PersonColumn.KIND: PeopleLabels.kind(row.organization_kind) or "—",
            PersonColumn.KECAMATAN: row.kecamatan or "—",
            PersonColumn.ATTENDED: str(row.attended) if row.attended else "—",
        }[PersonColumn(column)]

    def tooltip(self, row: PersonRow, column: IntEnum) -> str | None:
        if column == PersonColumn.NIK and row.nik_masked:
            return self.tr("The NIK is masked in lists; the full number shows in the edit dialog.")
        if column == PersonColumn.ATTENDED:
            return self.tr("Batches attended: {n}").format(n=row.attended)
        if column == PersonColumn.NAME and row.position:
            return f"{row.name} · {row.position}"
        return None

    def sort_key(self, column: IntEnum) -> str | None:
        return _SORT[PersonColumn(column)].value
