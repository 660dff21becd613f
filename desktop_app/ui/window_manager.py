"""Owns the main window and rebuilds it when the language or the signed-in operator changes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.core.errors import NotFound
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.signin import prompts
from desktop_app.ui.signin.session_guard import SessionGuard


class WindowManager(QObject):
    """Shows the main window and replaces it by a fresh one in the chosen language or for another operator.

    `guard` shows the operator in the status bar and locks the window after the idle time.
    """

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
        self.guard: SessionGuard | None = None

    def show(self) -> MainWindow:
        """Create and show the main window."""
        self.window = self._create()
        self.window.show()
        return self.window

    def _create(self) -> MainWindow:
        window = MainWindow(self._services, self._paths, self._settings, self._operator_id)
        window.language_changed.connect(self.switch_language)
        window.sign_in_requested.connect(self.sign_in_again)
        if self.guard is not None:
            self.guard.stop()
        self.guard = self._guard(window)
        return window

    def _guard(self, window: MainWindow) -> SessionGuard | None:
        if self._operator_id is None:
            return None
        try:
            operator = self._services.operators.get(self._operator_id)
        except NotFound:
            return None
        # Only an operator with a PIN can unlock: the PIN-less local admin (tests) is never locked out.
        can_lock = any(row.id == operator.id for row in self._services.operators.sign_in_choices())
        guard = SessionGuard(self._services, operator, window, can_lock)
        guard.switch_requested.connect(self.switch_operator)
        return guard

    def switch_operator(self, operator: OperatorInfo) -> MainWindow:
        """Another operator signed in at the lock screen: a fresh window acting as them."""
        self._operator_id = operator.id
        prompts.remember(self._settings, operator.name)
        return self._replace()

    def sign_in_again(self) -> MainWindow | None:
        """After a restore the operators may differ: ask who acts, then a fresh window (None: quit)."""
        operator = prompts.choose_operator(self._services, self._settings)
        if operator is None:
            if self.window is not None:
                self.window.close()
            return None
        return self.switch_operator(operator)

    def switch_language(self, language: str) -> MainWindow:
        """Store `language`, install its translations and replace the window, keeping page and geometry."""
        self._settings.language = language
        self._translations.apply(language)
        return self._replace()

    def _replace(self) -> MainWindow:
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
