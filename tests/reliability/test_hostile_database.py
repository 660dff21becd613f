"""A database file from elsewhere (restore, --db) that carries its own triggers, views or changed tables.

SQLite runs a trigger it finds in a file as if Hadir had written it, so such a file must be refused
before it is used: exit 2, a sentence naming what is foreign, the current database untouched.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.core.errors import DatabaseProblem
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Attendance, Person

SWALLOW_CHECKINS = "CREATE TRIGGER keep_quiet AFTER INSERT ON attendance BEGIN DELETE FROM attendance; END"
PROMOTE = "CREATE TRIGGER promote AFTER UPDATE ON operator BEGIN UPDATE operator SET role = 'admin'; END"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(services) -> object:  # type: ignore[no-untyped-def]
    """The file's bytes on SQLite; on a server (no file) the people and admissions it holds."""
    if services.db.server is None:
        return digest(services.db.path)
    with services.db.session() as s:
        return people(services), s.scalar(select(func.count()).select_from(Attendance))


def people(services) -> set[str]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return set(s.scalars(select(Person.name)))


def add(services, admin, name: str) -> None:  # type: ignore[no-untyped-def]
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name=name), admin.id)


def tampered(services, admin, tmp_path: Path, *statements: str) -> Path:  # type: ignore[no-untyped-def]
    path = services.backups.backup_to(tmp_path / "kiriman.db", admin)
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    return path


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        (SWALLOW_CHECKINS, "trigger keep_quiet"),
        (PROMOTE, "trigger promote"),
        ("CREATE VIEW everyone AS SELECT nik FROM person", "view everyone"),
        ("CREATE TABLE notes (text TEXT)", "table notes"),
        ("CREATE INDEX person_by_phone ON person (phone)", "index person_by_phone"),
        ("DROP TRIGGER person_search_delete", "trigger person_search_delete"),
    ],
)
def test_restore_refuses_a_file_with_a_foreign_schema_object(
    services, admin, tmp_path: Path, statement: str, named: str
) -> None:
    add(services, admin, "Sri Wahyuni")
    hostile = tampered(services, admin, tmp_path, statement)
    add(services, admin, "Tamu Siang")
    before = fingerprint(services)
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(hostile, admin)
    assert err.value.kind == "foreign_schema" and err.value.exit_code == 2
    assert named in err.value.message
    assert fingerprint(services) == before
    assert people(services) == {"Sri Wahyuni", "Tamu Siang"}


def test_restore_refuses_a_changed_table(services, admin, tmp_path: Path) -> None:
    # A table rebuilt with a default that quietly makes every new operator an admin.
    hostile = tampered(
        services,
        admin,
        tmp_path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'role VARCHAR(10) NOT NULL', "
        "'role VARCHAR(10) NOT NULL DEFAULT ''admin''') "
        "WHERE name = 'operator'",
    )
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(hostile, admin)
    assert err.value.kind == "foreign_schema"
    assert "changed: table operator" in err.value.message


def test_a_file_with_hadirs_marks_but_missing_tables_is_refused_and_the_database_still_works(
    services, admin, tmp_path: Path
) -> None:
    add(services, admin, "Sri Wahyuni")
    hollow = tampered(services, admin, tmp_path, "DROP TABLE attendance", "DROP TABLE screening")
    before = fingerprint(services)
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(hollow, admin)
    assert err.value.exit_code == 2 and "missing: " in err.value.message
    assert "table attendance" in err.value.message
    assert fingerprint(services) == before
    # Every later command still works, a good restore included.
    good = services.backups.backup_to(tmp_path / "baik.db", admin)
    add(services, admin, "Tamu Siang")
    services.backups.restore(good, admin)
    assert people(services) == {"Sri Wahyuni"}
    assert not list(services.db.path.parent.glob("*.restore.db*"))  # no scratch copy left


def test_restore_refuses_a_file_that_fails_integrity_check(services, admin, tmp_path: Path) -> None:
    for n in range(300):
        add(services, admin, f"Peserta {n:03}")
    broken = services.backups.backup_to(tmp_path / "rusak.db", admin)
    with sqlite3.connect(broken) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_person_name_lower'"
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    assert root is not None, "the test needs an index to damage"
    data = bytearray(broken.read_bytes())
    offset = (root[0] - 1) * page_size
    data[offset + page_size - 600 : offset + page_size] = bytes(600)  # the index's last cells, zeroed
    broken.write_bytes(bytes(data))
    before = fingerprint(services)
    with pytest.raises(DatabaseProblem) as err:
        services.backups.restore(broken, admin)
    assert err.value.kind == "corrupt"
    assert fingerprint(services) == before


def test_opening_a_foreign_file_with_db_exits_2_and_leaves_it_untouched(
    services, admin, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tampered(services, admin, tmp_path, SWALLOW_CHECKINS)
    before = digest(hostile)
    code = main(["--db", str(hostile), "--json", "event", "list"])
    answer = capsys.readouterr().out
    assert code == 2
    assert "foreign_schema" in answer and "trigger keep_quiet" in answer
    assert digest(hostile) == before


def test_hadirs_own_database_passes_the_check_after_use(services, admin, tmp_path: Path) -> None:
    add(services, admin, "Sri Wahyuni")
    path = services.db.path
    services.close()
    reopened = open_database(path)
    with reopened.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0
    reopened.close()
