"""`hadir --check`: what this installation can do, said without opening a database or a window."""

from __future__ import annotations

import os
from pathlib import Path


def test_the_check_names_sqlcipher_the_keyring_and_the_camera_backend(hadir_process, tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    done = hadir_process("--check", "--json", "--db", db)
    assert done.code == 0, done.err
    report = done.data
    assert report["encryption"]["available"] and report["encryption"]["sqlcipher"].startswith("4.")
    # The tests' keyring is a file (HADIR_KEYRING_FILE): a keyring that keeps keys.
    assert os.environ["HADIR_KEYRING_FILE"] and report["keyring"]["available"]
    assert report["camera"]["available"]  # QtMultimedia found its FFmpeg backend
    assert isinstance(report["camera"]["cameras"], list)
    assert not db.exists()  # no database was opened or made
    assert "qt.multimedia" not in done.err  # no list of optional libraries Qt did not find


def test_a_machine_without_a_keyring_is_told_so(hadir_process, monkeypatch) -> None:
    monkeypatch.delenv("HADIR_KEYRING_FILE")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    done = hadir_process("--check")
    assert done.code == 0, done.err
    line = next(line for line in done.out.splitlines() if line.startswith("keyring"))
    assert "NO (" in line
