"""Ctrl+B: "tertarik mendaftar BPU" for the person on the card, or the one just admitted; again takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.storage.models import AuditEntry, Person


def scan(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, code)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)


def interest(desk, name: str):  # type: ignore[no-untyped-def]
    with desk.services.db.session() as s:
        person = s.get(Person, desk.people[name])
        return person.bpu_interest_at, person.bpu_interest_by, person.bpu_interest_session_id


def test_f8_records_interest_for_the_person_on_the_card(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    scan(qtbot, page, desk.codes["Sri Wahyuni"])
    assert QApplication.focusWidget() is page.screening.temperature_edit
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    at, by, session_id = interest(desk, "Sri Wahyuni")
    assert at is not None and (by, session_id) == (desk.admin.id, desk.session_id)
    assert page.interest.button.isChecked()
    assert "Sri Wahyuni" in page.banner.text()
    # The admission goes on as before: focus still in the temperature, Enter admits.
    assert QApplication.focusWidget() is page.screening.temperature_edit
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert len(desk.attendance(desk.people["Sri Wahyuni"])) == 1


def test_f8_after_an_admission_is_for_the_person_just_admitted_and_again_takes_it_back(
    qtbot, desk, open_page
) -> None:
    page = open_page(desk)
    scan(qtbot, page, desk.codes["Bambang Sutrisno"])
    qtbot.keyClicks(page.screening.temperature_edit, "36,4")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.card_view.card is None and QApplication.focusWidget() is page.search_edit
    qtbot.keyClick(page.search_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert interest(desk, "Bambang Sutrisno")[0] is not None
    qtbot.wait(10)
    assert page.interest.button.isChecked()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert interest(desk, "Bambang Sutrisno") == (None, None, None)
    assert not page.interest.button.isChecked()
    with desk.services.db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "person", AuditEntry.action == "update")
        ).all()
    assert [e.details["after"] for e in entries if e.details.get("field") == "bpu_interest"] == [True, False]


def test_f8_with_nobody_says_what_to_do(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    assert not page.interest.button.isEnabled()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+B" in page.banner.text()
