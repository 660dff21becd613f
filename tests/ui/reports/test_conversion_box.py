"""*Laporan & Ekspor → BPJS*: the figures of a batch and of the event, the chart, the two files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services" / "bpjs"))

from bpjs_world import build_world, write_member_list

from desktop_app.ui import dialogs_io
from desktop_app.ui.reports import report_dialogs
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.worker import WorkerPool


@pytest.fixture
def world(services, admin, tmp_path):  # type: ignore[no-untyped-def]
    world = build_world(services, admin)
    services.bpjs_members.run(write_member_list(tmp_path / "bpjs.xlsx"), admin.id)
    return world


def open_page(qtbot, services, operator_id, world) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(services, operator_id, WorkerPool(inline=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.select(world.event_id)
    page.chart_tabs.setCurrentWidget(page.bpjs_box)
    return page


def texts(page: ReportsPage) -> dict[str, str]:
    return {key: label.text() for key, label in page.bpjs_box.values.items()}


def test_the_event_and_a_batch_show_their_figures(qtbot, services, admin, world) -> None:
    page = open_page(qtbot, services, admin.id, world)
    assert texts(page) == {
        "attended": "8",
        "members_before": "2",
        "registered_after": "4",
        "windows": "3 / 4",
        "not_registered": "2",
        "rate": "67 %",
    }
    page.select(world.event_id, world.s1)
    assert texts(page)["attended"] == "5" and texts(page)["registered_after"] == "3"
    assert page.bpjs_box.groups_label.text().startswith(
        "Tanpa undangan: 1 hadir, 0 sudah peserta sebelumnya, 1 mendaftar sesudahnya, 0 belum."
    )
    chart = page.bpjs_box.chart_view.chart()
    (series,) = chart.series()
    assert [s.label() for s in series.barSets()] == [
        "Sudah peserta sebelumnya",
        "Mendaftar sesudahnya",
        "Belum terdaftar",
    ]
    assert [series.barSets()[1].at(i) for i in range(2)] == [3, 1]  # registered after, batch 1 and 2


def test_the_follow_up_list_is_written_from_the_tab(
    qtbot, services, admin, world, tmp_path, monkeypatch
) -> None:
    page = open_page(qtbot, services, admin.id, world)
    target = tmp_path / "tindak lanjut.xlsx"
    monkeypatch.setattr(dialogs_io, "save_file", lambda *a, **k: target)
    monkeypatch.setattr(report_dialogs, "ask_open_exported", lambda *a: None)
    page.bpjs_box.followup_button.click()
    names = [row[1] for row in load_workbook(target).active.iter_rows(values_only=True)]
    assert "Peserta D" in names and "Peserta I" in names and "Peserta A" not in names
    assert "2 orang, 1 nomor HP disamarkan" in page.bpjs_box.status_label.text()


def test_a_desk_operator_sees_the_figures_but_cannot_export(qtbot, services, admin, world) -> None:
    desk = services.operators.add_operator("Petugas Meja", "2468", admin.id)
    page = open_page(qtbot, services, desk.id, world)
    assert texts(page)["attended"] == "8"
    assert not page.bpjs_box.followup_button.isEnabled()
    assert not page.bpjs_box.registration_button.isEnabled()
