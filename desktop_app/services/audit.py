"""The audit log: every change to people, attendance and settings, with who and when."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session as DbSession

from desktop_app.storage.models import AuditEntry
from desktop_app.storage.types import utcnow

# A Core insert: no unit-of-work bookkeeping on the check-in path, same transaction as the change.
_INSERT = insert(AuditEntry.__table__)


def record(
    db: DbSession | Connection,
    action: str,
    entity: str,
    entity_id: int | None,
    operator_id: int | None,
    **details: Any,
) -> None:
    """Add an audit entry to the caller's transaction (so it commits or rolls back with the change).

    `db` is the caller's ORM session or, on the check-in path, its plain connection.

    Details must never hold a full NIK or phone number: pass masked values.
    """
    db.execute(
        _INSERT,
        {
            "at": utcnow(),
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "operator_id": operator_id,
            "details": details or None,
        },
    )
