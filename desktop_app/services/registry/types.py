"""What the *Peserta* page reads and writes: frozen rows, drafts, and the registry's own refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.core.errors import RuleRefusal


class PersonSort(StrEnum):
    """Columns the people list can be sorted by (in the database, so paging stays right)."""

    NAME = "name"
    NIK = "nik"
    PHONE = "phone"
    ORGANIZATION = "organization"
    KIND = "kind"
    KECAMATAN = "kecamatan"
    ATTENDED = "attended"


class OrganizationSort(StrEnum):
    """Columns the organisations list can be sorted by."""

    NAME = "name"
    KIND = "kind"
    KECAMATAN = "kecamatan"
    DESA = "desa"
    WORKERS = "workers"
    PEOPLE = "people"
    ATTENDED = "attended"


@dataclass(frozen=True)
class PersonRow:
    """One person as lists show them: the NIK masked, the phone the local way."""

    id: int
    name: str
    nik_masked: str
    phone: str
    sex: str | None
    organization_id: int | None
    organization: str | None
    organization_kind: str | None
    kecamatan: str | None
    position: str | None
    attended: int  # sessions attended (undone check-ins do not count)


@dataclass(frozen=True)
class PersonSession:
    """One batch a person was invited to or attended."""

    session_id: int
    event_title: str
    batch: int
    date: date
    invited: bool
    attended: bool
    certificate: str | None


@dataclass(frozen=True)
class PersonRecord:
    """Everything the edit dialog shows; the only place the full NIK leaves the registry."""

    id: int
    name: str
    nik: str | None
    phone: str  # local format, e.g. 0812-3456-7890
    sex: str | None
    birth_date: date | None
    address: str | None
    desa: str | None
    kecamatan: str | None
    organization_id: int | None
    organization: str | None
    organization_kind: str | None
    position: str | None
    kpj: str | None
    sessions: tuple[PersonSession, ...] = ()
    consent_bpjs_at: datetime | None = None  # consent to share the data with BPJS, and when

    @property
    def attended(self) -> int:
        """Sessions attended."""
        return sum(s.attended for s in self.sessions)

    @property
    def certificates(self) -> int:
        """Certificates issued to this person."""
        return sum(s.certificate is not None for s in self.sessions)


@dataclass(frozen=True)
class PersonDraft:
    """What the edit dialog sends back. Empty strings clear a field.

    The organisation is `organization_id` when chosen from the registry, else `organization`
    (a name, created with `organization_kind` if new), else none.
    """

    name: str
    nik: str | None = None
    phone: str | None = None
    sex: str | None = None
    address: str | None = None
    desa: str | None = None
    kecamatan: str | None = None
    organization_id: int | None = None
    organization: str | None = None
    organization_kind: str = "umkm"
    position: str | None = None
    kpj: str | None = None


@dataclass(frozen=True)
class OrganizationRow:
    """One organisation with its people and how many of them attended a session."""

    id: int
    name: str
    kind: str
    kecamatan: str | None
    desa: str | None
    address: str | None
    workers: int | None
    nib: str | None
    people: int
    attended: int


@dataclass(frozen=True)
class OrganizationDraft:
    """What the organisation dialog sends back."""

    name: str
    kind: str = "umkm"
    kecamatan: str | None = None
    desa: str | None = None
    address: str | None = None
    workers: int | None = None
    nib: str | None = None


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, so the window can say it."""

    kept_id: int
    dropped_id: int
    filled: tuple[str, ...]
    moved: dict[str, int]
    undone_attendances: int = 0
    removed_invitations: int = 0
    removed_certificates: tuple[str, ...] = ()


class HasCertificates(RuleRefusal):
    """A person holding a certificate is not removed: the certificate must keep verifying."""

    reason = "has_certificates"

    def __init__(self, name: str, count: int) -> None:
        super().__init__(f"{name} holds {count} certificate(s) and cannot be removed")
        self.name = name
        self.count = count


class HasMembers(RuleRefusal):
    """An organisation that people still belong to is not removed (merge it instead)."""

    reason = "has_members"

    def __init__(self, name: str, count: int) -> None:
        super().__init__(f"{count} people still belong to {name}")
        self.name = name
        self.count = count


@dataclass(frozen=True)
class WalkInDraft:
    """A person who arrives without an invitation and is not in the registry yet."""

    name: str
    nik: str | None = None
    phone: str | None = None
    sex: str | None = None
    birth_date: date | None = None
    organization: str | None = None
    organization_id: int | None = None
    organization_kind: str = "umkm"
    position: str | None = None
