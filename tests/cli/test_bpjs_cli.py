"""`hadir bpjs import|report|interest` and `hadir export followup|registration`, per the contract."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).parents[1] / "services" / "bpjs"))

from bpjs_world import NIKS, build_world, write_member_list

from desktop_app.services.container import Services
from desktop_app.storage.database import open_database

Run = Callable[..., Any]


@pytest.fixture
def world_db(db_path: Path) -> dict[str, int]:
    services = Services(open_database(db_path))
    try:
        world = build_world(services, services.operators.local_admin())
        return {"event": world.event_id, "s1": world.s1, "s2": world.s2}
    finally:
        services.close()


def test_import_then_report_answers_the_contract(hadir: Run, db_path: Path, world_db, tmp_path: Path) -> None:
    members = write_member_list(tmp_path / "bpjs.xlsx")
    done = hadir("--db", db_path, "--json", "bpjs", "import", members, "--rejects", tmp_path / "rej.xlsx")
    assert done.code == 0, done.err
    assert {k: done.data[k] for k in ("rows", "matched", "unmatched", "rejected", "updated")} == {
        "rows": 10,
        "matched": 7,
        "unmatched": 1,
        "rejected": 2,
        "updated": 7,
    }
    rejects = [list(r) for r in load_workbook(tmp_path / "rej.xlsx").active.iter_rows(values_only=True)]
    assert rejects[1][-1] == "No. KPJ harus 11 angka"
    assert NIKS["A"] not in done.out  # unmatched rows are listed masked

    again = hadir("--db", db_path, "--json", "bpjs", "import", members)
    assert again.data["updated"] == 0

    report = hadir("--db", db_path, "--json", "bpjs", "report", "--event", world_db["event"])
    assert report.code == 0, report.err
    first, second = report.data["sessions"]
    assert {k: first[k] for k in ("session_id", "attended", "members_before", "registered_after")} == {
        "session_id": world_db["s1"],
        "attended": 5,
        "members_before": 1,
        "registered_after": 3,
    }
    assert (first["not_registered"], first["interested"], second["attended"]) == (1, 2, 3)
    assert report.data["totals"]["attended"] == 8

    one = hadir("--db", db_path, "--json", "bpjs", "report", "--session", world_db["s2"])
    assert [s["session_id"] for s in one.data["sessions"]] == [world_db["s2"]]


def test_followup_and_registration_exports(hadir: Run, db_path: Path, world_db, tmp_path: Path) -> None:
    hadir("--db", db_path, "bpjs", "import", write_member_list(tmp_path / "bpjs.xlsx"))
    out = tmp_path / "followup.xlsx"
    done = hadir("--db", db_path, "--json", "export", "followup", "--event", world_db["event"], "-o", out)
    assert done.code == 0, done.err
    assert (done.data["rows"], done.data["full_phones"], done.data["masked_phones"]) == (2, 1, 1)
    assert out.exists()
    reg = hadir(
        "--db",
        db_path,
        "--json",
        "export",
        "registration",
        "--event",
        world_db["event"],
        "-o",
        tmp_path / "r.xlsx",
    )
    assert reg.data["rows"] == 1


def test_interest_from_the_command_line(hadir: Run, db_path: Path, world_db) -> None:
    done = hadir(
        "--db", db_path, "--json", "bpjs", "interest", "--session", world_db["s1"], "--nik", NIKS["A"]
    )
    assert done.data["interested"] is True
    report = hadir("--db", db_path, "--json", "bpjs", "report", "--session", world_db["s1"])
    assert report.data["sessions"][0]["interested"] == 3
    hadir("--db", db_path, "bpjs", "interest", "--session", world_db["s1"], "--nik", NIKS["A"], "--no")
    report = hadir("--db", db_path, "--json", "bpjs", "report", "--session", world_db["s1"])
    assert report.data["sessions"][0]["interested"] == 2


def test_bad_input_and_refusals(hadir: Run, db_path: Path, world_db, tmp_path: Path) -> None:
    missing = hadir("--db", db_path, "--json", "bpjs", "import", tmp_path / "nope.xlsx")
    assert (missing.code, missing.data["reason"]) == (2, "roster_file")
    no_session = hadir("--db", db_path, "--json", "bpjs", "report", "--session", 999)
    assert no_session.code == 2
    usage = hadir("--db", db_path, "--json", "bpjs", "report")
    assert usage.code == 2
    services = Services(open_database(db_path))
    services.operators.add_operator("Petugas Meja", "2468", services.operators.local_admin().id)
    services.close()
    refused = hadir(
        "--db", db_path, "--json", "--operator", "Petugas Meja", "export", "followup",
        "--event", world_db["event"], "-o", tmp_path / "f.xlsx",
    )  # fmt: skip
    assert (refused.code, refused.data["status"]) == (3, "refused")
    assert not (tmp_path / "f.xlsx").exists()


def test_settings_shown_and_changed(hadir: Run, db_path: Path, world_db, tmp_path: Path) -> None:
    shown = hadir("--db", db_path, "--json", "bpjs", "settings")
    assert shown.data["windows_days"] == [30, 90]
    assert shown.data["registration_headers"]["nik"] == "NIK"
    changed = hadir(
        "--db", db_path, "--json", "bpjs", "settings", "--windows", "14,60",
        "--header", "nik=NIK KTP", "--wa-template", "Halo {nama}",
    )  # fmt: skip
    assert changed.code == 0, changed.err
    assert changed.data["windows_days"] == [14, 60]
    assert changed.data["registration_headers"]["nik"] == "NIK KTP"
    assert changed.data["registration_headers"]["name"] == "Nama Lengkap"
    report = hadir("--db", db_path, "--json", "bpjs", "report", "--session", world_db["s1"])
    assert report.data["windows_days"] == [14, 60]
    bad = hadir("--db", db_path, "--json", "bpjs", "settings", "--windows", "90,30")
    assert bad.code == 2
    unknown = hadir("--db", db_path, "--json", "bpjs", "settings", "--header", "shoe=Size")
    assert unknown.code == 2
