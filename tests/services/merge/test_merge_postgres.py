"""The same two laptops merged into a PostgreSQL office database (the merge is engine-neutral Core).

The server is the suite's own throwaway PostgreSQL (tests/pg_cluster.py, or HADIR_TEST_PG).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from laptops import ROSTER, admit, codes_of, copy_to, make_office, open_services, person_id
from sqlalchemy import func, select

from desktop_app.services.container import Services
from desktop_app.storage.models import Base
from desktop_app.storage.target import open_target


@pytest.fixture
def pg_services(pg_url: str, tmp_path: Path) -> Iterator[Services]:
    services = Services(open_target(pg_url, tmp_path / "backups", tmp_path / "hadir.db"))
    yield services
    services.close()


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
