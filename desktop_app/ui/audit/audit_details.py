"""An audit entry's details in words: `sesi: #13 · tanpa undangan: tidak`, not `session_id: 13 · walk_in: false`.

The log stores stable codes (keys and values a script can read); the window says them in the
reader's language. A key not listed here is still shown, with its underscores as spaces.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.audit_log.service import scrub
from desktop_app.ui.checkin.checkin_messages import CheckinMessages


def key_names() -> dict[str, str]:
    """Every detail key the services write, as a reader says it."""
    return {
        "after": QCoreApplication.translate("AuditDetails", "new value"),
        "batch": QCoreApplication.translate("AuditDetails", "batch"),
        "before": QCoreApplication.translate("AuditDetails", "old value"),
        "changed": QCoreApplication.translate("AuditDetails", "changed"),
        "codes_kept_as_aliases": QCoreApplication.translate("AuditDetails", "invitation codes kept"),
        "count": QCoreApplication.translate("AuditDetails", "count"),
        "days": QCoreApplication.translate("AuditDetails", "days"),
        "dropped_id": QCoreApplication.translate("AuditDetails", "merged record"),
        "dropped_name": QCoreApplication.translate("AuditDetails", "merged name"),
        "dropped_nik": QCoreApplication.translate("AuditDetails", "merged NIK"),
        "each": QCoreApplication.translate("AuditDetails", "one file each"),
        "event_id": QCoreApplication.translate("AuditDetails", "event"),
        "file": QCoreApplication.translate("AuditDetails", "file"),
        "filled": QCoreApplication.translate("AuditDetails", "filled in"),
        "format": QCoreApplication.translate("AuditDetails", "format"),
        "full_nik": QCoreApplication.translate("AuditDetails", "full NIK"),
        "id": QCoreApplication.translate("AuditDetails", "number"),
        "imported": QCoreApplication.translate("AuditDetails", "imported"),
        "invited_elsewhere": QCoreApplication.translate("AuditDetails", "invited to another batch"),
        "kept": QCoreApplication.translate("AuditDetails", "kept"),
        "key": QCoreApplication.translate("AuditDetails", "setting"),
        "merged": QCoreApplication.translate("AuditDetails", "merged"),
        "merged_ids": QCoreApplication.translate("AuditDetails", "merged records"),
        "moved": QCoreApplication.translate("AuditDetails", "moved"),
        "name": QCoreApplication.translate("AuditDetails", "name"),
        "new": QCoreApplication.translate("AuditDetails", "new"),
        "new_ids": QCoreApplication.translate("AuditDetails", "new records"),
        "nik": QCoreApplication.translate("AuditDetails", "NIK"),
        "niks": QCoreApplication.translate("AuditDetails", "NIKs"),
        "number": QCoreApplication.translate("AuditDetails", "number"),
        "people": QCoreApplication.translate("AuditDetails", "participants"),
        "person_id": QCoreApplication.translate("AuditDetails", "participant"),
        "pid": QCoreApplication.translate("AuditDetails", "participant"),
        "purged": QCoreApplication.translate("AuditDetails", "cleared"),
        "purpose": QCoreApplication.translate("AuditDetails", "purpose"),
        "reason": QCoreApplication.translate("AuditDetails", "reason"),
        "reasons": QCoreApplication.translate("AuditDetails", "reasons"),
        "rejected": QCoreApplication.translate("AuditDetails", "rejected"),
        "removed": QCoreApplication.translate("AuditDetails", "removed"),
        "removed_certificates": QCoreApplication.translate("AuditDetails", "certificates removed"),
        "removed_invitations": QCoreApplication.translate("AuditDetails", "invitations removed"),
        "rows": QCoreApplication.translate("AuditDetails", "rows"),
        "scope": QCoreApplication.translate("AuditDetails", "scope"),
        "seats": QCoreApplication.translate("AuditDetails", "seats"),
        "session_id": QCoreApplication.translate("AuditDetails", "session"),
        "sessions": QCoreApplication.translate("AuditDetails", "batches"),
        "sid": QCoreApplication.translate("AuditDetails", "session"),
        "source": QCoreApplication.translate("AuditDetails", "source"),
        "title": QCoreApplication.translate("AuditDetails", "title"),
        "undone_attendances": QCoreApplication.translate("AuditDetails", "check-ins undone"),
        "walk_in": QCoreApplication.translate("AuditDetails", "walk-in"),
    }


def value_names() -> dict[str, str]:
    """Codes the services store as values."""
    return {
        "walk_in": QCoreApplication.translate("AuditDetails", "walk-in at the desk"),
        "bpjs": QCoreApplication.translate("AuditDetails", "sharing with BPJS Ketenagakerjaan"),
        "session": QCoreApplication.translate("AuditDetails", "session"),
        "event": QCoreApplication.translate("AuditDetails", "event"),
    }


_RECORD_KEYS = {"session_id", "sid", "event_id", "person_id", "pid", "dropped_id", "invited_elsewhere"}


def value_words(key: str, value: Any) -> str:
    """One value as words: yes/no, screening reasons, `#13` for a record, lists joined."""
    if isinstance(value, bool):
        yes, no = (
            QCoreApplication.translate("AuditDetails", "yes"),
            QCoreApplication.translate("AuditDetails", "no"),
        )
        return yes if value else no
    if value is None:
        return "—"
    if key == "reasons" and isinstance(value, list):
        return "; ".join(CheckinMessages.reason(str(code)) for code in value)
    if isinstance(value, str) and value in value_names():
        return value_names()[value]
    if key in _RECORD_KEYS and isinstance(value, int):
        return f"#{value}"
    if isinstance(value, list):
        return ", ".join(value_words(key, v) for v in value) or "—"
    if isinstance(value, Mapping):
        return ", ".join(f"{k.replace('_', ' ')} {value_words(k, v)}" for k, v in value.items())
    return str(value)


def details_words(details: Mapping[str, Any] | None) -> str:
    """`sesi: #13 · tanpa undangan: tidak`: each key and value in the reader's words."""
    if not details:
        return ""
    names = key_names()
    parts = []
    for key in sorted(details):
        name = names.get(key, key.replace("_", " "))
        parts.append(f"{name}: {value_words(key, details[key])}")
    return scrub(" · ".join(parts))
