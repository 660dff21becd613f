"""Opening the window's database on a laptop that uses a server: start a host's, or ask when it is gone.

A desk whose host cannot be reached is asked what to do instead of being turned away: try again,
go back to this laptop's own file, or quit. (A host whose server does not start may only try
again or quit: leaving would strand the desks' data on its server.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import DatabaseProblem
from desktop_app.paths import AppPaths
from desktop_app.services.container import Services
from desktop_app.services.network.service import NetworkService

RETRY, OWN_FILE, QUIT = "retry", "own_file", "quit"


def ask_unreachable(host_name: str, can_leave: bool) -> str:
    """RETRY, OWN_FILE or QUIT, as the user chooses (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Hadir", "")
    box.setText(
        QCoreApplication.translate(
            "NetworkStartup",
            "The server of {name} cannot be reached. Check that it is on and that this laptop is on the same "
            "Wi-Fi or hotspot.",
        ).format(name=host_name)
    )
    retry = box.addButton(
        QCoreApplication.translate("NetworkStartup", "Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    own = None
    if can_leave:
        own = box.addButton(
            QCoreApplication.translate("NetworkStartup", "Use this laptop's own file"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(QCoreApplication.translate("NetworkStartup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    if own is not None and clicked is own:
        return OWN_FILE
    return QUIT


def open_services(paths: AppPaths) -> tuple[AppPaths, Services] | None:
    """The paths in use and their services, or None when the user quit.

    Raises:
        DatabaseProblem: any other problem with the database (the caller shows it).
    """
    while True:
        network = NetworkService(paths) if paths.db_url else None
        try:
            if network is not None:
                network.ensure_host_running()
            return paths, Services.open(paths, housekeeping=False)
        except DatabaseProblem as exc:
            joined = network.joined() if network is not None else None
            if joined is None or exc.kind != "unreachable":
                raise
            if network.rediscover():  # the host has another address now (found by its fingerprint)
                paths = AppPaths.resolve(None)
                continue
            choice = ask_unreachable(joined.host_name, can_leave=joined.role == "desk")
        if choice == QUIT:
            return None
        if choice == OWN_FILE:
            network.leave()
            paths = AppPaths.resolve(None)
