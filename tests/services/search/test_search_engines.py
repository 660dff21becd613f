"""The desk's search answers the same on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm).

One demo registry is made in a file and copied to a real server (same ids); one list of typed
queries then runs against both, for the desk (invitees first) and for the registry page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.region import District
from desktop_app.services.container import Services
from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.copy import copy_database
from desktop_app.storage.target import open_target

QUERIES = [
    "", "a", "sr", "sri", "SRI", "wahyu", "budi santoso", "kop", "koperasi maju", "batik",
    "keripik tempe", "umkm", "3311", "0001", "08", "0812", "+62 812", "62812", "812", "0857 1",
    "sri 33", "bu 0812", "tem", "ani", "dwi", "nur", "rahma", "xyzzy", "sukoharjo", "ud",
    "cv", "toko", "warung", "bengkel", "%", "_", "'", '"', "a_b", "10%",
    "3311a", "sri3", "0812x", "rt 0", "12,5",  # a letter among digits: found in names and organisations only
]  # fmt: skip


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, pg_server) -> tuple[Services, Services]:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("search")) / "hadir.db"
    lite = open_target(path)
    generate_demo(lite, District(), people=600, seed=7)
    server = open_target(pg_server.create_database("hadir_search_engines"))
    copy_database(lite, server)
    pair = (Services(lite), Services(server))
    yield pair
    for svc in pair:
        svc.close()
    pg_server.drop_database("hadir_search_engines")


@pytest.mark.parametrize("session_id", [1, 3])
def test_the_desk_finds_the_same_people_in_the_same_order(both, session_id: int) -> None:  # type: ignore[no-untyped-def]
    lite, server = both
    for query in QUERIES:
        on_file = [(h.person_id, h.invited, h.checked_in) for h in lite.checkin.search(session_id, query)]
        on_server = [(h.person_id, h.invited, h.checked_in) for h in server.checkin.search(session_id, query)]
        assert on_server == on_file, query
    assert lite.checkin.search(session_id, "kop")  # the list is not trivially empty


def test_the_registry_page_finds_the_same_people(both) -> None:  # type: ignore[no-untyped-def]
    lite, server = both
    for query in QUERIES:
        on_file = [r.id for r in lite.registry.list_people(query)]
        assert [r.id for r in server.registry.list_people(query)] == on_file, query
