"""Migration 0008_privacy: person edits logged before it lose the digits the masked NIK hides."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from desktop_app.storage import migrate
from desktop_app.storage.database import open_database
from desktop_app.storage.engine import make_engine


def test_an_older_database_has_its_logged_nik_digits_masked_on_upgrade(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0003")
    engine.dispose()
    old = {
        "nik": "3311********0001",
        "changed": {
            "birth_date": ["1990-01-01", "1985-12-05"],
            "kecamatan": ["Weru", None],
            "desa": [None, "X"],
        },
    }
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO audit_entry (at, action, entity, entity_id, details) VALUES (?, 'update', 'person', 1, ?)",
            ("2021-02-16T01:00:00.000000+00:00", json.dumps(old)),
        )

    open_database(db_path).close()

    with sqlite3.connect(db_path) as conn:
        [details] = conn.execute("SELECT details FROM audit_entry WHERE entity = 'person'").fetchone()
        [revision] = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == migrate.head_revision()
    assert json.loads(details) == {
        "nik": "3311********0001",
        "changed": {"birth_date": ["***", "***"], "kecamatan": ["***", None], "desa": [None, "X"]},
    }
