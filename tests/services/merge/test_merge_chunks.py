"""The file is merged a chunk at a time: the same outcome as in one piece, and a cancel within a step.

Each test merges into a fresh database on each engine (SQLite and PostgreSQL); the laptops are
SQLite files, as they always are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from laptops import fresh_database, rows_of
from sqlalchemy import func, select

from desktop_app.core.errors import Cancelled
from desktop_app.services.container import Services
from desktop_app.services.merge import _people
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, Person

PEOPLE = [
    WalkInDraft(name="Sri Wahyuni", nik="3311014101900001"),
    WalkInDraft(name="Budi Santoso", nik="3311010202850002"),
    WalkInDraft(name="Citra Lestari", nik="3311084303880003"),
    WalkInDraft(name="Dodi Prasetyo", nik="3372010505800004"),
    WalkInDraft(name="Eko Wibowo", nik="3311020606790005"),
]


def _count(services: Services, model: type) -> int:
    with services.db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_cancel_inside_the_people_step_leaves_the_target_untouched(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "laptop.db"
    fresh_database(laptop, PEOPLE)
    admin = services.operators.local_admin()
    before = rows_of(services)
    written: list[int] = []
    insert_many = _people.insert_many

    def counting_insert(conn, table, rows):  # type: ignore[no-untyped-def]
        ids = insert_many(conn, table, rows)
        written.extend(ids)
        return ids

    monkeypatch.setattr(_people, "insert_many", counting_insert)
    at_cancel: list[int] = []

    def cancel_once_people_are_written(_done: int, _total: int) -> None:
        if written:
            at_cancel.append(len(written))
            raise Cancelled()

    services.merge.chunk = 2
    with pytest.raises(Cancelled):
        services.merge.merge(laptop, admin, progress=cancel_once_people_are_written)
    # Stopped after the first chunk of two people, with three more to come in that step.
    assert at_cancel == [2]
    assert rows_of(services) == before
    assert _count(services, Person) == 0

    done = services.merge.merge(laptop, admin)
    assert (done.people_new, done.attendance_new) == (5, 5)
    assert _count(services, Person) == 5


def test_progress_counts_the_files_rows_chunk_by_chunk(services: Services, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.db"
    fresh_database(laptop, PEOPLE)
    calls: list[tuple[int, int]] = []
    services.merge.chunk = 2
    services.merge.merge(laptop, services.operators.local_admin(), progress=lambda d, t: calls.append((d, t)))
    totals = {t for _, t in calls}
    assert len(totals) == 1 and calls[-1][0] == totals.pop()
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 10  # more reports than the ten steps: within them, after each chunk


def test_small_chunks_merge_exactly_as_one_piece(services: Services, tmp_path: Path) -> None:
    office, laptop = tmp_path / "office.db", tmp_path / "laptop.db"
    fresh_database(office, PEOPLE[:2], capacity=4)
    fresh_database(
        laptop,
        [
            *PEOPLE,
            # Two people without a NIK who share a phone and a name: the laptop kept them apart,
            # and they stay apart even when they come in different chunks.
            WalkInDraft(name="Gita Permata", phone="081200000017"),
            WalkInDraft(name="Gita Permata", phone="081200000017", organization="Warung Gita"),
        ],
        capacity=10,
    )
    admin = services.operators.local_admin()
    services.merge.merge(office, admin)
    services.merge.chunk = 1
    report = services.merge.merge(laptop, admin)
    # Sri and Budi are the office's (by NIK); both Gitas are new.
    assert (report.people_new, report.people_matched, report.attendance_new) == (5, 2, 7)
    assert (report.events, report.sessions_new) == (1, 1)
    assert _count(services, Person) == 7
    assert _count(services, Attendance) == 9
    again = services.merge.merge(laptop, admin)
    assert (again.people_new, again.people_matched, again.attendance_new) == (0, 7, 0)
