"""The plain, frozen rows the attendance writers take: built by `services.reports.service`, never ORM objects."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

ORG_KIND_ORDER = ("umkm", "koperasi", "lainnya", None)
SEX_ORDER = ("L", "P", None)

Counts = tuple[tuple[str | None, int], ...]


@dataclass(frozen=True)
class AttendeeRow:
    """One admitted person as the attendance list prints them."""

    no: int
    name: str
    nik: str  # full or masked (`3311********0001`), exactly as it is to be printed
    sex: str | None  # "L" or "P"
    organization: str | None
    org_kind: str | None  # "umkm", "koperasi" or "lainnya"
    nib: str | None
    kecamatan: str | None
    phone: str  # local form, `0812-3456-7890`
    kpj: str | None
    position: str | None
    address: str | None
    checked_in_at: datetime  # aware, in the session's zone
    temperature: float | None
    walk_in: bool
    override_reason: str | None


@dataclass(frozen=True)
class SessionHeader:
    """What the title block says about a session (batch)."""

    session_id: int
    event_id: int
    event_title: str
    organizer: str
    partner: str | None
    batch: int
    date: date
    start_time: time
    end_time: time
    timezone: str
    venue: str
    capacity: int


@dataclass(frozen=True)
class AttendanceSummary:
    """The numbers the office reports: who was invited, came, walked in, was refused, stayed away.

    `no_shows` are invited people who were neither admitted nor screened, so
    invited = admitted invitees + refused invitees + no-shows. `refused` counts distinct people
    whose screening failed and who were not admitted afterwards. Breakdowns count admitted people.
    """

    capacity: int
    invited: int
    admitted: int
    walk_ins: int
    refused: int
    no_shows: int
    by_kind: Counts = ()
    by_sex: Counts = ()
    by_kecamatan: Counts = ()

    @staticmethod
    def ordered(counter: Counter[str | None], order: Iterable[str | None] | None = None) -> Counts:
        """Counts in a fixed order (kinds, sexes) or largest first, unknown last (kecamatan)."""
        unknown = [(None, counter[None])] if counter.get(None) else []
        named = [(k, n) for k, n in counter.items() if k is not None and n]
        if order is None:
            return tuple(sorted(named, key=lambda kv: (-kv[1], kv[0])) + unknown)
        rank = {key: i for i, key in enumerate(order)}
        return tuple(sorted(named, key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])) + unknown)

    @classmethod
    def total(cls, parts: Iterable[AttendanceSummary]) -> AttendanceSummary:
        """The sum of several sessions' summaries (an event's totals)."""
        parts = list(parts)
        kinds: Counter[str | None] = Counter()
        sexes: Counter[str | None] = Counter()
        places: Counter[str | None] = Counter()
        for p in parts:
            kinds.update(dict(p.by_kind))
            sexes.update(dict(p.by_sex))
            places.update(dict(p.by_kecamatan))
        return cls(
            capacity=sum(p.capacity for p in parts),
            invited=sum(p.invited for p in parts),
            admitted=sum(p.admitted for p in parts),
            walk_ins=sum(p.walk_ins for p in parts),
            refused=sum(p.refused for p in parts),
            no_shows=sum(p.no_shows for p in parts),
            by_kind=cls.ordered(kinds, ORG_KIND_ORDER),
            by_sex=cls.ordered(sexes, SEX_ORDER),
            by_kecamatan=cls.ordered(places),
        )


@dataclass(frozen=True)
class SessionReport:
    """One batch: its title block, its numbers and (for exports) its attendees."""

    header: SessionHeader
    summary: AttendanceSummary
    rows: tuple[AttendeeRow, ...] = ()


@dataclass(frozen=True)
class EventReport:
    """An event (or one session of it): the sessions in batch order and the totals."""

    event_id: int
    title: str
    organizer: str
    partner: str | None
    sessions: tuple[SessionReport, ...]
    totals: AttendanceSummary
    full_nik: bool = False

    @property
    def row_count(self) -> int:
        """Attendees over every session."""
        return sum(len(s.rows) for s in self.sessions)
