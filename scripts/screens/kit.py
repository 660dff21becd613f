"""What every screenshot shares: offscreen Qt, Hadir's own translation, throwaway data folders, grabs."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.app import application
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.demo.service import DemoResult, generate_demo
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.i18n import Translations, choose_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.worker import WorkerPool

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1200, 760)


@dataclass
class Sandbox:
    """A fresh data folder opened as the app opens it: paths, services, window settings, language."""

    paths: AppPaths
    services: Services
    settings: AppSettings
    translations: Translations

    def demo(self, people: int, operator_id: int | None = None) -> DemoResult:
        """Fill the database as `hadir demo` does (acting as the local admin unless told)."""
        if operator_id is None:
            operator_id = self.services.operators.local_admin().id
        return generate_demo(self.services.db, self.services.district, people=people, operator_id=operator_id)

    def main_window(self, operator_id: int) -> MainWindow:
        """The main window acting as `operator_id`, shown at the README's size."""
        # Pages read inline: a picture shows the data, not "Memuat…".
        window = MainWindow(
            self.services, self.paths, self.settings, operator_id, pool=WorkerPool(inline=True)
        )
        window.resize(*WINDOW_SIZE)
        window.show()
        return window


class Kit:
    """The application and the language; `sandbox()` for data, `save()` for pictures."""

    def __init__(self, app: QApplication, tmp: Path, language: str) -> None:
        self.app = app
        self.tmp = tmp
        self.language = language

    @classmethod
    @contextmanager
    def open(cls, language: str = "id") -> Iterator[Kit]:
        """Offscreen Qt whose user settings live in a temporary folder, removed at the end."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.pop("HADIR_LANG", None)  # the language comes from the settings, as for a user
        with tempfile.TemporaryDirectory(prefix="hadir-shots-") as tmp:
            scope = QSettings.Scope.UserScope
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(Path(tmp) / "user-settings"))
            SHOTS.mkdir(parents=True, exist_ok=True)
            yield cls(application(), Path(tmp), language)

    @contextmanager
    def sandbox(self, name: str) -> Iterator[Sandbox]:
        """A new database in `<tmp>/<name>`, the window's language set as a user sets it.

        At the end the windows still shown are closed and the folder is removed.
        """
        folder = self.tmp / name
        paths = AppPaths.resolve(env={"HADIR_DATA_DIR": str(folder)})
        services = Services.open(paths)
        settings = AppSettings.in_file(folder / "settings.ini")
        settings.language = self.language
        translations = Translations(self.app)
        if not translations.apply(choose_language(settings)):
            raise SystemExit(f"no translation for {self.language!r}: run scripts/build_translations.py")
        try:
            yield Sandbox(paths, services, settings, translations)
        finally:
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.close()
            self.app.processEvents()
            services.close()
            shutil.rmtree(folder, ignore_errors=True)

    def settle(self, widget: QWidget) -> None:
        """Let queued work, layouts and models catch up, then paint `widget`."""
        for _ in range(5):
            self.app.processEvents()
        widget.repaint()
        self.app.processEvents()

    def shot(self, name: str) -> Path:
        """Where the picture `name` goes (docs/screenshots)."""
        return SHOTS / name

    def save(self, widget: QWidget, name: str) -> Path:
        """Settle `widget` and write what it shows to docs/screenshots/`name`."""
        self.settle(widget)
        path = self.shot(name)
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        return self.wrote(path)

    def wrote(self, path: Path) -> Path:
        """Say that `path` was written."""
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return path
