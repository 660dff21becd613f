"""After a bulk write of people on PostgreSQL, the trigram indexes hold no pending list.

GIN indexes keep rows inserted since the last vacuum in a pending list that every search reads
through (269 pages after copying 100,000 people: each keystroke at the desk 40% slower). A copy,
an import, the demo and a merge move it into the index before they return.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.region import District
from desktop_app.services.container import Services
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.copy import copy_database
from desktop_app.storage.database import Database
from desktop_app.storage.target import open_target

INDEXES = ("ix_person_search_doc", "ix_person_search_nik", "ix_person_search_phone")


def roster(path: Path, rows: int = 100) -> Path:
    lines = ["Nama;NIK;No HP;Nama Usaha"]
    lines += [
        f"Peserta Nomor {i};331101100190{i + 1:04d};0812{i:08d};Usaha Batik {i // 2}" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pending_pages(db: Database) -> dict[str, int]:
    """Each trigram index's pending-list pages (pgstattuple's pgstatginindex)."""
    with db.engine.begin() as conn:
        try:
            with conn.begin_nested():
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pgstattuple"))
        except Exception:  # a server without the contrib module
            pytest.skip("pgstattuple is not available on this server")
        rows = conn.execute(
            text(
                "SELECT c.relname, (pgstatginindex(c.oid)).pending_pages FROM pg_class c "
                "WHERE c.relname = ANY(:names)"
            ),
            {"names": list(INDEXES)},
        )
        return dict(rows.all())


def test_a_copy_onto_the_server_leaves_no_backlog_and_search_finds_the_copied_people(
    tmp_path: Path, pg_url: str
) -> None:
    lite = open_target(tmp_path / "hadir.db")
    generate_demo(lite, District(), people=400, seed=3)
    server = open_target(pg_url)
    copy_database(lite, server)
    assert pending_pages(server) == dict.fromkeys(INDEXES, 0)
    on_file, on_server = Services(lite), Services(server)
    try:
        assert [r.id for r in on_server.registry.list_people("sri")] == [
            r.id for r in on_file.registry.list_people("sri")
        ]
    finally:
        on_file.close()
        on_server.close()


def test_an_import_and_the_demo_on_the_server_leave_no_backlog(tmp_path: Path, pg_url: str) -> None:
    server = open_target(pg_url)
    services = Services(server)
    try:
        generate_demo(server, District(), people=300, seed=5)
        assert pending_pages(server) == dict.fromkeys(INDEXES, 0)
        admin = services.operators.local_admin()
        session_id = services.events.list_sessions(services.events.list_events()[-1].id)[-1].id
        summary = services.roster.run(roster(tmp_path / "undangan.csv"), [session_id], admin)
        assert summary.imported == 100
        assert pending_pages(server) == dict.fromkeys(INDEXES, 0)
        found = [h.name for h in services.checkin.search(session_id, "peserta nomor")]
        assert found and all(name.startswith("Peserta Nomor ") for name in found)
    finally:
        services.close()
