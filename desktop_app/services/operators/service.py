"""Operators (petugas): the first admin, desk operators with PINs, sign-in with a lockout.

The window acts as the operator who signed in with a PIN. The command line acts as the operator
`--operator` names, or as the local admin "Admin" (no PIN: the CLI is for the office's scripts on
the admin's own machine). An operator without a PIN hash cannot sign in to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from desktop_app.core.errors import InvalidField, NotAllowed, NotFound
from desktop_app.core.names import clean_name
from desktop_app.core.pin import (
    LOCK_SECONDS,
    OperatorLocked,
    WrongPin,
    check_pin_format,
    hash_pin,
    lock_state,
    pin_is_hashed,
    verify_pin,
)
from desktop_app.services.operators.info import LOCAL_ADMIN as LOCAL_ADMIN
from desktop_app.services.operators.info import OperatorInfo as OperatorInfo
from desktop_app.services.roles import require_admin
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEntry, Operator
from desktop_app.storage.types import utcnow
from desktop_app.storage.write_lock import write_transaction

ROLES = ("admin", "desk")
NAME_MAX = 100
# A good PIN, a reset by an admin or an unlock end a run of wrong tries.
_RESETS = ("sign_in", "unlock", "set_pin")


@dataclass(frozen=True)
class OperatorRow:
    """An operator as the settings page lists them."""

    id: int
    name: str
    role: str
    active: bool
    has_pin: bool


def _info(op: Operator) -> OperatorInfo:
    return OperatorInfo(op.id, op.name, op.role)


@cache
def _decoy_hash() -> str:
    # Checked against when the name is unknown, so a wrong name costs as long as a wrong PIN.
    return hash_pin("00000000")


class OperatorService:
    """Finding, creating and signing in operators; every change is in the audit log."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock

    def _audit(self, s: DbSession, action: str, target: int | None, by: int | None, **details: Any) -> None:
        s.add(
            AuditEntry(
                at=self._clock(),
                operator_id=by,
                action=action,
                entity="operator",
                entity_id=target,
                details=details or None,
            )
        )

    # -- looking up --------------------------------------------------------------------------------

    def local_admin(self) -> OperatorInfo:
        """The admin the command line acts as when no operator is named (created on first use)."""
        with self._db.transaction() as s:
            op = s.scalar(select(Operator).where(Operator.name == LOCAL_ADMIN))
            if op is None:
                op = Operator(name=LOCAL_ADMIN, role="admin")
                s.add(op)
                s.flush()
            return _info(op)

    def get(self, operator_id: int) -> OperatorInfo:
        """The operator with this id, or NotFound."""
        with self._db.session() as s:
            op = s.get(Operator, operator_id)
            if op is None:
                raise NotFound("operator", operator_id)
            return _info(op)

    def by_name(self, name: str) -> OperatorInfo | None:
        """An active operator with this name, if any."""
        with self._db.session() as s:
            op = s.scalar(select(Operator).where(Operator.name == name, Operator.active))
            return _info(op) if op else None

    def ensure(self, name: str, role: str = "desk") -> OperatorInfo:
        """The operator with this name, created with `role` (and no PIN) if new."""
        found = self.by_name(name)
        if found:
            return found
        with self._db.transaction() as s:
            op = Operator(name=name, role=role)
            s.add(op)
            s.flush()
            return _info(op)

    def list_operators(self, include_inactive: bool = True) -> list[OperatorRow]:
        """Every operator by name (the settings page), or only the active ones."""
        query = select(Operator).order_by(func.lower(Operator.name))
        if not include_inactive:
            query = query.where(Operator.active)
        with self._db.session() as s:
            return [
                OperatorRow(op.id, op.name, op.role, op.active, pin_is_hashed(op.pin_hash))
                for op in s.scalars(query)
            ]

    def sign_in_choices(self) -> list[OperatorRow]:
        """The operators who can sign in to the window: active and with a PIN."""
        return [row for row in self.list_operators(include_inactive=False) if row.has_pin]

    def needs_first_admin(self) -> bool:
        """True until an active admin with a PIN exists (the window then asks to create one)."""
        return not any(row.role == "admin" for row in self.sign_in_choices())

    # -- changing ----------------------------------------------------------------------------------

    def _check_new_name(self, s: DbSession, name: str, reuse: Operator | None = None) -> str:
        clean = clean_name(name)
        if not clean:
            raise InvalidField("name", "required")
        if len(clean) > NAME_MAX:
            raise InvalidField("name", "too_long", str(NAME_MAX))
        same = s.scalar(select(Operator).where(func.lower(Operator.name) == clean.lower()))
        if same is not None and same is not reuse:
            raise InvalidField("name", "taken", clean)
        return clean

    def create_admin(self, name: str, pin: str) -> OperatorInfo:
        """The first admin, at the first start of the window (refused once one exists).

        A PIN-less operator of the same name (the command line's local admin) becomes that admin.
        """
        check_pin_format(pin)
        if not self.needs_first_admin():
            raise NotAllowed("create the first admin")
        pin_hash = hash_pin(pin)
        with self._db.transaction() as s:
            existing = s.scalar(select(Operator).where(func.lower(Operator.name) == clean_name(name).lower()))
            reuse = existing if existing is not None and not pin_is_hashed(existing.pin_hash) else None
            clean = self._check_new_name(s, name, reuse)
            op = reuse or Operator(name=clean)
            op.name, op.role, op.pin_hash, op.active = clean, "admin", pin_hash, True
            s.add(op)
            s.flush()
            self._audit(s, "create", op.id, op.id, name=clean, role="admin", first_admin=True)
            return _info(op)

    def add_operator(self, name: str, pin: str, by: int | None, role: str = "desk") -> OperatorInfo:
        """A new operator who signs in with `pin` (admins only)."""
        require_admin(self._db, by, "add operators")
        if role not in ROLES:
            raise InvalidField("role", "unknown", role)
        pin_hash = hash_pin(check_pin_format(pin))
        with self._db.transaction() as s:
            clean = self._check_new_name(s, name)
            op = Operator(name=clean, role=role, pin_hash=pin_hash, active=True)
            s.add(op)
            s.flush()
            self._audit(s, "create", op.id, by, name=clean, role=role)
            return _info(op)

    def set_pin(self, operator_id: int, pin: str, by: int | None) -> None:
        """A new PIN, set by an admin or by the operator themself; it also ends a lockout."""
        if by != operator_id:
            require_admin(self._db, by, "reset another operator's PIN")
        pin_hash = hash_pin(check_pin_format(pin))
        with self._db.transaction() as s:
            op = s.get(Operator, operator_id)
            if op is None:
                raise NotFound("operator", operator_id)
            op.pin_hash = pin_hash
            self._audit(s, "set_pin", op.id, by, name=op.name)

    def set_active(self, operator_id: int, active: bool, by: int | None) -> None:
        """Deactivate (cannot sign in any more; their records stay) or reactivate (admins only)."""
        require_admin(self._db, by, "deactivate operators")
        with self._db.transaction() as s:
            op = s.get(Operator, operator_id)
            if op is None:
                raise NotFound("operator", operator_id)
            if op.active == active:
                return
            if not active and operator_id == by:
                raise InvalidField("operator", "self")
            if not active and op.role == "admin" and pin_is_hashed(op.pin_hash):
                others = s.scalar(
                    select(func.count(Operator.id)).where(
                        Operator.role == "admin",
                        Operator.active,
                        Operator.pin_hash.like("scrypt$%"),
                        Operator.id != op.id,
                    )
                )
                if not others:
                    raise InvalidField("operator", "last_admin")
            op.active = active
            self._audit(s, "activate" if active else "deactivate", op.id, by, name=op.name)

    def deactivate(self, operator_id: int, by: int | None) -> None:
        """The operator can no longer sign in; what they recorded keeps their name."""
        self.set_active(operator_id, False, by)

    # -- signing in --------------------------------------------------------------------------------

    def _failures(self, s: DbSession, operator_id: int) -> list[datetime]:
        recent = s.execute(
            select(AuditEntry.action, AuditEntry.at)
            .where(
                AuditEntry.entity == "operator",
                AuditEntry.entity_id == operator_id,
                AuditEntry.action.in_(("sign_in_failed", *_RESETS)),
            )
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(200)
        ).all()
        failures = []
        for action, at in recent:
            if action in _RESETS:
                break
            failures.append(at)
        return failures[::-1]

    def tries_left(self, operator_id: int) -> int:
        """Wrong PINs left before the lock (0 while locked)."""
        with self._db.session() as s:
            state = lock_state(self._failures(s, operator_id), self._clock())
        return 0 if state.locked_seconds else state.tries_left

    def sign_in(self, name: str, pin: str) -> OperatorInfo:
        """The active operator `name` if `pin` is theirs.

        Raises:
            WrongPin: the name or PIN is wrong (counted; the 5th in a row locks for 60 s).
            OperatorLocked: too many wrong PINs lately; nothing was checked.
        """
        with self._db.session() as s:
            op = s.scalar(select(Operator).where(Operator.name == name, Operator.active))
            operator_id = op.id if op else None
        if operator_id is None:
            verify_pin(pin, _decoy_hash())
            raise WrongPin(0)
        return self._check(operator_id, pin, "sign_in")

    def unlock(self, operator_id: int, pin: str) -> OperatorInfo:
        """The same check as `sign_in`, for the lock screen of the operator already signed in."""
        return self._check(operator_id, pin, "unlock")

    def _check(self, operator_id: int, pin: str, action: str) -> OperatorInfo:
        # One transaction holding the write lock from the start: the count of wrong PINs read here
        # is the one the new try is added to, so simultaneous tries cannot all see "5 left".
        with write_transaction(self._db) as s:
            op = s.get(Operator, operator_id)
            if op is None or not op.active:
                raise WrongPin(0)
            info, stored = _info(op), op.pin_hash
            state = lock_state(self._failures(s, operator_id), self._clock())
            if state.locked_seconds:
                raise OperatorLocked(state.locked_seconds)
            right = verify_pin(pin, stored)
            left = state.tries_left - 1
            if right:
                self._audit(s, action, info.id, info.id)
            else:
                # Who typed it is not known: the entry names the operator only as its subject.
                self._audit(
                    s, "sign_in_failed", info.id, None, **({} if left else {"locked_seconds": LOCK_SECONDS})
                )
        if right:
            return info
        if left == 0:
            raise OperatorLocked(LOCK_SECONDS)
        raise WrongPin(left)
