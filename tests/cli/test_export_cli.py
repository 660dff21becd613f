"""`hadir export attendance` and `hadir export event`, per the contract in DESIGN.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from desktop_app.storage.models import AuditEntry
from desktop_app.storage.target import open_target

Run = Callable[..., Any]


@pytest.fixture
def demo(hadir: Run, db_target: Path) -> dict[str, Any]:
    done = hadir("--db", db_target, "--json", "demo", "--people", 60)
    assert done.code == 0, done.err
    return done.data


def _audit(db_target: Path) -> list[dict[str, Any]]:
    db = open_target(db_target)
    try:
        with db.session() as s:
            rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id))
            return [{"entity": e.entity, "id": e.entity_id, **e.details} for e in rows]
    finally:
        db.close()


def test_export_attendance_xlsx_answers_path_and_rows(hadir: Run, db_target, demo, tmp_path) -> None:
    out = tmp_path / "angkatan-1.xlsx"
    done = hadir("--db", db_target, "export", "attendance", "--session", 1, "-o", out, "--json")

    assert done.code == 0, done.err
    assert done.data["path"] == str(out.resolve()) and out.exists()
    book = CalamineWorkbook.from_path(str(out))
    rows = book.get_sheet_by_name("Angkatan 1").to_python()
    listed = [r for r in rows if isinstance(r[0], float) and r[1]]
    assert done.data["rows"] == len(listed) > 20
    assert all("********" in r[2] for r in listed)  # masked unless asked
    assert _audit(db_target) == [
        {
            "entity": "session",
            "id": 1,
            "format": "xlsx",
            "full_nik": False,
            "rows": len(listed),
            "file": out.name,
        }
    ]


def test_export_attendance_pdf_with_full_nik(hadir: Run, db_target, demo, tmp_path) -> None:
    out = tmp_path / "daftar-hadir.pdf"
    done = hadir("--db", db_target, "--json", "export", "attendance", "--session", 2, "-o", out, "--full-nik")

    assert done.code == 0, done.err
    assert done.data["format"] == "pdf" and done.data["full_nik"] is True
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "DAFTAR HADIR" in text and "********" not in text.split("NIK disamarkan")[0]
    assert _audit(db_target)[-1]["full_nik"] is True


def test_export_event_has_a_sheet_per_session(hadir: Run, db_target, demo, tmp_path) -> None:
    out = tmp_path / "kegiatan.xlsx"
    done = hadir("--db", db_target, "--json", "export", "event", "--event", demo["event_id"], "-o", out)

    assert done.code == 0, done.err
    assert done.data["rows"] == demo["admitted"] and done.data["sessions"] == demo["sessions"] == 2
    assert CalamineWorkbook.from_path(str(out)).sheet_names == ["Ringkasan", "Angkatan 1", "Angkatan 2"]


@pytest.mark.parametrize(
    ("args", "reason", "words"),
    [
        (("attendance", "--session", 1, "-o", "out.csv"), "export_failed", ".xlsx or .pdf"),
        (("attendance", "--session", 99, "-o", "out.xlsx"), "not_found", "session 99"),
        (("event", "--event", 99, "-o", "out.xlsx"), "not_found", "event 99"),
        (("attendance", "--session", 1, "-o", "no/such/folder/out.xlsx"), "export_failed", "folder_missing"),
        (("attendance", "-o", "out.xlsx"), "usage", "--session"),
    ],
)
def test_bad_requests_exit_2_with_a_clear_message(
    hadir: Run, db_target, demo, tmp_path, monkeypatch, args, reason, words
) -> None:
    monkeypatch.chdir(tmp_path)
    done = hadir("--db", db_target, "--json", "export", *args)

    assert done.code == 2
    assert done.data["reason"] == reason and words in done.data["message"]
    assert "Traceback" not in done.err
    assert not list(tmp_path.glob("out.*"))
    assert _audit(db_target) == []


def test_real_process_exit_codes(hadir_process: Run, hadir: Run, db_target, demo, tmp_path) -> None:
    good = hadir_process("--db", db_target, "export", "attendance", "--session", 1, "-o", tmp_path / "a.pdf")
    assert good.code == 0 and "a.pdf" in good.out
    bad = hadir_process("--db", db_target, "export", "attendance", "--session", 1, "-o", tmp_path / "a.txt")
    assert bad.code == 2 and ".xlsx or .pdf" in bad.err and "Traceback" not in bad.err
