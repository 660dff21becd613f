"""Pages not built yet say what they will hold, in the user's language."""

from __future__ import annotations

import pytest

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.planned_page import PlannedPage

PLANNED = {
    "participants": ("Peserta", ["Impor daftar undangan", "Excel", "NIK tetap disamarkan"]),
}


@pytest.mark.parametrize("key", sorted(PLANNED))
def test_each_planned_page_says_what_will_come(qtbot, services, app_paths, settings, admin, key) -> None:
    window = MainWindow(services, app_paths, settings, admin.id)
    qtbot.addWidget(window)
    window.show()
    window.show_page(key)

    page = window.stack.currentWidget()
    title, phrases = PLANNED[key]
    assert isinstance(page, PlannedPage)
    assert page.title_label.text() == title
    assert page.badge_label.text() == "Tersedia pada versi berikutnya"
    shown = page.description_label.text() + page.features_label.text()
    for phrase in phrases:
        assert phrase in shown
    assert page.description_label.isVisible() and page.features_label.isVisible()


def test_the_built_pages_are_real_pages_now(qtbot, services, app_paths, settings, admin) -> None:
    from desktop_app.ui.certificates.certificates_page import CertificatesPage
    from desktop_app.ui.checkin.checkin_page import CheckinPage
    from desktop_app.ui.reports.reports_page import ReportsPage

    window = MainWindow(services, app_paths, settings, admin.id)
    qtbot.addWidget(window)
    for key, page_type in (
        ("checkin", CheckinPage),
        ("reports", ReportsPage),
        ("certificates", CertificatesPage),
    ):
        window.show_page(key)
        assert isinstance(window.stack.currentWidget(), page_type)


def test_planned_page_shows_its_title_description_and_features(qtbot) -> None:
    page = PlannedPage("Ruang Rapat", "Pemesanan ruang rapat.", ["Kalender <mingguan>", "Pengingat"])
    qtbot.addWidget(page)
    page.show()

    assert page.title_label.text() == "Ruang Rapat"
    assert page.description_label.text() == "Pemesanan ruang rapat."
    assert "<li style='margin-bottom: 6px'>Kalender &lt;mingguan&gt;</li>" in page.features_label.text()
    assert page.text().splitlines() == [
        "Ruang Rapat",
        "Pemesanan ruang rapat.",
        "Kalender <mingguan>",
        "Pengingat",
    ]
