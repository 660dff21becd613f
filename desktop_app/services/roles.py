"""Who may do what: the admin check that every feature's service makes before an admin-only change."""

from __future__ import annotations

from desktop_app.core.errors import NotAllowed
from desktop_app.storage import driver_sql
from desktop_app.storage.database import Database


def require_admin(db: Database, operator_id: int | None, action: str) -> None:
    """Raise NotAllowed unless `operator_id` is an active admin (None: nobody, refused).

    Plain SQL, so the commands that check it (encryption, the audit export) import no models.
    """
    if operator_id is None:
        raise NotAllowed(action)
    with db.reads() as conn:
        rows = driver_sql.fetch(conn, "SELECT active, role FROM operator WHERE id = ?", (operator_id,))
    if not rows or not rows[0][0] or rows[0][1] != "admin":
        raise NotAllowed(action)
