"""The README's pictures of Laporan & Ekspor and of the printed sheet (not a test).

    .venv/bin/python tests/ui/reports/make_screenshots.py

A fresh demo database in a temporary folder (90 people in three batches of 30), a signatory in the
settings; page 1 of batch 1's attendance sheet through `pdftoppm -r 80`, and the page grabbed in
Indonesian (Hadir's .qm, plus this feature's pending strings until they are merged into it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTranslator  # noqa: E402

from desktop_app.app import application  # noqa: E402
from desktop_app.exports.letterhead import Signatory  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.demo import generate_demo  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.ui.i18n import Translations  # noqa: E402

SHOTS = ROOT / "docs" / "screenshots"
PENDING = ROOT / "resources" / "translations" / "pending" / "reports.tsv"
BIN = Path(sys.executable).parent


def pending_translator(folder: Path) -> QTranslator | None:
    """This feature's strings from the pending .tsv, compiled into a .qm (None once merged)."""
    if not PENDING.exists():
        return None
    ts = folder / "reports.ts"
    files = [str(p) for p in sorted((ROOT / "desktop_app" / "ui" / "reports").glob("*.py"))]
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
    qm = folder / "reports.qm"
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
        demo = generate_demo(services.db, services.district, people=90, operator_id=admin.id)
        signatory = Signatory(
            "Drs. Sutrisno Hadi, M.M.",
            "Kepala Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
            "Pembina Utama Muda",
            "196604201992031008",
        )
        services.settings.set_signatories([signatory], admin.id)
        first = services.events.list_sessions(demo.event_id)[0]
        pdf = folder / "daftar-hadir.pdf"
        services.reports.export_session(first.id, pdf, operator_id=admin.id)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(SHOTS / "attendance-sheet")], check=True)  # fmt: skip
        else:
            print("pdftoppm is absent: attendance-sheet.png not made", file=sys.stderr)

        from desktop_app.ui.reports.reports_page import ReportsPage
        from desktop_app.ui.worker import WorkerPool

        page = ReportsPage(services, admin.id, pool=WorkerPool(inline=True))
        page.resize(1180, 780)
        page.show()
        app.processEvents()
        page.grab().save(str(SHOTS / "reports.png"))
        page.close()
        services.close()
    print(f"wrote {SHOTS / 'reports.png'} and {SHOTS / 'attendance-sheet.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
