"""Opening a server database: migrated on first open, refused when newer or not Hadir's, unchanged then."""

from __future__ import annotations

import psycopg
import pytest

from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage import migrate
from desktop_app.storage.postgres.url import masked
from desktop_app.storage.target import open_target


def test_an_empty_server_database_is_migrated_with_its_search_index(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database("hadir_open_fresh")
    db = open_target(url)
    db.close()
    with psycopg.connect(url) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
        )
        indexes = {
            r[0]
            for r in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename IN ('attendance', 'person_search')"
            )
        }
        where = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_attendance_active'"
        ).fetchone()[0]
    assert {"uq_attendance_active", "ix_person_search_doc"} <= indexes
    assert "WHERE (undone_at IS NULL)" in where  # the partial unique index on active admissions
    pg_server.drop_database("hadir_open_fresh")


def test_a_database_from_a_newer_hadir_is_refused_and_left_alone(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseProblem) as err:
        open_target(pg_url)
    assert err.value.kind == "too_new"
    assert err.value.path == masked(pg_url) and "***" in err.value.path
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"


def test_another_applications_database_is_refused(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database("hadir_open_other")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(DatabaseProblem) as err:
        open_target(url)
    assert err.value.kind == "not_hadir"
    with psycopg.connect(url) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"invoices"}
    pg_server.drop_database("hadir_open_other")


def test_a_malformed_address_is_bad_input_without_the_password() -> None:
    from desktop_app.core.errors import InvalidInput

    with pytest.raises(InvalidInput) as err:
        open_target("postgresql://hadir:rahasia@localhost:5432")
    assert "rahasia" not in str(err.value)
