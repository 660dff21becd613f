"""Who is acting, and finding an operator by name in plain SQL (for commands that only read)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.storage import driver_sql
from desktop_app.storage.database import Database

LOCAL_ADMIN = "Admin"  # the admin the command line acts as when no operator is named


@dataclass(frozen=True)
class OperatorInfo:
    """Who is acting."""

    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        """Admins may override capacity, delete, restore and change settings."""
        return self.role == "admin"


def find_operator(db: Database, name: str, active_only: bool = True) -> OperatorInfo | None:
    """The operator with this name (an active one unless `active_only` is False), if any.

    What `OperatorService.by_name` answers, without the ORM: a command that only reads starts
    without importing it.
    """
    sql = "SELECT id, name, role FROM operator WHERE name = ?"
    if active_only:
        sql += " AND active = ?"
    with db.reads() as conn:
        rows = driver_sql.fetch(conn, sql, (name, True) if active_only else (name,))
    return OperatorInfo(*rows[0]) if rows else None
