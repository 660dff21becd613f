"""The README's pictures of the *Peserta* page and the import dialog (not a test).

    .venv/bin/python tests/ui/people/make_screenshots.py

A fresh demo database in a temporary folder (300 people in batches of 30), the page grabbed in
Indonesian (Hadir's .qm, plus this feature's pending strings until they are merged into it), and
the import dialog over tests/services/roster_files.py's messy workbook, its phone column mapped by
hand and the list invited to a new batch.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "services"))

import openpyxl  # noqa: E402
from PySide6.QtCore import QTranslator  # noqa: E402
from roster_files import messy_workbook  # noqa: E402

from desktop_app.app import application  # noqa: E402
from desktop_app.core.roster_columns import Field  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.demo import generate_demo  # noqa: E402
from desktop_app.services.events import SessionDraft  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.ui.i18n import Translations  # noqa: E402

SHOTS = ROOT / "docs" / "screenshots"
PENDING = ROOT / "resources" / "translations" / "pending" / "people.tsv"
BIN = Path(sys.executable).parent


def pending_translator(folder: Path) -> QTranslator | None:
    """This feature's strings from the pending .tsv, compiled into a .qm (None once merged)."""
    if not PENDING.exists():
        return None
    ts = folder / "people.ts"
    files = [str(p) for p in sorted((ROOT / "desktop_app" / "ui" / "people").glob("*.py"))]
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True)
    table = {}
    for line in PENDING.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, target = (p.replace("\\n", "\n") for p in line.split("\t"))
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
    qm = folder / "people.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    return translator if translator.load(str(qm)) else None


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
        admin = services.operators.local_admin()
        demo = generate_demo(services.db, services.district, people=300, operator_id=admin.id)
        draft = SessionDraft(demo.event_id, date(2021, 3, 1), time(9), time(12), "Aula Kecamatan Grogol", 30)
        new_batch = services.events.add_session(draft, admin.id)

        from desktop_app.ui.people.import_dialog import ImportDialog
        from desktop_app.ui.people.people_page import PeoplePage
        from desktop_app.ui.worker import WorkerPool

        page = PeoplePage(services, admin.id, pool=WorkerPool(inline=True))
        page.resize(1180, 760)
        page.show()
        app.processEvents()
        ids = [r.id for r in page.person_model.rows()[2:4]]
        page.people_tab.select_ids(ids[:1])
        app.processEvents()
        page.grab().save(str(SHOTS / "people.png"))

        roster = messy_workbook(folder / "Undangan Angkatan 11.xlsx")
        wb = openpyxl.load_workbook(roster)
        wb["Undangan Angkatan 1"]["D4"] = "Yang bisa dihubungi"  # a header nobody could guess
        wb.save(roster)
        dialog = ImportDialog(services, admin, WorkerPool(inline=True), parent=page)
        dialog.show()
        dialog.load(roster)
        dialog.mapping_form.choose(Field.PHONE, 3)  # mapped by hand
        dialog.session_picker.check_sessions([new_batch])
        app.processEvents()
        dialog.grab().save(str(SHOTS / "import-dialog.png"))
        dialog.close()
        page.close()
        services.close()
    print(f"wrote {SHOTS / 'people.png'} and {SHOTS / 'import-dialog.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
