"""The desk's batch chooser on an event with many batches: today's is chosen, every batch listed."""

from __future__ import annotations

from datetime import time, timedelta

from desktop_app.core.session_day import local_now
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.ui.checkin.session_chooser import SessionChooser


def test_many_batches_are_listed_and_todays_is_chosen(qtbot, services, admin) -> None:
    event = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), admin.id)
    first = local_now().date() - timedelta(days=150)  # today in WIB, the sessions' clock
    ids = [
        services.events.add_session(
            SessionDraft(event, first + timedelta(days=n), time(8), time(23, 59), f"Aula {n}", 30), admin.id
        )
        for n in range(300)
    ]
    today = ids[150]
    chooser = SessionChooser(services.events)
    qtbot.addWidget(chooser)
    chosen: list[int] = []
    chooser.session_chosen.connect(chosen.append)

    chooser.reload()

    assert chosen == [today]
    assert chooser.current_session_id() == today
    combo = chooser.session_combo
    assert combo.count() == 300
    assert combo.itemText(0).startswith("Angkatan 1 · ") and combo.itemText(0).endswith("Aula 0")
    assert combo.itemText(combo.currentIndex()).startswith("Angkatan 151 · ")
    info = chooser.current_session()
    assert info is not None and info.id == today and info.capacity == 30 and info.attended == 0

    combo.setCurrentIndex(299)  # the operator picks the last one
    assert chosen[-1] == ids[299]
    chooser.reload()  # another desk added nothing: the choice stays
    assert chooser.current_session_id() == ids[299]


def test_an_event_without_batches_says_so(qtbot, services, admin) -> None:
    services.events.add_event(EventDraft("Pelatihan Koperasi", "Disdagkop UKM"), admin.id)
    chooser = SessionChooser(services.events)
    qtbot.addWidget(chooser)
    chooser.reload()
    assert chooser.current_session_id() is None and chooser.current_session() is None
    assert chooser.session_combo.count() == 1
    assert chooser.session_combo.itemText(0) == "Kegiatan ini belum punya angkatan"
