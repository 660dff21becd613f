"""Pengaturan: the language switches the whole window; the data files in use are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_page import SettingsPage
from desktop_app.ui.window_manager import WindowManager


def test_shows_the_database_and_data_folder(qtbot, app_paths, settings) -> None:
    page = SettingsPage(app_paths, settings, lambda lang: None)
    qtbot.addWidget(page)
    page.show()

    assert page.db_label.text() == str(app_paths.db_path)
    assert page.data_dir_label.text() == str(app_paths.data_dir)
    assert page.language_combo.currentText() == "Bahasa Indonesia"
    assert not page.apply_button.isEnabled()
    assert "versi berikutnya" in page.later_label.text()


def test_choosing_english_stores_it_and_asks_for_it(qtbot, app_paths, settings) -> None:
    asked: list[str] = []
    page = SettingsPage(app_paths, settings, asked.append)
    qtbot.addWidget(page)
    page.show()

    page.language_combo.setCurrentIndex(page.language_combo.findText("English"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)

    assert asked == ["en"]
    assert settings.language == "en"


def test_the_window_is_rebuilt_in_english_on_the_same_page(
    qtbot, qapp, services, app_paths, settings, admin
) -> None:
    manager = WindowManager(services, app_paths, settings, Translations(qapp), admin.id)
    first = manager.show()
    qtbot.addWidget(first)
    first.show_page("settings")
    page = first.pages["settings"]
    assert isinstance(page, SettingsPage)

    page.language_combo.setCurrentIndex(page.language_combo.findText("English"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)

    second = manager.window
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    assert second is not first
    assert not first.isVisible()
    assert second.isVisible()
    assert second.navigation_titles()[0] == "Events & Sessions"
    assert second.current_page_key() == "settings"
    assert second.pages["settings"].language_combo.currentText() == "English"
    assert settings.language == "en"
