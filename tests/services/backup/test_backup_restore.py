"""Backups and restore: copies that open, a restore that checks first and loses nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import DatabaseProblem
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.database import open_database
from desktop_app.storage.models import AuditEntry, Person


def person_names(services) -> set[str]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return set(s.scalars(select(Person.name)))


def add_person(services, admin, name: str) -> None:  # type: ignore[no-untyped-def]
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name=name), admin.id)


def test_backup_is_a_database_that_opens_with_the_same_people(services, admin, tmp_path: Path) -> None:
    add_person(services, admin, "Sri Wahyuni")
    target = services.backups.backup_to(tmp_path / "salinan.db", admin)
    copy = open_database(target)
    with copy.session() as s:
        assert list(s.scalars(select(Person.name))) == ["Sri Wahyuni"]
    copy.close()
    with services.db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "backup")) == 1


def test_restore_brings_back_the_backup_and_keeps_the_current_database(
    services, admin, tmp_path: Path
) -> None:
    add_person(services, admin, "Sri Wahyuni")
    backup = services.backups.backup_to(tmp_path / "pagi.db", admin)
    add_person(services, admin, "Tamu Siang")
    result = services.backups.restore(backup, admin)
    assert person_names(services) == {"Sri Wahyuni"}
    kept = open_database(result.previous_backup)
    with kept.session() as s:
        assert set(s.scalars(select(Person.name))) == {"Sri Wahyuni", "Tamu Siang"}
    kept.close()
    with services.db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "restore")) == 1
    # The restored database is fully usable: writes and the search index work.
    add_person(services, admin, "Budi Santoso")
    assert [h.name for h in services.checkin.search(1, "santoso")] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"garbage" * 200, "corrupt"),
        (b"", "not_hadir"),
    ],
)
def test_restore_refuses_garbage_and_changes_nothing(services, admin, tmp_path: Path, content, kind) -> None:
    add_person(services, admin, "Sri Wahyuni")
    bad = tmp_path / "rusak.db"
    bad.write_bytes(content)
    on_file = services.db.server is None
    before = services.db.path.read_bytes() if on_file else None
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(bad, admin)
    assert err.value.kind == kind and err.value.exit_code == 2
    assert person_names(services) == {"Sri Wahyuni"}
    if on_file:
        assert services.db.path.read_bytes() == before


def test_restore_refuses_another_applications_database(services, admin, tmp_path: Path) -> None:
    other = tmp_path / "lain.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(other, admin)
    assert err.value.kind == "not_hadir"


def test_restore_refuses_a_database_from_a_newer_hadir(services, admin, tmp_path: Path) -> None:
    newer = services.backups.backup_to(tmp_path / "baru.db", admin)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(newer, admin)
    assert err.value.kind == "too_new"


def test_daily_backup_once_a_day_and_only_the_last_ones_kept(services, tmp_path: Path) -> None:
    day = datetime(2021, 2, 16, 1, tzinfo=UTC)
    first = services.backups.daily_backup(now=day)
    assert first is not None and first.exists()
    assert services.backups.daily_backup(now=day + timedelta(hours=5)) is None  # same day: no second copy
    for n in range(1, 6):
        services.backups.daily_backup(keep=3, now=day + timedelta(days=n))
    kept = sorted(p.name for p in services.backups.backup_dir.glob("hadir-*-daily.db"))
    assert len(kept) == 3 and kept[-1].startswith("hadir-20210221")
