"""The window builds a page when it is first shown, so opening it costs one page, not seven."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.services.demo.service import generate_demo
from desktop_app.ui.main_window import MainWindow


def test_on_many_batches_only_the_shown_page_is_built(qtbot, services, app_paths, settings, admin) -> None:
    demo = generate_demo(services.db, services.district, people=3000, operator_id=admin.id)
    assert demo.sessions == 100
    settings.current_page = "participants"

    window = MainWindow(services, app_paths, settings, admin.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)

    from desktop_app.ui.people.people_page import PeoplePage

    assert window.navigation.currentItem().text() == "Peserta"
    assert isinstance(window.stack.currentWidget(), PeoplePage)
    assert window.stack.currentWidget().isVisible()
    assert window.built_pages() == ["participants"]
    # Every other page is a placeholder until it is chosen.
    others = [window.stack.widget(row) for row in range(window.stack.count()) if row != 2]
    assert all(isinstance(w, QLabel) and w.text() == "Memuat…" for w in others)


def test_choosing_a_page_builds_it_and_keeps_the_others_unbuilt(
    qtbot, services, app_paths, settings, admin
) -> None:
    window = MainWindow(services, app_paths, settings, admin.id)
    qtbot.addWidget(window)
    window.show()
    assert window.built_pages() == ["events"]

    window.show_page("audit")

    from desktop_app.ui.audit.audit_page import AuditPage

    assert isinstance(window.stack.currentWidget(), AuditPage)
    assert window.built_pages() == ["events", "audit"]
    assert window.pages["audit"] is window.stack.currentWidget()
    window.show_page("events")
    assert window.built_pages() == ["events", "audit"]
