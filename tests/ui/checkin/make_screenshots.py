"""Screenshots of the desk in use and of the door display, for docs/screenshots (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/checkin/make_screenshots.py [--qm FILE]

A fresh database in a temporary folder: the demo registry, today's batch of 30 with 28 invitees,
23 admitted (one walk-in, one refused at 38,1 °C, one undone), and the next person on the card with
the temperature typed. `--qm` installs a compiled translation (e.g. Indonesian) first.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import tempfile
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop_app.app import application  # noqa: E402
from desktop_app.core.codes import new_invitation_code  # noqa: E402
from desktop_app.core.errors import HadirError  # noqa: E402
from desktop_app.core.screening import ScreeningAnswers  # noqa: E402
from desktop_app.services.checkin_types import AdmitRequest, WalkInDraft  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.demo import generate_demo  # noqa: E402
from desktop_app.services.events import EventDraft, SessionDraft  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.storage.models import Invitation, Person  # noqa: E402


def build_data(services: Services) -> tuple[int, list[int]]:
    """Today's batch with invitees, most of them admitted; returns the session and the invitees."""
    admin = services.operators.local_admin()
    generate_demo(services.db, services.district, people=200, operator_id=admin.id)
    event = EventDraft(
        "Sosialisasi Program BPJS Ketenagakerjaan bagi Pengurus Koperasi",
        "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
        "BPJS Ketenagakerjaan Cabang Surakarta",
    )
    event_id = services.events.add_event(event, admin.id)
    draft = SessionDraft(
        event_id, date.today(), time(8, 30), time(11, 30), "Aula Kantor Kecamatan Grogol", 30
    )
    session_id = services.events.add_session(draft, admin.id)
    rng = random.Random(7)
    with services.db.transaction() as s:
        people = rng.sample(sorted(s.scalars(select(Person.id))), 28)
        for pid in people:
            s.add(Invitation(session_id=session_id, person_id=pid, code=new_invitation_code(rng)))
    for pid in people[:22]:
        answers = ScreeningAnswers(temperature=round(rng.uniform(35.9, 37.0), 1))
        services.checkin.admit(AdmitRequest(session_id, pid, answers), admin)
    with contextlib.suppress(HadirError):  # refused at the door: a fever, recorded
        services.checkin.admit(AdmitRequest(session_id, people[22], ScreeningAnswers(38.1)), admin)
    walk_in = WalkInDraft("Darmi Susanti", phone="085722334455", organization="Keripik Tempe Bu Darmi")
    services.checkin.admit_walk_in(session_id, walk_in, ScreeningAnswers(36.5), admin)
    services.checkin.undo(session_id, people[20], "Salah pilih peserta", admin)
    services.checkin.admit(AdmitRequest(session_id, people[23], ScreeningAnswers(36.8)), admin)
    return session_id, people


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--qm", help="a compiled translation to install first")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    app = application()
    if args.qm:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        translator = QTranslator(app)
        assert translator.load(args.qm), args.qm
        app.installTranslator(translator)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    services = Services(open_database(folder / "hadir.db", folder / "backups"))
    session_id, people = build_data(services)

    from desktop_app.ui.checkin.checkin_page import CheckinPage

    page = CheckinPage(services, services.operators.local_admin(), session_id=session_id)
    page.resize(1280, 800)
    page.show()
    for _ in range(5):
        app.processEvents()
    code = services.checkin.card(session_id, people[24]).invitation_code
    page.search_edit.setText(code or "")
    page.search.chosen.emit(people[24])  # as Enter after a scan does
    page.screening.temperature_edit.setText("36,4")
    for _ in range(5):
        app.processEvents()
    page.banner._paint(flash=False)
    page.grab().save(str(out / "checkin.png"))

    door = page.open_door_display()
    door.resize(1280, 720)
    for _ in range(5):
        app.processEvents()
    door.grab().save(str(out / "door-display.png"))
    door.close()
    page.close()
    services.close()
    QApplication.processEvents()
    print(out / "checkin.png", out / "door-display.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
