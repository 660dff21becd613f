"""*Peserta → Data kepesertaan BPJS…*: the list previewed with its columns found, imported, counted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from desktop_app.core.bpjs_row import MemberField
from desktop_app.storage.models import BpjsMembership, Person
from desktop_app.ui import dialogs_io
from desktop_app.ui.people.membership_dialog import MembershipDialog


@pytest.fixture
def member_list(services, demo, tmp_path: Path) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        niks = list(s.scalars(select(Person.nik).where(Person.nik.is_not(None)).order_by(Person.id).limit(3)))
    wb = Workbook()
    ws = wb.active
    ws.title = "Peserta"
    ws.append(["REKAP PESERTA BPU"])
    ws.append(["No", "Nomor KPJ", "NIK", "Nama", "TMT", "Segmen"])
    ws.append([1, "21000000001", int(niks[0]), "A", "16/02/2021", "BPU"])
    ws.append([2, "21000000002", niks[1], "B", date(2020, 5, 1), "BPU"])
    ws.append([3, "21000000003", "3311015005800099", "Orang Lain", "16/02/2021", "BPU"])
    ws.append([4, "210", niks[2], "C", "16/02/2021", "BPU"])
    path = tmp_path / "kepesertaan.xlsx"
    wb.save(path)
    return path, niks


def open_dialog(page, monkeypatch, path: Path) -> MembershipDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs_io, "open_file", lambda parent, title, folder="", filters="": path)
    page.membership_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, MembershipDialog)
    return dialog


def test_the_list_is_previewed_imported_and_counted(
    page, services, member_list, monkeypatch, tmp_path
) -> None:
    path, niks = member_list
    dialog = open_dialog(page, monkeypatch, path)
    assert "kepesertaan.xlsx" in dialog.file_label.text() and "Peserta" in dialog.file_label.text()
    assert dialog.combos[MemberField.NIK].currentText() == "NIK"
    assert dialog.combos[MemberField.KPJ].currentText() == "Nomor KPJ"
    assert dialog.combos[MemberField.REGISTERED].currentText() == "TMT"
    assert dialog.combos[MemberField.PROGRAMS].currentData() == -1
    assert dialog.sample_table.rowCount() == 4
    assert dialog.sample_table.item(0, 2).text() == niks[0]  # the numeric NIK, every digit

    dialog.import_button.click()
    text = dialog.result_label.text()
    assert text.startswith("4 baris: 2 cocok, 1 tidak ada di data peserta (tidak ditambahkan), 1 ditolak.")
    items = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert "Baris 6: No. KPJ harus 11 angka" in items
    assert "Baris 5: NIK 3311********0099 tidak ada di data peserta" in items
    with services.db.session() as s:
        assert len(s.scalars(select(BpjsMembership)).all()) == 2

    monkeypatch.setattr(dialogs_io, "save_file", lambda *a, **k: tmp_path / "tolak.xlsx")
    assert dialog.rejects_button.isVisibleTo(dialog)
    dialog.save_rejects()
    rows = list(load_workbook(tmp_path / "tolak.xlsx").active.iter_rows(values_only=True))
    assert rows[1][2] == niks[2]


def test_a_desk_operator_is_told_only_an_admin_may(qtbot, services, admin, member_list) -> None:
    from desktop_app.ui.worker import WorkerPool

    desk = services.operators.add_operator("Petugas Meja", "2468", admin.id)
    dialog = MembershipDialog(services, desk.id, WorkerPool(inline=True))
    qtbot.addWidget(dialog)
    dialog.load(member_list[0])
    dialog.import_button.click()
    assert "admin" in dialog.result_label.text()  # "Hanya admin yang boleh …"
    with services.db.session() as s:
        assert s.scalars(select(BpjsMembership)).all() == []
