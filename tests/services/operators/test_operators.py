"""Operators: the first admin, desk operators with PINs, sign-in, lockout; every change audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.core.errors import InvalidField, NotAllowed
from desktop_app.core.pin import OperatorLocked, WrongPin
from desktop_app.services.operators.service import LOCAL_ADMIN, OperatorService
from desktop_app.storage.models import AuditEntry, Operator


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2021, 2, 16, 1, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def operators(services, clock) -> OperatorService:  # type: ignore[no-untyped-def]
    return OperatorService(services.db, clock=clock)


def stored(services, name: str) -> Operator:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        op = s.scalar(select(Operator).where(Operator.name == name))
        s.expunge(op)
        return op


def audit(services) -> list[tuple[str, str, int | None, int | None, dict | None]]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return [
            (e.action, e.entity, e.entity_id, e.operator_id, e.details)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_an_empty_database_needs_a_first_admin_who_gets_a_hashed_pin(services, operators) -> None:
    assert operators.needs_first_admin()

    sri = operators.create_admin("  Sri   Wahyuni ", "2468")

    assert (sri.name, sri.role) == ("Sri Wahyuni", "admin")
    row = stored(services, "Sri Wahyuni")
    assert row.pin_hash.startswith("scrypt$16384$8$1$") and "2468" not in row.pin_hash
    assert not operators.needs_first_admin()
    assert audit(services) == [
        ("create", "operator", sri.id, sri.id, {"first_admin": True, "name": "Sri Wahyuni", "role": "admin"})
    ]
    with pytest.raises(NotAllowed):  # only once: later admins are added by an admin
        operators.create_admin("Budi", "1357")


def test_the_command_lines_local_admin_becomes_the_first_admin(services, operators) -> None:
    local = operators.local_admin()  # a PIN-less "Admin" from an earlier command
    assert operators.needs_first_admin()

    admin = operators.create_admin(LOCAL_ADMIN, "97531")

    assert admin.id == local.id
    assert stored(services, LOCAL_ADMIN).pin_hash.startswith("scrypt$")


def test_sign_in_with_the_right_pin_and_not_with_a_wrong_one(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    rina = operators.add_operator("Rina", "1357", admin.id)

    assert operators.sign_in("Rina", "1357") == rina
    with pytest.raises(WrongPin) as caught:
        operators.sign_in("Rina", "7531")
    assert caught.value.tries_left == 4
    with pytest.raises(WrongPin):
        operators.sign_in("Nobody", "1357")

    actions = [(a, target, by) for a, _, target, by, _ in audit(services)]
    assert actions[-2:] == [("sign_in", rina.id, rina.id), ("sign_in_failed", rina.id, None)]


def test_five_wrong_pins_lock_the_operator_for_a_minute(services, operators, clock) -> None:
    admin = operators.create_admin("Sri", "2468")
    operators.add_operator("Rina", "1357", admin.id)

    left = []
    for _ in range(4):
        with pytest.raises(WrongPin) as caught:
            operators.sign_in("Rina", "0000")
        left.append(caught.value.tries_left)
        clock.advance(1)
    with pytest.raises(OperatorLocked) as locked:
        operators.sign_in("Rina", "0000")

    assert left == [4, 3, 2, 1]
    assert locked.value.seconds == 60
    clock.advance(30)
    with pytest.raises(OperatorLocked) as still:  # even the right PIN waits
        operators.sign_in("Rina", "1357")
    assert still.value.seconds == 30
    assert operators.sign_in("Sri", "2468").name == "Sri"  # others are not locked
    clock.advance(31)
    assert operators.sign_in("Rina", "1357").name == "Rina"
    failed = [d for a, _, _, _, d in audit(services) if a == "sign_in_failed"]
    assert failed == [None, None, None, None, {"locked_seconds": 60}]


def test_a_pin_reset_by_the_admin_ends_the_lock(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    rina = operators.add_operator("Rina", "1357", admin.id)
    for _ in range(5):
        with pytest.raises(NotAllowed):
            operators.sign_in("Rina", "0000")
    assert operators.tries_left(rina.id) == 0

    operators.set_pin(rina.id, "864200", admin.id)

    assert operators.sign_in("Rina", "864200") == rina
    with pytest.raises(WrongPin):
        operators.sign_in("Rina", "1357")
    assert ("set_pin", "operator", rina.id, admin.id, {"name": "Rina"}) in audit(services)


def test_a_desk_operator_may_change_only_their_own_pin(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    rina = operators.add_operator("Rina", "1357", admin.id)
    budi = operators.add_operator("Budi", "9753", admin.id)

    operators.set_pin(rina.id, "2222", rina.id)
    with pytest.raises(NotAllowed):
        operators.set_pin(budi.id, "3333", rina.id)

    assert operators.sign_in("Rina", "2222") == rina
    assert operators.sign_in("Budi", "9753") == budi


def test_a_deactivated_operator_cannot_sign_in_and_keeps_their_name(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    rina = operators.add_operator("Rina", "1357", admin.id)

    operators.deactivate(rina.id, admin.id)

    with pytest.raises(WrongPin):
        operators.sign_in("Rina", "1357")
    assert [r.name for r in operators.sign_in_choices()] == ["Sri"]
    assert [(r.name, r.active) for r in operators.list_operators()] == [("Rina", False), ("Sri", True)]
    operators.set_active(rina.id, True, admin.id)
    assert operators.sign_in("Rina", "1357") == rina
    actions = [a for a, *_ in audit(services)]
    assert actions[-3:] == ["deactivate", "activate", "sign_in"]


def test_the_last_admin_and_oneself_cannot_be_deactivated(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    second = operators.add_operator("Budi", "1357", admin.id, role="admin")
    script = operators.local_admin()  # the command line's admin has no PIN

    with pytest.raises(InvalidField) as own:
        operators.deactivate(admin.id, admin.id)
    assert own.value.problem == "self"
    operators.deactivate(second.id, admin.id)
    with pytest.raises(InvalidField) as last:  # nobody would be left to sign in as admin
        operators.deactivate(admin.id, script.id)
    assert last.value.problem == "last_admin"
    assert not operators.needs_first_admin()
    assert [(r.name, r.active) for r in operators.list_operators()] == [
        ("Admin", True),
        ("Budi", False),
        ("Sri", True),
    ]


def test_names_are_required_and_unique_whatever_the_case(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    operators.add_operator("Rina", "1357", admin.id)

    for name, problem in (("", "required"), ("   ", "required"), ("rina", "taken"), ("x" * 101, "too_long")):
        with pytest.raises(InvalidField) as caught:
            operators.add_operator(name, "1357", admin.id)
        assert (caught.value.field, caught.value.problem) == ("name", problem)
    with pytest.raises(InvalidField) as bad_pin:
        operators.add_operator("Budi", "12", admin.id)
    assert bad_pin.value.field == "pin"
    assert [r.name for r in operators.list_operators()] == ["Rina", "Sri"]


def test_only_an_admin_adds_operators(services, operators) -> None:
    admin = operators.create_admin("Sri", "2468")
    rina = operators.add_operator("Rina", "1357", admin.id)

    with pytest.raises(NotAllowed):
        operators.add_operator("Budi", "9753", rina.id)
    with pytest.raises(NotAllowed):
        operators.add_operator("Budi", "9753", None)
    with pytest.raises(NotAllowed):
        operators.deactivate(admin.id, rina.id)
    assert [r.name for r in operators.list_operators()] == ["Rina", "Sri"]


def test_no_pin_or_hash_ever_reaches_the_audit_log(services, operators) -> None:
    admin = operators.create_admin("Sri", "24681357")
    rina = operators.add_operator("Rina", "13572468", admin.id)
    operators.set_pin(rina.id, "11223344", admin.id)
    with pytest.raises(WrongPin):
        operators.sign_in("Rina", "99887766")

    text = repr(audit(services))
    for secret in ("24681357", "13572468", "11223344", "99887766", "scrypt"):
        assert secret not in text


def test_pin_less_operators_cannot_sign_in(services, operators) -> None:
    operators.create_admin("Sri", "2468")
    clerk = operators.ensure("Script Operator")  # created without a PIN (the command line's way)

    assert [r.name for r in operators.sign_in_choices()] == ["Sri"]
    with pytest.raises(WrongPin):
        operators.unlock(clerk.id, "")
