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
