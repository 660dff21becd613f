"""Peserta: the demo registry listed with masked NIKs, searched, filtered, sorted, edited, merged, removed."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from desktop_app.core.phone import mask_phone
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, Certificate, Person
from desktop_app.ui.people.delete_dialog import DeleteDialog
from desktop_app.ui.people.merge_dialog import MergeDialog
from desktop_app.ui.people.organization_dialog import OrganizationDialog
from desktop_app.ui.people.organization_table_model import OrganizationColumn
from desktop_app.ui.people.person_dialog import PersonDialog
from desktop_app.ui.people.person_table_model import PersonColumn

MASKED = re.compile(r"^\d{4}\*{8}\d{4}$")


def column(page, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.current_tab().model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def person(services, person_id: int) -> Person | None:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return s.get(Person, person_id)


def select_names(page, *names: str) -> list[int]:  # type: ignore[no-untyped-def]
    ids = [r.id for r in page.person_model.rows() if r.name in names]
    page.people_tab.select_ids(ids)
    return ids


def test_the_page_lists_the_demo_people_with_masked_niks(page, services) -> None:
    assert page.person_model.rowCount() == 60
    assert page.tabs.tabText(0).endswith("(60)")
    niks = column(page, PersonColumn.NIK)
    assert all(MASKED.match(n) for n in niks)
    with services.db.session() as s:
        full = set(s.scalars(select(Person.nik)))
    shown = {
        page.person_model.index(r, c).data()
        for r in range(page.person_model.rowCount())
        for c in range(page.person_model.columnCount())
    }
    assert not full & shown  # no full NIK anywhere in the list
    names = column(page, PersonColumn.NAME)
    assert names == sorted(names, key=str.casefold)
    assert all(p == "—" or re.match(r"^08\d\d-\d{3,4}-\d{3,5}$", p) for p in column(page, PersonColumn.PHONE))
    assert not page.edit_button.isEnabled() and not page.merge_button.isEnabled()


def test_search_and_filters_narrow_the_list(qtbot, page, services) -> None:
    first = page.person_model.row_at(0)
    surname = first.name.split(",")[0].split()[-1]
    qtbot.keyClicks(page.people_tab.search_edit, surname[:4])
    # The list follows a short pause in typing.
    qtbot.waitUntil(lambda: page.person_model.rowCount() < 60, timeout=2000)
    names = column(page, PersonColumn.NAME)
    assert first.name in names and 0 < len(names) < 60
    assert all(
        surname[:4].casefold() in (r.name + (r.organization or "")).casefold()
        for r in page.person_model.rows()
    )
    page.people_tab.search_edit.clear()
    qtbot.waitUntil(lambda: page.person_model.rowCount() == 60, timeout=2000)

    kinds = page.people_tab.kind_combo
    kinds.setCurrentIndex(kinds.findData("koperasi"))
    coops = page.person_model.rows()
    assert coops and all(r.organization_kind == "koperasi" for r in coops)
    assert len(coops) == services.registry.count_people(kind="koperasi") < 60

    attended = page.people_tab.attended_combo
    attended.setCurrentIndex(attended.findData(False))
    assert all(r.attended == 0 and r.organization_kind == "koperasi" for r in page.person_model.rows())
    kinds.setCurrentIndex(0)
    no_shows = page.person_model.rowCount()
    assert no_shows == services.registry.count_people(attended=False) > 0

    attended.setCurrentIndex(0)
    kecamatan = page.people_tab.kecamatan_combo
    kecamatan.setCurrentIndex(kecamatan.findData("Grogol"))
    assert page.person_model.rows() and {r.kecamatan for r in page.person_model.rows()} == {"Grogol"}

    kecamatan.setCurrentIndex(0)
    qtbot.keyClicks(page.people_tab.search_edit, "zzzz nobody")
    qtbot.waitUntil(lambda: page.person_model.rowCount() == 0, timeout=2000)
    assert page.people_tab.stack.currentWidget() is page.people_tab.empty_label


def test_a_header_click_sorts_every_row_in_the_database(qtbot, page) -> None:
    page.people_tab.view.sortByColumn(PersonColumn.ATTENDED, Qt.SortOrder.DescendingOrder)
    counts = [r.attended for r in page.person_model.rows()]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    page.people_tab.view.sortByColumn(PersonColumn.NAME, Qt.SortOrder.DescendingOrder)
    names = column(page, PersonColumn.NAME)
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_edit_a_phone_through_the_dialog(qtbot, page, services, audit) -> None:
    row = page.person_model.row_at(3)
    page.people_tab.select_ids([row.id])
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, PersonDialog)
    stored = person(services, row.id)
    assert dialog.nik_edit.text() == stored.nik  # the full NIK, only here

    dialog.phone_edit.setText("0812")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()  # a wrong phone keeps the form open
    assert person(services, row.id).phone == stored.phone

    dialog.phone_edit.setText("+62 857-2020-3030")
    dialog.save_button.click()
    assert page.active_dialog is None
    assert person(services, row.id).phone == "+6285720203030"
    entry = audit("update")[-1]
    assert entry.entity_id == row.id
    assert entry.details["changed"] == {"phone": [mask_phone(stored.phone) or None, "0857-****-3030"]}
    assert page.person_model.row_at(page.person_model.row_of(row.id)).phone == "0857-2020-3030"


def test_merge_two_records_leaves_one(qtbot, page, services, admin, audit) -> None:
    original = page.person_model.row_at(0)
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name=original.name, phone="0856 1000 2000"), admin.id)
    page.refresh()
    ids = select_names(page, original.name)
    assert len(ids) == 2 and page.merge_button.isEnabled()

    page.merge_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_id() == original.id  # the record with the NIK is offered to stay
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert [r.name for r in page.person_model.rows()].count(original.name) == 1
    assert page.person_model.rowCount() == 60
    with services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == original.name)) == 1
    assert audit("merge")[-1].entity_id == original.id
    assert page.people_tab.selected_ids() == [original.id]


def test_remove_asks_a_reason_then_the_person_is_gone(qtbot, page, services, audit) -> None:
    row = page.person_model.row_at(5)
    page.people_tab.select_ids([row.id])
    page.delete_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, DeleteDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_combo.lineEdit(), "Data ganda")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    assert person(services, row.id) is None
    assert page.person_model.row_of(row.id) is None and page.tabs.tabText(0).endswith("(59)")
    entry = audit("delete")[-1]
    assert entry.entity_id == row.id and entry.details["reason"] == "Data ganda"
    assert MASKED.match(entry.details["nik"])


def test_a_certificate_holder_is_not_removed(qtbot, page, services, dialogs) -> None:
    with services.db.session() as s:
        admitted = s.execute(select(Attendance.person_id, Attendance.session_id).limit(1)).one()
    with services.db.transaction() as s:
        s.add(
            Certificate(
                session_id=admitted.session_id,
                person_id=admitted.person_id,
                year=2021,
                seq=1,
                number="001/SOS-BPJSTK/II/2021",
                issued_at=datetime(2021, 2, 16, tzinfo=UTC),
            )
        )
    page.people_tab.select_ids([admitted.person_id])
    page.delete_button.click()
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.reason_combo.lineEdit(), "duplicate")
    dialog.ok_button.click()
    assert person(services, admitted.person_id) is not None
    assert len(dialogs.errors) == 1 and "1" in dialogs.errors[0][1]


def test_the_organisations_tab_edits_an_organisation(qtbot, page, services, audit) -> None:
    page.tabs.setCurrentIndex(1)
    assert page.current_tab() is page.organizations_tab
    model = page.organization_model
    assert model.rowCount() == services.registry.count_organizations() > 10
    org = model.row_at(0)
    page.organizations_tab.select_ids([org.id])
    page.edit_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, OrganizationDialog)
    dialog.nib_edit.setText("9120 1000 2000 3")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert services.registry.get_organization(org.id).nib == "9120100020003"
    assert audit("update", "organization")[-1].details["changed"] == {"nib": [None, "9120100020003"]}
    page.organizations_tab.view.sortByColumn(OrganizationColumn.PEOPLE, Qt.SortOrder.DescendingOrder)
    people = [r.people for r in model.rows()]
    assert people == sorted(people, reverse=True)


def test_a_double_click_opens_the_edit_dialog(qtbot, page) -> None:
    view = page.people_tab.view
    index = page.person_model.index(2, PersonColumn.NAME)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.active_dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.name_edit.text() == page.person_model.row_at(2).name
    dialog.reject()
    assert page.active_dialog is None


def test_consent_to_share_with_bpjs_is_ticked_in_the_dialog_and_kept_with_its_time(
    qtbot, page, services, audit
) -> None:
    row = page.person_model.row_at(2)
    page.people_tab.select_ids([row.id])
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, PersonDialog) and not dialog.consent_check.isChecked()
    dialog.consent_check.setChecked(True)
    dialog.save_button.click()
    assert page.active_dialog is None
    assert person(services, row.id).consent_bpjs_at is not None
    assert services.registry.get_person(row.id).consent_bpjs_at is not None
