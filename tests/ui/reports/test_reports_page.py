"""Laporan & Ekspor: the numbers on screen, the charts, exports in the background, failures, cancel."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from desktop_app.services.demo.service import generate_demo
from desktop_app.storage.models import AuditEntry
from desktop_app.ui import dialogs_io
from desktop_app.ui.reports import report_dialogs
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def demo(services, admin):  # type: ignore[no-untyped-def]
    return generate_demo(services.db, services.district, people=90, operator_id=admin.id)


@pytest.fixture
def page(qtbot, services, admin, demo) -> ReportsPage:  # type: ignore[no-untyped-def]
    widget = ReportsPage(services, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[Path]:  # type: ignore[no-untyped-def]
    """Stands in for the "open the file or its folder?" question (answers "folder") and the opening."""
    calls: list[Path] = []
    monkeypatch.setattr(report_dialogs, "ask_open_exported", lambda parent, title, text: "folder")
    monkeypatch.setattr(report_dialogs, "open_path", lambda path: calls.append(path) or True)
    return calls


def save_to(monkeypatch, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    suggested: list[str] = []

    def fake(parent, title, suggestion="", filters=""):  # type: ignore[no-untyped-def]
        suggested.append(suggestion)
        return path

    monkeypatch.setattr(dialogs_io, "save_file", fake)
    return suggested


def numbers(page: ReportsPage) -> list[str]:
    return [page.cards.value_text(k) for k in ("invited", "admitted", "walk_ins", "refused", "no_shows")]


def test_the_summary_numbers_and_charts_match_the_services(page, services, demo) -> None:
    report = services.reports.event_report(demo.event_id, rows=False)
    t = report.totals
    assert numbers(page) == [str(n) for n in (t.invited, t.admitted, t.walk_ins, t.refused, t.no_shows)]
    assert page.session_combo.count() == 1 + 3

    page.select(demo.event_id, report.sessions[1].header.session_id)
    s = report.sessions[1].summary
    assert numbers(page) == [str(n) for n in (s.invited, s.admitted, s.walk_ins, s.refused, s.no_shows)]
    capacity, admitted = page.charts.views["batches"].chart().series()[0].barSets()
    assert [admitted.at(i) for i in range(3)] == [x.summary.admitted for x in report.sessions]
    assert [capacity.at(i) for i in range(3)] == [30, 30, 30]
    kinds = page.charts.views["kind"].chart().series()[0]
    assert sum(part.value() for part in kinds.slices()) == s.admitted


def test_excel_export_runs_and_offers_the_folder(
    qtbot, page, services, admin, demo, tmp_path, monkeypatch, opened
) -> None:
    report = services.reports.event_report(demo.event_id, rows=False)
    second = report.sessions[1]
    page.select(demo.event_id, second.header.session_id)
    suggested = save_to(monkeypatch, tmp_path / "angkatan-2")  # the extension is added

    page.excel_button.click()

    path = tmp_path / "angkatan-2.xlsx"
    assert path.exists()
    assert suggested and suggested[0].endswith(".xlsx") and "2021-02-15" in suggested[0]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Angkatan 2").to_python()
    listed = [r for r in rows if isinstance(r[0], float) and r[1]]
    assert len(listed) == second.summary.admitted == page.last_export.rows
    assert all("********" in r[2] for r in listed)
    assert opened == [tmp_path]
    assert str(path) in page.status_label.text()
    assert page.excel_button.isEnabled()
    with services.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        assert (entry.entity, entry.entity_id, entry.operator_id) == (
            "session",
            second.header.session_id,
            admin.id,
        )


def test_full_nik_pdf_of_the_whole_event(page, services, demo, tmp_path, monkeypatch, opened) -> None:
    save_to(monkeypatch, tmp_path / "semua.pdf")
    page.full_nik_box.setChecked(True)
    assert page.selected_session_id() is None  # "all batches"

    page.pdf_button.click()

    pages = PdfReader(tmp_path / "semua.pdf").pages
    assert len(pages) >= 3 and page.last_export.full_nik and page.last_export.sessions == 3
    assert "********" not in "".join(p.extract_text() for p in pages)


def test_a_failed_export_says_why(page, tmp_path, monkeypatch, dialogs, opened) -> None:
    save_to(monkeypatch, tmp_path / "missing-folder" / "a.xlsx")

    page.excel_button.click()

    assert len(dialogs.errors) == 1
    _title, text, detail = dialogs.errors[0]
    assert "missing-folder" in text and "folder_missing" in detail
    assert opened == [] and page.excel_button.isEnabled()


def test_cancel_stops_a_running_export(qtbot, services, admin, demo) -> None:
    page = ReportsPage(services, admin.id, pool=WorkerPool())  # a real thread this time
    qtbot.addWidget(page)

    def slow(progress):  # type: ignore[no-untyped-def]
        for i in range(500):
            progress(i, 500)
            time.sleep(0.01)

    with qtbot.waitSignal(page.runner.cancelled, timeout=10_000):
        page.runner.start(slow, "…")
        page.runner.cancel()
    assert not page.runner.busy
    assert page.status_label.text()  # says the export was cancelled


def test_an_empty_database_explains_and_disables_exports(qtbot, services, admin) -> None:
    page = ReportsPage(services, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisible()
    assert not page.excel_button.isEnabled() and not page.pdf_button.isEnabled()
    assert numbers(page) == ["–"] * 5


def test_letterhead_and_signatory_are_set_in_a_dialog(qtbot, page, services) -> None:
    page.setup_button.click()
    dialog = page.active_dialog
    assert dialog is not None and dialog.office.text().startswith("DINAS PERDAGANGAN")

    dialog.first.name.setText("Drs. Sutrisno Hadi, M.M.")
    dialog.first.nip.setText("19660420 1992")  # too short
    dialog.save()
    assert dialog.error_label.isVisible() and dialog.isVisible()
    assert services.settings.signatories()[0].name == ""  # nothing stored

    dialog.first.nip.setText("19660420 199203 1 008")
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    dialog.address.setPlainText("Jl. Contoh No. 1\nSukoharjo 57511")
    dialog.save()
    assert page.active_dialog is None
    signer = services.settings.signatories()[0]
    assert (signer.name, signer.nip) == ("Drs. Sutrisno Hadi, M.M.", "196604201992031008")
    assert services.settings.paper_size() == "F4"
    assert services.settings.letterhead().address_lines == ("Jl. Contoh No. 1", "Sukoharjo 57511")


def test_a_desk_operator_may_not_change_the_letterhead(qtbot, services, demo) -> None:
    desk = services.operators.ensure("Petugas Meja")
    page = ReportsPage(services, desk.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(page)
    assert not page.setup_button.isEnabled()
