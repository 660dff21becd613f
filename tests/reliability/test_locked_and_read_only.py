"""A database locked by another program, or read-only: a clear refusal, nothing lost."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage import database as database_module
from desktop_app.storage import engine as engine_module
from desktop_app.storage.database import open_database


def test_a_lock_held_by_another_program_is_a_clear_exit_2(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(db_path), "--json", "demo", "--people", "30"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # wait 0.2 s, not 10 s, for the lock
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program (or desk) writing and not letting go
    try:
        code = cli.main(
            ["--db", str(db_path), "--json", "checkin", "--session", "1", "--walk-in", "--name", "Tamu"]
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    answer = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 2 and answer["reason"] == "database" and "locked" in answer["message"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE name = 'Tamu'").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_database_is_refused_before_anything_is_written(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    before = db_path.read_bytes()
    # The suite runs as root, who may write to any file: simulate what a normal user meets.
    real_access = os.access
    monkeypatch.setattr(
        database_module.os, "access", lambda path, mode: False if mode == os.W_OK else real_access(path, mode)
    )
    with pytest.raises(DatabaseProblem) as err:
        open_database(db_path)
    assert err.value.kind == "read_only" and err.value.exit_code == 2
    assert db_path.read_bytes() == before
