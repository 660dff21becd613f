"""The window's words for the audit log: `sesi: #13 · tanpa undangan: tidak`, not `session_id: 13`.

The words are Qt translations, handed to the Qt-free formatter the exports share
(`exports/audit/words.py`), so the table and the window's Excel export say the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.exports.audit import words as audit_words
from desktop_app.exports.audit.words import AuditWords
from desktop_app.services.audit_log.service import scrub
from desktop_app.ui.audit.audit_labels import action_names, entity_names
from desktop_app.ui.checkin.checkin_messages import CheckinMessages


def key_names() -> dict[str, str]:
    """Every detail key the services write, as a reader says it."""
    return {
        "address": QCoreApplication.translate("AuditDetails", "address"),
        "after": QCoreApplication.translate("AuditDetails", "new value"),
        "audit_entries": QCoreApplication.translate("AuditDetails", "audit log entries"),
        "batch": QCoreApplication.translate("AuditDetails", "batch"),
        "before": QCoreApplication.translate("AuditDetails", "old value"),
        "birth_date": QCoreApplication.translate("AuditDetails", "birth date"),
        "bpu_interest": QCoreApplication.translate("AuditDetails", "BPU interest"),
        "capacity": QCoreApplication.translate("AuditDetails", "capacity"),
        "changed": QCoreApplication.translate("AuditDetails", "changed"),
        "check_pl": QCoreApplication.translate("AuditDetails", "PeduliLindungi check"),
        "codes_kept_as_aliases": QCoreApplication.translate("AuditDetails", "invitation codes kept"),
        "count": QCoreApplication.translate("AuditDetails", "count"),
        "date": QCoreApplication.translate("AuditDetails", "date"),
        "days": QCoreApplication.translate("AuditDetails", "days"),
        "desa": QCoreApplication.translate("AuditDetails", "desa"),
        "description": QCoreApplication.translate("AuditDetails", "description"),
        "document": QCoreApplication.translate("AuditDetails", "document"),
        "dropped": QCoreApplication.translate("AuditDetails", "not used"),
        "dropped_id": QCoreApplication.translate("AuditDetails", "merged record"),
        "dropped_name": QCoreApplication.translate("AuditDetails", "merged name"),
        "dropped_nik": QCoreApplication.translate("AuditDetails", "merged NIK"),
        "each": QCoreApplication.translate("AuditDetails", "one file each"),
        "end_time": QCoreApplication.translate("AuditDetails", "end time"),
        "event_id": QCoreApplication.translate("AuditDetails", "event"),
        "field": QCoreApplication.translate("AuditDetails", "field"),
        "file": QCoreApplication.translate("AuditDetails", "file"),
        "filled": QCoreApplication.translate("AuditDetails", "filled in"),
        "format": QCoreApplication.translate("AuditDetails", "format"),
        "full_nik": QCoreApplication.translate("AuditDetails", "full NIK"),
        "full_phones": QCoreApplication.translate("AuditDetails", "full phone numbers"),
        "id": QCoreApplication.translate("AuditDetails", "number"),
        "imported": QCoreApplication.translate("AuditDetails", "imported"),
        "invited_elsewhere": QCoreApplication.translate("AuditDetails", "invited to another batch"),
        "kecamatan": QCoreApplication.translate("AuditDetails", "kecamatan"),
        "kept": QCoreApplication.translate("AuditDetails", "kept"),
        "key": QCoreApplication.translate("AuditDetails", "setting"),
        "kind": QCoreApplication.translate("AuditDetails", "type"),
        "kpj": QCoreApplication.translate("AuditDetails", "KPJ number"),
        "matched": QCoreApplication.translate("AuditDetails", "matched"),
        "max_temp": QCoreApplication.translate("AuditDetails", "highest temperature"),
        "merged": QCoreApplication.translate("AuditDetails", "merged"),
        "merged_ids": QCoreApplication.translate("AuditDetails", "merged records"),
        "moved": QCoreApplication.translate("AuditDetails", "moved"),
        "name": QCoreApplication.translate("AuditDetails", "name"),
        "new": QCoreApplication.translate("AuditDetails", "new"),
        "new_ids": QCoreApplication.translate("AuditDetails", "new records"),
        "nib": QCoreApplication.translate("AuditDetails", "NIB"),
        "nik": QCoreApplication.translate("AuditDetails", "NIK"),
        "niks": QCoreApplication.translate("AuditDetails", "NIKs"),
        "number": QCoreApplication.translate("AuditDetails", "number"),
        "old": QCoreApplication.translate("AuditDetails", "old"),
        "organization_id": QCoreApplication.translate("AuditDetails", "business or cooperative"),
        "organizer": QCoreApplication.translate("AuditDetails", "organiser"),
        "partner": QCoreApplication.translate("AuditDetails", "partner"),
        "path": QCoreApplication.translate("AuditDetails", "file"),
        "people": QCoreApplication.translate("AuditDetails", "participants"),
        "person_id": QCoreApplication.translate("AuditDetails", "participant"),
        "phone": QCoreApplication.translate("AuditDetails", "phone"),
        "photos": QCoreApplication.translate("AuditDetails", "photos"),
        "pid": QCoreApplication.translate("AuditDetails", "participant"),
        "position": QCoreApplication.translate("AuditDetails", "position"),
        "purged": QCoreApplication.translate("AuditDetails", "cleared"),
        "purpose": QCoreApplication.translate("AuditDetails", "purpose"),
        "reason": QCoreApplication.translate("AuditDetails", "reason"),
        "reasons": QCoreApplication.translate("AuditDetails", "reasons"),
        "rejected": QCoreApplication.translate("AuditDetails", "rejected"),
        "removed": QCoreApplication.translate("AuditDetails", "removed"),
        "removed_certificates": QCoreApplication.translate("AuditDetails", "certificates removed"),
        "removed_invitations": QCoreApplication.translate("AuditDetails", "invitations removed"),
        "require_mask": QCoreApplication.translate("AuditDetails", "mask required"),
        "rows": QCoreApplication.translate("AuditDetails", "rows"),
        "scope": QCoreApplication.translate("AuditDetails", "scope"),
        "seats": QCoreApplication.translate("AuditDetails", "seats"),
        "session": QCoreApplication.translate("AuditDetails", "session"),
        "session_id": QCoreApplication.translate("AuditDetails", "session"),
        "sessions": QCoreApplication.translate("AuditDetails", "batches"),
        "sex": QCoreApplication.translate("AuditDetails", "sex"),
        "sid": QCoreApplication.translate("AuditDetails", "session"),
        "source": QCoreApplication.translate("AuditDetails", "source"),
        "start_time": QCoreApplication.translate("AuditDetails", "start time"),
        "temperature_taken": QCoreApplication.translate("AuditDetails", "temperature taken"),
        "timezone": QCoreApplication.translate("AuditDetails", "time zone"),
        "title": QCoreApplication.translate("AuditDetails", "title"),
        "total": QCoreApplication.translate("AuditDetails", "total"),
        "undone_attendances": QCoreApplication.translate("AuditDetails", "check-ins undone"),
        "unmatched": QCoreApplication.translate("AuditDetails", "not matched"),
        "updated": QCoreApplication.translate("AuditDetails", "updated"),
        "venue": QCoreApplication.translate("AuditDetails", "venue"),
        "walk_in": QCoreApplication.translate("AuditDetails", "walk-in"),
        "workers": QCoreApplication.translate("AuditDetails", "workers"),
    }


def value_names() -> dict[str, str]:
    """Codes the services store as values."""
    return {
        "activity_report": QCoreApplication.translate("AuditDetails", "activity report"),
        "bpjs": QCoreApplication.translate("AuditDetails", "sharing with BPJS Ketenagakerjaan"),
        "event": QCoreApplication.translate("AuditDetails", "event"),
        "export_contacts": QCoreApplication.translate("AuditDetails", "contact tracing"),
        "export_invitations": QCoreApplication.translate("AuditDetails", "invitation cards"),
        "export_signin": QCoreApplication.translate("AuditDetails", "sign-in sheet"),
        "merge": QCoreApplication.translate("AuditDetails", "merging another laptop's data"),
        "session": QCoreApplication.translate("AuditDetails", "session"),
        "transport_receipt": QCoreApplication.translate("AuditDetails", "transport money receipt"),
        "walk_in": QCoreApplication.translate("AuditDetails", "walk-in at the desk"),
    }


def window_words() -> AuditWords:
    """The log's codes in the window's language."""
    return AuditWords(
        keys=key_names(),
        values=value_names(),
        actions=action_names(),
        entities=entity_names(),
        yes=QCoreApplication.translate("AuditDetails", "yes"),
        no=QCoreApplication.translate("AuditDetails", "no"),
        reason=CheckinMessages.reason,
    )


def details_words(details: Mapping[str, Any] | None, words: AuditWords | None = None) -> str:
    """`sesi: #13 · tanpa undangan: tidak`, NIKs and phone numbers masked whatever a writer put in."""
    return scrub(audit_words.details_words(details, words or window_words()))
