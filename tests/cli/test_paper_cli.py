"""`hadir export signin`, `export invitations` and `export contacts` (admin only), per DESIGN.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.services.container import Services
from desktop_app.storage.database import open_database
from desktop_app.storage.models import AuditEntry


@pytest.fixture
def demo(hadir, db_path: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    done = hadir("--db", db_path, "--json", "demo", "--people", 40)
    assert done.code == 0, done.err
    return done.data


def test_signin_and_invitations(hadir, db_path, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet, cards = tmp_path / "daftar-hadir.pdf", tmp_path / "undangan.pdf"
    done = hadir("--db", db_path, "--json", "export", "signin", "--session", 1, "-o", sheet)
    assert done.code == 0, done.err
    assert done.data == {"path": str(sheet.resolve()), "rows": 30}
    assert "DAFTAR HADIR" in PdfReader(sheet).pages[0].extract_text()

    done = hadir("--db", db_path, "--json", "export", "invitations", "--session", 1, "-o", cards)
    assert done.code == 0, done.err
    assert done.data["cards"] == 30 and len(PdfReader(cards).pages) == 5


def test_bad_extension_and_unknown_session_are_bad_input(hadir, db_path, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = hadir("--db", db_path, "--json", "export", "signin", "--session", 1, "-o", tmp_path / "x.docx")
    assert done.code == 2 and done.data["status"] == "error"
    done = hadir(
        "--db", db_path, "--json", "export", "invitations", "--session", 99, "-o", tmp_path / "x.pdf"
    )
    assert done.code == 2 and "99" in done.data["message"]


def test_contacts_has_full_phones_for_the_admin_and_is_refused_to_the_desk(
    hadir, db_path, demo, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kontak.xlsx"
    done = hadir("--db", db_path, "--json", "export", "contacts", "--session", 1, "-o", out)
    assert done.code == 0, done.err
    ws = openpyxl.load_workbook(out).active
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "No")
    assert header[:9] == (
        "No",
        "Nama",
        "Jenis Kelamin",
        "Umur",
        "No. HP",
        "Alamat",
        "Desa/Kelurahan",
        "Kecamatan",
        "Tanggal Paparan",
    )
    rows = [r for r in ws.iter_rows(min_row=1) if isinstance(r[0].value, int)]
    assert len(rows) == done.data["rows"] > 20
    phones = [r[4] for r in rows if r[4].value]
    assert len(phones) > len(rows) / 2
    assert all(p.data_type == "s" and "*" not in p.value and p.value.startswith("08") for p in phones)
    assert isinstance(rows[0][3].value, int) and 17 <= rows[0][3].value <= 80  # age from the birth date
    assert "********" in rows[0][14].value  # the NIK stays masked

    services = Services(open_database(db_path))
    try:
        admin = services.operators.local_admin()
        services.operators.add_operator("Rina Kartika", "1357", admin.id)
        with services.db.session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    finally:
        services.close()
    assert (entry.entity, entry.entity_id, entry.operator_id) == ("session", 1, admin.id)
    assert entry.details["document"] == "export_contacts" and entry.details["rows"] == len(rows)
    done = hadir(
        "--db",
        db_path,
        "--json",
        "--operator",
        "Rina Kartika",
        "export",
        "contacts",
        "--session",
        1,
        "-o",
        out,
    )
    assert done.code == 3 and done.data["status"] == "refused"


def test_export_report_for_an_event_with_a_photo(hadir, db_path, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    photo = tmp_path / "foto.png"
    Image.new("RGB", (800, 600), "#0f766e").save(photo)
    out = tmp_path / "laporan.pdf"
    args = ["--db", db_path, "--json", "export", "report", "--event", demo["event_id"], "-o", out]
    done = hadir(*args, "--photo", photo, "--caption", "Pembukaan", "--notes", "Lancar.")
    assert done.code == 0, done.err
    assert done.data["photos"] == 1 and done.data["attended"] == demo["admitted"]
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "LAPORAN KEGIATAN" in text and "Pembukaan" in text and "Lancar." in text

    done = hadir(*args, "--photo", tmp_path / "tidak-ada.jpg")
    assert done.code == 2 and "tidak-ada.jpg" in done.data["message"]
    done = hadir("--db", db_path, "--json", "export", "report", "-o", out)
    assert done.code == 2  # neither --session nor --event


def test_export_receipts_sets_the_amount_then_prints(hadir, db_path, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "transport.pdf"
    done = hadir("--db", db_path, "--json", "export", "receipts", "--session", 1, "-o", out)
    assert done.code == 2 and "no_amount" in done.data["message"]
    done = hadir(
        "--db", db_path, "--json", "export", "receipts", "--session", 1, "-o", out, "--amount", 100000
    )
    assert done.code == 0, done.err
    assert done.data["total"] == 100000 * done.data["rows"] > 0
    assert "TANDA TERIMA UANG TRANSPORT" in PdfReader(out).pages[0].extract_text()
