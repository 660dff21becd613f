"""An event of two batches, its attendees, and a membership list from the branch (built through the services).

Batch 1 is on 16 February 2021, batch 2 on 10 March 2021. Who is who:

| key | batch | how | membership list says | interest / consent |
| --- | --- | --- | --- | --- |
| A | 1 | invited | registered 5 Jan 2021 (an Excel date): a member before | |
| B | 1 | invited | `16/02/2021`: on the day, a conversion within 30 days | interested |
| C | 1 | invited | `16-04-2021`: 59 days after, within 90 not 30 | |
| D | 1 | invited | not on the list | interested, consented |
| E | 1 | invited, never came | `16 Februari 2021` | |
| H | 1 | walk-in | `2021-02-20` | |
| F | 2 | invited | `10 Maret 2021`: on the day | |
| G | 2 | invited | `2021-03-01`: before batch 2 (after batch 1, which G did not attend) | |
| I | 2 | invited | not on the list | |

The list also holds an unknown NIK, a bad KPJ and an impossible date; NIKs are numbers in the xlsx.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from openpyxl import Workbook

from desktop_app.core.codes import new_invitation_code
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.bpjs.interest import set_interest
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Invitation, Person
from desktop_app.storage.types import utcnow

NIKS = {key: f"3311{(n % 12) + 1:02d}{n + 1:02d}0190{n + 1:04d}" for n, key in enumerate("ABCDEFGHI")}
PHONES = {key: f"08120000{n:04d}" for n, key in enumerate("ABCDEFGHI", start=11)}
UNKNOWN_NIK = "3311015005800099"

LIST_ROWS: list[tuple[object, ...]] = [
    (int(NIKS["A"]), "21012345671", "Ani", date(2021, 1, 5), "BPU", "JKK, JKM"),
    (int(NIKS["B"]), "21012345672", "Budi", "16/02/2021", "Bukan Penerima Upah", "JKK JKM JHT"),
    (int(NIKS["C"]), 21012345673, "Citra", "16-04-2021", "BPU", "JKK,JKM"),
    (int(NIKS["E"]), "21012345675", "Eko", "16 Februari 2021", "BPU", "JKK, JKM"),
    (int(NIKS["H"]), "21012345678", "Heru", "2021-02-20", "PU", "JKK, JKM, JHT, JP"),
    (int(NIKS["F"]), "21012345676", "Fajar", "10 Maret 2021", "BPU", "JKK, JKM"),
    (int(NIKS["G"]), "21012345677", "Gita", "2021-03-01", "Jakon", "JKK, JKM"),
    (int(UNKNOWN_NIK), "21012345679", "Orang Lain", "16/02/2021", "BPU", "JKK"),
    (int(NIKS["D"]), "12345", "Dodi", "16/02/2021", "BPU", "JKK"),  # bad KPJ: rejected, D stays unregistered
    (int(NIKS["I"]), "21012345670", "Indah", "31/02/2021", "BPU", "JKK"),  # impossible date: rejected
]


@dataclass
class World:
    services: object
    admin: object
    event_id: int
    s1: int
    s2: int
    people: dict[str, int]


def write_member_list(path: Path, rows: list[tuple[object, ...]] = LIST_ROWS) -> Path:
    """The branch's list: an empty first sheet, title rows, then the table; NIKs as numbers."""
    wb = Workbook()
    wb.active.title = "Petunjuk"
    ws = wb.create_sheet("Data TK")
    ws.append(["DAFTAR PESERTA BPU KANTOR CABANG SUKOHARJO"])
    ws.append(["Periode: Januari - April 2021"])
    ws.append([])
    ws.append(["No", "NIK", "No. KPJ", "Nama Tenaga Kerja", "Tgl Kepesertaan", "Segmen", "Program"])
    for number, row in enumerate(rows, 1):
        ws.append([number, *row])
    ws.append([None, None, None, "Sukoharjo, 30 April 2021"])
    wb.save(path)
    return path


def build_world(services, admin) -> World:  # type: ignore[no-untyped-def]
    events = services.events
    event_id = events.add_event(EventDraft("Sosialisasi Jamsostek UMKM", "Disdagkop UKM"), admin.id)
    s1 = events.add_session(
        SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 30, 1), admin.id
    )
    s2 = events.add_session(
        SessionDraft(event_id, date(2021, 3, 10), time(9), time(12), "Aula Dinas", 30, 2), admin.id
    )
    invited = {"A": s1, "B": s1, "C": s1, "D": s1, "E": s1, "F": s2, "G": s2, "I": s2}
    people: dict[str, int] = {}
    with services.db.transaction() as s:
        for key in "ABCDEFGHI":
            draft = WalkInDraft(
                name=f"Peserta {key}",
                nik=NIKS[key],
                phone=PHONES[key],
                organization=f"Usaha {key}",
                position="Pemilik",
            )
            person = services.people.create_person(s, draft, admin.id)
            people[key] = person.id
            if key in invited:
                s.add(Invitation(session_id=invited[key], person_id=person.id, code=new_invitation_code()))
        s.get(Person, people["D"]).consent_bpjs_at = utcnow()
    for key, sid in (("A", s1), ("B", s1), ("C", s1), ("D", s1), ("H", s1), ("F", s2), ("G", s2), ("I", s2)):
        services.checkin.admit(AdmitRequest(sid, people[key], ScreeningAnswers(36.5)), admin)
    set_interest(services.db, people["B"], True, admin.id, s1)
    set_interest(services.db, people["D"], True, admin.id, s1)
    return World(services, admin, event_id, s1, s2, people)
