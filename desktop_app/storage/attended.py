"""Each person's attended count (`person.attended`), kept by triggers, recounted after bulk copies.

The triggers of migration 0005_speed add one for every active admission written. A copy that
writes people with their count already set and then their admissions (`hadir db copy`, a restore
onto a server, `hadir merge`) would count them twice; it recounts once at the end instead.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_RECOUNT = (
    "UPDATE person SET attended = (SELECT count(*) FROM attendance a "
    "WHERE a.person_id = person.id AND a.undone_at IS NULL)"
)


def recount_attended(conn: Connection) -> None:
    """Set every person's attended count from their active admissions (in the caller's transaction)."""
    conn.execute(text(_RECOUNT))
