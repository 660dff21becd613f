"""The attendance workbook carries a *Konversi BPJS* sheet once the office uses the follow-up."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bpjs_world import World, write_member_list
from openpyxl import load_workbook

from desktop_app.exports.attendance.labels import labels_for


def test_the_event_workbook_gets_the_sheet_with_each_batch_and_the_total(
    world: World, tmp_path: Path
) -> None:
    world.services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), world.admin.id)
    out = tmp_path / "kegiatan.xlsx"
    world.services.reports.export_event(world.event_id, out, operator_id=world.admin.id)
    wb = load_workbook(out)
    assert wb.sheetnames[-1] == "Konversi BPJS"
    rows = [list(r) for r in wb["Konversi BPJS"].iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Angkatan")
    assert rows[header][5:7] == ["≤ 30 Hari", "≤ 90 Hari"]
    first, second, total = rows[header + 1 : header + 4]
    assert first[:8] == [1, datetime(2021, 2, 16), 5, 1, 3, 2, 3, 1]
    assert first[8] == 0.75  # 3 of the 4 who were not members before
    # Walk-ins (H) and the interested (B joined, D not yet): attended, members before, registered, not yet.
    assert first[9:] == [1, 0, 1, 0, 2, 0, 1, 1]
    assert rows[header][9:] == [
        "Tanpa Undangan: Hadir",
        "Tanpa Undangan: Sudah Peserta",
        "Tanpa Undangan: Mendaftar",
        "Tanpa Undangan: Belum",
        "Tertarik BPU: Hadir",
        "Tertarik BPU: Sudah Peserta",
        "Tertarik BPU: Mendaftar",
        "Tertarik BPU: Belum",
    ]
    assert second[:8] == [2, datetime(2021, 3, 10), 3, 1, 1, 1, 1, 1]
    assert total[0] == "Total" and total[2:8] == [8, 2, 4, 3, 4, 2]
    assert wb["Konversi BPJS"].cell(row=header + 2, column=9).number_format == "0%"


def test_a_session_workbook_in_english(world: World, tmp_path: Path) -> None:
    world.services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), world.admin.id)
    out = tmp_path / "batch.xlsx"
    world.services.reports.export_session(world.s2, out, operator_id=world.admin.id, labels=labels_for("en"))
    ws = load_workbook(out)["BPJS Conversion"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Batch")
    assert rows[header + 1][:3] == [2, datetime(2021, 3, 10), 3]
    assert rows[header + 2][0] == "Total"


def test_no_sheet_while_the_follow_up_is_not_used(services, admin, make_session, tmp_path: Path) -> None:
    _, session_id = make_session()
    out = tmp_path / "batch.xlsx"
    services.reports.export_session(session_id, out, operator_id=admin.id)
    assert "Konversi BPJS" not in load_workbook(out).sheetnames
