"""Each person's attended count is kept as data and always equals a recount of their admissions."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.models import Attendance, Person


def _kept_and_counted(services) -> tuple[dict[int, int], dict[int, int]]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        kept = {pid: n for pid, n in s.execute(select(Person.id, Person.attended))}
        counted = dict.fromkeys(kept, 0)
        for (pid,) in s.execute(select(Attendance.person_id).where(Attendance.undone_at.is_(None))):
            counted[pid] += 1
    return kept, counted


def test_the_count_follows_admissions_undo_merge_and_removal(services, admin) -> None:
    generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    kept, counted = _kept_and_counted(services)
    assert kept == counted and sum(kept.values()) > 40

    with services.db.session() as s:
        first, second = s.execute(
            select(Attendance.session_id, Attendance.person_id).where(Attendance.undone_at.is_(None)).limit(2)
        ).all()
    services.checkin.undo(first.session_id, first.person_id, "salah orang", admin)
    services.registry.merge_people(second.person_id, first.person_id, admin.id)
    with services.db.session() as s:
        third = s.scalar(
            select(Attendance.person_id)
            .where(Attendance.undone_at.is_(None), Attendance.person_id != second.person_id)
            .limit(1)
        )
    services.registry.delete_person(third, "data ganda", admin.id)

    kept, counted = _kept_and_counted(services)
    assert kept == counted
    assert first.person_id not in kept and third not in kept


def test_peserta_sorts_and_filters_on_the_kept_count(services, admin) -> None:
    generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    _, counted = _kept_and_counted(services)

    most = services.registry.list_people(sort="attended", descending=True, limit=5)
    none = services.registry.list_people(attended=False, limit=100)

    assert [r.attended for r in most] == sorted((r.attended for r in most), reverse=True)
    assert most[0].attended == max(counted.values())
    assert {r.id for r in none} == {pid for pid, n in counted.items() if n == 0}
