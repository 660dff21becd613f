"""A restore that fails after the live database was overwritten puts the previous one back.

The swap writes the checked scratch copy into the live file; if that or the audit entry that
ends the restore fails, the copy kept just before (`before-restore`) is written back, and the
database is the one it was, usable at once and after a restart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.backup import _restore
from desktop_app.services.backup import service as backup_service
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import AuditEntry, Person
from desktop_app.storage.target import open_target

pytestmark = pytest.mark.sqlite_only  # the file swap; a server restores in one transaction


class SwapFailed(OSError):
    """The failure the test injects after the live file was overwritten."""


def names(services) -> set[str]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return set(s.scalars(select(Person.name)))


@pytest.fixture
def world(services, admin, make_session, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A backup holding only 'Pagi'; the live database then holds 'Pagi' and 'Siang'."""
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name="Pagi Hari"), admin.id)
    backup = services.backups.backup_to(tmp_path / "pagi.db", admin)
    _, session_id = make_session(capacity=10)
    with services.db.transaction() as s:
        siang = services.people.create_person(s, WalkInDraft(name="Siang Hari"), admin.id).id
    return backup, session_id, siang


def assert_previous_database_is_back(services, admin, session_id: int, siang: int, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert names(services) == {"Pagi Hari", "Siang Hari"}
    with services.db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "restore")) == 0
    # usable at once: a check-in is written and found
    result = services.checkin.admit(AdmitRequest(session_id, siang, ScreeningAnswers(36.5)), admin)
    assert (result.name, result.attended) == ("Siang Hari", 1)
    assert [h.name for h in services.checkin.search(session_id, "siang")] == ["Siang Hari"]
    # and after a restart
    services.close()
    again = Services(open_target(str(db_path)))
    try:
        assert names(again) == {"Pagi Hari", "Siang Hari"}
    finally:
        again.close()


def test_the_swap_failing_after_it_overwrote_the_file_puts_the_previous_database_back(
    services, admin, world, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, session_id, siang = world
    real_copy = _restore.copy_into
    calls: list[Path] = []

    def copy_then_fail(source: Path, target: Path, key: bytes | None = None) -> None:
        real_copy(source, target, key)
        if target != db_path:
            return  # the scratch copy being made
        calls.append(source)
        if len(calls) == 1:  # the swap itself: the live file now holds the backup, then it fails
            assert names(services) == {"Pagi Hari"}
            raise SwapFailed("the disk went away during the swap")

    monkeypatch.setattr(_restore, "copy_into", copy_then_fail)
    with pytest.raises(SwapFailed):
        services.backups.restore(backup, admin)
    assert len(calls) == 2 and "before-restore" in calls[1].name  # written back from the kept copy
    assert_previous_database_is_back(services, admin, session_id, siang, db_path)


def test_the_restores_last_step_failing_puts_the_previous_database_back(
    services, admin, world, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, session_id, siang = world
    real_record = backup_service.record

    def record(s, action, *args, **kw):  # type: ignore[no-untyped-def]
        if action == "restore":
            raise SwapFailed("the audit entry could not be written")
        return real_record(s, action, *args, **kw)

    monkeypatch.setattr(backup_service, "record", record)
    with pytest.raises(SwapFailed):
        services.backups.restore(backup, admin)
    assert_previous_database_is_back(services, admin, session_id, siang, db_path)
