"""`hadir checkin` refuses an invitee of another batch (exit 3, that session in the JSON) unless
`--accept-elsewhere`, and warns when the session is not today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop_app.core.codes import new_invitation_code
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Attendance, Invitation

Run = Callable[..., Any]
NIK = "3311014101900001"


def two_batches(path: Path, day_11, day_12) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    """Batches 11 and 12 of one event; Sri is invited to batch 11 only. Returns (11, 12, her code)."""
    services = Services(open_database(path))
    try:
        admin = services.operators.local_admin()
        event = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), admin.id)
        ids = [
            services.events.add_session(
                SessionDraft(event, day, start, time(16), "Aula Dinas", 30, batch), admin.id
            )
            for batch, day, start in ((11, day_11, time(8, 30)), (12, day_12, time(13)))
        ]
        code = new_invitation_code()
        with services.db.transaction() as s:
            draft = WalkInDraft(name="Sri Wahyuni", nik=NIK, phone="081200000011", organization="Batik")
            person = services.people.create_person(s, draft, admin.id)
            s.add(Invitation(session_id=ids[0], person_id=person.id, code=code))
        return ids[0], ids[1], code
    finally:
        services.close()


def test_invitee_of_batch_11_at_batch_12_exit_3_with_that_session(hadir: Run, db_path: Path) -> None:
    today = datetime.now(ZoneInfo("Asia/Jakarta")).date()
    b11, b12, code = two_batches(db_path, today, today)
    refused = hadir("--db", db_path, "--json", "checkin", "--session", b12, "--code", code, "--temp", "36.5")
    assert refused.code == 3
    assert refused.data["reason"] == "invited_elsewhere"
    assert refused.data["session"] == {
        "session_id": b11,
        "batch": 11,
        "date": today.isoformat(),
        "start": "08:30",
    }
    by_nik = hadir("--db", db_path, "--json", "checkin", "--session", b12, "--nik", NIK, "--temp", "36.5")
    assert by_nik.code == 3 and by_nik.data["session"]["session_id"] == b11

    accepted = hadir(
        "--db", db_path, "--json", "checkin", "--session", b12, "--code", code, "--temp", "36.5",
        "--accept-elsewhere",
    )  # fmt: skip
    assert accepted.code == 0, accepted.err
    assert accepted.data["status"] == "admitted" and accepted.data["walk_in"] is True
    assert accepted.data["invited_elsewhere"] == {"session_id": b11}
    assert "warnings" not in accepted.data  # today's session: nothing to warn about
    db = open_database(db_path)
    try:
        with db.session() as s:
            [row] = s.scalars(select(Attendance))
            assert (row.session_id, row.walk_in) == (b12, True)
    finally:
        db.close()


def test_a_session_that_is_not_today_is_admitted_with_a_warning(hadir: Run, db_path: Path) -> None:
    b11, _b12, code = two_batches(db_path, datetime(2021, 2, 15).date(), datetime(2021, 2, 16).date())
    done = hadir("--db", db_path, "--json", "checkin", "--session", b11, "--code", code, "--temp", "36.5")
    assert done.code == 0, done.err
    [warning] = done.data["warnings"]
    assert warning["reason"] == "not_today" and warning["date"] == "2021-02-15"
    assert warning["today"] == datetime.now(ZoneInfo("Asia/Jakarta")).date().isoformat()
    prose = hadir("--db", db_path, "checkin", "undo", "--session", b11, "--code", code)
    assert prose.code == 0


def test_today_is_the_sessions_zone_not_the_computers() -> None:
    from desktop_app.core.session_day import days_from_today

    # 20:00 UTC on 16 February is 03:00 on the 17th in Jakarta (WIB, UTC+7)
    late = datetime(2021, 2, 16, 20, 0, tzinfo=UTC)
    assert days_from_today(datetime(2021, 2, 17).date(), "Asia/Jakarta", late) == 0
    assert days_from_today(datetime(2021, 2, 16).date(), "Asia/Jakarta", late) == -1
    assert days_from_today(datetime(2021, 2, 16).date(), "Asia/Jakarta", late - timedelta(hours=14)) == 0
