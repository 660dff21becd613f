"""Peserta's "Show more" adds the next rows below the list instead of reading it all again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.people import people_page
from desktop_app.ui.people.person_table_model import PersonColumn
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def small_pages(qtbot, services, admin, demo, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The page with screenfuls of 25 rows over the 60 demo people."""
    monkeypatch.setattr(people_page, "PAGE_SIZE", 25)
    page = people_page.PeoplePage(services, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    return page


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.person_model
    return [model.index(r, PersonColumn.NAME).data() for r in range(model.rowCount())]


def test_show_more_continues_from_the_last_row(qtbot, small_pages, services) -> None:
    page = small_pages
    everyone = [r.name for r in services.registry.list_people(limit=1000)]
    assert _names(page) == everyone[:25]
    assert page.count_label.text() == "Menampilkan 25 dari 60"
    resets: list[bool] = []
    page.person_model.modelReset.connect(lambda: resets.append(True))

    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert _names(page) == everyone[:50]
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)

    assert _names(page) == everyone
    assert resets == []  # the rows shown were kept, the new ones added below
    assert not page.more_button.isVisible()


class _HeldPool(WorkerPool):
    """Background jobs wait until the test runs them (a count that has not finished yet)."""

    def __init__(self) -> None:
        super().__init__(inline=True)
        self.held: list = []

    def start(self, worker):  # type: ignore[no-untyped-def]
        self.held.append(worker)
        return worker

    def run_held(self) -> None:
        held, self.held = self.held, []
        for worker in held:
            worker.run()


def test_rows_show_before_the_total_is_counted(qtbot, services, admin, demo, monkeypatch) -> None:
    monkeypatch.setattr(people_page, "PAGE_SIZE", 25)
    pool = _HeldPool()
    page = people_page.PeoplePage(services, admin.id, pool=pool)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()

    assert page.person_model.rowCount() == 25
    assert page.count_label.text() == "25 ditampilkan"
    assert page.tabs.tabText(0) == "Peserta (…)"
    assert page.more_button.isVisible()

    pool.run_held()
    assert page.count_label.text() == "Menampilkan 25 dari 60"
    assert page.tabs.tabText(0) == "Peserta (60)"


def test_a_stale_count_does_not_overwrite_the_newer_one(qtbot, services, admin, demo, monkeypatch) -> None:
    monkeypatch.setattr(people_page, "PAGE_SIZE", 10)
    pool = _HeldPool()
    page = people_page.PeoplePage(services, admin.id, pool=pool)
    qtbot.addWidget(page)
    page.show()
    kinds = page.people_tab.kind_combo
    kinds.setCurrentIndex(kinds.findData("koperasi"))
    pool.run_held()  # the whole registry's count (asked first) and the cooperatives' (asked last)

    coops = services.registry.count_people(kind="koperasi")
    assert page.tabs.tabText(0) == f"Peserta ({coops})"


def test_show_more_continues_a_descending_sort_and_a_filter(qtbot, small_pages, services) -> None:
    page = small_pages
    page.people_tab.view.sortByColumn(PersonColumn.ATTENDED, Qt.SortOrder.DescendingOrder)
    expected = [r.id for r in services.registry.list_people(limit=1000, sort="attended", descending=True)]
    while page.more_button.isVisible():
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in page.person_model.rows()] == expected

    attended = page.people_tab.attended_combo
    attended.setCurrentIndex(attended.findData(True))
    expected = [
        r.id
        for r in services.registry.list_people(limit=1000, attended=True, sort="attended", descending=True)
    ]
    assert page.person_model.rowCount() == 25
    while page.more_button.isVisible():
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in page.person_model.rows()] == expected
    assert page.count_label.text() == f"{len(expected)} ditampilkan"


def test_counts_are_right_right_after_an_admission(qtbot, small_pages, services, admin, make_session) -> None:
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest

    page = small_pages
    attended = page.people_tab.attended_combo
    attended.setCurrentIndex(attended.findData(False))
    not_yet = services.registry.count_people(attended=False)
    newcomer = page.person_model.row_at(0)
    _, session_id = make_session(capacity=30)
    services.checkin.admit(
        AdmitRequest(session_id, newcomer.id, ScreeningAnswers(temperature=36.6), accept_elsewhere=True),
        admin,
    )
    page.hide()
    page.show()  # coming back to the page reads it again

    assert newcomer.id not in [r.id for r in page.person_model.rows()]
    assert page.tabs.tabText(0) == f"Peserta ({not_yet - 1})"
    attended.setCurrentIndex(attended.findData(True))
    page.people_tab.view.sortByColumn(PersonColumn.ATTENDED, Qt.SortOrder.AscendingOrder)
    while page.more_button.isVisible():
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert [r.attended for r in page.person_model.rows() if r.id == newcomer.id] == [1]
