"""The desk's rules through the service layer: what the database holds after each action."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import (
    AlreadyCheckedIn,
    CapacityFull,
    InvalidField,
    NotAllowed,
    NotCheckedIn,
    ScreeningFailed,
    UnknownPerson,
)
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, AuditEntry, Person, Screening

OK = ScreeningAnswers(temperature=36.6)


def admit(desk, name, answers=OK, override=None, operator=None):  # type: ignore[no-untyped-def]
    request = AdmitRequest(desk.session_id, desk.people[name], answers, override)
    return desk.services.checkin.admit(request, operator or desk.admin)


def rows(desk, model, **where):  # type: ignore[no-untyped-def]
    with desk.services.db.session() as s:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(s.scalars(query))


def test_admit_invited_person_records_attendance_screening_and_audit(desk) -> None:
    result = admit(desk, "Sri Wahyuni")
    assert (result.name, result.organization, result.walk_in) == ("Sri Wahyuni", "Batik Sekar Arum", False)
    assert (result.attended, result.capacity) == (1, 3)
    [attendance] = rows(desk, Attendance, session_id=desk.session_id)
    assert attendance.person_id == desk.people["Sri Wahyuni"] and attendance.operator_id == desk.admin.id
    [screening] = rows(desk, Screening, id=attendance.screening_id)
    assert screening.passed and screening.temperature == 36.6 and screening.mask
    [audit] = rows(desk, AuditEntry, action="checkin")
    assert audit.details["nik"] == "3311********0001"  # never the full NIK in the audit log


def test_second_scan_says_already_here_with_time_and_operator_and_changes_nothing(desk) -> None:
    admit(desk, "Sri Wahyuni")
    with pytest.raises(AlreadyCheckedIn) as err:
        admit(desk, "Sri Wahyuni")
    assert err.value.operator == "Admin"
    assert "WIB" in err.value.message
    assert len(rows(desk, Attendance)) == 1
    assert len(rows(desk, Screening)) == 1  # the second scan did not even screen


@pytest.mark.parametrize(
    ("answers", "reasons"),
    [
        (ScreeningAnswers(temperature=37.4), ("fever",)),
        (ScreeningAnswers(temperature=36.5, mask=False), ("no_mask",)),
        (
            ScreeningAnswers(temperature=36.5, symptoms=frozenset({"cough", "contact"})),
            ("symptom:contact", "symptom:cough"),
        ),
        (ScreeningAnswers(temperature=38.0, mask=False), ("fever", "no_mask")),
    ],
)
def test_screening_refusal_is_recorded_and_takes_no_seat(desk, answers, reasons) -> None:
    with pytest.raises(ScreeningFailed) as err:
        admit(desk, "Budi Santoso", answers)
    assert err.value.reasons == reasons
    [screening] = rows(desk, Screening)
    assert not screening.passed and tuple(screening.reasons) == reasons
    assert rows(desk, Attendance) == []
    assert desk.services.checkin.seats(desk.session_id).attended == 0


def test_threshold_is_the_sessions_setting(services, admin, make_session) -> None:
    _, session_id = make_session(max_temp=37.5)
    result = services.checkin.admit_walk_in(
        session_id, WalkInDraft(name="Eko Tamu"), ScreeningAnswers(temperature=37.5), admin
    )
    assert result.attended == 1


def test_measured_again_later_both_measurements_kept(desk) -> None:
    with pytest.raises(ScreeningFailed):
        admit(desk, "Citra Lestari", ScreeningAnswers(temperature=37.8))
    result = admit(desk, "Citra Lestari", ScreeningAnswers(temperature=36.9))
    assert result.attended == 1
    temps = sorted(s.temperature for s in rows(desk, Screening, person_id=desk.people["Citra Lestari"]))
    assert temps == [36.9, 37.8]


def test_full_session_refuses_then_admin_override_is_audited(desk) -> None:
    for name in ("Sri Wahyuni", "Budi Santoso", "Citra Lestari"):
        admit(desk, name)
    with pytest.raises(CapacityFull) as err:
        admit(desk, "Dodi Prasetyo")
    assert (err.value.capacity, err.value.attended) == (3, 3)
    assert len(rows(desk, Screening)) == 3  # refused before screening: nothing recorded
    result = admit(desk, "Dodi Prasetyo", override="Kepala dinas mengizinkan")
    assert result.override and result.attended == 4
    [attendance] = rows(desk, Attendance, person_id=desk.people["Dodi Prasetyo"])
    assert attendance.override_reason == "Kepala dinas mengizinkan"
    [audit] = rows(desk, AuditEntry, action="override")
    assert audit.operator_id == desk.admin.id and audit.details["reason"] == "Kepala dinas mengizinkan"


def test_override_needs_admin_and_reason(desk) -> None:
    desk_op = desk.services.operators.ensure("Petugas Meja", "desk")
    with pytest.raises(NotAllowed):
        admit(desk, "Sri Wahyuni", override="karena", operator=desk_op)
    with pytest.raises(InvalidField):
        admit(desk, "Sri Wahyuni", override="   ")
    assert rows(desk, Attendance) == []


def test_undo_frees_the_seat_and_keeps_the_row_with_reason(desk) -> None:
    admit(desk, "Sri Wahyuni")
    seats = desk.services.checkin.undo(desk.session_id, desk.people["Sri Wahyuni"], "salah orang", desk.admin)
    assert (seats.attended, seats.left) == (0, 3)
    [attendance] = rows(desk, Attendance)
    assert attendance.undone_at is not None and attendance.undo_reason == "salah orang"
    assert attendance.undone_by == desk.admin.id
    recent = desk.services.checkin.recent(desk.session_id)
    assert recent[0].undone
    # the same person can be admitted again afterwards
    assert admit(desk, "Sri Wahyuni").attended == 1


def test_undo_needs_a_reason_and_an_admission(desk) -> None:
    with pytest.raises(NotCheckedIn):
        desk.services.checkin.undo(desk.session_id, desk.people["Sri Wahyuni"], "x", desk.admin)
    admit(desk, "Sri Wahyuni")
    with pytest.raises(InvalidField):
        desk.services.checkin.undo(desk.session_id, desk.people["Sri Wahyuni"], "  ", desk.admin)


def test_registry_person_not_invited_is_a_walk_in(services, admin, desk, make_session) -> None:
    _, other = make_session(capacity=5)
    request = AdmitRequest(other, desk.people["Sri Wahyuni"], OK)
    assert services.checkin.admit(request, admin).walk_in


def test_walk_in_creates_person_with_sex_and_birth_date_from_nik(desk) -> None:
    draft = WalkInDraft(
        name="  Eko   Tamu ", nik="3311 0847 0392 0005", phone="0812-0000-0099", organization="Warung Eko"
    )
    result = desk.services.checkin.admit_walk_in(desk.session_id, draft, OK, desk.admin)
    assert result.walk_in and result.name == "Eko Tamu" and result.organization == "Warung Eko"
    [person] = rows(desk, Person, nik="3311084703920005")
    assert (person.sex, str(person.birth_date), person.phone, person.kecamatan) == (
        "P",
        "1992-03-07",
        "+6281200000099",
        "Mojolaban",
    )


def test_walk_in_refused_when_full_adds_nobody(desk) -> None:
    for name in ("Sri Wahyuni", "Budi Santoso", "Citra Lestari"):
        admit(desk, name)
    with desk.services.db.session() as s:
        before = s.scalar(select(func.count(Person.id)))
    with pytest.raises(CapacityFull):
        desk.services.checkin.admit_walk_in(desk.session_id, WalkInDraft(name="Tamu"), OK, desk.admin)
    with desk.services.db.session() as s:
        assert s.scalar(select(func.count(Person.id))) == before


def test_walk_in_with_existing_nik_is_refused_as_duplicate(desk) -> None:
    draft = WalkInDraft(name="Sri W.", nik="3311014101900001")
    with pytest.raises(InvalidField) as err:
        desk.services.checkin.admit_walk_in(desk.session_id, draft, OK, desk.admin)
    assert (err.value.field, err.value.problem) == ("nik", "taken")
    dupes = desk.services.people.find_duplicates("3311.0141.0190.0001", "0812 0000 0012")
    assert {(d.name, d.same_nik, d.same_phone) for d in dupes} == {
        ("Sri Wahyuni", True, False),
        ("Budi Santoso", False, True),
    }


def test_find_by_nik_code_and_phone_in_any_spelling(desk) -> None:
    svc, sid = desk.services.checkin, desk.session_id
    assert svc.find(sid, nik="'3311014101900001") == desk.people["Sri Wahyuni"]
    assert (
        svc.find(sid, code=desk.codes["Budi Santoso"].lower().replace("-", "")) == desk.people["Budi Santoso"]
    )
    for phone in ("081200000013", "+62 812-0000-0013", "81200000013", "6281200000013"):
        assert svc.find(sid, phone=phone) == desk.people["Citra Lestari"]
    for kwargs in ({"nik": "3311019999990009"}, {"code": "HDR-0000-0000"}, {"phone": "0812999999"}):
        with pytest.raises(UnknownPerson):
            svc.find(sid, **kwargs)


def test_card_shows_invited_masked_nik_and_other_batches(services, admin, desk) -> None:
    from desktop_app.services.events.service import SessionDraft

    info = services.events.get_session(desk.session_id)
    draft = SessionDraft(desk.event_id, info.date, info.start_time, info.end_time, "Aula", 30)
    second = services.events.add_session(draft, admin.id)
    admit(desk, "Budi Santoso")
    card = services.checkin.card(second, desk.people["Budi Santoso"])
    assert card.nik_masked == "3311********0002" and card.phone_display == "0812-0000-0012"
    assert card.other_batches == (1,) and not card.invited and card.checked_in_at is None
    here = services.checkin.card(desk.session_id, desk.people["Budi Santoso"])
    assert (
        here.invited and here.invitation_code == desk.codes["Budi Santoso"] and here.checked_in_by == "Admin"
    )


def test_desk_operator_is_recorded_on_the_checkin(desk) -> None:
    op = desk.services.operators.ensure("Petugas 2")
    assert isinstance(op, OperatorInfo) and not op.is_admin
    admit(desk, "Sri Wahyuni", operator=op)
    [attendance] = rows(desk, Attendance)
    assert attendance.operator_id == op.id
