"""Audit actions and kinds of record in the window's language (the log stores stable codes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.exports.audit.rows import AuditLabels
from desktop_app.ui.i18n import current_language

# Actions a reader should notice: refusals, overrides, deletions, failed sign-ins, restores.
NOTABLE_ACTIONS = frozenset(
    {"override", "delete", "sign_in_failed", "restore", "screening_refused", "deactivate"}
)


def action_names() -> dict[str, str]:
    """Every action code the services write, as a reader says it."""
    return {
        "checkin": QCoreApplication.translate("AuditLabels", "Check-in"),
        "undo": QCoreApplication.translate("AuditLabels", "Check-in undone"),
        "override": QCoreApplication.translate("AuditLabels", "Capacity override"),
        "screening_refused": QCoreApplication.translate("AuditLabels", "Refused at screening"),
        "create": QCoreApplication.translate("AuditLabels", "Created"),
        "update": QCoreApplication.translate("AuditLabels", "Changed"),
        "delete": QCoreApplication.translate("AuditLabels", "Deleted"),
        "merge": QCoreApplication.translate("AuditLabels", "Merged"),
        "import": QCoreApplication.translate("AuditLabels", "Imported"),
        "export": QCoreApplication.translate("AuditLabels", "Exported"),
        "backup": QCoreApplication.translate("AuditLabels", "Backup"),
        "restore": QCoreApplication.translate("AuditLabels", "Restored"),
        "purge": QCoreApplication.translate("AuditLabels", "Health answers cleared"),
        "issue": QCoreApplication.translate("AuditLabels", "Certificates numbered"),
        "generate": QCoreApplication.translate("AuditLabels", "Certificates made"),
        "demo": QCoreApplication.translate("AuditLabels", "Demo data"),
        "sign_in": QCoreApplication.translate("AuditLabels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("AuditLabels", "Wrong PIN"),
        "unlock": QCoreApplication.translate("AuditLabels", "Unlocked"),
        "set_pin": QCoreApplication.translate("AuditLabels", "PIN changed"),
        "activate": QCoreApplication.translate("AuditLabels", "Reactivated"),
        "deactivate": QCoreApplication.translate("AuditLabels", "Deactivated"),
        "consent": QCoreApplication.translate("AuditLabels", "Consent given"),
        "consent_withdrawn": QCoreApplication.translate("AuditLabels", "Consent withdrawn"),
        "duplicate": QCoreApplication.translate("AuditLabels", "Check-in twice"),
    }


def entity_names() -> dict[str, str]:
    """Every kind of record the log names."""
    return {
        "attendance": QCoreApplication.translate("AuditLabels", "Attendance"),
        "person": QCoreApplication.translate("AuditLabels", "Participant"),
        "organization": QCoreApplication.translate("AuditLabels", "Organisation"),
        "event": QCoreApplication.translate("AuditLabels", "Event"),
        "session": QCoreApplication.translate("AuditLabels", "Batch"),
        "certificate": QCoreApplication.translate("AuditLabels", "Certificate"),
        "screening": QCoreApplication.translate("AuditLabels", "Screening"),
        "setting": QCoreApplication.translate("AuditLabels", "Setting"),
        "operator": QCoreApplication.translate("AuditLabels", "Operator"),
        "database": QCoreApplication.translate("AuditLabels", "Database"),
        "audit_log": QCoreApplication.translate("AuditLabels", "Audit log"),
        "bpjs_followup": QCoreApplication.translate("AuditLabels", "BPJS follow-up"),
        "bpjs_membership": QCoreApplication.translate("AuditLabels", "BPJS membership data"),
        "bpjs_registration": QCoreApplication.translate("AuditLabels", "BPJS registration"),
    }


def action_name(code: str) -> str:
    """The reader's word for an action code (the code itself when unknown)."""
    return action_names().get(code, code)


def entity_name(code: str) -> str:
    """The reader's word for a kind of record (the code itself when unknown)."""
    return entity_names().get(code, code)


def local_timestamp(at: datetime) -> str:
    """`16/02/2021 09.14.05` in Indonesian, `16/02/2021 09:14:05` in English."""
    clock = "%H.%M.%S" if current_language() == "id" else "%H:%M:%S"
    return at.strftime(f"%d/%m/%Y {clock}")


def export_labels(period: str) -> AuditLabels:
    """The workbook's texts in the window's language."""
    return AuditLabels(
        sheet=QCoreApplication.translate("AuditLabels", "Audit Log"),
        title=QCoreApplication.translate("AuditLabels", "Hadir audit log"),
        period=period,
        headers=(
            QCoreApplication.translate("AuditLabels", "Time"),
            QCoreApplication.translate("AuditLabels", "Operator"),
            QCoreApplication.translate("AuditLabels", "Action"),
            QCoreApplication.translate("AuditLabels", "Record"),
            QCoreApplication.translate("AuditLabels", "ID"),
            QCoreApplication.translate("AuditLabels", "About"),
            QCoreApplication.translate("AuditLabels", "Details"),
        ),
    )
