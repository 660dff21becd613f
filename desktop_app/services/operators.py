"""Operators (petugas). Until sign-in with PINs exists, the desk and the CLI act as the local admin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.core.errors import NotAllowed, NotFound
from desktop_app.storage.database import Database
from desktop_app.storage.models import Operator

LOCAL_ADMIN = "Admin"


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


def require_admin(db: Database, operator_id: int | None, action: str) -> None:
    """Raise NotAllowed unless `operator_id` is an active admin (None: nobody, refused)."""
    with db.session() as s:
        op = s.get(Operator, operator_id) if operator_id is not None else None
        if op is None or not op.active or op.role != "admin":
            raise NotAllowed(action)


class OperatorService:
    """Finding and creating operators."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def local_admin(self) -> OperatorInfo:
        """The admin that acts when nobody signed in (created on first use)."""
        with self._db.transaction() as s:
            op = s.scalar(select(Operator).where(Operator.name == LOCAL_ADMIN))
            if op is None:
                op = Operator(name=LOCAL_ADMIN, role="admin")
                s.add(op)
                s.flush()
            return OperatorInfo(op.id, op.name, op.role)

    def get(self, operator_id: int) -> OperatorInfo:
        """The operator with this id, or NotFound."""
        with self._db.session() as s:
            op = s.get(Operator, operator_id)
            if op is None:
                raise NotFound("operator", operator_id)
            return OperatorInfo(op.id, op.name, op.role)

    def by_name(self, name: str) -> OperatorInfo | None:
        """An active operator with this name, if any."""
        with self._db.session() as s:
            op = s.scalar(select(Operator).where(Operator.name == name, Operator.active))
            return OperatorInfo(op.id, op.name, op.role) if op else None

    def ensure(self, name: str, role: str = "desk") -> OperatorInfo:
        """The operator with this name, created with `role` if new."""
        found = self.by_name(name)
        if found:
            return found
        with self._db.transaction() as s:
            op = Operator(name=name, role=role)
            s.add(op)
            s.flush()
            return OperatorInfo(op.id, op.name, op.role)
