"""Every table of Hadir, importable from one place."""

from desktop_app.storage.models.admin import REFUSAL_WITH_REASONS, AuditEntry, Operator, Setting
from desktop_app.storage.models.attendance import (
    Attendance,
    Certificate,
    CertificateAlias,
    Invitation,
    InvitationAlias,
    Screening,
)
from desktop_app.storage.models.base import Base
from desktop_app.storage.models.bpjs import BpjsMembership
from desktop_app.storage.models.event import Event, Session
from desktop_app.storage.models.journal import WriteJournal, WriteJournalRow
from desktop_app.storage.models.people import ORG_KINDS, Organization, Person

__all__ = [
    "ORG_KINDS",
    "REFUSAL_WITH_REASONS",
    "Attendance",
    "AuditEntry",
    "Base",
    "BpjsMembership",
    "Certificate",
    "CertificateAlias",
    "Event",
    "Invitation",
    "InvitationAlias",
    "Operator",
    "Organization",
    "Person",
    "Screening",
    "Session",
    "Setting",
    "WriteJournal",
    "WriteJournalRow",
]
