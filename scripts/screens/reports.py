"""reports.png and attendance-sheet.png: *Laporan & Ekspor*, and page 1 of a printed sheet.

The demo registry (90 people in three batches of 30) with a signatory in the settings; page 1 of
batch 1's attendance sheet through `pdftoppm -r 80`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from desktop_app.exports.letterhead import Signatory
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.worker import WorkerPool
from screens.kit import Kit

SIGNATORY = Signatory(
    "Drs. Sutrisno Hadi, M.M.",
    "Kepala Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
    "Pembina Utama Muda",
    "196604201992031008",
)


def take(kit: Kit) -> None:
    with kit.sandbox("reports") as box:
        services = box.services
        admin = services.operators.local_admin()
        demo = box.demo(people=90)
        services.settings.set_signatories([SIGNATORY], admin.id)
        first = services.events.list_sessions(demo.event_id)[0]
        pdf = box.paths.data_dir / "daftar-hadir.pdf"
        services.reports.export_session(first.id, pdf, operator_id=admin.id)
        if shutil.which("pdftoppm"):
            sheet = kit.shot("attendance-sheet.png")
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(sheet.with_suffix(""))], check=True)  # fmt: skip
            kit.wrote(sheet)
        else:
            print("pdftoppm is absent: attendance-sheet.png not made", file=sys.stderr)

        page = ReportsPage(services, admin.id, pool=WorkerPool(inline=True))
        page.resize(1180, 780)
        page.show()
        kit.save(page, "reports.png")
