"""`hadir audit export`: the audit log as a workbook, for admins, over a chosen period."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.services.operators.service import OperatorService
from desktop_app.storage.database import open_database

SESSION = (
    "--date",
    "2021-02-16",
    "--start",
    "08:30",
    "--end",
    "11:30",
    "--venue",
    "Aula",
    "--capacity",
    "30",
)
NIK = "3311014101900001"
RAW = re.compile(r"[a-z]+_[a-z_]+: |\btrue\b|\bfalse\b|\[\"|\"\]")  # a stored key, or JSON


def prepare(hadir, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    operators = OperatorService(db)
    admin = operators.create_admin("Sri Admin", "2468")
    operators.add_operator("Rina", "1357", admin.id)
    db.close()
    assert hadir("--db", db_path, "event", "add", "--title", "Sosialisasi", "--organizer", "Dinas").code == 0
    assert hadir("--db", db_path, "session", "add", "--event", 1, *SESSION).code == 0
    walk_in = ("--walk-in", "--name", "Sri Wahyuni", "--temp", "36.5")
    assert hadir("--db", db_path, "checkin", "--session", 1, "--nik", NIK, *walk_in).code == 0


def test_an_admin_exports_the_log_with_masked_niks_and_text_cells(
    hadir, db_path: Path, tmp_path: Path
) -> None:
    prepare(hadir, db_path)
    target = tmp_path / "audit.xlsx"

    done = hadir("--db", db_path, "audit", "export", "-o", target, "--json")

    assert done.code == 0 and done.data["path"] == str(target.resolve())
    ws = load_workbook(target).active
    cells = [[c for c in row] for row in ws.iter_rows()]
    body = [[c.value for c in row] for row in cells[3:]]
    assert len(body) == done.data["rows"] >= 4
    assert [row[2] for row in body].count("Check-in") == 1  # actions and records in words
    checkin = next(row for row in body if row[2] == "Check-in")
    assert checkin[3] == "Kehadiran"
    # Every detail in words, as the window shows it: not `session_id: 1 · walk_in: true`.
    assert checkin[6] == "NIK: 3311********0001 · sesi: #1 · tanpa undangan: ya"
    assert not RAW.search(repr([row[6] for row in body]))
    assert NIK not in repr(body) and "3311********0001" in repr(body)
    assert all(c.data_type == "s" for row in cells[3:] for c in row[1:4] if c.value is not None)


def test_a_period_outside_the_entries_exports_none(hadir, db_path: Path, tmp_path: Path) -> None:
    prepare(hadir, db_path)
    target = tmp_path / "lama.xlsx"
    done = hadir(
        "--db",
        db_path,
        "audit",
        "export",
        "-o",
        target,
        "--from",
        "2020-01-01",
        "--to",
        "2020-12-31",
        "--json",
    )
    assert done.code == 0 and done.data["rows"] == 0
    assert load_workbook(target).active.cell(2, 1).value == "Periode: 01/01/2020 s.d. 31/12/2020"


def test_a_desk_operator_is_refused_and_a_bad_date_is_exit_2(hadir, db_path: Path, tmp_path: Path) -> None:
    prepare(hadir, db_path)
    target = tmp_path / "audit.xlsx"
    refused = hadir("--db", db_path, "--operator", "Rina", "audit", "export", "-o", target, "--json")
    assert refused.code == 3 and refused.data["reason"] == "not_allowed" and not target.exists()
    bad = hadir("--db", db_path, "audit", "export", "-o", target, "--from", "16-02-2021", "--json")
    assert bad.code == 2 and "YYYY-MM-DD" in bad.data["message"] and not target.exists()
