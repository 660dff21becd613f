"""The head schema Hadir ships (storage/schema_head.json) is exactly what its migrations make."""

from __future__ import annotations

import json

from desktop_app.storage import migrate, schema_check


def test_the_shipped_head_schema_is_what_the_migrations_make() -> None:
    data = json.loads(schema_check.HEAD_SCHEMA.read_text(encoding="utf-8"))
    built = schema_check.build_reference(migrate.head_revision())
    stored = {(kind, name): (table, sql) for kind, name, table, sql in data["objects"]}
    hint = "run `python -m desktop_app.storage.schema_check` after adding a migration"
    assert data["revision"] == migrate.head_revision(), hint
    assert stored == built, hint


def test_a_current_database_is_checked_without_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from desktop_app.storage.database import open_database

    open_database(tmp_path / "hadir.db").close()
    probe = (
        "import sys; from pathlib import Path\n"
        "from desktop_app.storage import schema_check, migrate\n"
        "schema_check.check_file(Path(sys.argv[1]), migrate.head_revision())\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "hadir.db")], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
