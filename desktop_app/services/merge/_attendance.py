"""Invitations (with their aliases), screenings and admissions.

The same person admitted to the same session on both sides: the earlier admission stays, the
other is kept as an undone row (so nothing is lost and merging again finds it by its uuid) and
recorded in the audit log as a duplicate.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from desktop_app.core.codes import new_invitation_code
from desktop_app.services.audit import record
from desktop_app.services.merge._run import (
    Run,
    ids_by_uuid,
    insert_many,
    rows_where_in,
    without_id,
)
from desktop_app.services.merge.types import Conflict
from desktop_app.storage.models import Attendance, Invitation, InvitationAlias, Screening, Session

INVITATIONS = Invitation.__table__
ALIASES = InvitationAlias.__table__
SCREENINGS = Screening.__table__
ATTENDANCE = Attendance.__table__
SESSIONS = Session.__table__
DUPLICATE_REASON = "duplicate admission (hadir merge): the earlier one is kept"


def _pairs(
    run: Run, table: Any, pairs: set[tuple[int, int]], extra: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """The target's rows for these (session, person) pairs, found through the person_id index."""
    columns = ("id", "session_id", "person_id", *extra)
    found = rows_where_in(run.target, table, "person_id", {p for _, p in pairs}, columns)
    return [r for r in found if (r["session_id"], r["person_id"]) in pairs]


def _remap(run: Run, row: dict[str, Any]) -> dict[str, Any]:
    values = without_id(row)
    values["session_id"] = run.maps["session"][row["session_id"]]
    values["person_id"] = run.maps["person"][row["person_id"]]
    for column in ("operator_id", "undone_by"):
        if column in values:
            values[column] = run.mapped("operator", values[column])
    return values


def merge_invitations(run: Run) -> None:
    """One invitation per person and batch; a second code for it becomes an alias (the card still works)."""
    for incoming in run.rows(INVITATIONS):
        _invitations_chunk(run, incoming)
    for incoming in run.rows(ALIASES):
        known = {
            r["code"]
            for r in rows_where_in(run.target, INVITATIONS, "code", (a["code"] for a in incoming), ("code",))
        }
        known |= {
            r["code"]
            for r in rows_where_in(run.target, ALIASES, "code", (a["code"] for a in incoming), ("code",))
        }
        aliases = []
        for alias in incoming:
            target_id = run.maps["invitation"].get(alias["invitation_id"])
            if target_id is not None and alias["code"] not in known:
                aliases.append(
                    {"code": alias["code"], "invitation_id": target_id, "created_at": alias["created_at"]}
                )
                known.add(alias["code"])
        if aliases:
            run.target.execute(ALIASES.insert(), aliases)


def _taken_codes(run: Run, codes: list[str]) -> set[str]:
    taken = {r["code"] for r in rows_where_in(run.target, INVITATIONS, "code", codes, ("code",))}
    return taken | {r["code"] for r in rows_where_in(run.target, ALIASES, "code", codes, ("code",))}


def _invitations_chunk(run: Run, incoming: list[dict[str, Any]]) -> None:
    by_uuid = ids_by_uuid(run.target, INVITATIONS, (r["uuid"] for r in incoming))
    rest = [_remap(run, r) | {"_id": r["id"]} for r in incoming if r["uuid"] not in by_uuid]
    for r in incoming:
        if r["uuid"] in by_uuid:
            run.maps["invitation"][r["id"]] = by_uuid[r["uuid"]]
    office = {
        (r["session_id"], r["person_id"]): r
        for r in _pairs(run, INVITATIONS, {(v["session_id"], v["person_id"]) for v in rest}, ("code",))
    }
    taken = _taken_codes(run, [r["code"] for r in incoming])
    aliases: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    for values in rest:
        source_id = values.pop("_id")
        mine = office.get((values["session_id"], values["person_id"]))
        if mine is not None:
            run.maps["invitation"][source_id] = mine["id"]
            if values["code"] not in taken:
                aliases.append({"code": values["code"], "invitation_id": mine["id"], "created_at": run.now})
                taken.add(values["code"])
            continue
        if values["code"] in taken:  # another invitation printed the same code: this one gets a new one
            old = values["code"]
            while values["code"] in taken or _taken_codes(run, [values["code"]]):
                values["code"] = new_invitation_code()
            run.conflicts.append(Conflict("invitation_code", {"code": old, "new_code": values["code"]}))
        taken.add(values["code"])
        new.append(values | {"_id": source_id})
    ids = insert_many(run.target, INVITATIONS, [{k: v for k, v in n.items() if k != "_id"} for n in new])
    for values, new_id in zip(new, ids, strict=True):
        run.maps["invitation"][values["_id"]] = new_id
    run.counts["invitations_new"] += len(new)
    if aliases:
        run.target.execute(ALIASES.insert(), aliases)


def merge_screenings(run: Run) -> None:
    """Health checks by uuid (refusals included: they count in the reports)."""
    for incoming in run.rows(SCREENINGS):
        by_uuid = ids_by_uuid(run.target, SCREENINGS, (r["uuid"] for r in incoming))
        new = []
        for row in incoming:
            if row["uuid"] in by_uuid:
                run.maps["screening"][row["id"]] = by_uuid[row["uuid"]]
            else:
                new.append(row)
        ids = insert_many(run.target, SCREENINGS, [_remap(run, r) for r in new])
        for row, new_id in zip(new, ids, strict=True):
            run.maps["screening"][row["id"]] = new_id
        run.counts["screenings_new"] += len(new)


def merge_attendance(run: Run) -> None:
    """Admissions by uuid; two admissions of one person to one batch keep the earlier."""
    for incoming in run.rows(ATTENDANCE):
        _attendance_chunk(run, incoming)


def _attendance_chunk(run: Run, incoming: list[dict[str, Any]]) -> None:
    by_uuid = ids_by_uuid(run.target, ATTENDANCE, (r["uuid"] for r in incoming))
    rest = []
    for row in incoming:
        if row["undone_at"] is None:  # listed over capacity every time, also when merged before
            run.touched_sessions.add(run.maps["session"][row["session_id"]])
        if row["uuid"] in by_uuid:
            run.maps["attendance"][row["id"]] = by_uuid[row["uuid"]]
        else:
            values = _remap(run, row)
            values["screening_id"] = run.mapped("screening", row["screening_id"])
            rest.append((row["id"], values))
    active = [v for _, v in rest if v["undone_at"] is None]
    office = {
        (r["session_id"], r["person_id"]): r
        for r in _pairs(
            run, ATTENDANCE, {(v["session_id"], v["person_id"]) for v in active}, ("at", "undone_at", "uuid")
        )
        if r["undone_at"] is None
    }
    for _, values in rest:
        if values["undone_at"] is not None:
            continue
        mine = office.get((values["session_id"], values["person_id"]))
        if mine is None:
            run.counts["attendance_new"] += 1
            continue
        _duplicate(run, values, mine)
    ids = insert_many(run.target, ATTENDANCE, [v for _, v in rest])
    for (source_id, _), new_id in zip(rest, ids, strict=True):
        run.maps["attendance"][source_id] = new_id


def _duplicate(run: Run, values: dict[str, Any], mine: dict[str, Any]) -> None:
    """One person admitted to one batch on both sides: the earlier stays, the later is kept undone."""
    run.counts["duplicates"] += 1
    undo = {"undone_at": run.now, "undone_by": run.operator_id, "undo_reason": DUPLICATE_REASON}
    if values["at"] < mine["at"]:  # the incoming admission was first: it stays, the office's steps back
        run.target.execute(update(ATTENDANCE).where(ATTENDANCE.c.id == mine["id"]).values(**undo))
        kept, dropped = values["uuid"], mine["uuid"]
    else:
        values.update(undo)
        kept, dropped = mine["uuid"], values["uuid"]
    record(
        run.target,
        "duplicate",
        "attendance",
        mine["id"],
        run.operator_id,
        session_id=values["session_id"],
        person_id=values["person_id"],
        kept=kept,
        dropped=dropped,
        source="merge",
    )


def over_capacity(run: Run) -> list[tuple[int, int, int, int]]:
    """Sessions the file admitted people to that now hold more admissions than seats.

    Each as (session id, batch, admitted, capacity); nothing is dropped.
    """
    if not run.touched_sessions:
        return []
    admitted = (
        select(ATTENDANCE.c.session_id, func.count().label("n"))
        .where(ATTENDANCE.c.undone_at.is_(None), ATTENDANCE.c.session_id.in_(sorted(run.touched_sessions)))
        .group_by(ATTENDANCE.c.session_id)
        .subquery()
    )
    query = (
        select(SESSIONS.c.id, SESSIONS.c.batch, admitted.c.n, SESSIONS.c.capacity)
        .join(admitted, admitted.c.session_id == SESSIONS.c.id)
        .where(admitted.c.n > SESSIONS.c.capacity)
        .order_by(SESSIONS.c.id)
    )
    return [tuple(row) for row in run.target.execute(query)]  # type: ignore[misc]
