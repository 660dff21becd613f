"""merge-dialog.png and merge-over-capacity.png: merging a field laptop, and what Laporan shows after.

The office's demo database (90 people, three batches of 30) is copied to a laptop before the event;
the laptop admits six more people to batch 1, which the office had filled already, and corrects
two phone numbers. The office merges it: the report with its one-click choices, then Laporan.
"""

from __future__ import annotations

from sqlalchemy import select, update

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Attendance, Person
from desktop_app.ui.merge.merge_dialog import MergeDialog
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.worker import WorkerPool
from screens.kit import WINDOW_SIZE, Kit


def _laptop_admits(services: Services, session_id: int) -> None:
    """Six people of the registry not admitted to batch 1 yet, admitted past its capacity."""
    with services.db.session() as s:
        admitted = set(s.scalars(select(Attendance.person_id)))
        people = [p for p in s.scalars(select(Person.id).order_by(Person.id)) if p not in admitted][:6]
        phones = list(s.scalars(select(Person.id).where(Person.phone.is_not(None)).order_by(Person.id)))[:2]
    admin = services.operators.local_admin()
    for person in people:
        services.checkin.admit(
            AdmitRequest(session_id, person, ScreeningAnswers(36.5), override_reason="laptop lapangan"), admin
        )
    with services.db.transaction() as s:
        for n, person in enumerate(phones):
            s.execute(update(Person).where(Person.id == person).values(phone=f"+62857000000{n}9"))


def take(kit: Kit) -> None:
    with kit.sandbox("merge") as box:
        services = box.services
        admin = services.operators.local_admin()
        demo = box.demo(people=90)
        first = services.events.list_sessions(demo.event_id)[0]
        laptop = backup_file(box.paths.db_path, box.paths.data_dir / "laptop-bulu.db")
        other = Services(open_database(laptop))
        _laptop_admits(other, first.id)
        other.close()
        report = services.merge.merge(laptop, admin)
        dialog = MergeDialog(report, laptop.name, lambda _conflict: True)
        dialog.resize(760, 460)
        dialog.show()
        kit.save(dialog, "merge-dialog.png")
        dialog.close()
        page = ReportsPage(services, admin.id, pool=WorkerPool(inline=True))
        page.resize(*WINDOW_SIZE)
        page.show()
        page.session_combo.setCurrentIndex(page.session_combo.findData(first.id))
        kit.save(page, "merge-over-capacity.png")
        page.close()
