"""Certificate numbers follow batch order, then check-in order, whichever batch is printed first."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.storage.models import Attendance, Person

# (batch, name, minute of arrival): names are not in arrival order, and titles sort first ("Dr.").
ARRIVALS = [
    (1, "Wahyu Pratama", 1),
    (1, "Ani Rahayu", 2),
    (1, "Dr. Budi Santoso", 3),
    (2, "Yuni Astuti", 1),
    (2, "'Citra", 2),
]


def test_printing_batch_2_first_still_numbers_batch_1_from_001_in_check_in_order(
    services, admin, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    event_id = services.events.add_event(EventDraft("Sosialisasi", "Disdagkop UKM"), admin.id)
    sessions = {
        batch: services.events.add_session(
            SessionDraft(event_id, date(2021, 2, 15 + batch), time(9), time(12), "Aula", 30, batch), admin.id
        )
        for batch in (1, 2)
    }
    with services.db.transaction() as s:
        for batch, name, minute in ARRIVALS:
            person = Person(name=name)
            s.add(person)
            s.flush()
            at = datetime(2021, 2, 15 + batch, 2, minute, tzinfo=UTC)
            s.add(Attendance(session_id=sessions[batch], person_id=person.id, at=at))

    second, _ = services.certificates.issue(session_id=sessions[2], operator_id=admin.id)
    assert [(c.name, c.seq) for c in second] == [("Yuni Astuti", 4), ("'Citra", 5)]
    first, new = services.certificates.issue(session_id=sessions[1], operator_id=admin.id)
    assert new == 0  # numbered already, and kept
    assert [(c.name, c.number) for c in first] == [
        ("Wahyu Pratama", "001/SOS-BPJSTK/II/2021"),
        ("Ani Rahayu", "002/SOS-BPJSTK/II/2021"),
        ("Dr. Budi Santoso", "003/SOS-BPJSTK/II/2021"),
    ]
    again, _ = services.certificates.issue(event_id=event_id, operator_id=admin.id)
    assert [c.seq for c in again] == [1, 2, 3, 4, 5]
