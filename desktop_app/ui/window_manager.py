"""Owns the main window and rebuilds it when the language changes (every text re-translated)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow


class WindowManager(QObject):
    """Shows the main window and replaces it by a fresh one in the chosen language."""

    def __init__(
        self,
        services: Services,
        paths: AppPaths,
        settings: AppSettings,
        translations: Translations,
        operator_id: int | None,
    ) -> None:
        super().__init__()
        self._services = services
        self._paths = paths
        self._settings = settings
        self._translations = translations
        self._operator_id = operator_id
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        """Create and show the main window."""
        self.window = self._create()
        self.window.show()
        return self.window

    def _create(self) -> MainWindow:
        window = MainWindow(self._services, self._paths, self._settings, self._operator_id)
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> MainWindow:
        """Store `language`, install its translations and replace the window, keeping page and geometry."""
        self._settings.language = language
        self._translations.apply(language)
        old = self.window
        if old is not None:
            self._settings.geometry = old.saveGeometry()
            self._settings.current_page = old.current_page_key()
        self.window = self._create()
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        return self.window
