"""Every page and dialog fits a 1366×768 (and 1280×720) laptop and speaks no English in Indonesian."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from fit_walk import SCREENS, available, clipped, dialog_problems, english_words
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.core.timezones import to_local
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.page_registry import default_pages
from desktop_app.ui.worker import WorkerPool


@pytest.mark.parametrize("size", SCREENS)
def test_every_page_fits_the_screen_and_says_no_qt_english(
    qtbot, services, app_paths, settings, admin, demo, size
) -> None:
    screen = available(SCREENS[size])
    window = MainWindow(services, app_paths, settings, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(window)
    window.setGeometry(screen)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().height() <= screen.height(), "the window cannot shrink to the screen"
    assert window.minimumSizeHint().width() <= screen.width()
    problems, english = [], []
    for entry in default_pages():
        window.show_page(entry.key)
        qtbot.wait(10)
        window.resize(screen.size())
        page = window.stack.currentWidget()
        problems += [f"{entry.key}: {c.widget}: {c.problem}" for c in clipped(window, screen)]
        english += [f"{entry.key}: {w}" for w in english_words(page)]
    assert english == []
    assert problems == []


def dialogs(services, admin, demo) -> list[QWidget]:  # type: ignore[no-untyped-def]
    from desktop_app.ui.certificates.template_dialog import TemplateDialog
    from desktop_app.ui.certificates.verify_dialog import VerifyDialog
    from desktop_app.ui.checkin.override_dialog import OverrideDialog
    from desktop_app.ui.checkin.undo_dialog import UndoDialog
    from desktop_app.ui.checkin.walk_in_dialog import WalkInDialog
    from desktop_app.ui.document_settings.document_settings_dialog import DocumentSettingsDialog
    from desktop_app.ui.event_dialog import EventDialog
    from desktop_app.ui.people.invitations_dialog import InvitationsDialog
    from desktop_app.ui.session_dialog import SessionDialog
    from desktop_app.ui.signin.sign_in_dialog import SignInDialog

    event = services.events.list_events()[0]
    session = services.events.list_sessions(event.id)[0]
    return [
        EventDialog(services.events, admin.id, event),
        SessionDialog(services.events, admin.id, event, session),
        WalkInDialog(services, "Yanto", False),
        OverrideDialog("Sri Wahyuni", 30, 30),
        UndoDialog("Sri Wahyuni", "09.14 WIB"),
        VerifyDialog(services.certificates),
        TemplateDialog(services.certificates, admin.id),
        InvitationsDialog(services.events),
        SignInDialog(services.operators, "Admin"),
        camera_window(),
        *(document_settings(DocumentSettingsDialog(services, admin.id), tab) for tab in range(4)),
    ]


def document_settings(dialog, tab: int) -> QWidget:  # type: ignore[no-untyped-def]
    """The dialog with one of its four sections shown, so each section is walked."""
    dialog.tabs.setCurrentIndex(tab)
    return dialog


def camera_window() -> QWidget:
    from desktop_app.ui.camera.camera_window import CameraWindow

    window = CameraWindow()
    window.start()  # with no webcam here: the message instead of the picture
    return window


@pytest.mark.parametrize("size", SCREENS)
def test_every_dialog_fits_the_screen_and_says_no_qt_english(qtbot, services, admin, demo, size) -> None:
    screen = available(SCREENS[size])
    problems, english = [], []
    for dialog in dialogs(services, admin, demo):
        qtbot.addWidget(dialog)
        cut, words = dialog_problems(qtbot, dialog, screen)
        problems += cut
        english += words
        dialog.close()
    assert english == []
    assert problems == []


def test_the_file_dialog_speaks_indonesian(qtbot, tmp_path) -> None:
    dialog = QFileDialog(None, "Simpan", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_words(dialog) == []
    labels = " ".join(
        w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text") and callable(w.text)
    )
    assert "Cari di" in labels and "Nama berkas" in labels
    dialog.close()


@pytest.mark.parametrize("size", SCREENS)
def test_the_busiest_desk_fits(qtbot, services, app_paths, settings, admin, demo, size) -> None:
    """A full batch, and on the card someone who came to batch 1 and is invited to it: two notices,
    the refusal and the override button at once."""
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest
    from desktop_app.services.events.service import SessionDraft

    screen = available(SCREENS[size])
    came = services.checkin.recent(1)[0]  # someone the demo admitted to batch 1 (and invited there)
    draft = SessionDraft(
        demo.event_id,
        to_local(datetime.now(UTC)).date(),
        time(0, 1),
        time(23, 59),
        "Aula Kecamatan Grogol",
        1,
    )
    today = services.events.add_session(draft, admin.id)
    other = next(h.person_id for h in services.checkin.search(1, "") if h.person_id != came.person_id)
    services.checkin.admit(AdmitRequest(today, other, ScreeningAnswers(36.5), accept_elsewhere=True), admin)
    window = MainWindow(services, app_paths, settings, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(window)
    window.setGeometry(screen)
    window.show()
    window.show_page("checkin")
    page = window.stack.currentWidget()
    page.chooser.select_session(today)
    page.choose_person(came.person_id)
    qtbot.wait(10)
    assert page.card_view.warning_label.text().count("⚠") == 2
    assert page.screening.override_button.isVisibleTo(page)
    problems = [f"{c.widget}: {c.problem}" for c in clipped(window, screen)]
    assert problems == []


@pytest.mark.parametrize("size", SCREENS)
def test_the_desk_shows_whole_names(qtbot, services, app_paths, settings, admin, demo, size) -> None:
    """Names of up to 22 characters are never cut to "Dwi …" in the desk's list."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop_app.ui.checkin.search_result_model import SearchColumn

    screen = available(SCREENS[size])
    window = MainWindow(services, app_paths, settings, admin.id, pool=WorkerPool(inline=True))
    qtbot.addWidget(window)
    window.setGeometry(screen)
    window.show()
    window.show_page("checkin")
    page = window.stack.currentWidget()
    page.chooser.select_session(services.events.list_sessions(demo.event_id)[0].id)
    qtbot.wait(10)
    view, model = page.results_view, page.result_model
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    width = view.horizontalHeader().sectionSize(SearchColumn.NAME)
    names = [model.index(r, SearchColumn.NAME).data() for r in range(model.rowCount())]
    assert names
    cut = [n for n in names if len(n) <= 22 and metrics.horizontalAdvance(n) + 16 > width]
    assert cut == [], f"name column {width} px"
