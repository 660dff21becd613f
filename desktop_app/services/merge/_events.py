"""Events and sessions (batches), found by uuid; where both sides changed one, the office's value stays.

A batch copied to a laptop before the event may be edited there (the venue moved, more chairs,
another start time), and the office may have edited it too. The office's value stays and each
difference is an `event_field` or `session_field` conflict with both values, decided in the
window with one click (`MergeService.use_incoming`). A blank the office left (an event's partner
or description) is filled from the laptop instead.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select, update

from desktop_app.services.merge._run import Run, insert_many, rows_where_in, without_id
from desktop_app.services.merge.types import Conflict
from desktop_app.storage.models import Event, Session

EVENTS = Event.__table__
SESSIONS = Session.__table__
EVENT_FIELDS = ("title", "organizer", "partner", "description")
SESSION_FIELDS = (
    "date",
    "start_time",
    "end_time",
    "venue",
    "capacity",
    "max_temp",
    "temperature_taken",
    "require_mask",
    "check_pl",
    "timezone",
)
# Texts people type: a different case or spacing is the same value.
TEXTS = {"title", "organizer", "partner", "description", "venue"}


def shown_value(value: Any) -> str | None:
    """A field's value as the report shows it: ISO dates, HH:MM, yes/no, 37.5."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _same(field: str, office: Any, incoming: Any) -> bool:
    if field in TEXTS and isinstance(office, str) and isinstance(incoming, str):
        return " ".join(office.casefold().split()) == " ".join(incoming.casefold().split())
    return bool(office == incoming)


def _differences(
    run: Run, table: Any, fields: tuple[str, ...], office: dict[str, Any], incoming: dict[str, Any]
) -> list[tuple[str, Any, Any]]:
    """(field, office value, incoming value) of each real difference; blanks are filled here."""
    fill: dict[str, Any] = {}
    found = []
    for field in fields:
        mine, theirs = office[field], incoming[field]
        if _blank(theirs) or _same(field, mine, theirs):
            continue
        if _blank(mine):
            fill[field] = theirs
        else:
            found.append((field, mine, theirs))
    if fill:
        run.target.execute(update(table).where(table.c.id == office["id"]).values(**fill))
    return found


def merge_events(run: Run) -> None:
    """An event copied to the laptop before the batch is the office's own (same uuid)."""
    for incoming in run.rows(EVENTS):
        office = {
            r["uuid"]: r for r in rows_where_in(run.target, EVENTS, "uuid", (r["uuid"] for r in incoming))
        }
        new = []
        for row in incoming:
            mine = office.get(row["uuid"])
            if mine is None:
                new.append(row)
                continue
            run.maps["event"][row["id"]] = mine["id"]
            run.counts["events_matched"] += 1
            for field, ours, theirs in _differences(run, EVENTS, EVENT_FIELDS, mine, row):
                run.conflicts.append(
                    Conflict(
                        "event_field",
                        {"event_id": mine["id"], "title": mine["title"], "field": field},
                        office=shown_value(ours),
                        incoming=shown_value(theirs),
                        choice=theirs,
                    )
                )
        ids = insert_many(run.target, EVENTS, [without_id(r) for r in new])
        for row, new_id in zip(new, ids, strict=True):
            run.maps["event"][row["id"]] = new_id
        run.counts["events"] += len(new)


def merge_sessions(run: Run) -> None:
    """Sessions by uuid; a new one whose batch number the office already uses gets the next free one."""
    used: dict[int, set[int]] = {}
    for incoming in run.rows(SESSIONS):
        office = {
            r["uuid"]: r for r in rows_where_in(run.target, SESSIONS, "uuid", (r["uuid"] for r in incoming))
        }
        unknown = {run.maps["event"][r["event_id"]] for r in incoming} - used.keys()
        used |= {e: set() for e in unknown}
        for event_id, batch in run.target.execute(
            select(SESSIONS.c.event_id, SESSIONS.c.batch).where(SESSIONS.c.event_id.in_(sorted(unknown)))
        ):
            used[event_id].add(batch)
        for row in incoming:
            mine = office.get(row["uuid"])
            if mine is not None:
                _matched_session(run, mine, row)
            else:
                _new_session(run, row, used)


def _matched_session(run: Run, mine: dict[str, Any], row: dict[str, Any]) -> None:
    run.maps["session"][row["id"]] = mine["id"]
    run.counts["sessions_matched"] += 1
    for field, ours, theirs in _differences(run, SESSIONS, SESSION_FIELDS, mine, row):
        run.conflicts.append(
            Conflict(
                "session_field",
                {
                    "session_id": mine["id"],
                    "event_id": mine["event_id"],
                    "batch": mine["batch"],
                    "field": field,
                },
                office=shown_value(ours),
                incoming=shown_value(theirs),
                choice=theirs,
            )
        )


def _new_session(run: Run, row: dict[str, Any], used: dict[int, set[int]]) -> None:
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
                {"session_id": new_id, "event_id": event_id, "batch": batch, "new_batch": values["batch"]},
            )
        )
