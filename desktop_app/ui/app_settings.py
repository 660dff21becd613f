"""Per-user window preferences (language, geometry) in QSettings; business settings live in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.core.dates import LANGUAGES
from desktop_app.paths import APP_NAME

DEFAULT_LANGUAGE = "id"


class AppSettings:
    """Typed access to the few values the window remembers between runs."""

    LANGUAGE = "ui/language"
    GEOMETRY = "window/geometry"
    CURRENT_PAGE = "window/page"

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def open(cls, portable_dir: Path | None = None) -> AppSettings:
        """The user's settings (INI, organisation and application "Hadir").

        Args:
            portable_dir: when the data lives next to the app, keep the settings there too.
        """
        if portable_dir is not None:
            return cls(QSettings(str(portable_dir / "settings.ini"), QSettings.Format.IniFormat))
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME))

    @classmethod
    def in_file(cls, path: Path) -> AppSettings:
        """Settings kept in one INI file (tests, screenshots)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def language(self) -> str:
        """The stored UI language, `id` unless `en` was chosen."""
        value = str(self.store.value(self.LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue(self.LANGUAGE, value if value in LANGUAGES else DEFAULT_LANGUAGE)
        self.store.sync()

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        value = self.store.value(self.GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue(self.GEOMETRY, value)

    @property
    def current_page(self) -> str:
        """The navigation entry that was open last."""
        return str(self.store.value(self.CURRENT_PAGE, "") or "")

    @current_page.setter
    def current_page(self, key: str) -> None:
        self.store.setValue(self.CURRENT_PAGE, key)

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()
