"""The rest of the dialogs fit 1366×768 and 1280×720 and speak no English in Indonesian.

The registry's dialogs open as a user opens them, from Peserta with rows selected (the import one
with a list read into its preview, its fullest state); the others with realistic contents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest
from fit_walk import SCREENS, available, dialog_problems
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.services.checkin.types import ElsewhereInvitation
from desktop_app.services.merge.types import Conflict, MergeReport
from desktop_app.ui import dialogs_io
from desktop_app.ui.people.people_page import PeoplePage
from desktop_app.ui.worker import WorkerPool

ROSTER = (
    "Nama;NIK;No HP;Jenis Kelamin;Instansi;Jabatan;Alamat\r\n"
    "Sri Wahyuni;3311014101900001;081200000011;P;Koperasi Sido Makmur;Ketua;Jl. Veteran 12, Grogol\r\n"
    "Bambang Sutrisno;3311010202850012;81200000012;L;UD Sumber Rejeki;Pemilik;Dk. Ngrombo RT 02/RW 05\r\n"
    "Siti Aminah;9911014101900013;081200000013;P;Batik Tulis Aminah;Pemilik;Bulakrejo\r\n"
)


def _registry_dialogs(page: PeoplePage, roster: Path) -> Iterator[Callable[[], QDialog | None]]:
    """Openers of every dialog of Peserta, each as its button opens it."""
    people, orgs = page.people_tab, page.organizations_tab
    person_ids = [page.person_model.row_at(r).id for r in range(2)]
    org_ids = [page.organization_model.row_at(r).id for r in range(2)]

    def on(tab_index: int, ids: list[int], action: Callable[[], None]) -> Callable[[], QDialog | None]:
        def open_() -> QDialog | None:
            page.tabs.setCurrentIndex(tab_index)
            (people if tab_index == 0 else orgs).select_ids(ids)
            action()
            return page.actions.active

        return open_

    yield on(0, person_ids[:1], page.actions.edit_selected)  # PersonDialog
    yield on(0, person_ids, page.actions.merge_selected)  # MergeDialog, two people
    yield on(0, person_ids[:1], page.actions.delete_selected)  # DeleteDialog
    yield on(1, org_ids[:1], page.actions.edit_selected)  # OrganizationDialog
    yield on(1, org_ids, page.actions.merge_selected)  # MergeDialog, two spellings of one business
    yield on(1, org_ids[:1], page.actions.delete_selected)

    def import_list() -> QDialog | None:
        page.tabs.setCurrentIndex(0)
        page.actions.open_import()  # the file dialog (stubbed) gives `roster`; the preview is read
        return page.actions.active

    yield import_list


def _other_dialogs(services, admin, tmp_path: Path) -> list[QWidget]:  # type: ignore[no-untyped-def]
    from desktop_app.services.network.service import HostStarted
    from desktop_app.ui.checkin.desk_warnings import ElsewhereDialog
    from desktop_app.ui.merge.merge_dialog import MergeDialog as LaptopMergeDialog
    from desktop_app.ui.network.host_dialog import HostDialog
    from desktop_app.ui.network.join_dialog import JoinDialog
    from desktop_app.ui.people.membership_dialog import MembershipDialog
    from desktop_app.ui.privacy.encryption_offer_dialog import EncryptionOfferDialog
    from desktop_app.ui.privacy.recovery_key_dialog import RecoveryKeyDialog
    from desktop_app.ui.reports.activity_report_dialog import ActivityReportDialog
    from desktop_app.ui.reports.print_setup_dialog import PrintSetupDialog
    from desktop_app.ui.signin.operator_dialog import OperatorDialog, OperatorDialogMode

    def submit(*_args: object) -> None:
        return None

    report = MergeReport(
        sessions_new=2,
        people_new=41,
        people_matched=19,
        attendance_new=57,
        duplicates=3,
        over_capacity=(5,),
        over_capacity_batches=((12, 33, 30),),
        conflicts=(
            Conflict(
                "person_field",
                {"person_id": 1, "name": "Sri Wahyuni Kusumaningrum", "field": "phone"},
                "0812-****-0011",
                "0857-****-0099",
            ),
            Conflict("certificate_number", {"number": "014/SOS-BPJSTK/II/2021", "new_number": "061/SOS"}),
            Conflict("session_batch", {"batch": 12, "new_batch": 14}),
        ),
    )
    elsewhere = ElsewhereInvitation(2, 11, date(2021, 2, 15), time(8, 30), "Asia/Jakarta")
    return [
        OperatorDialog(OperatorDialogMode.FIRST_ADMIN, submit),
        OperatorDialog(OperatorDialogMode.ADD, submit),
        OperatorDialog(OperatorDialogMode.RESET_PIN, submit, "Rina Kartika"),
        PrintSetupDialog(services.settings, admin.id),
        ElsewhereDialog("Sri Wahyuni Kusumaningrum", elsewhere),
        ActivityReportDialog(
            "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi, Angkatan 12"
        ),
        EncryptionOfferDialog(),
        RecoveryKeyDialog("K7QF-2M9X-TR4P-88WD-HJ3C-V6NB", tmp_path / "hadir.db"),
        MembershipDialog(services, admin.id, WorkerPool(inline=True)),
        LaptopMergeDialog(report, "hadir-laptop-2.db", lambda _conflict: True),
        HostDialog(
            HostStarted(
                url="postgresql://hadir:***@192.168.43.17:54329/hadir",
                join_code="K7QF-2M9X-TR4P-88WD-HJ3C-V6NB-Q2AA",
                data_dir=tmp_path / "server" / "pgdata",
                copied_now=True,
                host_name="LAPTOP-DINAS-01",
                fingerprint="3f9a1c",
            )
        ),
        JoinDialog(lambda _code: "", WorkerPool(inline=True)),
    ]


@pytest.mark.parametrize("size", SCREENS)
def test_the_registry_dialogs_fit_and_say_no_qt_english(
    qtbot, services, admin, demo, size, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = available(SCREENS[size])
    roster = tmp_path / "undangan angkatan 3.csv"
    roster.write_bytes(ROSTER.encode("utf-8-sig"))
    monkeypatch.setattr(dialogs_io, "open_file", lambda *_args, **_kw: roster)
    page = PeoplePage(services, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(page)
    page.show()
    problems, english, seen = [], [], []
    for open_dialog in _registry_dialogs(page, roster):
        dialog = open_dialog()
        assert dialog is not None
        seen.append(type(dialog).__name__)
        cut, words = dialog_problems(qtbot, dialog, screen)
        problems += cut
        english += words
        dialog.reject()
        assert page.actions.active is None
    assert seen == [
        "PersonDialog",
        "MergeDialog",
        "DeleteDialog",
        "OrganizationDialog",
        "MergeDialog",
        "DeleteDialog",
        "ImportDialog",
    ]
    assert english == [], "\n".join(english)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SCREENS)
def test_the_other_dialogs_fit_and_say_no_qt_english(qtbot, services, admin, size, tmp_path: Path) -> None:
    screen = available(SCREENS[size])
    problems, english = [], []
    for dialog in _other_dialogs(services, admin, tmp_path):
        qtbot.addWidget(dialog)
        cut, words = dialog_problems(qtbot, dialog, screen)
        problems += cut
        english += words
        dialog.close()
    assert english == [], "\n".join(english)
    assert problems == [], "\n".join(problems)
