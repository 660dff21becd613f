"""Reading the audit log: who did what and when, filtered and paged, exported without full NIKs."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app.core.errors import NotAllowed
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.exports.files import ExportFailed
from desktop_app.services.audit_log.service import AuditFilter, details_text, scrub
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.storage.models import AuditEntry

OK = ScreeningAnswers(temperature=36.6)
SRI_NIK = "3311014101900001"  # Sri Wahyuni's, from tests/services/conftest.py
RAW = re.compile(r"[a-z]+_[a-z_]+: |\btrue\b|\bfalse\b|\[|\]")  # a stored key, or JSON


@pytest.fixture
def day(desk):  # type: ignore[no-untyped-def]
    """Rina checks two people in, Sri the admin undoes one."""
    services = desk.services
    sri = services.operators.create_admin("Sri Admin", "2468")
    rina = services.operators.add_operator("Rina", "1357", sri.id)
    for name in ("Sri Wahyuni", "Budi Santoso"):
        services.checkin.admit(AdmitRequest(desk.session_id, desk.people[name], OK), rina)
    services.checkin.undo(desk.session_id, desk.people["Budi Santoso"], "salah orang", sri)
    return desk, sri, rina


def add_entry(services, at: datetime, action: str = "update", **details) -> None:  # type: ignore[no-untyped-def]
    with services.db.transaction() as s:
        s.add(AuditEntry(at=at, action=action, entity="event", entity_id=1, details=details or None))


def test_check_ins_are_listed_with_the_operator_and_the_person(day) -> None:
    desk, _, _ = day

    page = desk.services.audit_log.query(AuditFilter(action="checkin"))

    assert page.total == 2
    assert [(r.operator, r.subject, r.entity) for r in page.rows] == [
        ("Rina", "Budi Santoso", "attendance"),
        ("Rina", "Sri Wahyuni", "attendance"),
    ]
    assert "nik: 3311********0001" in page.rows[1].details
    assert SRI_NIK not in page.rows[1].details


def test_filters_by_action_operator_record_and_text(day) -> None:
    desk, _, rina = day
    log = desk.services.audit_log

    [undo] = log.query(AuditFilter(action="undo")).rows
    assert (undo.operator, undo.subject) == ("Sri Admin", "Budi Santoso")
    assert "reason: salah orang" in undo.details
    by_rina = log.query(AuditFilter(operator_id=rina.id)).rows
    assert [r.action for r in by_rina] == ["checkin", "checkin"]
    assert {r.entity for r in log.query(AuditFilter(entity="person")).rows} == {"person"}
    assert {r.subject for r in log.query(AuditFilter(text="budi")).rows} == {"Budi Santoso"}
    # A full NIK finds its person's entries, which still show it masked.
    found = log.query(AuditFilter(text=SRI_NIK)).rows
    assert {r.subject for r in found} == {"Sri Wahyuni"} and len(found) >= 2
    assert all(SRI_NIK not in r.details for r in found)
    assert log.query(AuditFilter(text="100%_")).total == 0  # LIKE wildcards are literal
    choices = log.choices()
    assert {"checkin", "undo", "create"} <= set(choices.actions)
    assert [n for _, n in choices.operators] == ["Admin", "Rina", "Sri Admin"]


def test_dates_are_whole_days_in_western_indonesia(services) -> None:
    add_entry(services, datetime(2021, 2, 15, 16, 59, tzinfo=UTC), note="15 Feb 23.59 WIB")
    add_entry(services, datetime(2021, 2, 15, 17, 0, tzinfo=UTC), note="16 Feb 00.00 WIB")
    add_entry(services, datetime(2021, 2, 16, 16, 59, tzinfo=UTC), note="16 Feb 23.59 WIB")
    add_entry(services, datetime(2021, 2, 16, 17, 0, tzinfo=UTC), note="17 Feb 00.00 WIB")

    day = date(2021, 2, 16)
    rows = services.audit_log.query(AuditFilter(date_from=day, date_to=day)).rows

    assert [r.details for r in rows] == ["note: 16 Feb 23.59 WIB", "note: 16 Feb 00.00 WIB"]
    since = services.audit_log.query(AuditFilter(date_from=date(2021, 2, 17))).rows
    assert [r.details for r in since] == ["note: 17 Feb 00.00 WIB"]


def test_pages_of_entries_newest_first(services) -> None:
    for minute in range(25):
        add_entry(services, datetime(2021, 2, 16, 2, minute, tzinfo=UTC), n=minute)

    first = services.audit_log.query(offset=0, limit=10)
    last = services.audit_log.query(offset=20, limit=10)

    assert (first.total, len(first.rows), len(last.rows)) == (25, 10, 5)
    assert first.rows[0].details == "n: 24" and last.rows[-1].details == "n: 0"


def test_anything_like_a_full_nik_or_phone_is_masked_on_the_way_out() -> None:
    assert scrub("nik 3311014101900001 hp +6281234567890") == "nik 3311********0001 hp 0812-****-7890"
    assert scrub("08123456789") != "08123456789"
    assert scrub("batch 12, 30 seats, 2021-02-16") == "batch 12, 30 seats, 2021-02-16"
    assert details_text({"b": [1, 2], "a": "x"}) == "a: x · b: [1, 2]"


def test_the_export_is_a_readable_workbook_without_full_niks(day, tmp_path: Path) -> None:
    desk, sri, _ = day
    services = desk.services
    # A careless writer put a full NIK and a formula into details: neither survives as such.
    with services.db.transaction() as s:
        s.add(
            AuditEntry(
                at=datetime.now(UTC),
                action="update",
                entity="person",
                entity_id=desk.people["Sri Wahyuni"],
                operator_id=sri.id,
                details={"nik": SRI_NIK, "note": '=HYPERLINK("http://x")'},
            )
        )
    target = tmp_path / "log-audit.xlsx"

    done = services.audit_log.export_xlsx(AuditFilter(), target, sri.id)

    wb = load_workbook(target)
    ws = wb.active
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    header = cells[2]
    body = cells[3:]
    assert header == ["Waktu", "Petugas", "Tindakan", "Data", "ID", "Tentang", "Rincian"]
    assert done.rows == len(body) == services.audit_log.query().total - 1  # not the export itself
    assert ["Rina", "Check-in", "Kehadiran", "Sri Wahyuni"] in [[*row[1:4], row[5]] for row in body]
    flat = repr(cells)
    assert SRI_NIK not in flat and "3311********0001" in flat
    formula_cell = next(c for row in ws.iter_rows() for c in row if "HYPERLINK" in str(c.value))
    assert formula_cell.data_type == "s"
    assert isinstance(body[0][0], datetime)
    with services.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "audit_log"))
        assert (entry.action, entry.operator_id, entry.details["rows"]) == ("export", sri.id, done.rows)


def test_every_detail_is_exported_in_words_as_the_window_says_it(day, tmp_path: Path) -> None:
    desk, sri, _ = day
    services = desk.services
    target = tmp_path / "log-audit.xlsx"
    services.audit_log.export_xlsx(AuditFilter(), target, sri.id)
    body = [[c.value for c in row] for row in load_workbook(target).active.iter_rows(min_row=4)]
    details = {(row[2], row[5]): row[6] for row in body}
    undo = details[("Check-in dibatalkan", "Budi Santoso")]
    assert undo.startswith("alasan: salah orang · sesi: #")
    assert "tanpa undangan: tidak" in details[("Check-in", "Sri Wahyuni")]
    assert not any(RAW.search(text or "") for text in details.values()), details


def test_only_an_admin_exports_the_log(day, tmp_path: Path) -> None:
    desk, _, rina = day
    with pytest.raises(NotAllowed):
        desk.services.audit_log.export_xlsx(AuditFilter(), tmp_path / "log.xlsx", rina.id)
    assert not (tmp_path / "log.xlsx").exists()


def test_only_xlsx_is_written(services, tmp_path: Path) -> None:
    admin = services.operators.create_admin("Sri Admin", "2468")
    before = services.audit_log.last_id()
    with pytest.raises(ExportFailed):
        services.audit_log.export_xlsx(AuditFilter(), tmp_path / "log.pdf", admin.id)
    with services.db.session() as s:
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.id > before)) == 0
