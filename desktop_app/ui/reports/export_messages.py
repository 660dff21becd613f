"""Export failures as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import HadirError
from desktop_app.exports.files import ExportFailed
from desktop_app.ui.error_messages import error_text


def export_error_text(exc: BaseException) -> str:
    """What went wrong, that the previous file (if any) is untouched, and what to do."""
    if isinstance(exc, ExportFailed):
        texts = {
            "extension": QCoreApplication.translate(
                "ExportMessages", "Choose a file name ending in .xlsx (Excel) or .pdf."
            ),
            "folder_missing": QCoreApplication.translate(
                "ExportMessages", "The folder of {path} does not exist. Choose another folder."
            ),
            "permission": QCoreApplication.translate(
                "ExportMessages",
                "Hadir may not write {path}. If the file is open in Excel or another program, close it; "
                "otherwise choose another folder.",
            ),
            "locked": QCoreApplication.translate(
                "ExportMessages", "{path} is open in another program. Close it and export again."
            ),
            "disk_full": QCoreApplication.translate(
                "ExportMessages",
                "The disk is full, so {path} was not written. Free some space and try again.",
            ),
            "io_error": QCoreApplication.translate(
                "ExportMessages", "The disk refused to write {path}. Nothing was changed. Try another folder."
            ),
        }
        return texts.get(exc.problem, texts["io_error"]).format(path=exc.path)
    if isinstance(exc, HadirError):
        return error_text(exc)
    return QCoreApplication.translate(
        "ExportMessages",
        "The export stopped because of an unexpected problem ({problem}). No file was changed.",
    ).format(problem=type(exc).__name__)
