"""sign-in.png, lock-screen.png, audit.png and settings-operators.png.

The demo registry, an admin and two desk operators with PINs, a morning of check-ins by the desk
(an override, an undo, a wrong PIN).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, time

from sqlalchemy import select

from desktop_app.core.errors import HadirError
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import SessionDraft
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.storage.models import Person
from desktop_app.ui.signin.sign_in_dialog import SignInDialog
from desktop_app.ui.window_manager import WindowManager
from screens.kit import WINDOW_SIZE, Kit, Sandbox


def a_morning(box: Sandbox) -> tuple[OperatorInfo, OperatorInfo]:
    """The admin Sri and the desk operator Rina, after a morning at the desk; returns them."""
    services = box.services
    sri = services.operators.create_admin("Sri Wahyuni", "246810")
    rina = services.operators.add_operator("Rina Kartika", "135790", sri.id)
    services.operators.add_operator("Agus Setiawan", "975310", sri.id)
    demo = box.demo(people=60, operator_id=sri.id)
    draft = SessionDraft(
        demo.event_id, date.today(), time(8), time(12), "Aula Kecamatan Grogol", 6, None, 37.5
    )
    session = services.events.add_session(draft, sri.id)
    services.operators.sign_in("Rina Kartika", "135790")
    with services.db.session() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id).limit(9)))
    for index, person in enumerate(people):
        answers = ScreeningAnswers(38.1 if index == 4 else 36.4 + index / 10)
        with suppress(HadirError):  # one of them is refused at the screening
            services.checkin.admit(AdmitRequest(session, person, answers), rina)
    with suppress(HadirError):  # a wrong PIN first
        services.operators.sign_in("Sri Wahyuni", "2468")
    services.operators.sign_in("Sri Wahyuni", "246810")
    services.checkin.admit(AdmitRequest(session, people[7], ScreeningAnswers(36.6), "Ketua koperasi"), sri)
    services.checkin.undo(session, people[2], "Salah pilih orang", sri)
    return sri, rina


def take(kit: Kit) -> None:
    with kit.sandbox("audit") as box:
        sri, rina = a_morning(box)

        dialog = SignInDialog(box.services.operators, "Rina Kartika")
        dialog.show()
        dialog.form.pin_edit.setText("1357")
        kit.save(dialog, "sign-in.png")
        dialog.close()

        manager = WindowManager(box.services, box.paths, box.settings, box.translations, rina.id)
        window = manager.show()
        window.resize(*WINDOW_SIZE)
        assert manager.guard is not None
        manager.guard.lock()
        kit.save(window, "lock-screen.png")
        window.close()

        manager = WindowManager(box.services, box.paths, box.settings, box.translations, sri.id)
        window = manager.show()
        window.resize(*WINDOW_SIZE)
        window.show_page("audit")
        kit.save(window, "audit.png")
        window.show_page("settings")
        kit.save(window, "settings-operators.png")
