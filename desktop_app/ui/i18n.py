"""Which language the window speaks, and loading Hadir's and Qt's own translations for it.

Source strings are English, so English means "no translator". `HADIR_LANG` (`id`/`en`)
overrides the stored choice, for support calls and tests.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.dates import LANGUAGES
from desktop_app.paths import resources_dir
from desktop_app.ui.app_settings import AppSettings

log = logging.getLogger(__name__)

LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def choose_language(settings: AppSettings, env: Mapping[str, str] | None = None) -> str:
    """`HADIR_LANG` if set to a known language, else the stored choice (Indonesian by default)."""
    env = os.environ if env is None else env
    forced = (env.get("HADIR_LANG") or "").strip().lower()
    return forced if forced in LANGUAGES else settings.language


def current_language() -> str:
    """The language the installed locale speaks (`id` or `en`)."""
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


TRANSLATOR_NAME = "hadir-translator"


class Translations:
    """The translators installed in the application; `apply()` switches language at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install the translators of `language` (removing the previous ones).

        Returns:
            False when Hadir's own translation file is missing (the window then shows English).
        """
        language = language if language in LANGUAGES else "id"
        # Found by name, so a second Translations over the same application also replaces them.
        for translator in self._app.findChildren(QTranslator, TRANSLATOR_NAME):
            self._app.removeTranslator(translator)
            translator.setParent(None)  # now owned by Python, freed with the loop variable
        self.language = language
        QLocale.setDefault(LOCALES[language])
        if language == "en":
            return True
        ours = resources_dir() / "translations" / f"hadir_{language}.qm"
        found = self._install(str(ours.parent), ours.stem)
        if not found:
            log.warning("translation %s not found: run scripts/build_translations.py", ours)
        # Qt's own words (Cancel, Save, the file dialog): Qt ships no Indonesian qtbase, so Hadir
        # carries its own (resources/translations/qtbase_id.ts); Qt's folder serves other languages.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not self._install(str(ours.parent), f"qtbase_{language}"):
            self._install(qt_dir, f"qtbase_{language}")
        return found

    def _install(self, folder: str, name: str) -> bool:
        translator = QTranslator(self._app)
        translator.setObjectName(TRANSLATOR_NAME)
        if not translator.load(name, folder):
            translator.setParent(None)
            return False
        self._app.installTranslator(translator)
        return True
