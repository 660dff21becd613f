"""Pengaturan → Jaringan with the real server: host, the code and its QR, join, the status line, finish.

Two data folders on this machine: the host's and a desk's. Restarting Hadir (which the window
does after each change of database) is recorded instead.
"""

from __future__ import annotations

import io

import pytest
from network_venue import Venue

from desktop_app.core.errors import InvalidInput
from desktop_app.paths import AppPaths
from desktop_app.services.network.binaries import find_bin_dir
from desktop_app.services.network.join_code import parse_join_code
from desktop_app.services.network.service import NetworkService
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.network import restart
from desktop_app.ui.network.host_dialog import HostDialog
from desktop_app.ui.network.join_dialog import JoinDialog
from desktop_app.ui.network.network_box import NetworkBox
from desktop_app.ui.network.network_status_label import NetworkStatusLabel
from desktop_app.ui.worker import WorkerPool

try:
    find_bin_dir()
except InvalidInput:  # pragma: no cover - dev.sh installs Debian's postgresql
    pytest.skip("PostgreSQL is not installed", allow_module_level=True)

pytestmark = pytest.mark.slow


def _paths(folder) -> AppPaths:  # type: ignore[no-untyped-def]
    return AppPaths.resolve(env={"HADIR_DATA_DIR": str(folder)})


def _admin(folder) -> OperatorInfo:  # type: ignore[no-untyped-def]
    from network_venue import open_services

    services = open_services(folder)
    try:
        return services.operators.local_admin()
    finally:
        services.close()


def _scan(pixmap) -> str:  # type: ignore[no-untyped-def]
    """What a scanner reads from the QR code on screen."""
    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return zxingcpp.read_barcode(Image.open(io.BytesIO(bytes(buffer.data())))).text


@pytest.fixture
def venue():  # type: ignore[no-untyped-def]
    place = Venue.make()
    yield place
    place.remove()


def test_host_join_status_and_finish_through_the_window(qtbot, dialogs, monkeypatch, venue) -> None:  # type: ignore[no-untyped-def]
    restarts: list[int] = []
    monkeypatch.setattr(restart, "restart_hadir", lambda: restarts.append(1))
    host_box = NetworkBox(_paths(venue.host), _admin(venue.host), WorkerPool(inline=True))
    qtbot.addWidget(host_box)
    host_box.show()
    assert host_box.host_button.isVisible() and host_box.join_button.isVisible()
    assert "file sendiri" in host_box.state_label.text()

    qtbot.mouseClick(host_box.host_button, qtbot_left())  # asks first (answered yes), then starts
    dialog = host_box.active_dialog
    assert isinstance(dialog, HostDialog)
    code = dialog.code_label.text()
    parse_join_code(code)
    assert _scan(dialog.qr_label.pixmap()) == code  # the QR holds exactly the code
    assert "sidik jari" in dialog.details_label.text()
    dialog.reject()
    assert restarts == [1]  # the host's window starts again on its server

    desk_box = NetworkBox(_paths(venue.desks[0]), _admin(venue.desks[0]), WorkerPool(inline=True))
    qtbot.addWidget(desk_box)
    desk_box.show()
    qtbot.mouseClick(desk_box.join_button, qtbot_left())
    join = desk_box.active_dialog
    assert isinstance(join, JoinDialog)
    join.code_edit.setText(code)
    with qtbot.waitSignal(join.finished, timeout=30000):
        qtbot.mouseClick(join.join_button, qtbot_left())
    assert restarts == [1, 1] and dialogs.infos[-1][0] == "Tergabung"
    desk_paths = _paths(venue.desks[0])
    assert desk_paths.db_url is not None  # the next start uses the server

    label = NetworkStatusLabel(desk_paths, WorkerPool(inline=True))
    qtbot.addWidget(label)
    assert label.last is not None and label.last.running and label.text().startswith("Di server")
    NetworkService(_paths(venue.host)).host_stop()
    label.refresh()
    assert "tidak dapat dihubungi" in label.text()  # said at once, in a sentence
    NetworkService(_paths(venue.host)).host_start()
    label.refresh()  # the timer asks again by itself every few seconds
    assert label.last.running and label.text().startswith("Di server")

    host_box.refresh()
    assert host_box.finish_button.isVisible() and host_box.code_button.isVisible()
    assert not host_box.host_button.isVisible()
    qtbot.mouseClick(host_box.finish_button, qtbot_left())
    assert restarts == [1, 1, 1]
    assert _paths(venue.host).db_url is None  # the host is back on its own file
    assert not NetworkService(_paths(venue.host)).server.running()


def test_a_desk_operator_may_join_but_not_host(qtbot, venue) -> None:  # type: ignore[no-untyped-def]
    operator = OperatorInfo(id=2, name="Petugas", role="desk")
    box = NetworkBox(_paths(venue.desks[1]), operator, WorkerPool(inline=True))
    qtbot.addWidget(box)
    assert not box.host_button.isEnabled() and box.join_button.isEnabled()


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
