"""Migrations run on open: a new file gets the whole schema, a current one is left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from storage_helpers import add_event_and_session, add_person, digest

from desktop_app.storage import database as database_module
from desktop_app.storage import migrate
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.engine import make_engine
from desktop_app.storage.models import Base, Event, Person, Session


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_new_file_gets_every_table_and_the_head_revision(db_path: Path) -> None:
    assert not db_path.exists()
    open_database(db_path).close()
    expected = set(Base.metadata.tables) | {"alembic_version"}
    assert expected <= _tables(db_path)
    assert {"person", "event", "session", "attendance", "invitation", "screening", "certificate"} <= expected
    assert _revision(db_path) == migrate.head_revision()


def test_the_migrations_build_exactly_what_the_models_describe(db: Database, db_path: Path) -> None:
    with db.engine.connect() as conn:
        virtual = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The search index (FTS5 tables, their shadow tables and the bulk switch) lives only in
    # migrations, on purpose: it is SQLite's, not part of the portable model.
    search_tables = (*virtual, "search_control")
    drift = [
        d
        for d in diffs
        if not (d[0] == "remove_table" and any(d[1].name.startswith(v) for v in search_tables))
    ]
    assert drift == []


def test_reopening_a_current_database_migrates_nothing_and_keeps_the_data(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path, db_path.parent / "backups")
    add_event_and_session(db)
    db.close()
    before = digest(db_path)

    def no_upgrade(_engine: object) -> None:
        raise AssertionError("a current database must not be migrated")

    monkeypatch.setattr(migrate, "upgrade_to_head", no_upgrade)
    db = open_database(db_path, db_path.parent / "backups")
    with db.session() as s:
        assert s.scalar(select(Event.title)).startswith("Sosialisasi")
    db.close()
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_data_survives_closing_and_reopening(db_path: Path) -> None:
    db = open_database(db_path)
    _, session_id = add_event_and_session(db, capacity=30)
    person_id = add_person(db, nik="3311014505850002", name="Sri Wahyuni")
    db.close()

    db = open_database(db_path)
    with db.session() as s:
        person = s.get(Person, person_id)
        assert (person.nik, person.name, person.phone) == (
            "3311014505850002",
            "Sri Wahyuni",
            "+6281234567890",
        )
        session = s.get(Session, session_id)
        assert (session.capacity, f"{session.start_time:%H:%M}", session.event.organizer) == (
            30,
            "08:30",
            "Disdagkop UKM Sukoharjo",
        )
    db.close()


def test_a_database_at_revision_0001_is_backed_up_then_upgraded_with_its_rows(db_path: Path) -> None:
    """A golden 0001 database, written with plain SQL as the first release would have."""
    engine = make_engine(db_path)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO event (id, title, organizer, created_at) VALUES (1, 'Sosialisasi', 'Disdagkop', "
            "'2021-02-01T01:00:00.000000+00:00')"
        )
        conn.execute(
            "INSERT INTO session (id, event_id, batch, date, start_time, end_time, venue, capacity, "
            "max_temp, require_mask, check_pl, timezone, seat_version, created_at) "
            "VALUES (1, 1, 1, '2021-02-16', '08:30:00.000000', '11:30:00.000000', 'Aula', 30, 37.3, "
            "1, 0, 'Asia/Jakarta', 0, "
            "'2021-02-01T01:00:00.000000+00:00')"
        )
        conn.execute(
            "INSERT INTO person (id, nik, name, sex, phone, created_at, updated_at) VALUES (1, "
            "'3311010101850001', 'Budi Santoso', 'L', '+6281234567890', '2021-02-01T01:00:00.000000+00:00', "
            "'2021-02-01T01:00:00.000000+00:00')"
        )
    assert _revision(db_path) == "0001"

    backups = db_path.parent / "backups"
    db = open_database(db_path, backups)
    with db.session() as s:
        assert s.scalar(select(Person.nik)) == "3311010101850001"
        session = s.get(Session, 1)
        assert (session.venue, session.capacity, session.event.title) == ("Aula", 30, "Sosialisasi")
    db.close()
    assert _revision(db_path) == migrate.head_revision()
    if migrate.head_revision() == "0001":
        pytest.skip("only one revision exists: nothing to migrate, so no backup to check")
    copies = list(backups.glob("hadir-*-pre-migration-0001-to-*.db"))
    assert len(copies) == 1
    assert _revision(copies[0]) == "0001"
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT name FROM person").fetchall() == [("Budi Santoso",)]


def test_the_backup_is_taken_before_the_migration_runs(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulates a newer release (head '9999') over today's database: the copy must exist first."""
    db = open_database(db_path)
    add_person(db)
    db.close()
    current = migrate.head_revision()
    backups = db_path.parent / "backups"
    seen: list[list[Path]] = []

    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda _engine: seen.append(list(backups.glob("*.db"))))
    open_database(db_path, backups).close()

    assert len(seen) == 1, "the migration should have run once"
    assert len(seen[0]) == 1, "a backup must exist when the migration starts"
    copy = seen[0][0]
    assert copy.name.endswith(f"pre-migration-{current}-to-9999.db")
    assert not list(backups.glob("*.partial"))
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT nik FROM person").fetchall() == [("3311010101850001",)]


def test_a_new_database_needs_no_backup(db_path: Path) -> None:
    open_database(db_path, db_path.parent / "backups").close()
    assert not (db_path.parent / "backups").exists()


def test_an_empty_file_is_treated_as_a_new_database(db_path: Path) -> None:
    db_path.touch()
    open_database(db_path).close()
    assert _revision(db_path) == migrate.head_revision()
    assert database_module.inspect_file(db_path).has_tables


def test_the_revisions_read_from_the_scripts_agree_with_alembic() -> None:
    from desktop_app.storage import migrate

    scripts = migrate.script_directory()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate._revisions() == {s.revision: s.down_revision for s in scripts.walk_revisions()}
    assert not migrate.is_known_revision("9999_from_a_newer_hadir")
