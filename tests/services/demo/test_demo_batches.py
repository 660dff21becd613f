"""`hadir demo` writes in short transactions and is still all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.services.demo import service as demo_service
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.models import (
    Attendance,
    Event,
    Invitation,
    Organization,
    Person,
    Screening,
    Session,
    WriteJournal,
    WriteJournalRow,
)

MODELS = (
    Event,
    Session,
    Organization,
    Person,
    Invitation,
    Screening,
    Attendance,
    WriteJournal,
    WriteJournalRow,
)


def counts(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in MODELS}


def test_a_demo_failing_in_its_third_transaction_leaves_nothing(services, admin, monkeypatch) -> None:
    generate_demo(services.db, services.district, people=45, operator_id=admin.id)  # what was there
    before = counts(services)
    monkeypatch.setattr(demo_service, "SESSIONS_PER_WRITE", 1)  # 30 people a transaction
    written = []

    def progress(done: int, total: int) -> None:
        written.append(done)
        if len(written) == 2:
            raise KeyboardInterrupt  # the operator pressed Ctrl+C after two batches were committed

    with pytest.raises(KeyboardInterrupt):
        generate_demo(
            services.db, services.district, people=300, seed=5, operator_id=admin.id, progress=progress
        )
    assert written == [30, 60]
    assert counts(services) == before
    # and the registry still takes new people and a whole demo afterwards
    result = generate_demo(services.db, services.district, people=90, seed=5, operator_id=admin.id)
    assert (result.people, result.sessions) == (90, 3)
    assert counts(services)["person"] == before["person"] + 90
