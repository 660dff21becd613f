"""Simultaneous wrong PINs: the lockout counts every try, however many arrive at once.

Before, each try read "5 tries left" before any of them had written its failure, so 12 wrong
PINs at once were all checked and the right PIN was still accepted afterwards.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from desktop_app.core.pin import MAX_FAILURES, OperatorLocked, WrongPin
from desktop_app.services.operators.service import OperatorService
from desktop_app.storage.models import AuditEntry

TRIES = 12


def test_twelve_simultaneous_wrong_pins_lock_the_operator(services) -> None:  # type: ignore[no-untyped-def]
    operators = OperatorService(services.db)
    admin = operators.create_admin("Sri Admin", "2468")
    operators.add_operator("Rina", "1357", admin.id)
    start = threading.Barrier(TRIES)

    def wrong_pin(n: int) -> str:
        start.wait()
        try:
            operators.sign_in("Rina", f"{9000 + n}")
        except WrongPin:
            return "checked"
        except OperatorLocked:
            return "locked"
        return "signed in"

    with ThreadPoolExecutor(TRIES) as pool:
        outcomes = list(pool.map(wrong_pin, range(TRIES)))

    assert "signed in" not in outcomes
    with services.db.session() as s:
        failures = s.scalar(select(func.count()).where(AuditEntry.action == "sign_in_failed"))
    assert failures == MAX_FAILURES  # only five were checked; the rest met the lock
    assert outcomes.count("checked") == MAX_FAILURES - 1  # the fifth wrong PIN answers "locked"
    with pytest.raises(OperatorLocked):
        operators.sign_in("Rina", "1357")
