"""UI fixtures: the translations built, settings in a temp file, the window's language per test."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    """The .qm files are built artefacts (gitignored): make sure they match the .ts files."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Any QSettings made with the default constructor writes into a temp folder, never the user's."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
        QSettings.setPath(QSettings.Format.NativeFormat, scope, folder)


@pytest.fixture(autouse=True)
def _no_encryption_offer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first start's encryption offer is a modal dialog: declined unless a test says otherwise."""
    from desktop_app.ui.privacy import first_start

    monkeypatch.setattr(first_start, "ask_encrypt", lambda: False)


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (ui/gc_guard.py): no cycle collection from a pool thread under a painting view."""
    from desktop_app.ui import gc_guard

    gc_guard.install(qapp)
    yield
    gc_guard.collect_here()  # on this thread; collection stays off between tests too


@pytest.fixture(autouse=True)
def language(qapp: QApplication) -> Iterator[str]:
    """Install the translations `HADIR_LANG` asks for (Indonesian in the suite) around each test."""
    from desktop_app.ui.i18n import Translations

    lang = os.environ.get("HADIR_LANG", "id")
    Translations(qapp).apply(lang)
    yield lang
    Translations(qapp).apply(lang)


@pytest.fixture
def english(qapp: QApplication) -> str:
    """Switch the window's language to English for this test."""
    from desktop_app.ui.i18n import Translations

    Translations(qapp).apply("en")
    return "en"


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Window preferences in a temporary INI file."""
    from desktop_app.ui.app_settings import AppSettings

    return AppSettings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def app_paths(db_path: Path):  # type: ignore[no-untyped-def]
    """AppPaths naming the test database (the `services` fixture opens the same file)."""
    from desktop_app.paths import AppPaths

    return AppPaths(data_dir=db_path.parent, db_path=db_path)


@dataclass
class DialogRecorder:
    """Stands in for `desktop_app.ui.dialogs_io`: records messages instead of showing them."""

    errors: list[tuple[str, str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    answer: bool = True

    def show_error(self, parent, title, text, detail=""):  # type: ignore[no-untyped-def]
        self.errors.append((title, text, detail))

    def show_info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.infos.append((title, text))

    def ask_yes_no(self, parent, title, text):  # type: ignore[no-untyped-def]
        return self.answer


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """Replace every message box with a recorder."""
    from desktop_app.ui import dialogs_io

    recorder = DialogRecorder()
    for name in ("show_error", "show_info", "ask_yes_no"):
        monkeypatch.setattr(dialogs_io, name, getattr(recorder, name))
    return recorder
