"""Taking back a check-in made by mistake: the row stays, marked undone with who and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import InvalidField
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.reason_dialog import ReasonDialog, ReasonTexts


class UndoDialog(ReasonDialog):
    """Asks the reason (typed, or one of the usual ones); OK stays disabled until there is one."""

    def __init__(self, name: str, clock: str, parent: QWidget | None = None) -> None:
        texts = ReasonTexts(
            title=QCoreApplication.translate("UndoDialog", "Undo check-in"),
            heading=QCoreApplication.translate("UndoDialog", "Undo the check-in of {name} ({time})?").format(
                name=name, time=clock
            ),
            explanation=QCoreApplication.translate(
                "UndoDialog",
                "The seat becomes free again. The check-in stays in the history, struck through, with the reason.",
            ),
            usual_reasons=[
                QCoreApplication.translate("UndoDialog", "Wrong person selected"),
                QCoreApplication.translate("UndoDialog", "Checked in twice by mistake"),
                QCoreApplication.translate("UndoDialog", "Left before the session started"),
            ],
            reason_label=QCoreApplication.translate("UndoDialog", "&Reason"),
            placeholder=QCoreApplication.translate("UndoDialog", "Type or choose a reason"),
            ok=QCoreApplication.translate("UndoDialog", "Undo check-in"),
            missing=CheckinMessages.field_error(InvalidField("undo_reason", "required")),
        )
        super().__init__(texts, 440, parent)
