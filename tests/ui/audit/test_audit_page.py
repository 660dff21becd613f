"""Log Audit: the check-ins with operator names, filters, paging and the export in the background."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import AuditEntry
from desktop_app.ui import dialogs_io
from desktop_app.ui.audit.audit_page import AuditPage
from desktop_app.ui.audit.audit_table_model import AuditColumn
from desktop_app.ui.worker import WorkerPool

NIKS = {"Sri Rahayu": "3311014101900001", "Budi Santoso": "3311010202850002"}


@pytest.fixture
def log(services):  # type: ignore[no-untyped-def]
    """Sri the admin creates a batch; Rina checks Sri Rahayu and Budi Santoso in; Sri undoes Budi."""
    sri = services.operators.create_admin("Sri Wahyuni", "2468")
    rina = services.operators.add_operator("Rina Kartika", "1357", sri.id)
    event = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), sri.id)
    session = services.events.add_session(
        SessionDraft(event, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 30), sri.id
    )
    people = {}
    with services.db.transaction() as s:
        for name, nik in NIKS.items():
            people[name] = services.people.create_person(s, WalkInDraft(name=name, nik=nik), sri.id).id
    for name in NIKS:
        services.checkin.admit(AdmitRequest(session, people[name], ScreeningAnswers(36.5)), rina)
    services.checkin.undo(session, people["Budi Santoso"], "salah orang", sri)
    return sri, rina


def open_page(qtbot, services, operator, **options) -> AuditPage:  # type: ignore[no-untyped-def]
    page = AuditPage(services, operator.id, pool=WorkerPool(inline=True), **options)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()  # reads the log
    return page


def column(page: AuditPage, col: AuditColumn) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_check_ins_are_listed_with_the_operator_names(qtbot, services, log, english) -> None:
    sri, _ = log
    page = open_page(qtbot, services, sri)

    bar = page.filter_bar
    bar.select(bar.action_combo, "checkin")

    assert column(page, AuditColumn.ACTION) == ["Check-in", "Check-in"]
    assert column(page, AuditColumn.OPERATOR) == ["Rina Kartika", "Rina Kartika"]
    assert column(page, AuditColumn.SUBJECT) == ["Budi Santoso", "Sri Rahayu"]
    assert column(page, AuditColumn.RECORD)[0].startswith("Attendance #")
    assert "3311********0001" in column(page, AuditColumn.DETAILS)[1]
    assert page.count_label.text() == "1–2 of 2"


def test_filters_by_action_operator_and_text(qtbot, services, log, english) -> None:
    sri, rina = log
    page = open_page(qtbot, services, sri)
    bar = page.filter_bar
    everything = page.page.total

    bar.select(bar.action_combo, "undo")
    assert column(page, AuditColumn.OPERATOR) == ["Sri Wahyuni"]
    assert "reason: salah orang" in column(page, AuditColumn.DETAILS)[0]
    assert bar.action_combo.currentText() == "Check-in undone"

    bar.reset()
    assert page.page.total == everything
    bar.select(bar.operator_combo, rina.id)
    assert set(column(page, AuditColumn.OPERATOR)) == {"Rina Kartika"}

    bar.reset()
    qtbot.keyClicks(bar.search_edit, "budi")
    qtbot.waitUntil(lambda: set(column(page, AuditColumn.SUBJECT)) == {"Budi Santoso"}, timeout=2000)
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, NIKS["Sri Rahayu"])  # a full NIK finds her entries, masked
    qtbot.waitUntil(lambda: set(column(page, AuditColumn.SUBJECT)) == {"Sri Rahayu"}, timeout=2000)
    assert all(NIKS["Sri Rahayu"] not in text for text in column(page, AuditColumn.DETAILS))

    bar.search_edit.setText("tidak ada yang cocok")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.empty_label.isVisible() and not page.export_button.isEnabled()


def test_the_period_filter_and_paging(qtbot, services, log, english) -> None:
    sri, _ = log
    long_ago = datetime(2020, 1, 6, 3, 0, tzinfo=UTC)
    with services.db.transaction() as s:
        for n in range(12):
            at = long_ago + timedelta(minutes=n)
            s.add(AuditEntry(at=at, action="update", entity="event", entity_id=1, details={"n": n}))
    page = open_page(qtbot, services, sri, page_size=5)
    bar = page.filter_bar

    bar.select(bar.period_combo, "custom")
    bar.from_edit.setDate(date(2020, 1, 6))
    bar.to_edit.setDate(date(2020, 1, 6))
    assert page.count_label.text() == "1–5 of 12"
    assert not page.previous_button.isEnabled()
    page.next_button.click()
    page.next_button.click()
    assert page.count_label.text() == "11–12 of 12"
    assert column(page, AuditColumn.DETAILS) == ["n: 1", "n: 0"]
    assert column(page, AuditColumn.TIME)[-1] == "06/01/2020 10:00:00"  # 03:00 UTC is 10:00 WIB
    assert not page.next_button.isEnabled()

    bar.select(bar.period_combo, "today")
    assert all(not text.startswith("06/01/2020") for text in column(page, AuditColumn.TIME))


def test_the_export_writes_the_filtered_entries_without_full_niks(
    qtbot, services, log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    sri, _ = log
    target = tmp_path / "audit"  # the extension is added
    monkeypatch.setattr(dialogs_io, "save_file", lambda *args: target)
    page = open_page(qtbot, services, sri)
    page.filter_bar.select(page.filter_bar.action_combo, "checkin")

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "audit.xlsx"
    assert page.last_export is not None and page.last_export.path == written
    ws = load_workbook(written).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[2] == ["Time", "Operator", "Action", "Record", "ID", "About", "Details"]
    assert [(r[1], r[2], r[5]) for r in rows[3:]] == [
        ("Rina Kartika", "Check-in", "Budi Santoso"),
        ("Rina Kartika", "Check-in", "Sri Rahayu"),
    ]
    flat = repr(rows)
    assert all(nik not in flat for nik in NIKS.values())
    assert page.status_label.text() == f"Saved {written} (2 entries)."
    with services.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "audit_log"))
        assert (entry.action, entry.operator_id, entry.details["rows"]) == ("export", sri.id, 2)


def test_the_window_exports_each_detail_as_its_table_shows_it(
    qtbot, services, log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In Indonesian: the workbook's Rincian column holds the table's words, not `session_id: 1`."""
    sri, _ = log
    target = tmp_path / "log.xlsx"
    monkeypatch.setattr(dialogs_io, "save_file", lambda *args: target)
    page = open_page(qtbot, services, sri)
    shown = column(page, AuditColumn.DETAILS)

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    rows = [[c.value for c in row] for row in load_workbook(target).active.iter_rows(min_row=4)]
    assert [r[6] or "" for r in rows] == shown
    undo = next(r for r in rows if r[2] == "Check-in dibatalkan")
    assert undo[3] == "Kehadiran" and undo[6].startswith("alasan: salah orang · sesi: #")
    assert "session_id" not in repr(rows) and "walk_in" not in repr(rows)


def test_a_desk_operator_cannot_export_the_log(
    qtbot, services, log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    _, rina = log
    asked = []
    monkeypatch.setattr(dialogs_io, "save_file", lambda *args: asked.append(args) or tmp_path / "log.xlsx")
    page = open_page(qtbot, services, rina)
    assert page.model.rowCount() > 0  # she may read it
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == "Only an admin may export the audit log."
    page.export()  # e.g. a shortcut: still nothing
    assert asked == [] and not (tmp_path / "log.xlsx").exists()
