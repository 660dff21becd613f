"""Laporan flags a batch that holds more admissions than seats (two laptops filled it, merged)."""

from __future__ import annotations

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.worker import WorkerPool


def test_an_over_capacity_batch_is_flagged_and_a_full_one_is_not(
    qtbot, services, admin, make_session
) -> None:  # type: ignore[no-untyped-def]
    _event, session_id = make_session(capacity=1)
    with services.db.transaction() as s:
        people = [
            services.people.create_person(s, WalkInDraft(name=name, nik=nik), admin.id).id
            for name, nik in (("Sri Wahyuni", "3311014101900001"), ("Budi Santoso", "3311010202850002"))
        ]
    services.checkin.admit(AdmitRequest(session_id, people[0], ScreeningAnswers(36.5)), admin)
    page = ReportsPage(services, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(page)
    page.show()
    assert page.capacity_flag.isHidden()  # full, not over

    services.checkin.admit(
        AdmitRequest(session_id, people[1], ScreeningAnswers(36.5), override_reason="merged laptops"), admin
    )
    page.refresh()
    assert not page.capacity_flag.isHidden()
    assert "1: 2" in page.capacity_flag.text()  # "angkatan 1: 2 hadir, 1 kursi"
