"""The main window: navigation in the user's language, the open database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import DEFAULT_SIZE, MainWindow
from desktop_app.ui.screen_fit import first_size
from desktop_app.ui.worker import WorkerPool

INDONESIAN = [
    "Kegiatan & Sesi",
    "Meja Check-in",
    "Peserta",
    "Laporan & Ekspor",
    "Sertifikat",
    "Pengaturan",
    "Log Audit",
]
ENGLISH = [
    "Events & Sessions",
    "Check-in Desk",
    "Participants",
    "Reports & Export",
    "Certificates",
    "Settings",
    "Audit Log",
]


def make_window(qtbot, services, app_paths, settings, admin) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, app_paths, settings, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_entries_in_indonesian_and_db_path_in_status_bar(
    qtbot, services, app_paths, settings, admin
) -> None:
    window = make_window(qtbot, services, app_paths, settings, admin)

    assert window.windowTitle() == "Hadir"
    assert window.navigation_titles() == INDONESIAN
    assert window.db_label.text() == f"Basis data: {app_paths.db_path}"
    assert window.statusBar().isVisible()
    assert window.pages["events"].isVisible()


def test_english_when_the_language_is_english(qtbot, services, app_paths, settings, admin, english) -> None:
    window = make_window(qtbot, services, app_paths, settings, admin)

    assert window.navigation_titles() == ENGLISH
    assert window.db_label.text() == f"Database: {app_paths.db_path}"


def test_clicking_an_entry_shows_its_page(qtbot, services, app_paths, settings, admin) -> None:
    window = make_window(qtbot, services, app_paths, settings, admin)

    item = window.navigation.item(INDONESIAN.index("Sertifikat"))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    from desktop_app.ui.certificates.certificates_page import CertificatesPage

    page = window.stack.currentWidget()
    assert isinstance(page, CertificatesPage)
    assert page.isVisible()
    assert settings.current_page == "certificates"


def test_the_first_window_fits_a_1366x768_laptop_with_its_panel() -> None:
    from PySide6.QtCore import QSize

    size = first_size(DEFAULT_SIZE, QSize(1366, 728))  # 768 less a 40 px panel
    assert size.height() + 32 <= 728 and size.width() <= 1366  # title bar, status bar and all
    assert first_size(DEFAULT_SIZE, QSize(1920, 1040)) == DEFAULT_SIZE


def test_default_size_then_the_saved_geometry(qtbot, services, app_paths, settings, admin) -> None:
    window = make_window(qtbot, services, app_paths, settings, admin)
    expected = first_size(DEFAULT_SIZE, window.screen().availableGeometry().size())
    assert window.height() == expected.height()  # (the width: the pages' minimum on an 800 px screen)

    window.resize(1000, 700)
    window.close()
    assert settings.geometry is not None
    again = make_window(qtbot, services, app_paths, settings, admin)

    # The offscreen screen is 800 px wide, so Qt narrows a restored window: the height tells.
    assert again.size().height() == 700
    assert again.size() != DEFAULT_SIZE


def test_the_page_open_last_time_opens_again(qtbot, services, app_paths, settings, admin) -> None:
    settings.current_page = "settings"
    window = make_window(qtbot, services, app_paths, settings, admin)

    assert window.current_page_key() == "settings"
    assert window.navigation.currentItem().text() == "Pengaturan"


def test_the_built_pages_are_real_pages_now(qtbot, services, app_paths, settings, admin) -> None:
    from desktop_app.ui.certificates.certificates_page import CertificatesPage
    from desktop_app.ui.checkin.checkin_page import CheckinPage
    from desktop_app.ui.reports.reports_page import ReportsPage

    window = MainWindow(services, app_paths, settings, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(window)
    for key, page_type in (
        ("checkin", CheckinPage),
        ("reports", ReportsPage),
        ("certificates", CertificatesPage),
    ):
        window.show_page(key)
        assert isinstance(window.stack.currentWidget(), page_type)


def test_a_server_is_shown_in_the_status_bar_without_its_password(qtbot, pg_url, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from desktop_app.paths import AppPaths
    from desktop_app.services.container import Services

    paths = AppPaths.resolve(pg_url, env={"HADIR_DATA_DIR": str(tmp_path)})
    services = Services.open(paths)
    try:
        window = make_window(qtbot, services, paths, settings, services.operators.local_admin())
        url = make_url(pg_url)
        shown = f"postgresql://hadir:***@127.0.0.1:{url.port}/{url.database}"
        assert window.db_label.text() == f"Basis data: {shown}"
        assert url.password not in window.db_label.text() + window.db_label.toolTip()
        window.grab().save(str(tmp_path / "server-status-bar.png"))
    finally:
        services.close()
