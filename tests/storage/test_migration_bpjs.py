"""Migration 0006_bpjs on a database from revision 0003: people kept, the desk's search still indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from desktop_app.storage import migrate
from desktop_app.storage.database import open_database
from desktop_app.storage.engine import make_engine

STAMP = "'2021-02-01T01:00:00.000000+00:00'"


def test_a_0003_database_gets_the_membership_table_and_keeps_its_search_triggers(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0003")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO person (id, nik, name, sex, phone, created_at, updated_at) VALUES "
            f"(1, '3311010101850001', 'Budi Santoso', 'L', '+6281234567890', {STAMP}, {STAMP})"
        )

    open_database(db_path, db_path.parent / "backups").close()

    with sqlite3.connect(db_path) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
        )
        assert conn.execute("SELECT name, bpu_interest_at FROM person").fetchall() == [("Budi Santoso", None)]
        assert conn.execute("SELECT count(*) FROM bpjs_membership").fetchone() == (0,)
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"person_search_insert", "person_search_update", "person_search_delete"} <= triggers
        # A rename after the upgrade still reaches the search index (the triggers still fire).
        conn.execute("UPDATE person SET name = 'Budi Santosa' WHERE id = 1")
        assert conn.execute(
            "SELECT name FROM person_search WHERE person_search MATCH 'Santosa'"
        ).fetchall() == [("Budi Santosa",)]
