"""network-settings.png, network-host.png, network-join.png, network-status.png: Pengaturan → Jaringan on a venue's laptops.

The host's dialog shows a join code as a phone hotspot's first laptop would get it (192.168.43.1;
no server is started for the picture), the join dialog a code with one character mistyped, and
the status bar the lines a desk shows: on the host's server, then the server out of reach.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.services.network.join_code import JoinCode, fingerprint_of
from desktop_app.services.network.service import HostStarted, NetworkStatus
from desktop_app.ui.network.host_dialog import HostDialog
from desktop_app.ui.network.join_dialog import JoinDialog
from desktop_app.ui.network.network_box import NetworkBox
from desktop_app.ui.network.network_status_label import NetworkStatusLabel
from desktop_app.ui.worker import WorkerPool
from screens.kit import Kit

ADDRESS = "192.168.43.1"
HOST = "LAPTOP-DINKOP-1"


def take(kit: Kit) -> None:
    with kit.sandbox("network") as box:
        settings_box = NetworkBox(box.paths, box.services.operators.local_admin(), WorkerPool(inline=True))
        settings_box.resize(820, settings_box.sizeHint().height())
        settings_box.show()
        kit.save(settings_box, "network-settings.png")
        settings_box.close()

        code = JoinCode(ADDRESS, 5432, "8B24PY2EHC2JS", fingerprint_of("contoh")).text()
        started = HostStarted(
            f"postgresql://hadir:***@{ADDRESS}:5432/hadir", code, box.paths.data_dir / "server" / "pgdata",
            True, HOST, fingerprint_of("contoh"),
        )  # fmt: skip
        host = HostDialog(started)
        host.show()
        kit.save(host, "network-host.png")
        host.close()

        join = JoinDialog(lambda _code: "", WorkerPool(inline=True))
        join.show()
        join.code_edit.setText(code[:-2] + ("K" if code[-2] != "K" else "M") + code[-1])
        join.join_button.click()
        kit.save(join, "network-join.png")
        join.close()

        strip = QWidget()
        layout = QVBoxLayout(strip)
        url = f"postgresql://hadir:***@{ADDRESS}:5432/hadir"
        for status in (NetworkStatus("desk", True, 2, url, HOST), NetworkStatus("desk", False, 0, url, HOST)):
            label = NetworkStatusLabel(box.paths, WorkerPool(inline=True))
            label.show_status(status)
            layout.addWidget(label)
        strip.resize(620, 70)
        strip.show()
        kit.save(strip, "network-status.png")
        strip.close()
