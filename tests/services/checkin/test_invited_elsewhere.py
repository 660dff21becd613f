"""An invitation for another batch of the event is not a walk-in: admitted only when accepted."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from desktop_app.core.errors import InvitedElsewhere
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import SessionDraft
from desktop_app.storage.models import Attendance, AuditEntry

OK = ScreeningAnswers(temperature=36.6)


def other_batch(desk) -> int:  # type: ignore[no-untyped-def]
    draft = SessionDraft(desk.event_id, date(2021, 2, 15), time(8, 30), time(11), "Aula Dinas", 3, 11)
    return desk.services.events.add_session(draft, desk.admin.id)


def test_invitee_of_another_batch_is_refused_naming_that_batch(desk) -> None:
    batch_11 = other_batch(desk)
    sri = desk.people["Sri Wahyuni"]
    with pytest.raises(InvitedElsewhere) as err:
        desk.services.checkin.admit(AdmitRequest(batch_11, sri, OK), desk.admin)
    assert err.value.reason == "invited_elsewhere"
    assert (err.value.session_id, err.value.batch) == (
        desk.session_id,
        desk.services.events.get_session(desk.session_id).batch,
    )
    assert err.value.day == date(2021, 2, 16) and err.value.start == time(9)
    assert desk.services.checkin.seats(batch_11).attended == 0  # no seat taken


def test_accepted_invitee_of_another_batch_is_a_walk_in_recorded_with_that_batch(desk) -> None:
    batch_11 = other_batch(desk)
    sri = desk.people["Sri Wahyuni"]
    result = desk.services.checkin.admit(AdmitRequest(batch_11, sri, OK, accept_elsewhere=True), desk.admin)
    assert result.walk_in and result.invited_elsewhere == desk.session_id
    with desk.services.db.session() as s:
        [attendance] = s.scalars(select(Attendance).where(Attendance.session_id == batch_11))
        [audit] = s.scalars(select(AuditEntry).where(AuditEntry.action == "checkin"))
    assert attendance.walk_in and attendance.person_id == sri
    assert audit.details["invited_elsewhere"] == desk.session_id and audit.details["walk_in"] is True


def test_card_names_the_other_batch_and_invitees_here_are_not_warned(desk) -> None:
    batch_11 = other_batch(desk)
    sri = desk.people["Sri Wahyuni"]
    card = desk.services.checkin.card(batch_11, sri)
    assert card.invited_elsewhere is not None and card.invited_elsewhere.session_id == desk.session_id
    assert card.invited_elsewhere.start_time == time(9)
    assert desk.services.checkin.card(desk.session_id, sri).invited_elsewhere is None
    # invited here: admitted as an invitee, no question asked
    result = desk.services.checkin.admit(AdmitRequest(desk.session_id, sri, OK), desk.admin)
    assert not result.walk_in and result.invited_elsewhere is None
