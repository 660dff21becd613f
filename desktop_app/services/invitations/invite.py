"""Invitations: codes for the door, spread over batches without exceeding their capacity."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, func, select

from desktop_app.core.codes import random_invitation_codes
from desktop_app.core.errors import NotFound
from desktop_app.storage import driver_sql
from desktop_app.storage.bulk import insert_rows, stored_time
from desktop_app.storage.models import Invitation, InvitationAlias, Session
from desktop_app.storage.types import utcnow


def taken_codes(conn: Connection) -> set[str]:
    """Every code in use: the invitations' own, and those a merge kept as aliases (printed cards)."""
    return set(conn.scalars(select(Invitation.code).union(select(InvitationAlias.code))))


def new_codes(count: int, taken: set[str]) -> list[str]:
    """`count` fresh invitation codes not in `taken` (which grows with them)."""
    codes: list[str] = []
    while len(codes) < count:
        for code in random_invitation_codes(count - len(codes)):
            if code not in taken:
                taken.add(code)
                codes.append(code)
    return codes


def invite_people(
    conn: Connection,
    person_ids: Sequence[int],
    session_ids: Sequence[int],
    taken: set[str] | None = None,
) -> tuple[int, list[int]]:
    """Invite people to the sessions in order, filling each up to its capacity.

    People already invited to one of the sessions are left as they are. Returns the number of
    new invitations and the people who found no room. `taken`: the codes in use, when the caller
    keeps them over several calls (an import's batches); read from the database otherwise.
    """
    if not session_ids:
        return 0, []
    rooms: list[tuple[int, int]] = []
    for sid in session_ids:
        capacity = conn.scalar(select(Session.capacity).where(Session.id == sid))
        if capacity is None:
            raise NotFound("session", sid)
        used = conn.scalar(select(func.count(Invitation.id)).where(Invitation.session_id == sid)) or 0
        rooms.append((sid, capacity - used))
    unique = list(dict.fromkeys(person_ids))
    already: set[int] = set()
    sessions, in_sessions = driver_sql.where_in(conn, "session_id", list(session_ids))
    for start in range(0, len(unique), 5000):  # only these people's invitations: an import's
        chunk = unique[start : start + 5000]  # batches do not read the whole session each time
        people, of_people = driver_sql.where_in(conn, "person_id", chunk)
        sql = f"SELECT person_id FROM invitation WHERE {sessions} AND {people}"
        already.update(pid for (pid,) in driver_sql.run(conn, sql, (*in_sessions, *of_people)))
    wanted = [pid for pid in unique if pid not in already]
    if taken is None:
        taken = taken_codes(conn)
    codes = new_codes(len(wanted), taken)
    rows: list[tuple[int, int, str, str]] = []
    left: list[int] = []
    stamp = stored_time(utcnow())
    slot = 0
    for pid in wanted:
        while slot < len(rooms) and rooms[slot][1] <= 0:
            slot += 1
        if slot == len(rooms):
            left.append(pid)
            continue
        sid, room = rooms[slot]
        rows.append((sid, pid, codes[len(rows)], stamp))
        rooms[slot] = (sid, room - 1)
    insert_rows(conn, Invitation.__table__, ("session_id", "person_id", "code", "created_at"), rows)
    return len(rows), left
