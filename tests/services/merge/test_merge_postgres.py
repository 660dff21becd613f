"""The same two laptops merged into a PostgreSQL office database (the merge is engine-neutral Core).

Runs when `HADIR_TEST_PG_URL` names a PostgreSQL server the test may create a scratch database on
(e.g. `postgresql+psycopg://hadir@/postgres?host=/tmp/pg&port=5432`); skipped otherwise. The
PostgreSQL fixture of issue 15 can take this over.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from laptops import ROSTER, admit, codes_of, copy_to, make_office, open_services, person_id
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import sessionmaker

from desktop_app.services.container import Services
from desktop_app.storage import migrate
from desktop_app.storage.database import Database
from desktop_app.storage.models import Base

SERVER = os.environ.get("HADIR_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not SERVER, reason="HADIR_TEST_PG_URL names no PostgreSQL server")


@pytest.fixture
def pg_services() -> Iterator[Services]:
    assert SERVER is not None
    pytest.importorskip("psycopg")
    name = f"hadir_merge_{uuid.uuid4().hex[:8]}"
    server = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = server.url.set(database=name)
    engine = create_engine(url, hide_parameters=True)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
    services = Services(
        Database(Path("/nonexistent/postgresql"), engine, sessionmaker(engine, expire_on_commit=False))
    )
    yield services
    services.close()
    with server.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name}"))
    server.dispose()


def _counts(services: Services) -> dict[str, int]:
    with services.db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar() or 0
            for t in Base.metadata.sorted_tables
            if t.name != "audit_entry"
        }


def test_two_laptops_merge_into_postgresql_with_the_same_counts(
    pg_services: Services, tmp_path: Path
) -> None:
    office = make_office(tmp_path)
    a, b = copy_to(office.path, tmp_path / "a.db"), copy_to(office.path, tmp_path / "b.db")
    niks = {name: nik for name, nik, *_ in ROSTER}
    codes = {}
    for path, names in (
        (a, ("Sri Wahyuni", "Budi Santoso", "Citra Lestari")),
        (b, ("Citra Lestari", "Dodi Prasetyo", "Eko Wibowo")),
    ):
        svc = open_services(path)
        for name in names:
            admit(svc, office.small, person_id(svc, niks[name]))
        codes[path] = codes_of(svc, office.small)
        svc.close()
    admin = pg_services.operators.local_admin()
    start = pg_services.merge.merge(office.path, admin)  # the server starts as the office's database
    assert (start.events, start.sessions_new, start.people_new) == (1, 2, 6)
    first = pg_services.merge.merge(a, admin)
    assert (first.sessions_matched, first.people_matched, first.attendance_new, first.duplicates) == (
        2,
        6,
        3,
        0,
    )
    second = pg_services.merge.merge(b, admin)
    assert (second.attendance_new, second.duplicates, len(second.over_capacity)) == (2, 1, 1)
    assert [c.kind for c in second.conflicts] == ["certificate_number"] * 3
    before = _counts(pg_services)
    pg_services.merge.merge(a, admin)
    pg_services.merge.merge(b, admin)
    assert _counts(pg_services) == before
    for printed in codes.values():
        for name, code in printed.items():
            answer = pg_services.certificates.verify(code)
            assert (answer.valid, answer.name) == (True, name)
