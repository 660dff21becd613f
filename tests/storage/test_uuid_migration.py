"""Migration 0011_uuid: existing rows get a uuid every copy agrees on; new rows, whoever writes them, get one."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from storage_helpers import add_event_and_session, add_person

from desktop_app.storage import migrate
from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.database import open_database
from desktop_app.storage.engine import make_engine
from desktop_app.storage.models import Organization, Person

TABLES = (
    "event",
    "session",
    "person",
    "organization",
    "invitation",
    "attendance",
    "screening",
    "certificate",
    "operator",
    "audit_entry",
)


def _uuids(path: Path) -> dict[str, list[tuple[int, str]]]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT id, uuid FROM {t} ORDER BY id").fetchall() for t in TABLES}


def test_two_copies_of_an_old_database_migrated_apart_agree_on_every_uuid(tmp_path: Path) -> None:
    old = tmp_path / "office.db"
    engine = make_engine(old)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0003")
    engine.dispose()
    with closing(sqlite3.connect(old)) as conn, conn:
        conn.execute(
            "INSERT INTO event (id, title, organizer, created_at) VALUES (1, 'Sosialisasi', 'Disdagkop', '2021-02-01T01:00:00.000000+00:00')"
        )
        conn.execute(
            "INSERT INTO event (id, title, organizer, created_at) VALUES (2, 'Kedua', 'Disdagkop', '2021-02-01T01:00:00.000000+00:00')"
        )
        conn.execute(
            "INSERT INTO person (id, nik, name, created_at, updated_at) VALUES (1, '3311010101850001', 'Budi', "
            "'2021-02-01T01:00:00.000000+00:00', '2021-02-01T01:00:00.000000+00:00')"
        )
    laptop = tmp_path / "laptop.db"
    shutil.copy(old, laptop)
    for path in (old, laptop):
        open_database(path).close()
    office_ids, laptop_ids = _uuids(old), _uuids(laptop)
    assert office_ids == laptop_ids
    events = [u for _, u in office_ids["event"]]
    assert len(set(events)) == 2 and all(len(u) == 36 for u in events)
    assert len(office_ids["person"]) == 1 and office_ids["person"][0][1]


def test_new_rows_get_a_fresh_uuid_through_the_models_and_the_bulk_path(db_path: Path) -> None:
    db = open_database(db_path)
    add_event_and_session(db)
    add_person(db)
    with db.engine.begin() as conn:
        insert_rows(
            conn,
            Organization.__table__,
            ("name", "name_key", "kind", "created_at"),
            [("Koperasi A", "koperasi a", "koperasi", "2021-02-01T01:00:00.000000+00:00")],
        )
        insert_rows(
            conn,
            Person.__table__,
            ("name", "created_at", "updated_at"),
            [("Sri", "2021-02-01T01:00:00.000000+00:00", "2021-02-01T01:00:00.000000+00:00")],
        )
    db.close()
    found = _uuids(db_path)
    for table in ("event", "session", "person", "organization", "audit_entry"):
        assert all(u for _, u in found[table]), table
    people = [u for _, u in found["person"]]
    assert len(people) == 2 and len(set(people)) == 2
