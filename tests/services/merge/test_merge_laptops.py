"""Two field laptops from one roster, checked in apart, merged into the office's database."""

from __future__ import annotations

from pathlib import Path

import pytest
from laptops import (
    ROSTER,
    admit,
    codes_of,
    copy_to,
    digest,
    make_office,
    open_services,
    person_id,
    set_phone,
    snapshot,
)
from sqlalchemy import func, select

from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, AuditEntry, Certificate, Person

GITA = "3311045808920007"


@pytest.fixture
def laptops(tmp_path: Path):  # type: ignore[no-untyped-def]
    office = make_office(tmp_path)
    merged = copy_to(office.path, tmp_path / "merged.db")
    a, b = copy_to(office.path, tmp_path / "laptop-a.db"), copy_to(office.path, tmp_path / "laptop-b.db")
    names = {name: nik for name, nik, *_ in ROSTER}

    svc = open_services(a)
    for name in ("Sri Wahyuni", "Budi Santoso", "Citra Lestari"):
        admit(svc, office.small, person_id(svc, names[name]))
    with svc.db.transaction() as s:
        gita = svc.people.create_person(
            s, WalkInDraft(name="Gita Permata", nik=GITA, phone="081200000017"), None
        )
    admit(svc, office.large, gita.id)
    set_phone(svc, person_id(svc, names["Fitri Handayani"]), "+6285700000099")
    codes_a = codes_of(svc, office.small)
    svc.close()

    svc = open_services(b)
    for name in ("Citra Lestari", "Dodi Prasetyo", "Eko Wibowo"):
        admit(svc, office.small, person_id(svc, names[name]))
    codes_b = codes_of(svc, office.small)
    svc.close()
    return office, merged, a, b, codes_a, codes_b


def _merge(path: Path, incoming: Path, dry_run: bool = False):  # type: ignore[no-untyped-def]
    svc = open_services(path)
    try:
        return svc.merge.merge(incoming, svc.operators.local_admin(), dry_run=dry_run)
    finally:
        svc.close()


def test_both_laptops_merge_with_exact_counts_flags_and_conflicts(laptops) -> None:  # type: ignore[no-untyped-def]
    office, merged, a, b, codes_a, codes_b = laptops
    before_a, before_b = digest(a), digest(b)

    first = _merge(merged, a)
    assert (first.events, first.sessions_new, first.sessions_matched) == (0, 0, 2)
    assert (first.people_new, first.people_matched, first.attendance_new, first.duplicates) == (1, 6, 4, 0)
    assert first.over_capacity == ()
    assert [c.as_json() for c in first.conflicts] == [
        {
            "kind": "person_field",
            "person_id": office.people["Fitri Handayani"],
            "name": "Fitri Handayani",
            "field": "phone",
            "office": "0812-****-0016",
            "incoming": "0857-****-0099",
        }
    ]

    second = _merge(merged, b)
    assert (second.sessions_new, second.sessions_matched, second.people_new, second.people_matched) == (
        0,
        2,
        0,
        6,
    )
    assert (second.attendance_new, second.duplicates) == (2, 1)
    assert second.over_capacity == (office.small,)
    assert second.over_capacity_batches == ((1, 5, 3),)  # batch 1: 5 admitted, 3 seats
    collisions = [c.as_json() for c in second.conflicts]
    assert [(c["kind"], c["number"], c["same_person"]) for c in collisions] == [
        ("certificate_number", "001/SOS-BPJSTK/II/2021", True),
        ("certificate_number", "002/SOS-BPJSTK/II/2021", False),
        ("certificate_number", "003/SOS-BPJSTK/II/2021", False),
    ]
    # Laptop A's first print numbered its whole event (batch order): Gita in batch 2 holds 004.
    assert [c.get("new_number") for c in collisions] == [
        None,
        "005/SOS-BPJSTK/II/2021",
        "006/SOS-BPJSTK/II/2021",
    ]

    # The incoming files are exactly as they came.
    assert (digest(a), digest(b)) == (before_a, before_b)

    svc = open_services(merged)
    try:
        with svc.db.session() as s:
            admitted = s.execute(
                select(Person.name, Attendance.at)
                .join(Attendance, Attendance.person_id == Person.id)
                .where(Attendance.session_id == office.small, Attendance.undone_at.is_(None))
                .order_by(Person.name)
            ).all()
            assert [n for n, _ in admitted] == [
                "Budi Santoso",
                "Citra Lestari",
                "Dodi Prasetyo",
                "Eko Wibowo",
                "Sri Wahyuni",
            ]
            citra = s.execute(
                select(Attendance.at, Attendance.undone_at, Attendance.undo_reason)
                .join(Person, Person.id == Attendance.person_id)
                .where(Person.name == "Citra Lestari")
                .order_by(Attendance.at)
            ).all()
            # Laptop A admitted her first: that admission stays, B's is kept undone as the duplicate.
            assert citra[0].undone_at is None and citra[1].undone_at is not None
            assert "duplicate" in citra[1].undo_reason
            assert s.scalar(select(func.count()).where(AuditEntry.action == "duplicate")) == 1
            assert s.scalar(select(Person.phone).where(Person.name == "Fitri Handayani")) == "+6281200000016"
            assert (
                s.scalar(select(func.count()).select_from(Certificate)) == 6
            )  # A numbered its whole event (4), B two more
            merges = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "merge")).all()
            assert [m["attendance_new"] for m in merges] == [4, 2]
        # Every certificate printed on either laptop still verifies, naming its holder.
        for codes in (codes_a, codes_b):
            for name, code in codes.items():
                answer = svc.certificates.verify(code)
                assert (answer.valid, answer.name) == (True, name), (name, answer)
    finally:
        svc.close()


def test_merging_again_changes_no_row_and_a_dry_run_writes_nothing(laptops) -> None:  # type: ignore[no-untyped-def]
    _office, merged, a, b, _codes_a, _codes_b = laptops
    _merge(merged, a)
    before = snapshot(merged, skip=())
    dry = _merge(merged, b, dry_run=True)
    assert snapshot(merged, skip=()) == before
    real = _merge(merged, b)
    assert (dry.attendance_new, dry.duplicates, dry.over_capacity) == (
        real.attendance_new,
        real.duplicates,
        real.over_capacity,
    )
    after = snapshot(merged)
    again = [_merge(merged, a), _merge(merged, b)]
    assert snapshot(merged) == after
    for report in again:
        assert (
            report.events,
            report.sessions_new,
            report.people_new,
            report.attendance_new,
            report.duplicates,
        ) == (0, 0, 0, 0, 0)
        assert (
            report.invitations_new
            == report.screenings_new
            == report.certificates_new
            == report.audit_entries_new
            == 0
        )
