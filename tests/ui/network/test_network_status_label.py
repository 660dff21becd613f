"""The status line: the words for each state, and a host found at another address opens it there."""

from __future__ import annotations

from pathlib import Path

from desktop_app.paths import AppPaths
from desktop_app.services.network.service import NetworkStatus
from desktop_app.ui.network import restart
from desktop_app.ui.network.network_status_label import NetworkStatusLabel
from desktop_app.ui.worker import WorkerPool

URL = "postgresql://hadir:***@192.168.43.1:5432/hadir"


def _label(qtbot, tmp_path: Path, answers: list[NetworkStatus]) -> NetworkStatusLabel:  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path, tmp_path / "hadir.db", db_url="postgresql://hadir:x@192.168.43.1:5432/hadir")
    label = NetworkStatusLabel(paths, WorkerPool(inline=True), status=lambda: answers.pop(0))
    qtbot.addWidget(label)
    return label


def test_a_desk_reads_whose_server_and_a_server_gone_in_red(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    answers = [
        NetworkStatus("desk", True, 2, URL, "LAPTOP-PINTU"),
        NetworkStatus("desk", False, 0, URL, "LAPTOP-PINTU"),
    ]
    label = _label(qtbot, tmp_path, answers)
    assert label.text() == "Di server LAPTOP-PINTU · meja lain terhubung: 2"
    label.refresh()
    assert label.text() == "Server LAPTOP-PINTU tidak dapat dihubungi. Hadir terus mencoba sendiri."
    assert label.property("unreachable") is True and label.timer.isActive()


def test_a_host_found_at_another_address_starts_hadir_again_there(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    restarts: list[int] = []
    monkeypatch.setattr(restart, "restart_hadir", lambda: restarts.append(1))
    label = _label(qtbot, tmp_path, [NetworkStatus("desk", True, 0, URL, "LAPTOP-PINTU", moved=True)])
    assert restarts == [1] and not label.timer.isActive()
    assert "alamat lain" in label.text()


def test_on_its_own_file_the_line_says_so_and_asks_nobody(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path, tmp_path / "hadir.db")
    label = NetworkStatusLabel(paths, WorkerPool(inline=True), status=lambda: 1 / 0)
    qtbot.addWidget(label)
    assert label.text() == "File laptop ini sendiri" and not label.timer.isActive()
