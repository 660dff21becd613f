"""People: matched by uuid, then by NIK, then (without a NIK) by phone and name, as an import does.

A matched person keeps the office's values; blanks are filled from the incoming record, and a
field both know differently becomes a `person_field` conflict (values shown masked).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import mask_phone
from desktop_app.services.merge._run import Run, insert_many, rows_where_in, without_id
from desktop_app.services.merge.types import Conflict
from desktop_app.storage.models import Organization, Person
from desktop_app.storage.search_index import bulk_people

PEOPLE = Person.__table__
# Compared and filled; `organization_id` after mapping to the office's organisation.
FIELDS = (
    "nik",
    "name",
    "sex",
    "birth_date",
    "phone",
    "address",
    "desa",
    "kecamatan",
    "organization_id",
    "position",
    "kpj",
    "consent_bpjs_at",
)
# Filled when blank, never a conflict: a later consent or a timestamp is not a disagreement.
FILL_ONLY = {"consent_bpjs_at"}
MASKS = {"nik": mask_nik, "phone": mask_phone, "kpj": lambda v: mask_nik(v) if v else ""}


def shown(field: str, value: Any) -> str | None:
    """A value as the report shows it (identifiers masked)."""
    if value is None:
        return None
    return MASKS[field](value) if field in MASKS else str(value)


def _same(field: str, office: Any, incoming: Any) -> bool:
    if field == "name":
        return " ".join(str(office).casefold().split()) == " ".join(str(incoming).casefold().split())
    return office == incoming


class _Index:
    """The office's people that one chunk of incoming records may be, looked up in bulk.

    People this merge inserted are found by uuid only: two records the file kept apart stay apart.
    """

    def __init__(self, run: Run, incoming: list[dict[str, Any]]) -> None:
        found: dict[int, dict[str, Any]] = {}
        for column, values in (
            ("uuid", [r["uuid"] for r in incoming]),
            ("nik", [r["nik"] for r in incoming if r["nik"]]),
            ("phone", [r["phone"] for r in incoming if r["phone"] and not r["nik"]]),
        ):
            for row in rows_where_in(run.target, PEOPLE, column, values):
                found[row["id"]] = row
        office = [r for r in found.values() if r["id"] not in run.inserted["person"]]
        self.by_uuid = {r["uuid"]: r for r in found.values() if r["uuid"]}
        self.by_nik = {r["nik"]: r for r in office if r["nik"]}
        self.by_phone_name = {(r["phone"], r["name"].casefold()): r for r in office if r["phone"]}

    def find(self, row: dict[str, Any]) -> dict[str, Any] | None:
        if row["uuid"] in self.by_uuid:
            return self.by_uuid[row["uuid"]]
        if row["nik"]:
            return self.by_nik.get(row["nik"])
        if row["phone"]:
            return self.by_phone_name.get((row["phone"], row["name"].casefold()))
        return None


def merge_people(run: Run) -> None:
    """Map every incoming person to the office's record, adding those the office does not have."""
    first_id = (run.target.execute(select(func.max(PEOPLE.c.id))).scalar() or 0) + 1
    with bulk_people(run.target, first_id):
        for incoming in run.rows(PEOPLE):
            _merge_chunk(run, incoming)


def _merge_chunk(run: Run, incoming: list[dict[str, Any]]) -> None:
    for row in incoming:
        row["organization_id"] = run.mapped("organization", row["organization_id"])
    index = _Index(run, incoming)
    new: list[dict[str, Any]] = []
    for row in incoming:
        office = index.find(row)
        if office is None:
            new.append(row)
            continue
        run.maps["person"][row["id"]] = office["id"]
        run.counts["people_matched"] += 1
        _compare(run, office, row)
    ids = insert_many(run.target, PEOPLE, [without_id(r) for r in new])
    for row, new_id in zip(new, ids, strict=True):
        run.maps["person"][row["id"]] = new_id
    run.inserted["person"].update(ids)
    run.counts["people_new"] += len(new)


def _compare(run: Run, office: dict[str, Any], row: dict[str, Any]) -> None:
    fill: dict[str, Any] = {}
    for field in FIELDS:
        mine, theirs = office[field], row[field]
        if theirs is None or theirs == "" or _same(field, mine, theirs):
            continue
        if mine is None or mine == "":
            fill[field] = theirs
        elif field not in FILL_ONLY:
            shown_mine, shown_theirs = shown(field, mine), shown(field, theirs)
            if field == "organization_id":  # people recognise a business by its name, not its id
                shown_mine, shown_theirs = _org_name(run, mine), _org_name(run, theirs)
            run.conflicts.append(
                Conflict(
                    "person_field",
                    {"person_id": office["id"], "name": office["name"], "field": field},
                    office=shown_mine,
                    incoming=shown_theirs,
                    choice=theirs,
                )
            )
    if "nik" in fill and _nik_taken(run, fill["nik"]):
        del fill["nik"]
    if fill:
        run.target.execute(update(PEOPLE).where(PEOPLE.c.id == office["id"]).values(**fill))
        office.update(fill)
        run.counts["people_filled"] += 1


def _nik_taken(run: Run, nik: str) -> bool:
    return run.target.execute(select(PEOPLE.c.id).where(PEOPLE.c.nik == nik)).first() is not None


def _org_name(run: Run, organization_id: int) -> str | None:
    query = select(Organization.__table__.c.name).where(Organization.__table__.c.id == organization_id)
    return run.target.execute(query).scalar()
