"""The last resort: an error nobody expected is logged in full and told to the user in a sentence.

Qt slots that raise would otherwise print a traceback to a terminal nobody watches (or abort).
Data is safe either way: every change commits in its own transaction before the window shows it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import HadirError
from desktop_app.storage.target import problem_from_any as database_problem_from
from desktop_app.ui import dialogs_io
from desktop_app.ui.error_messages import error_text

log = logging.getLogger("hadir.ui")


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("unexpected error in the window", exc_info=(kind, exc, tb))
    title = QCoreApplication.translate("CrashGuard", "Something went wrong")
    exc = database_problem_from(exc, getattr(exc, "path", "")) or exc  # a full disk, a lock
    if isinstance(exc, HadirError):
        text = error_text(exc)
    else:
        text = QCoreApplication.translate(
            "CrashGuard",
            "Hadir met an unexpected problem and stopped this action. Everything saved before "
            "is still there. The details are in the log file.",
        )
    try:
        dialogs_io.show_error(None, title, text, f"{kind.__name__}: {exc}")
    except Exception:  # never let the hook itself fail
        log.exception("could not show the error message")


def install() -> None:
    """Route uncaught exceptions in the window to the log and a message box."""
    sys.excepthook = _hook
