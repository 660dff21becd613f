"""The window paints before any page has read its data: the page on show says it is loading.

The pool here holds every job until the test lets it run, so what the user sees before the
background read ends is checked, not raced.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.services.demo.service import generate_demo
from desktop_app.ui.events_page import EventsPage
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.worker import Worker, WorkerPool


class HeldPool(WorkerPool):
    """Keeps the jobs it is given until `run_all()` (on the test's thread, like inline)."""

    def __init__(self) -> None:
        super().__init__(inline=True)
        self.held: list[Worker] = []

    def start(self, worker: Worker) -> Worker:
        self.held.append(worker)
        return worker

    def run_all(self) -> int:
        jobs, self.held = self.held, []
        for worker in jobs:
            worker.run()
        return len(jobs)


def test_the_window_paints_with_the_page_loading_and_nothing_else_read(
    qtbot, services, app_paths, settings, admin
) -> None:
    demo = generate_demo(services.db, services.district, people=3000, operator_id=admin.id)
    assert demo.sessions == 100
    settings.current_page = "events"
    pool = HeldPool()

    window = MainWindow(services, app_paths, settings, admin.id, pool=pool)
    qtbot.addWidget(window)
    window.show()
    window.repaint()

    page = window.stack.currentWidget()
    assert isinstance(page, EventsPage)
    assert window.built_pages() == ["events"]
    # Painted before the read: the page says "Memuat…", its lists are empty, one read is waiting.
    assert page.content_stack.currentWidget() is page.loading_label
    assert page.loading_label.isVisible() and page.loading_label.text() == "Memuat…"
    assert page.event_model.rowCount() == 0 and page.session_model.rowCount() == 0
    assert not page.new_event_button.isVisible()  # and no "no events yet" either
    assert page.loader.loads == 1 and len(pool.held) == 1
    others = [window.stack.widget(row) for row in range(window.stack.count()) if row != 0]
    assert all(isinstance(w, QLabel) and w.text() == "Memuat…" for w in others)

    assert pool.run_all() == 1

    assert page.content_stack.currentWidget() is page.splitter
    assert page.event_model.rowCount() == 1
    assert page.session_model.rowCount() == 100
    assert page.selected_event().id == demo.event_id
    assert not pool.held  # choosing the event while showing it read nothing more
    assert window.built_pages() == ["events"]


def test_an_older_read_that_ends_last_is_not_shown(qtbot, services, admin) -> None:
    generate_demo(services.db, services.district, people=90, operator_id=admin.id)
    pool = HeldPool()
    page = EventsPage(services, admin.id, pool=pool)
    qtbot.addWidget(page)
    page.show()  # the first read
    first = pool.held.pop()
    page.refresh()  # asked again before the first answer came
    first.run()

    assert page.content_stack.currentWidget() is page.loading_label  # the older answer is dropped
    assert pool.run_all() == 1
    assert page.session_model.rowCount() == 3
