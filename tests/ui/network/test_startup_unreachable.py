"""A desk whose host is gone is asked what to do at start: try again, its own file, or quit."""

from __future__ import annotations

import os
from pathlib import Path

from network_venue import free_port

from desktop_app.app import run_window
from desktop_app.paths import AppPaths
from desktop_app.services.network import settings_file
from desktop_app.services.network.settings_file import JoinedServer
from desktop_app.ui.network import startup


def _joined_a_gone_host() -> Path:
    folder = Path(os.environ["HADIR_DATA_DIR"])
    url = f"postgresql://hadir:8B24PY2EHC2JS@127.0.0.1:{free_port()}/hadir"  # nothing listens there
    settings_file.save(folder, JoinedServer(url, "desk", "LAPTOP-PINTU", "BA78"))
    return folder


def _admin_created(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.signin import prompts

    monkeypatch.setattr(
        prompts, "ask_create_admin", lambda s: s.operators.create_admin("Sri Wahyuni", "2468")
    )


def test_the_desk_may_go_back_to_its_own_file_and_the_window_opens(settings, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _joined_a_gone_host()
    asked: list[tuple[str, bool]] = []
    answers = iter([startup.RETRY, startup.OWN_FILE])

    def ask(name: str, can_leave: bool) -> str:
        asked.append((name, can_leave))
        return next(answers)

    monkeypatch.setattr(startup, "ask_unreachable", ask)
    _admin_created(monkeypatch)

    assert run_window(settings=settings, exec_loop=False) == 0

    assert asked == [("LAPTOP-PINTU", True), ("LAPTOP-PINTU", True)]  # tried again, then the own file
    assert dialogs.errors == []
    assert AppPaths.resolve().db_url is None and (folder / "hadir.db").exists()


def test_quitting_keeps_the_server_for_the_next_start(settings, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _joined_a_gone_host()
    monkeypatch.setattr(startup, "ask_unreachable", lambda name, can_leave: startup.QUIT)

    assert run_window(settings=settings, exec_loop=False) == 0

    assert dialogs.errors == []
    assert settings_file.load(folder) is not None and not (folder / "hadir.db").exists()
