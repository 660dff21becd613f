"""Roster import: messy sheets in, exactly the right people, merges, rejects and reasons out."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from roster_files import csv_semicolon_bom, messy_workbook, with_exact_big_nik
from sqlalchemy import func, select, text

from desktop_app.core.errors import Cancelled
from desktop_app.exports.roster.rejects import write_rejects
from desktop_app.services.registry.types import PersonDraft
from desktop_app.services.roster.labels import reason_text
from desktop_app.services.roster.plan import preview_roster
from desktop_app.services.roster.reader import RosterFileError
from desktop_app.storage.models import AuditEntry, Invitation, Organization, Person


def people(services) -> dict[str, Person]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return {p.name: p for p in s.scalars(select(Person))}


def count(services, model) -> int:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_preview_finds_the_list_on_its_sheet_below_the_title(tmp_path: Path) -> None:
    preview = preview_roster(messy_workbook(tmp_path / "undangan.xlsx"))
    assert preview.sheet_names == ("Keterangan", "Undangan Angkatan 1")
    assert preview.plan is not None and preview.plan.sheet_index == 1
    assert preview.plan.header_row == 3  # spreadsheet row 4
    assert preview.headers[1:3] == ("Nama Lengkap", "NIK")
    assert {f.value: c for f, c in preview.plan.columns.items()} == {
        "name": 1,
        "nik": 2,
        "phone": 3,
        "sex": 4,
        "organization": 5,
        "org_kind": 6,
        "kecamatan": 7,
    }
    assert preview.sample[0][1] == "Sri Wahyuni" and preview.sample[0][2] == "3311014101900001"


def test_messy_workbook_gives_exactly_these_people_merges_and_rejects(
    services, admin, make_session, tmp_path
) -> None:
    _, session_id = make_session(capacity=30)
    summary = services.roster.run(messy_workbook(tmp_path / "undangan.xlsx"), [session_id], admin)
    assert (summary.rows, summary.imported, summary.merged, summary.rejected) == (7, 4, 1, 2)
    assert summary.skipped == 6  # the total line and the footer; blank rows are not counted
    assert [(r.number, r.reasons) for r in summary.rejected_rows] == [
        (8, ("nik_length",)),
        (9, ("nik_date",)),
    ]
    warnings = dict(summary.warning_rows)
    assert warnings[10] == ("duplicate_in_file",)
    assert set(warnings[11]) == {"nik_missing", "kecamatan_unknown"}
    assert summary.warnings == sum(len(w) for w in warnings.values())
    found = people(services)
    assert sorted(found) == ["=Rahmat+1", "Budi Santoso", "Eko Saputra", "Sri Wahyuni"]
    sri, budi, eko, rahmat = (found[n] for n in ("Sri Wahyuni", "Budi Santoso", "Eko Saputra", "=Rahmat+1"))
    assert (sri.nik, sri.phone, sri.sex, sri.kecamatan) == (
        "3311014101900001",
        "+6281234500001",
        "P",
        "Grogol",
    )
    assert (budi.nik, budi.phone, budi.sex, budi.kecamatan) == (
        "3311010202850002",
        "+6281234500002",
        "L",
        "Kartasura",
    )
    assert (eko.nik, eko.phone, eko.sex, eko.kecamatan) == (None, "+6285711112222", "L", "Laweyan")
    assert (rahmat.nik, rahmat.sex, str(rahmat.birth_date)) == ("3372010505800005", "L", "1980-05-05")
    with services.db.session() as s:
        kinds = dict(s.execute(select(Organization.name, Organization.kind)).all())
    assert kinds == {
        "Batik Sekar Arum": "umkm",
        "KSP Maju Bersama": "koperasi",
        "Warung Eko": "umkm",
        "Toko Rahmat": "umkm",
    }
    assert summary.invited == 4 and count(services, Invitation) == 4


def test_importing_again_merges_everyone_and_fills_only_blanks(
    services, admin, make_session, tmp_path
) -> None:
    _, session_id = make_session(capacity=30)
    path = messy_workbook(tmp_path / "undangan.xlsx")
    services.roster.run(path, [session_id], admin)
    with services.db.transaction() as s:
        s.execute(text("UPDATE person SET phone = NULL, position = 'Ketua' WHERE name = 'Budi Santoso'"))
    again = services.roster.run(path, [session_id], admin)
    assert (again.imported, again.merged, again.rejected) == (0, 5, 2)
    assert again.invited == 0  # already invited: no second invitation
    budi = people(services)["Budi Santoso"]
    assert budi.phone == "+6281234500002" and budi.position == "Ketua"  # filled, not overwritten
    assert count(services, Person) == 4


def test_a_numeric_nik_above_2_53_comes_back_with_exactly_its_16_digits(services, admin, tmp_path) -> None:
    path = tmp_path / "papua.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "NIK"])
    wb.active.append(["Yohana Wenda", 9471014101900001])
    wb.save(path)
    with_exact_big_nik(path, "B2", "9471014101900001")
    assert CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1][1] != 9471014101900001
    summary = services.roster.run(path, [], admin)
    assert summary.imported == 1
    assert people(services)["Yohana Wenda"].nik == "9471014101900001"


def test_a_nik_excel_already_rounded_is_rejected_not_invented(services, admin, tmp_path) -> None:
    path = tmp_path / "rounded.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "NIK"])
    wb.active.append(["Yohana Wenda", 9471014101900001])  # openpyxl, like Excel, stores 9471014101900000
    wb.save(path)
    summary = services.roster.run(path, [], admin)
    assert summary.imported == 0 and summary.rejected_rows[0].reasons == ("nik_serial",)


def test_csv_with_semicolons_and_bom(services, admin, tmp_path) -> None:
    summary = services.roster.run(csv_semicolon_bom(tmp_path / "daftar.csv"), [], admin)
    assert (summary.rows, summary.imported, summary.rejected) == (2, 2, 0)
    found = people(services)
    assert found["Bayu Contoh"].phone == "+6281200000012" and found["Ani Contoh"].sex == "P"


def test_people_are_spread_over_batches_without_exceeding_capacity(
    services, admin, make_session, tmp_path
) -> None:
    _, first = make_session(capacity=2)
    _, second = make_session(capacity=1)
    summary = services.roster.run(messy_workbook(tmp_path / "undangan.xlsx"), [first, second], admin)
    assert (summary.invited, summary.not_invited) == (3, 1)
    with services.db.session() as s:
        per_session = dict(
            s.execute(select(Invitation.session_id, func.count()).group_by(Invitation.session_id)).all()
        )
    assert per_session == {first: 2, second: 1}
    assert ("not_invited_full",) in dict(summary.warning_rows).values()


def test_imported_people_are_found_by_the_desk_search(services, admin, make_session, tmp_path) -> None:
    _, session_id = make_session(capacity=30)
    services.roster.run(messy_workbook(tmp_path / "undangan.xlsx"), [session_id], admin)
    assert [h.name for h in services.checkin.search(session_id, "wahyu")] == ["Sri Wahyuni"]
    assert [h.name for h in services.checkin.search(999, "sekar arum")] == ["Sri Wahyuni"]
    assert [h.name for h in services.checkin.search(999, "0857 1111")] == ["Eko Saputra"]
    if services.db.engine.dialect.name == "sqlite":  # the FTS5 trigger's switch is back on
        with services.db.session() as s:
            assert s.execute(text("SELECT bulk FROM search_control")).scalar() == 0
    # After the import's bulk indexing (both engines), the per-row index keeps up again.
    eko = services.checkin.search(999, "0857 1111")[0].person_id
    services.registry.update_person(eko, PersonDraft("Eko Prasetyo", phone="0857 1111 2222"), admin.id)
    assert [h.name for h in services.checkin.search(999, "prasetyo")] == ["Eko Prasetyo"]
    assert services.checkin.search(999, "saputra") == []


def test_an_import_is_all_or_nothing_when_cancelled(services, admin, make_session, tmp_path) -> None:
    _, session_id = make_session(capacity=30)

    def cancel_at_the_end(done: int, total: int) -> None:
        if done == total and total > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.roster.run(
            messy_workbook(tmp_path / "u.xlsx"), [session_id], admin, progress=cancel_at_the_end
        )
    assert (
        count(services, Person) == 0
        and count(services, Organization) == 0
        and count(services, Invitation) == 0
    )
    if services.db.engine.dialect.name == "sqlite":  # the FTS5 trigger's switch is back on
        with services.db.session() as s:
            assert s.execute(text("SELECT bulk FROM search_control")).scalar() == 0


def test_the_import_is_audited_without_full_niks(services, admin, tmp_path) -> None:
    services.roster.run(messy_workbook(tmp_path / "u.xlsx"), [], admin)
    with services.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
    assert entry.details["imported"] == 4 and entry.details["file"] == "u.xlsx"
    assert "3311014101900001" not in str(entry.details)


def test_rejects_workbook_lists_each_rejected_row_as_it_was(services, admin, tmp_path) -> None:
    summary = services.roster.run(messy_workbook(tmp_path / "u.xlsx"), [], admin)
    rows = [(r.number, r.cells, [reason_text(c) for c in r.reasons]) for r in summary.rejected_rows]
    out = write_rejects(tmp_path / "ditolak.xlsx", summary.headers, rows)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == [*summary.headers, "Baris", "Alasan"]
    assert sheet["C2"].value == "331108430388003" and sheet["C2"].data_type == "s"
    assert sheet["I2"].value == 8 and sheet["J2"].value == "NIK harus 16 angka"
    assert sheet["J3"].value == "Tanggal lahir pada NIK tidak mungkin"
    calamine = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert calamine[1][2] == "331108430388003"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.xlsx", None, "missing"),
        ("notes.docx", b"PK\x03\x04", "unsupported"),
        ("broken.xlsx", b"this is not a zip file at all", "unreadable"),
        ("truncated.xlsx", b"PK\x03\x04\x14\x00\x00\x00", "unreadable"),
    ],
)
def test_bad_files_are_refused_clearly_and_nothing_is_written(
    services, admin, tmp_path, name, content, problem
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(RosterFileError) as err:
        services.roster.run(path, [], admin)
    assert err.value.problem == problem and err.value.exit_code == 2
    assert count(services, Person) == 0


def test_a_sheet_without_a_name_column_is_refused(services, admin, tmp_path) -> None:
    path = tmp_path / "angka.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as err:
        services.roster.run(path, [], admin)
    assert err.value.problem == "no_header"
