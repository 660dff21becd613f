"""After the demo (rows written with their ids), the desk and the registry add rows as usual."""

from __future__ import annotations

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.registry.types import WalkInDraft


def test_new_people_organisations_and_screenings_after_the_demo(services, admin, make_session) -> None:  # type: ignore[no-untyped-def]
    generate_demo(services.db, services.district, people=40, operator_id=admin.id)
    _, session_id = make_session(capacity=5)
    draft = WalkInDraft(name="Tamu Baru", organization="Usaha Baru Sekali", organization_kind="umkm")
    result = services.checkin.admit_walk_in(session_id, draft, ScreeningAnswers(36.5), admin)
    assert result.name == "Tamu Baru" and result.attended == 1
    assert [h.name for h in services.checkin.search(session_id, "tamu baru")] == ["Tamu Baru"]
