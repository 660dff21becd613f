"""Starting the window: paths -> database (migrated) -> services -> sign-in -> translated window.

Nothing else builds services for the window, so tests can build the same pieces with their own
database and settings.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import DatabaseProblem
from desktop_app.logs import log_to_file
from desktop_app.paths import APP_NAME, AppPaths
from desktop_app.ui import crash_guard, dialogs_io, gc_guard
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.error_messages import database_problem_text, database_problem_title
from desktop_app.ui.i18n import Translations, choose_language
from desktop_app.ui.icons import app_icon
from desktop_app.ui.network import startup as network_startup
from desktop_app.ui.signin import prompts
from desktop_app.ui.style import STYLE_SHEET
from desktop_app.ui.window_manager import WindowManager

log = logging.getLogger("hadir.app")
HOUSEKEEPING_DELAY_MS = 1500


def application() -> QApplication:
    """The running QApplication, created with Hadir's name, icon and style if there is none yet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(STYLE_SHEET)
    gc_guard.install(app)  # cycles are collected on this thread only (pages read on pool threads)
    return app


def run_window(
    db: str | None = None,
    *,
    settings: AppSettings | None = None,
    exec_loop: bool = True,
    operator: str | None = None,
) -> int:
    """Open the database, ask who is at the desk, show the main window and run until it closes.

    The first start asks to create the admin; later starts ask an operator's PIN
    (`ui.signin.prompts`, which tests replace).

    Args:
        db: the database file (`--db`); default `HADIR_DB` or the file in the data folder.
        settings: where the window keeps its preferences (default: the user's QSettings).
        exec_loop: False shows the window and returns at once (tests).
        operator: act as this active operator without asking (tests and embedding only).

    Returns:
        The exit status: 0 after a normal close (or when the user quit at sign-in), 2 when the
        database cannot be opened.
    """
    app = application()
    paths = AppPaths.resolve(db)
    log_to_file(paths.log_dir)
    crash_guard.install()
    settings = settings or AppSettings.open(paths.data_dir if paths.portable else None)
    translations = Translations(app)
    translations.apply(choose_language(settings))
    try:
        # On a host its server is started again; a desk whose host is gone is asked what to do.
        opened = network_startup.open_services(paths)
    except DatabaseProblem as exc:
        log.warning("cannot open the database: %s", exc.message)
        dialogs_io.show_error(None, database_problem_title(), database_problem_text(exc), exc.detail)
        return 2
    if opened is None:
        return 0
    paths, services = opened
    try:
        first_start = services.operators.needs_first_admin()
        signed_in = prompts.choose_operator(services, settings, operator)
        if signed_in is None:
            return 0
        if first_start:  # the new, still small database: offer encryption (ticked by default)
            # Imported here: the recovery sheet's PDF and QR writers cost every other start 0.1 s.
            from desktop_app.ui.privacy import first_start as first_start_prompts

            services = first_start_prompts.offer_encryption(services, paths)
        manager = WindowManager(services, paths, settings, translations, signed_in.id)
        window = manager.show()
        # The daily backup and the purge wait until the window is up, and then run beside it.
        QTimer.singleShot(HOUSEKEEPING_DELAY_MS, services.start_housekeeping)
        if not exec_loop:
            window.close()
            return 0
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a page's read still running uses the database
        services.start_housekeeping()  # closed within the delay: the chores still run, once
        services.close()
