"""The item models over frozen rows, tested without any view."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.services.events.service import EventInfo, SessionInfo
from desktop_app.ui.event_table_model import ROW_ROLE, EventColumn, EventTableModel
from desktop_app.ui.session_table_model import SORT_ROLE, SessionColumn, SessionTableModel

EVENT = EventInfo(7, "Sosialisasi JKK", "Disdagkop UKM", "BPJS Ketenagakerjaan", None, 3, 90, 1234)
SESSION = SessionInfo(
    id=11,
    event_id=7,
    event_title="Sosialisasi JKK",
    batch=2,
    date=date(2021, 2, 19),
    start_time=time(13, 0),
    end_time=time(16, 0),
    venue="Gedung Menara Wijaya",
    capacity=30,
    max_temp=37.5,
    require_mask=True,
    check_pl=False,
    timezone="Asia/Makassar",
    invited=31,
    attended=30,
)


def display(model, column: int, row: int = 0):  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def header(model, column: int) -> str:  # type: ignore[no-untyped-def]
    return model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_event_model_rows_and_headers_in_indonesian() -> None:
    model = EventTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([EVENT])

    assert model.columnCount() == len(EventColumn) == 4
    assert [header(model, c) for c in EventColumn] == [
        "Kegiatan",
        "Penyelenggara",
        "Angkatan",
        "Hadir / kapasitas",
    ]
    assert display(model, EventColumn.TITLE) == "Sosialisasi JKK"
    assert display(model, EventColumn.SESSIONS) == "3"
    assert display(model, EventColumn.ATTENDANCE) == "1.234 / 90"
    assert model.data(model.index(0, 0), ROW_ROLE) is EVENT
    assert model.row_of(7) == 0 and model.row_of(8) is None


def test_set_rows_resets_the_model(qtbot) -> None:
    model = EventTableModel()
    model.set_rows([EVENT])
    with qtbot.waitSignal(model.modelReset, timeout=100):
        model.set_rows([])
    assert model.rowCount() == 0


def test_session_model_in_indonesian() -> None:
    model = SessionTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([SESSION])

    assert [header(model, c) for c in SessionColumn] == [
        "Angkatan",
        "Hari/Tanggal",
        "Pukul",
        "Tempat",
        "Kapasitas",
        "Diundang",
        "Hadir",
        "Suhu maks.",
    ]
    assert [display(model, c) for c in SessionColumn] == [
        "2",
        "Jumat, 19 Februari 2021",
        "13.00–16.00 WITA",
        "Gedung Menara Wijaya",
        "30",
        "31",
        "30",
        "37,5 °C",
    ]
    attended = model.index(0, SessionColumn.ATTENDED)
    assert model.data(attended, Qt.ItemDataRole.ToolTipRole) == "Sisa 0 kursi"
    assert model.data(attended, Qt.ItemDataRole.ForegroundRole) is not None  # full: shown in red
    assert model.data(model.index(0, SessionColumn.CAPACITY), SORT_ROLE) == 30


def test_session_model_in_english(english) -> None:
    model = SessionTableModel()
    model.set_rows([SESSION])

    assert header(model, SessionColumn.DATE) == "Date"
    assert display(model, SessionColumn.DATE) == "Friday, 19 February 2021"
    assert display(model, SessionColumn.TIME) == "13:00–16:00 WITA"
    assert display(model, SessionColumn.MAX_TEMP) == "37.5 °C"
