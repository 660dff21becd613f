"""Which PostgreSQL server a host runs: the one bundled beside the program comes before the system's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.network import binaries
from desktop_app.services.network.binaries import EXE, PROGRAMS, find_bin_dir


def _server(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in PROGRAMS:
        (folder / f"{name}{EXE}").write_bytes(b"")
    return folder


@pytest.mark.parametrize(
    "layout",
    [
        ("postgresql", "bin"),  # PostgreSQL's own relative layout (a Windows build's)
        ("postgresql", "lib", "postgresql", "15", "bin"),  # Debian's, as the Linux bundle keeps it
    ],
)
def test_the_server_bundled_beside_the_program_comes_first(
    layout: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = _server(tmp_path.joinpath(*layout))
    monkeypatch.setattr(binaries, "app_dir", lambda: tmp_path)
    assert find_bin_dir(env={"PATH": ""}) == bundled


def test_the_newest_debian_layout_in_the_bundle_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = tmp_path / "postgresql" / "lib" / "postgresql"
    _server(versions / "9" / "bin")
    newest = _server(versions / "15" / "bin")
    monkeypatch.setattr(binaries, "app_dir", lambda: tmp_path)
    assert find_bin_dir(env={}) == newest


def test_an_explicit_folder_still_wins_over_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _server(tmp_path / "postgresql" / "lib" / "postgresql" / "15" / "bin")
    chosen = _server(tmp_path / "elsewhere")
    monkeypatch.setattr(binaries, "app_dir", lambda: tmp_path)
    assert find_bin_dir(env={"HADIR_POSTGRES_BIN": str(chosen)}) == chosen
