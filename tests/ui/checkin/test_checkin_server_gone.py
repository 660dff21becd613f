"""The desk on a PostgreSQL server that goes away: one sentence, what was typed kept, then it works again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.container import Services
from desktop_app.storage.target import open_target
from desktop_app.ui.checkin.status_banner import BannerKind


@pytest.fixture
def own_server():  # type: ignore[no-untyped-def]
    from pg_cluster import Cluster

    server = Cluster.start()  # its own: stopping the suite's shared server would break other tests
    yield server
    server.stop()


@pytest.fixture
def services(own_server, tmp_path):  # type: ignore[no-untyped-def]
    """This module's desk runs on its own server (the `desk` fixture builds on these services)."""
    svc = Services(open_target(own_server.create_database("desk"), local_path=tmp_path / "hadir.db"))
    yield svc
    svc.close()


def test_no_false_admitted_while_the_server_is_gone_and_recovery_by_itself(
    qtbot, desk, open_page, own_server, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(desk)
    sri = desk.people["Sri Wahyuni"]
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert "Sri Wahyuni" in page.card_view.text()

    own_server.pause()
    qtbot.keyClicks(page.screening.temperature_edit, "36,6")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind != BannerKind.SUCCESS
    assert "tidak dapat dihubungi" in page.banner.text(), page.banner.text()
    assert own_server.password not in page.banner.text()
    assert page.screening.temperature_edit.text() == "36,6"  # what was typed is kept
    assert "Sri Wahyuni" in page.card_view.text()
    page.grab().save(str(tmp_path / "desk-server-gone.png"))

    own_server.resume()
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.SUCCESS, page.banner.text()
    assert [a.undone_at for a in desk.attendance(sri)] == [None]
