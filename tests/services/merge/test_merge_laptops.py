"""Two field laptops from one roster, checked in apart, merged into a third database (either engine).

The third database (the `services` fixture: an SQLite file, or a fresh PostgreSQL database)
first takes the office's own file, as a server that starts from the office's laptop does; then
laptop A, then laptop B. The laptops are SQLite files, as they always are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from laptops import (
    ROSTER,
    admit,
    codes_of,
    copy_to,
    digest,
    edit_session,
    make_office,
    open_services,
    person_id,
    rename_event,
    rows_of,
    set_phone,
)
from sqlalchemy import func, select

from desktop_app.services.container import Services
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, AuditEntry, Certificate, Person

GITA = "3311045808920007"
NEW_TITLE = "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM"


@pytest.fixture
def laptops(tmp_path: Path):  # type: ignore[no-untyped-def]
    office = make_office(tmp_path)
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
    edit_session(svc, office.large, venue="Pendopo Kecamatan Bulu")  # the hall moved on the day
    codes_a = codes_of(svc, office.small)
    svc.close()

    svc = open_services(b)
    edit_session(svc, office.small, capacity=5)  # team B brought two more chairs
    rename_event(svc, office.event_id, NEW_TITLE)
    for name in ("Citra Lestari", "Dodi Prasetyo", "Eko Wibowo"):
        admit(svc, office.small, person_id(svc, names[name]))
    codes_b = codes_of(svc, office.small)
    svc.close()
    return office, a, b, codes_a, codes_b


def _batches(services: Services) -> dict[int, int]:
    return {info.batch: info.id for info in services.events.list_sessions()}


def test_both_laptops_merge_with_exact_counts_flags_and_conflicts(services: Services, laptops) -> None:  # type: ignore[no-untyped-def]
    office, a, b, codes_a, codes_b = laptops
    before_a, before_b = digest(a), digest(b)
    admin = services.operators.local_admin()

    start = services.merge.merge(office.path, admin)
    assert (start.events, start.sessions_new, start.people_new, start.conflicts) == (1, 2, 6, ())
    small, large = _batches(services)[1], _batches(services)[2]
    fitri = person_id(services, "3311034707910006")

    first = services.merge.merge(a, admin)
    assert (first.events, first.sessions_new, first.sessions_matched) == (0, 0, 2)
    assert (first.people_new, first.people_matched, first.attendance_new, first.duplicates) == (1, 6, 4, 0)
    assert first.over_capacity == ()
    # The office's values stay; each difference is listed with both values (phones masked).
    assert [c.as_json() for c in first.conflicts] == [
        {
            "kind": "session_field",
            "session_id": large,
            "event_id": start_event(services),
            "batch": 2,
            "field": "venue",
            "office": "Aula Kecamatan Bulu",
            "incoming": "Pendopo Kecamatan Bulu",
        },
        {
            "kind": "person_field",
            "person_id": fitri,
            "name": "Fitri Handayani",
            "field": "phone",
            "office": "0812-****-0016",
            "incoming": "0857-****-0099",
        },
    ]

    second = services.merge.merge(b, admin)
    assert (second.sessions_new, second.sessions_matched, second.people_new, second.people_matched) == (
        0,
        2,
        0,
        6,
    )
    assert (second.attendance_new, second.duplicates) == (2, 1)
    # Five admitted against the office's three seats (B's five seats are a conflict, not taken).
    assert second.over_capacity == (small,)
    assert second.over_capacity_batches == ((1, 5, 3),)
    collisions = [c.as_json() for c in second.conflicts]
    assert [(c["kind"], c["field"], c["office"], c["incoming"]) for c in collisions[:2]] == [
        ("event_field", "title", "Sosialisasi BPJS Ketenagakerjaan", NEW_TITLE),
        ("session_field", "capacity", "3", "5"),
    ]
    assert [(c["kind"], c["number"], c["same_person"]) for c in collisions[2:]] == [
        ("certificate_number", "001/SOS-BPJSTK/II/2021", True),
        ("certificate_number", "002/SOS-BPJSTK/II/2021", False),
        ("certificate_number", "003/SOS-BPJSTK/II/2021", False),
    ]
    # Laptop A's first print numbered its whole event (batch order): Gita in batch 2 holds 004.
    assert [c.get("new_number") for c in collisions[2:]] == [
        None,
        "005/SOS-BPJSTK/II/2021",
        "006/SOS-BPJSTK/II/2021",
    ]

    # The incoming files are exactly as they came.
    assert (digest(a), digest(b)) == (before_a, before_b)

    with services.db.session() as s:
        admitted = s.execute(
            select(Person.name)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.session_id == small, Attendance.undone_at.is_(None))
            .order_by(Person.name)
        ).all()
        assert [n for (n,) in admitted] == [
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
        )  # A numbered its event (4), B two more
        merges = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "merge")).all()
        assert [m["attendance_new"] for m in merges] == [0, 4, 2]
    assert services.events.get_session(small).capacity == 3
    assert services.events.get_session(large).venue == "Aula Kecamatan Bulu"
    # Every certificate printed on either laptop still verifies, naming its holder.
    for codes in (codes_a, codes_b):
        for name, code in codes.items():
            answer = services.certificates.verify(code)
            assert (answer.valid, answer.name) == (True, name), (name, answer)


def start_event(services: Services) -> int:
    """The id of the (only) event in the third database."""
    [event] = services.events.list_events()
    return event.id


def test_taking_the_laptops_capacity_and_title_clears_the_flag(services: Services, laptops) -> None:  # type: ignore[no-untyped-def]
    office, a, b, _codes_a, _codes_b = laptops
    admin = services.operators.local_admin()
    for path in (office.path, a):
        services.merge.merge(path, admin)
    report = services.merge.merge(b, admin)
    title, capacity = report.conflicts[:2]
    services.merge.use_incoming(capacity, admin)
    services.merge.use_incoming(title, admin)
    small = _batches(services)[1]
    assert services.events.get_session(small).capacity == 5
    assert services.events.get_event(start_event(services)).title == NEW_TITLE
    again = services.merge.merge(b, admin)
    assert again.over_capacity == ()  # 5 admitted, 5 seats
    assert again.conflicts == ()  # the same title and capacity on both sides now


def test_merging_again_changes_no_row_and_a_dry_run_writes_nothing(services: Services, laptops) -> None:  # type: ignore[no-untyped-def]
    office, a, b, _codes_a, _codes_b = laptops
    admin = services.operators.local_admin()
    services.merge.merge(office.path, admin)
    services.merge.merge(a, admin)
    before = rows_of(services)
    dry = services.merge.merge(b, admin, dry_run=True)
    assert rows_of(services) == before
    real = services.merge.merge(b, admin)
    assert dry.counts() | {"dry_run": True} == real.counts() | {"dry_run": True}
    # (PostgreSQL does not roll its id sequences back: the dry run's new ids are not reused.)
    assert [(c.kind, c.office, c.incoming, c.details.get("number")) for c in dry.conflicts] == [
        (c.kind, c.office, c.incoming, c.details.get("number")) for c in real.conflicts
    ]
    after = rows_of(services, skip=("audit_entry",))
    again = [services.merge.merge(path, admin) for path in (office.path, a, b)]
    assert rows_of(services, skip=("audit_entry",)) == after
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
