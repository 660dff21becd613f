"""checkin.png, checkin-elsewhere.png, camera-view.png, checkin-not-today.png and door-display.png:
the desk in use at 1366×768, an invitee of another batch stopped at the desk, the webcam view, a
batch that is not today, and the door display.

Today's batch of 30 with 28 invitees, 23 admitted (one walk-in, one refused at 38,1 °C, one
undone), and the next person on the card with the temperature typed.
"""

from __future__ import annotations

import contextlib
import random
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtMultimedia import QVideoFrame
from sqlalchemy import select

from desktop_app.core.codes import new_invitation_code
from desktop_app.core.errors import HadirError
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.core.session_day import local_now
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Invitation, Person
from desktop_app.ui.checkin.checkin_page import CheckinPage
from screens.kit import Kit

FRAMES = Path(__file__).resolve().parents[2] / "tests" / "ui" / "checkin" / "camera" / "frames"


def todays_batch(services: Services) -> tuple[int, list[int]]:
    """Today's batch with invitees, most of them admitted; returns the session and the invitees."""
    admin = services.operators.local_admin()
    event = EventDraft(
        "Sosialisasi Program BPJS Ketenagakerjaan bagi Pengurus Koperasi",
        "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
        "BPJS Ketenagakerjaan Cabang Surakarta",
    )
    event_id = services.events.add_event(event, admin.id)
    today = local_now().date()  # today in WIB: from 17:00 UTC on, the laptop's date is a day behind
    draft = SessionDraft(event_id, today, time(8, 30), time(11, 30), "Aula Kantor Kecamatan Grogol", 30)
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


def take(kit: Kit) -> None:
    with kit.sandbox("checkin") as box:
        services = box.services
        box.demo(people=200)
        session_id, people = todays_batch(services)
        page = CheckinPage(services, services.operators.local_admin(), session_id=session_id)
        page.resize(1366, 768)
        page.show()
        kit.settle(page)
        code = services.checkin.card(session_id, people[24]).invitation_code
        page.search_edit.setText(code or "")
        page.search.chosen.emit(people[24])  # as Enter after a scan does
        page.screening.temperature_edit.setText("36,4")
        kit.settle(page)
        page.banner._paint(flash=False)  # the calm colour, not the flash of the last admission
        kit.save(page, "checkin.png")

        old_batch = elsewhere(kit, page, services, session_id)
        camera(kit, page)

        page.chooser.select_session(old_batch)  # a batch of 2021 chosen by mistake: said in red
        kit.settle(page)
        kit.save(page, "checkin-not-today.png")
        page.chooser.select_session(session_id)

        door = page.open_door_display()
        door.resize(1280, 720)
        kit.save(door, "door-display.png")


def elsewhere(kit: Kit, page: CheckinPage, services: Services, session_id: int) -> int:
    """Someone invited to batch 11 scanned at this batch: the warning and the question.

    Returns batch 11's session (in February 2021)."""
    admin = services.operators.local_admin()
    info = services.events.get_session(session_id)
    draft = SessionDraft(info.event_id, date(2021, 2, 15), time(8, 30), time(11, 30), info.venue, 30, 11)
    other = services.events.add_session(draft, admin.id)
    walk_in = WalkInDraft("Yanto Wibowo", nik="3311091212800007", organization="UD Tani Makmur")
    with services.db.transaction() as s:
        person = services.people.create_person(s, walk_in, admin.id)
        s.add(Invitation(session_id=other, person_id=person.id, code="HDR-BT11-YNT7"))
    page.next_person()
    page.search_edit.setText("HDR-BT11-YNT7")
    page.search.chosen.emit(person.id)
    page.screening.temperature_edit.setText("36,6")
    page.admit()
    kit.settle(page)
    page.banner._paint(flash=False)
    dialog = page.active_dialog
    shot = page.grab()
    if dialog is not None:
        kit.settle(dialog)
        picture = dialog.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the desk behind a window-modal question
        x, y = (shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 3
        painter.drawPixmap(x, y, picture)
        painter.end()
        dialog.reject()
    path = kit.shot("checkin-elsewhere.png")
    if not shot.save(str(path)):
        raise OSError(f"cannot write {path}")
    kit.wrote(path)
    page._on_escape()  # Esc: the next person, and the banner forgets this one
    return other


def camera(kit: Kit, page: CheckinPage) -> None:
    """The webcam view beside the desk, showing a recorded frame of a card held askew."""
    window = page.open_camera()
    frame = QImage(str(FRAMES / "card_tilted_7deg.png")).convertToFormat(QImage.Format.Format_RGB32)
    window.video.show()
    window.hint_label.show()
    window.status_label.setText(window.tr("Read: {code}").format(code="HDR-7KQ2-M9XD"))
    window.video.videoSink().setVideoFrame(QVideoFrame(frame))
    window.resize(520, 460)
    kit.settle(window)
    desk = page.grab()
    view = window.grab()
    # Offscreen, QVideoWidget paints nothing into a grab: draw the recorded frame where it shows it.
    area = window.video.geometry()
    picture = QPixmap.fromImage(frame).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    inner = QPainter(view)
    inner.fillRect(area, QColor("black"))
    inner.drawPixmap(
        area.x() + (area.width() - picture.width()) // 2,
        area.y() + (area.height() - picture.height()) // 2,
        picture,
    )
    inner.end()
    painter = QPainter(desk)
    painter.drawPixmap(desk.width() - view.width() - 24, desk.height() - view.height() - 24, view)
    painter.setPen(QColor("#5b6b68"))
    painter.drawRect(
        desk.width() - view.width() - 25,
        desk.height() - view.height() - 25,
        view.width() + 1,
        view.height() + 1,
    )
    painter.end()
    path = kit.shot("camera-view.png")
    if not desk.save(str(path)):
        raise OSError(f"cannot write {path}")
    kit.wrote(path)
    window.close()
