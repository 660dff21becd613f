"""Operators (by name) and organisations (by uuid, else by folded name)."""

from __future__ import annotations

from desktop_app.services.merge._run import Run, all_rows, ids_by_uuid, insert_many, rows_where_in, without_id
from desktop_app.storage.models import Operator, Organization

OPERATORS = Operator.__table__
ORGANIZATIONS = Organization.__table__


def merge_operators(run: Run) -> None:
    """Operators are the same person when their names are; new names arrive as they were."""
    by_name = {r["name"]: r["id"] for r in all_rows(run.target, OPERATORS)}
    for incoming in run.rows(OPERATORS):
        by_uuid = ids_by_uuid(run.target, OPERATORS, (r["uuid"] for r in incoming))
        new = []
        for row in incoming:
            found = by_name.get(row["name"]) or by_uuid.get(row["uuid"])
            if found is not None:
                run.maps["operator"][row["id"]] = found
            else:
                new.append(row)
        for row, new_id in zip(
            new, insert_many(run.target, OPERATORS, [without_id(r) for r in new]), strict=True
        ):
            run.maps["operator"][row["id"]] = new_id
            by_name[row["name"]] = new_id
        run.counts["operators_new"] += len(new)


def merge_organizations(run: Run) -> None:
    """The same uuid, else the same folded name (as an import decides), is one organisation."""
    for incoming in run.rows(ORGANIZATIONS):
        by_uuid = ids_by_uuid(run.target, ORGANIZATIONS, (r["uuid"] for r in incoming))
        by_key = {
            r["name_key"]: r["id"]
            for r in rows_where_in(
                run.target, ORGANIZATIONS, "name_key", (r["name_key"] for r in incoming), ("id", "name_key")
            )
        }
        new = []
        for row in incoming:
            found = by_uuid.get(row["uuid"]) or by_key.get(row["name_key"])
            if found is not None:
                run.maps["organization"][row["id"]] = found
            else:
                new.append(row)
        for row, new_id in zip(
            new, insert_many(run.target, ORGANIZATIONS, [without_id(r) for r in new]), strict=True
        ):
            run.maps["organization"][row["id"]] = new_id
