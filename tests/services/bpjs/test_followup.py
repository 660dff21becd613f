"""The follow-up list and the registration sheet: exactly the expected people, phones by consent."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from bpjs_world import NIKS, World, write_member_list
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.core.errors import NotAllowed
from desktop_app.exports.files import ExportFailed
from desktop_app.services.bpjs.bpjs_settings import set_registration_headers, set_wa_template
from desktop_app.storage.models import AuditEntry


@pytest.fixture
def imported(world: World, tmp_path: Path) -> World:
    world.services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), world.admin.id)
    return world


def _table(path: Path) -> tuple[list[str], list[list[object]], list[str]]:
    ws = load_workbook(path).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "No")
    notes = [r[0] for r in rows[:header] if r[0]]
    return rows[header], rows[header + 1 :], notes


def test_the_followup_list_holds_the_unregistered_with_phones_by_consent(
    imported: World, tmp_path: Path
) -> None:
    set_wa_template(
        imported.services.settings, "Halo {nama} dari {lembaga}, ikut {kegiatan}?", imported.admin.id
    )
    done = imported.services.followup.export_followup(
        imported.event_id, tmp_path / "f.xlsx", imported.admin.id
    )
    assert (done.rows, done.with_consent, done.withheld) == (2, 1, 1)
    header, rows, notes = _table(tmp_path / "f.xlsx")
    assert header[:4] == ["No", "Nama", "NIK", "No. HP"]
    # D (consented, interested, batch 1) and I (no consent, batch 2); E never came, members are not listed.
    assert [r[1] for r in rows] == ["Peserta D", "Peserta I"]
    d, i = rows
    assert d[2:8] == ["3311********0004", "0812-0000-0014", "Ya", "Usaha D", "Angkatan 1 — 16/02/2021", "Ya"]
    assert i[2:8] == [
        "3311********0009",
        "0812-****-0019",
        "Tidak",
        "Usaha I",
        "Angkatan 2 — 10/03/2021",
        "Tidak",
    ]
    assert i[8] is None  # no link without consent
    link = urlparse(d[8])
    assert (link.netloc, link.path) == ("wa.me", "/6281200000014")
    assert parse_qs(link.query)["text"] == ["Halo Peserta D dari Usaha D, ikut Sosialisasi Jamsostek UMKM?"]
    assert any("1 peserta belum menyetujui" in n for n in notes)
    ws = load_workbook(tmp_path / "f.xlsx").active
    phone_cell = next(c for c in ws["D"] if c.value == "0812-0000-0014")
    assert phone_cell.data_type == "s"
    assert ws.cell(row=phone_cell.row, column=9).hyperlink.target == d[8]


def test_the_registration_sheet_holds_only_the_consenting_and_interested(
    imported: World, tmp_path: Path
) -> None:
    set_registration_headers(
        imported.services.settings, {"nik": "NIK KTP", "email": "Alamat Email"}, imported.admin.id
    )
    done = imported.services.followup.export_registration(
        imported.event_id, tmp_path / "r.xlsx", imported.admin.id
    )
    assert done.rows == 1
    ws = load_workbook(tmp_path / "r.xlsx").active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == [
        "NIK KTP",
        "Nama Lengkap",
        "Tempat Lahir",
        "Tanggal Lahir",
        "Jenis Kelamin",
        "Alamat",
        "Kelurahan/Desa",
        "Kecamatan",
        "No. HP",
        "Alamat Email",
        "Pekerjaan",
    ]
    (d,) = rows[1:]
    assert (
        d[0] == NIKS["D"] and ws["A2"].data_type == "s"
    )  # the full NIK, as text: the branch registers with it
    assert d[1] == "Peserta D"
    assert d[3].date() == date(1990, 1, 4)  # from the NIK (DDMMYY 040190)
    assert d[4] == "Laki-laki"
    assert d[8] == "0812-0000-0014"


def test_a_desk_operator_is_refused_and_exports_are_audited(imported: World, tmp_path: Path) -> None:
    desk = imported.services.operators.add_operator("Petugas Meja", "2468", imported.admin.id)
    with pytest.raises(NotAllowed):
        imported.services.followup.export_followup(imported.event_id, tmp_path / "f.xlsx", desk.id)
    with pytest.raises(NotAllowed):
        imported.services.followup.export_registration(imported.event_id, tmp_path / "r.xlsx", desk.id)
    assert not list(tmp_path.glob("*.xlsx"))[1:]  # only the member list itself
    imported.services.followup.export_followup(imported.event_id, tmp_path / "f.xlsx", imported.admin.id)
    imported.services.followup.export_registration(imported.event_id, tmp_path / "r.xlsx", imported.admin.id)
    with imported.services.db.session() as s:
        entities = s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "export")).all()
    assert sorted(entities) == ["bpjs_followup", "bpjs_registration"]


def test_only_xlsx(imported: World, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed):
        imported.services.followup.export_followup(imported.event_id, tmp_path / "f.pdf", imported.admin.id)
