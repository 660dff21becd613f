"""Removing a record from the registry: what goes with it, and a reason for the audit log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import InvalidField
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.reason_dialog import ReasonDialog, ReasonTexts


class DeleteDialog(ReasonDialog):
    """Asks why (typed, or one of the usual reasons); the button stays disabled until there is one."""

    def __init__(self, heading: str, consequences: str, parent: QWidget | None = None) -> None:
        texts = ReasonTexts(
            title=QCoreApplication.translate("DeleteDialog", "Remove from the registry"),
            heading=heading,
            explanation=consequences,
            usual_reasons=[
                QCoreApplication.translate("DeleteDialog", "Entered twice by mistake"),
                QCoreApplication.translate("DeleteDialog", "The person asked to be removed"),
                QCoreApplication.translate("DeleteDialog", "Test or sample entry"),
            ],
            reason_label=QCoreApplication.translate("DeleteDialog", "&Reason (kept in the audit log)"),
            placeholder=QCoreApplication.translate("DeleteDialog", "Type or choose a reason"),
            ok=QCoreApplication.translate("DeleteDialog", "Remove"),
            missing=PeopleLabels.field_error(InvalidField("reason", "required")),
        )
        super().__init__(texts, 480, parent)
        self.consequences_label = self.explanation_label
