"""Who may do what: the admin check that every feature's service makes before an admin-only change."""

from __future__ import annotations

from desktop_app.core.errors import NotAllowed
from desktop_app.storage.database import Database
from desktop_app.storage.models import Operator


def require_admin(db: Database, operator_id: int | None, action: str) -> None:
    """Raise NotAllowed unless `operator_id` is an active admin (None: nobody, refused)."""
    with db.session() as s:
        op = s.get(Operator, operator_id) if operator_id is not None else None
        if op is None or not op.active or op.role != "admin":
            raise NotAllowed(action)
