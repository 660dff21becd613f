"""0021_lean_import: the server's search text loses the digits it never answered with; one index goes."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desktop_app.services.container import Services
from desktop_app.storage import migrate
from desktop_app.storage.postgres.server import make_server_engine
from desktop_app.storage.target import open_target

NOW = "2021-02-01T01:00:00.000000+00:00"


def _at(url: str, revision: str, downgrade: bool = False) -> None:
    engine = make_server_engine(url)
    with engine.begin() as conn:
        (command.downgrade if downgrade else command.upgrade)(migrate.alembic_config(conn), revision)
    engine.dispose()


def _docs_and_indexes(url: str) -> tuple[list[str], set[str]]:
    engine = make_server_engine(url)
    with engine.connect() as conn:
        docs = list(conn.execute(text("SELECT doc FROM person_search ORDER BY person_id")).scalars())
        indexes = set(
            conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'person'")).scalars()
        )
    engine.dispose()
    return docs, indexes


def test_a_server_database_is_upgraded_and_finds_the_same_people(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database("hadir_lean_import")
    _at(url, "0020_pg_bulk_trigger")
    engine = make_server_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organization (id, name, name_key, kind, created_at) "
                "VALUES (1, 'Koperasi Maju', 'koperasi maju', 'koperasi', :now)"
            ),
            {"now": NOW},
        )
        conn.execute(
            text(
                "INSERT INTO person (id, nik, name, phone, organization_id, created_at, updated_at, attended) "
                "VALUES (1, '3311010101850001', 'Budi Santoso', '+6281234567890', 1, :now, :now, 0)"
            ),
            {"now": NOW},
        )
    engine.dispose()
    docs, indexes = _docs_and_indexes(url)
    assert docs == ["budi santoso\x1f3311010101850001\x1f81234567890\x1fkoperasi maju"]
    assert {"ix_person_organization_id", "ix_person_name"} <= indexes

    services = Services(open_target(url))  # opening migrates to the head
    try:
        docs, indexes = _docs_and_indexes(url)
        assert docs == ["budi santoso\x1fkoperasi maju"]
        assert not {"ix_person_organization_id", "ix_person_name"} & indexes
        assert "ix_person_organization_sort" in indexes
        for typed in ("budi", "maju", "santoso koperasi", "3311", "0812-3456", "+62 812 345 67890"):
            assert [p.name for p in services.registry.list_people(typed)] == ["Budi Santoso"], typed
        assert services.registry.list_people("budi 0813") == []
        with services.db.transaction() as s:  # the triggers write the new text too
            s.execute(text("UPDATE organization SET name = 'Koperasi Jaya' WHERE id = 1"))
            s.execute(
                text(
                    "INSERT INTO person (id, nik, name, phone, created_at, updated_at, attended) "
                    "VALUES (2, '3311014101900002', 'Sri Wahyuni', '+6285712345678', :now, :now, 0)"
                ),
                {"now": NOW},
            )
        assert _docs_and_indexes(url)[0] == ["budi santoso\x1fkoperasi jaya", "sri wahyuni\x1f"]
        assert [p.name for p in services.registry.list_people("0857")] == ["Sri Wahyuni"]
        assert [p.name for p in services.registry.list_people("jaya")] == ["Budi Santoso"]
    finally:
        services.close()

    _at(url, "0020_pg_bulk_trigger", downgrade=True)
    docs, indexes = _docs_and_indexes(url)
    assert docs == [
        "budi santoso\x1f3311010101850001\x1f81234567890\x1fkoperasi jaya",
        "sri wahyuni\x1f3311014101900002\x1f85712345678\x1f",
    ]
    assert {"ix_person_organization_id", "ix_person_name"} <= indexes
    pg_server.drop_database("hadir_lean_import")
