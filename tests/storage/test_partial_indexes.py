"""The partial indexes keep their condition on both engines without loading PostgreSQL for SQLite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from desktop_app.storage.models import Base
from desktop_app.storage.models.partial_index import for_postgresql

CONDITIONS = {
    "uq_attendance_active": "undone_at IS NULL",
    "ix_screening_unpurged_at": "purged_at IS NULL",
    "ix_audit_refusal_reasons": "action = 'screening_refused'",
}


def _indexes() -> dict[str, object]:
    return {i.name: i for t in Base.metadata.tables.values() for i in t.indexes if i.name in CONDITIONS}


def test_each_partial_index_is_created_with_its_condition_on_both_engines() -> None:
    for_postgresql()  # what opening a server database does
    indexes = _indexes()
    assert set(indexes) == set(CONDITIONS)
    for name, condition in CONDITIONS.items():
        for dialect in (sqlite.dialect(), postgresql.dialect()):
            ddl = str(CreateIndex(indexes[name]).compile(dialect=dialect))
            assert f"WHERE {condition}" in ddl, (name, dialect.name, ddl)


def test_a_command_on_a_sqlite_file_does_not_load_the_postgresql_dialect(tmp_path: Path) -> None:
    db = tmp_path / "hadir.db"
    listed = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), "--json", "event", "list"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert listed.stdout.strip() == '{"events": []}'
    # What `event list` does on the file it made: the models, the services, a query.
    probe = (
        "import sys; from pathlib import Path; from desktop_app.storage.database import open_database; "
        "from desktop_app.services.container import Services; "
        f"services = Services(open_database(Path({str(db)!r}))); services.events.list_events(); "
        "services.close(); print('sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"
