"""people.png and import-dialog.png: the *Peserta* page, and the import dialog over a messy roster.

The demo registry (300 people in batches of 30); the dialog over tests/services/roster_files.py's
messy workbook, its phone column mapped by hand and the list invited to a new batch.
"""

from __future__ import annotations

from datetime import date, time

import openpyxl

from desktop_app.core.roster_columns import Field
from desktop_app.services.events.service import SessionDraft
from desktop_app.ui.people.import_dialog import ImportDialog
from desktop_app.ui.people.people_page import PeoplePage
from desktop_app.ui.worker import WorkerPool
from screens.kit import Kit
from tests.services.roster_files import messy_workbook


def take(kit: Kit) -> None:
    with kit.sandbox("people") as box:
        services = box.services
        admin = services.operators.local_admin()
        demo = box.demo(people=300)
        draft = SessionDraft(demo.event_id, date(2021, 3, 1), time(9), time(12), "Aula Kecamatan Grogol", 30)
        new_batch = services.events.add_session(draft, admin.id)

        page = PeoplePage(services, admin.id, pool=WorkerPool(inline=True))
        page.resize(1180, 760)
        page.show()
        kit.settle(page)
        ids = [r.id for r in page.person_model.rows()[2:4]]
        page.people_tab.select_ids(ids[:1])
        kit.save(page, "people.png")

        roster = messy_workbook(box.paths.data_dir / "Undangan Angkatan 11.xlsx")
        wb = openpyxl.load_workbook(roster)
        wb["Undangan Angkatan 1"]["D4"] = "Yang bisa dihubungi"  # a header nobody could guess
        wb.save(roster)
        dialog = ImportDialog(services, admin, WorkerPool(inline=True), parent=page)
        dialog.show()
        dialog.load(roster)
        dialog.mapping_form.choose(Field.PHONE, 3)  # mapped by hand
        dialog.session_picker.check_sessions([new_batch])
        kit.save(dialog, "import-dialog.png")
        dialog.close()
