"""The desk's parts on their own: item models without a view, the screening panel, gauge, chooser, messages."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.capacity import Seats
from desktop_app.core.errors import AlreadyCheckedIn, CapacityFull, InvalidNik, ScreeningFailed
from desktop_app.services.checkin.types import RecentCheckin
from desktop_app.services.events.service import SessionInfo
from desktop_app.services.search.query import SearchHit
from desktop_app.services.settings import ScreeningQuestion
from desktop_app.ui.checkin.capacity_gauge import CapacityGauge, GaugeState, gauge_state
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.checkin.door_display import DoorDisplayWindow
from desktop_app.ui.checkin.recent_model import ROW_ROLE, RecentColumn, RecentModel
from desktop_app.ui.checkin.screening_panel import ScreeningPanel, parse_temperature
from desktop_app.ui.checkin.search_result_model import HIT_ROLE, SearchColumn, SearchResultModel
from desktop_app.ui.checkin.session_chooser import default_session

AT = datetime(2021, 2, 16, 2, 14, tzinfo=UTC)  # 09:14 WIB


def hit(pid: int, name: str, invited: bool = True, here: bool = False) -> SearchHit:
    return SearchHit(pid, name, "KSU Makmur", "3311********0001", "0812-****-7801", invited, here)


def session_info(**changes) -> SessionInfo:  # type: ignore[no-untyped-def]
    values = dict(
        id=1,
        event_id=1,
        event_title="Sosialisasi",
        batch=2,
        date=date(2021, 2, 16),
        start_time=time(8, 30),
        end_time=time(11, 30),
        venue="Aula",
        capacity=30,
        max_temp=37.3,
        require_mask=True,
        check_pl=False,
        timezone="Asia/Jakarta",
        invited=30,
        attended=0,
    )
    return SessionInfo(**(values | changes))


def test_search_result_model_rows_columns_and_status() -> None:
    model = SearchResultModel()
    model.set_rows([hit(1, "Sri Wahyuni"), hit(2, "Eka", invited=False), hit(3, "Budi", here=True)])
    assert model.rowCount() == 3 and model.columnCount() == len(SearchColumn)
    assert model.index(0, SearchColumn.NAME).data() == "Sri Wahyuni"
    assert model.index(0, SearchColumn.NIK).data() == "3311********0001"
    assert model.index(0, SearchColumn.PHONE).data() == "0812-****-7801"
    statuses = [model.index(row, SearchColumn.STATUS).data() for row in range(3)]
    assert statuses == [model.tr("Invited"), model.tr("Walk-in"), model.tr("✓ Present")]
    assert model.index(1, 0).data(HIT_ROLE).person_id == 2
    assert model.row_of(3) == 2 and model.row_of(99) is None
    model.set_rows([])
    assert model.rowCount() == 0


def test_recent_model_shows_wib_and_strikes_undone_rows() -> None:
    model = RecentModel()
    rows = [
        RecentCheckin(2, 12, "Dwi", None, AT, "Admin", True, 36.5, False),
        RecentCheckin(1, 11, "Sri", "KSU", AT, "Admin", False, None, True),
    ]
    model.set_rows(rows, "Asia/Jakarta")
    assert model.index(0, RecentColumn.TIME).data() == "09:14 WIB"
    assert model.index(0, RecentColumn.ORGANIZATION).data() == "—"
    assert model.index(0, RecentColumn.KIND).data() == model.tr("Walk-in")
    assert model.index(1, RecentColumn.TEMPERATURE).data() == "—"
    assert model.index(1, RecentColumn.NAME).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, RecentColumn.NAME).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 0).data(ROW_ROLE).undone
    assert model.latest_active().person_id == 12
    model.set_rows(rows, "Asia/Makassar")
    assert model.index(0, RecentColumn.TIME).data() == "10:14 WITA"


@pytest.mark.parametrize(
    ("typed", "value"), [("36,6", 36.6), ("36.6", 36.6), (" 37 ", 37.0), ("37,35", 37.4), ("", None)]
)
def test_parse_temperature_accepts_comma_and_dot(typed: str, value: float | None) -> None:
    assert parse_temperature(typed) == value


@pytest.mark.parametrize("typed", ["366", "3,66", "42,9", "abc", "36,6,1"])
def test_parse_temperature_refuses_what_no_thermometer_gives(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_temperature(typed)


def test_screening_panel_asks_the_sessions_questions(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ScreeningPanel()
    qtbot.addWidget(panel)
    questions = [
        ScreeningQuestion("fever"),
        ScreeningQuestion("cough"),
        ScreeningQuestion("market", "Ke pasar?"),
    ]
    panel.configure(session_info(check_pl=True, max_temp=37.5), questions)
    assert list(panel.question_boxes) == ["fever", "cough", "market"]
    assert panel.question_boxes["market"].text().endswith("  Ke pasar?")  # after its key (F5, F6, …)
    assert panel.question_boxes["market"].toolTip() == "Ke pasar?"
    assert "37" in panel.limit_label.text() and "5" in panel.limit_label.text()
    assert not panel.pl_combo.isHidden()
    assert panel.problem() is not None  # no temperature yet
    panel.temperature_edit.setText("36,5")
    assert panel.problem() is not None  # PeduliLindungi colour not chosen
    panel.pl_combo.setCurrentIndex(panel.pl_combo.findData("yellow"))
    panel.question_boxes["cough"].setChecked(True)
    panel.mask_box.setChecked(False)
    assert panel.problem() is None
    answers = panel.answers()
    assert answers.temperature == 36.5 and not answers.mask
    assert answers.symptoms == frozenset({"cough"}) and answers.pl_colour == "yellow"
    panel.reset()
    assert panel.temperature_edit.text() == "" and panel.mask_box.isChecked()
    assert not any(box.isChecked() for box in panel.question_boxes.values())

    panel.configure(session_info(check_pl=False), questions)
    assert panel.pl_combo.isHidden()
    panel.temperature_edit.setText("36,5")
    assert panel.answers().pl_colour is None


def test_enter_on_a_question_admits_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ScreeningPanel()
    qtbot.addWidget(panel)
    panel.configure(session_info(), [ScreeningQuestion("cough")])
    asked: list[int] = []
    panel.admit_requested.connect(lambda: asked.append(1))
    qtbot.keyClick(panel.temperature_edit, Qt.Key.Key_Return)
    qtbot.keyClick(panel.question_boxes["cough"], Qt.Key.Key_Enter)
    assert asked == [1, 1]


@pytest.mark.parametrize(
    ("seats", "state"),
    [
        (None, GaugeState.EMPTY),
        (Seats(30, 10), GaugeState.OPEN),
        (Seats(30, 27), GaugeState.NEAR_FULL),
        (Seats(100, 97), GaugeState.NEAR_FULL),
        (Seats(30, 30), GaugeState.FULL),
        (Seats(30, 31), GaugeState.FULL),
    ],
)
def test_gauge_state_bands(seats: Seats | None, state: GaugeState) -> None:
    assert gauge_state(seats) == state


def test_gauge_text_and_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    gauge = CapacityGauge()
    qtbot.addWidget(gauge)
    gauge.set_seats(Seats(30, 23))
    assert gauge.count_label.text() == "23 / 30"
    assert "7" in gauge.left_label.text()
    assert gauge.bar.value() == 23 and gauge.bar.maximum() == 30
    gauge.set_seats(Seats(30, 30))
    assert gauge.state == GaugeState.FULL
    assert "#b3261e" in gauge.bar.styleSheet()


def test_door_display_full_and_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    door = DoorDisplayWindow()
    qtbot.addWidget(door)
    door.set_session(session_info(event_title="Sosialisasi BPJS", venue="Aula Grogol"))
    door.set_seats(Seats(30, 23))
    assert door.number_label.text() == "7"
    assert "Sosialisasi BPJS" in door.text() and "Aula Grogol" in door.text()
    door.set_seats(Seats(30, 30))
    assert door.number_label.text() == door.tr("FULL")


def test_default_session_is_todays_else_the_latest() -> None:
    morning = session_info(id=1, date=date(2021, 2, 16), start_time=time(8, 30), end_time=time(11, 30))
    afternoon = session_info(id=2, date=date(2021, 2, 16), start_time=time(13, 0), end_time=time(16, 0))
    later = session_info(id=3, date=date(2021, 2, 17))
    sessions = [morning, afternoon, later]
    wib = ZoneInfo("Asia/Jakarta")
    assert default_session(sessions, datetime(2021, 2, 16, 9, 0, tzinfo=wib)).id == 1
    assert default_session(sessions, datetime(2021, 2, 16, 12, 0, tzinfo=wib)).id == 2
    assert default_session(sessions, datetime(2021, 2, 16, 17, 0, tzinfo=wib)).id == 2
    assert default_session(sessions, datetime(2021, 3, 1, 9, 0, tzinfo=wib)).id == 3
    assert default_session([], datetime(2021, 3, 1, tzinfo=wib)) is None


def test_default_session_is_chosen_on_the_sessions_clock_not_the_laptops() -> None:
    """A laptop on UTC at 23:30 on the 15th: in Sukoharjo it is 06:30 on the 16th, morning batch."""
    morning = session_info(id=1, date=date(2021, 2, 16), start_time=time(8, 30), end_time=time(11, 30))
    day_before = session_info(id=2, date=date(2021, 2, 15), start_time=time(13, 0), end_time=time(16, 0))
    laptop_utc = datetime(2021, 2, 15, 23, 30, tzinfo=UTC)
    assert default_session([day_before, morning], laptop_utc).id == 1
    # 08:00 UTC on the 16th is 15:00 WIB: the morning batch is over but still today's
    assert default_session([day_before, morning], datetime(2021, 2, 16, 8, 0, tzinfo=UTC)).id == 1


def test_messages_turn_codes_into_sentences() -> None:
    questions = [ScreeningQuestion("cough"), ScreeningQuestion("market", "Ke pasar?")]
    assert "38" in CheckinMessages.reason("fever", questions, 38.0, 37.3)
    assert "Batuk" in CheckinMessages.reason("symptom:cough", questions)
    assert "Ke pasar?" in CheckinMessages.reason("symptom:market", questions)
    assert CheckinMessages.reason("pl:red") != CheckinMessages.reason("pl:unknown")
    assert "30" in CheckinMessages.error(CapacityFull(30, 30))
    already = CheckinMessages.error(AlreadyCheckedIn("Sri", AT, "Admin"))
    assert "09:14 WIB" in already and "Admin" in already and "Sri" in already
    assert "0000" in CheckinMessages.error(InvalidNik("serial"))
    assert "Traceback" not in CheckinMessages.error(ScreeningFailed(("fever", "no_mask")))
