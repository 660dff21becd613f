"""A small session whose numbers are known by heart, built through the real check-in service.

Invited: Sri, "=1+1", Citra, Dodi, Eko, Hadi (6). Sri, "=1+1" and Eko are admitted (Eko after a
failed first screening, so he is not "refused"); Citra fails the screening (refused); Dodi never
comes; Hadi is admitted and then undone (both no-shows). Fajar, in the registry but not invited,
walks in: a woman from Jayapura (NIK 9471…, above 2^53) with a koperasi whose name starts with "-".
Gita, not invited, fails the screening twice (refused once).

    invited 6, admitted 4, walk-ins 1, refused 2 (Citra, Gita), no-shows 2 (Dodi, Hadi)
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from datetime import date, time
from zoneinfo import ZoneInfo

from desktop_app.core.errors import ScreeningFailed
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.exports.attendance.data import (
    AttendanceSummary,
    AttendeeRow,
    EventReport,
    SessionHeader,
    SessionReport,
)
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.storage.models import Invitation, Organization, Person

BIG_NIK = "9471014101900001"  # 9,471,014,101,900,001 > 2^53: a float would round it
FORMULA_NAME = "=1+1"
SIGNATORY_NIP = "196604201992031008"

# key: (name, NIK, phone E.164, sex, organisation, kind, kecamatan, invited)
PEOPLE = {
    "sri": (
        "Sri Wahyuni",
        "3311014101900001",
        "+6281200000011",
        "P",
        "Batik Sekar Arum",
        "umkm",
        "Weru",
        True,
    ),
    "formula": (
        FORMULA_NAME,
        "3311010202850002",
        "+6281200000012",
        "L",
        "@Warung Kopi",
        "umkm",
        "Weru",
        True,
    ),
    "citra": (
        "Citra Lestari",
        "3311084303880003",
        "+6281200000013",
        "P",
        "+Keripik Tempe",
        "umkm",
        "Mojolaban",
        True,
    ),
    "dodi": (
        "Dodi Prasetyo",
        "3372010505800004",
        "+6281200000014",
        "L",
        "Bengkel Las Dodi",
        "umkm",
        None,
        True,
    ),
    "eko": (
        "Eko Nugroho",
        "3311090606820005",
        "+6281200000015",
        "L",
        "KSP Sejahtera",
        "koperasi",
        "Grogol",
        True,
    ),
    "hadi": ("Hadi Santoso", "3311100707830006", "+6281200000016", "L", "Toko Hadi", "umkm", "Baki", True),
    "fajar": ("Fajar Ningsih", BIG_NIK, "+6285700000017", "P", "-Koperasi Maju", "koperasi", None, False),
    "gita": (
        "Gita Permata",
        "3311124808920008",
        "+6281200000018",
        "P",
        "Salon Gita",
        "umkm",
        "Kartasura",
        False,
    ),
}


@dataclass
class Known:
    """Ids of the known session and what its summary must say."""

    event_id: int
    session_id: int
    person_ids: dict[str, int] = field(default_factory=dict)
    invited: int = 6
    admitted: int = 4
    walk_ins: int = 1
    refused: int = 2
    no_shows: int = 2
    by_kind: tuple = (("umkm", 2), ("koperasi", 2))
    by_sex: tuple = (("L", 2), ("P", 2))
    by_kecamatan: tuple = (("Weru", 2), ("Grogol", 1), (None, 1))
    admitted_names: tuple = ("Sri Wahyuni", FORMULA_NAME, "Eko Nugroho", "Fajar Ningsih")


def build_known_session(services, admin) -> Known:  # type: ignore[no-untyped-def]
    """Create the event, its batch on Tuesday 16 February 2021, the people and the check-ins."""
    event_id = services.events.add_event(
        EventDraft("Sosialisasi BPJS Ketenagakerjaan", "Disdagkop UKM Sukoharjo", "BPJS Ketenagakerjaan"),
        admin.id,
    )
    session_id = services.events.add_session(
        SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 10), admin.id
    )
    known = Known(event_id, session_id)
    with services.db.transaction() as s:
        for key, (name, nik, phone, sex, org, kind, kec, invited) in PEOPLE.items():
            organization = Organization(name=org, name_key=org.casefold(), kind=kind, kecamatan=kec)
            s.add(organization)
            s.flush()
            person = Person(
                nik=nik,
                name=name,
                sex=sex,
                phone=phone,
                organization_id=organization.id,
                address="RT 01/RW 02, Desa Contoh",
                position="Pemilik",
                kpj="21012345678" if key == "sri" else None,
            )
            s.add(person)
            s.flush()
            known.person_ids[key] = person.id
            if invited:
                s.add(
                    Invitation(session_id=session_id, person_id=person.id, code=f"HDR-TEST-{person.id:04d}")
                )

    def admit(key: str, temperature: float = 36.5) -> None:
        request = AdmitRequest(session_id, known.person_ids[key], ScreeningAnswers(temperature=temperature))
        services.checkin.admit(request, admin)

    def refuse(key: str) -> None:
        with contextlib.suppress(ScreeningFailed):
            admit(key, temperature=38.6)

    admit("sri")
    admit("formula")
    refuse("citra")
    refuse("eko")
    admit("eko")
    admit("hadi")
    services.checkin.undo(session_id, known.person_ids["hadi"], "salah orang", admin)
    admit("fajar")
    refuse("gita")
    refuse("gita")
    return known


# Hand-made rows for the writers alone (no database).
WIB = ZoneInfo("Asia/Jakarta")
AWKWARD = ["=SUM(A1:A9)", "+62 812 3456", "-Koperasi", "@Toko", "#N/A", "Bel\x07l", "Ñoño Çağrı Đặng"]


def rows(names: list[str]) -> tuple[AttendeeRow, ...]:
    return tuple(
        AttendeeRow(
            no=i,
            name=name,
            nik=f"94710141019{i:05d}",
            sex="P",
            organization=name,
            org_kind="umkm",
            nib="0220000123456" if i == 1 else None,
            kecamatan="Weru",
            phone="0812-0000-0011",
            kpj=None,
            position="Ketua",
            address="RT 01/RW 02",
            checked_in_at=dt.datetime(2021, 2, 16, 8, 55, tzinfo=WIB),
            temperature=36.4,
            walk_in=False,
            override_reason="ruang cukup" if i == 2 else None,
        )
        for i, name in enumerate(names, start=1)
    )


def report(names: list[str]) -> EventReport:
    header = SessionHeader(1, 1, "Sosialisasi", "Disdagkop", None, 1, dt.date(2021, 2, 16),
                           dt.time(9), dt.time(12), "Asia/Jakarta", "Aula", 30)  # fmt: skip
    summary = AttendanceSummary(30, len(names), len(names), 0, 0, 0, (("umkm", len(names)),))
    return EventReport(1, "Sosialisasi", "Disdagkop", None, (SessionReport(header, summary, rows(names)),),
                       summary)  # fmt: skip
