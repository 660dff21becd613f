"""The README's pictures of the sign-in dialog, the lock screen and Log Audit (not a test).

    .venv/bin/python tests/ui/audit/make_screenshots.py

A demo registry in a temporary folder, an admin and two desk operators with PINs, a morning of
check-ins by the desk (an override, an undo, a wrong PIN, an export), grabbed in Indonesian
(Hadir's .qm, plus this feature's pending strings until they are merged into it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from contextlib import suppress
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTranslator  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop_app.app import application  # noqa: E402
from desktop_app.core.errors import HadirError  # noqa: E402
from desktop_app.core.screening import ScreeningAnswers  # noqa: E402
from desktop_app.paths import AppPaths  # noqa: E402
from desktop_app.services.checkin_types import AdmitRequest  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.demo import generate_demo  # noqa: E402
from desktop_app.services.events import SessionDraft  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.storage.models import Person  # noqa: E402
from desktop_app.ui.app_settings import AppSettings  # noqa: E402
from desktop_app.ui.i18n import Translations  # noqa: E402

SHOTS = ROOT / "docs" / "screenshots"
PENDING = ROOT / "resources" / "translations" / "pending" / "security.tsv"
BIN = Path(sys.executable).parent


def pending_translator(folder: Path) -> QTranslator | None:
    """This feature's strings from the pending .tsv, compiled into a .qm (None once merged)."""
    if not PENDING.exists():
        return None
    ts = folder / "security.ts"
    ui = ROOT / "desktop_app" / "ui"
    files = [
        str(p) for p in sorted([*ui.glob("signin/*.py"), *ui.glob("audit/*.py"), ui / "page_registry.py"])
    ]
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True)
    table = {}
    for line in PENDING.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, target = line.split("\t")
            table[context, source] = target
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            found = table.get((context.findtext("name"), message.findtext("source")))
            translation = message.find("translation")
            if found and translation is not None:
                translation.text = found
                translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "security.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    return translator if translator.load(str(qm)) else None


def a_morning(services: Services) -> tuple[object, object]:
    sri = services.operators.create_admin("Sri Wahyuni", "246810")
    rina = services.operators.add_operator("Rina Kartika", "135790", sri.id)
    services.operators.add_operator("Agus Setiawan", "975310", sri.id)
    demo = generate_demo(services.db, services.district, people=60, operator_id=sri.id)
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


def main() -> int:
    app = application()
    Translations(app).apply("id")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extra = pending_translator(folder)
        if extra is not None:
            app.installTranslator(extra)
        services = Services(open_database(folder / "hadir.db"))
        sri, rina = a_morning(services)

        from desktop_app.ui.signin.sign_in_dialog import SignInDialog
        from desktop_app.ui.window_manager import WindowManager

        dialog = SignInDialog(services.operators, "Rina Kartika")
        dialog.show()
        dialog.form.pin_edit.setText("1357")
        app.processEvents()
        dialog.grab().save(str(SHOTS / "sign-in.png"))
        dialog.close()

        paths = AppPaths(data_dir=folder, db_path=folder / "hadir.db")
        settings = AppSettings.in_file(folder / "settings.ini")
        manager = WindowManager(services, paths, settings, Translations(app), rina.id)
        window = manager.show()
        window.resize(1200, 760)
        manager.guard.lock()
        app.processEvents()
        window.grab().save(str(SHOTS / "lock-screen.png"))
        window.close()

        manager = WindowManager(services, paths, settings, Translations(app), sri.id)
        window = manager.show()
        window.resize(1200, 760)
        window.show_page("audit")
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(SHOTS / "audit.png"))
        window.show_page("settings")
        app.processEvents()
        window.grab().save(str(SHOTS / "settings-operators.png"))
        window.close()
        services.close()
    print(f"wrote sign-in.png, lock-screen.png, audit.png and settings-operators.png in {SHOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
