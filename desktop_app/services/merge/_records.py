"""Operators (by name), organisations, events and sessions (by uuid)."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.services.merge._run import Run, all_rows, ids_by_uuid, insert_many, rows_where_in, without_id
from desktop_app.services.merge.types import Conflict
from desktop_app.storage.models import Event, Operator, Organization, Session

OPERATORS = Operator.__table__
ORGANIZATIONS = Organization.__table__
EVENTS = Event.__table__
SESSIONS = Session.__table__


def merge_operators(run: Run) -> None:
    """Operators are the same person when their names are; new names arrive as they were."""
    incoming = all_rows(run.source, OPERATORS)
    by_name = {r["name"]: r["id"] for r in all_rows(run.target, OPERATORS)}
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
    run.counts["operators_new"] += len(new)


def merge_organizations(run: Run) -> None:
    """The same uuid, else the same folded name (as an import decides), is one organisation."""
    incoming = all_rows(run.source, ORGANIZATIONS)
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


def merge_events(run: Run) -> None:
    """An event copied to the laptop before the batch is the office's own (same uuid)."""
    incoming = all_rows(run.source, EVENTS)
    by_uuid = ids_by_uuid(run.target, EVENTS, (r["uuid"] for r in incoming))
    new = []
    for row in incoming:
        if row["uuid"] in by_uuid:
            run.maps["event"][row["id"]] = by_uuid[row["uuid"]]
            run.counts["events_matched"] += 1
        else:
            new.append(row)
    for row, new_id in zip(new, insert_many(run.target, EVENTS, [without_id(r) for r in new]), strict=True):
        run.maps["event"][row["id"]] = new_id
    run.counts["events"] += len(new)


def merge_sessions(run: Run) -> None:
    """Sessions by uuid; a new one whose batch number the office already uses gets the next free one."""
    incoming = all_rows(run.source, SESSIONS)
    by_uuid = ids_by_uuid(run.target, SESSIONS, (r["uuid"] for r in incoming))
    event_ids = {run.maps["event"][r["event_id"]] for r in incoming}
    used: dict[int, set[int]] = {e: set() for e in event_ids}
    for event_id, batch in run.target.execute(
        select(SESSIONS.c.event_id, SESSIONS.c.batch).where(SESSIONS.c.event_id.in_(event_ids))
    ):
        used[event_id].add(batch)
    for row in incoming:
        if row["uuid"] in by_uuid:
            run.maps["session"][row["id"]] = by_uuid[row["uuid"]]
            run.counts["sessions_matched"] += 1
            continue
        values = without_id(row)
        values["event_id"] = event_id = run.maps["event"][row["event_id"]]
        values["seat_version"] = 0
        batch = row["batch"]
        if batch in used[event_id]:
            values["batch"] = max(used[event_id]) + 1
        used[event_id].add(values["batch"])
        (new_id,) = insert_many(run.target, SESSIONS, [values])
        run.maps["session"][row["id"]] = new_id
        run.counts["sessions_new"] += 1
        if values["batch"] != batch:
            run.conflicts.append(
                Conflict(
                    "session_batch",
                    {
                        "session_id": new_id,
                        "event_id": event_id,
                        "batch": batch,
                        "new_batch": values["batch"],
                    },
                )
            )
