"""The command-line contract (DESIGN.md, "Command line"), run in-process for speed."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.storage.models import AuditEntry, Event, Operator, Session
from desktop_app.storage.target import open_target

SESSION = ("--date", "2021-02-16", "--start", "08:30", "--end", "11:30")
SESSION += ("--venue", "Aula Disdagkop", "--capacity", "30")

Run = Callable[..., Any]  # the `hadir` / `hadir_process` fixtures: args -> Outcome


def _sessions(path: Path) -> list[Session]:
    db = open_target(path)
    try:
        with db.session() as s:
            return list(s.scalars(select(Session).order_by(Session.id)))
    finally:
        db.close()


def _events(target: str) -> list[Event]:
    db = open_target(target)
    try:
        with db.session() as s:
            return list(s.scalars(select(Event)))
    finally:
        db.close()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli import main

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("hadir ")


def test_event_add_answers_its_id(hadir: Run, db_target: Path) -> None:
    add = ("--db", db_target, "--json", "event", "add")
    first = hadir(*add, "--title", "Sosialisasi BPJSTK", "--organizer", "Disdagkop")
    assert (first.code, first.data) == (0, {"event_id": 1})
    second = hadir(*add, "--title", "Kedua", "--organizer", "X", "--partner", "Y")
    assert second.data == {"event_id": 2}


def test_session_add_with_every_flag_is_stored(hadir: Run, db_target: Path) -> None:
    hadir("--db", db_target, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    extra = ("--batch", 3, "--max-temp", "37.5")
    done = hadir("--db", db_target, "--json", "session", "add", "--event", 1, *SESSION, *extra)
    assert done.code == 0, done.err
    assert done.data["session_id"] == 1

    [row] = _sessions(db_target)  # read back after the command closed the database
    assert (row.event_id, row.batch, row.date, row.start_time, row.end_time) == (
        1,
        3,
        date(2021, 2, 16),
        time(8, 30),
        time(11, 30),
    )
    assert (row.venue, row.capacity, row.max_temp) == ("Aula Disdagkop", 30, 37.5)


def test_the_next_batch_number_is_chosen_when_none_is_given(hadir: Run, db_target: Path) -> None:
    hadir("--db", db_target, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    for _ in range(2):
        assert hadir("--db", db_target, "--json", "session", "add", "--event", 1, *SESSION).code == 0
    assert [s.batch for s in _sessions(db_target)] == [1, 2]
    clash = hadir("--db", db_target, "--json", "session", "add", "--event", 1, *SESSION, "--batch", 2)
    assert clash.code == 2
    assert len(_sessions(db_target)) == 2


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"--date": "2021-02-30"}, "invalid_field"),
        ({"--date": "16-02-2021"}, "invalid_field"),
        ({"--start": "25:00"}, "invalid_field"),
        ({"--start": "12:00", "--end": "08:00"}, "invalid_field"),
        ({"--capacity": "0"}, "invalid_field"),
        ({"--capacity": "tiga puluh"}, "usage"),
        ({"--event": "99"}, "not_found"),
    ],
)
def test_bad_session_input_is_exit_2_with_a_json_error(
    hadir: Run, db_target: Path, changes: dict[str, str], reason: str
) -> None:
    hadir("--db", db_target, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    flags = dict(zip(SESSION[::2], SESSION[1::2], strict=True)) | {"--event": 1} | changes
    done = hadir("--db", db_target, "--json", "session", "add", *[x for kv in flags.items() for x in kv])
    assert done.code == 2
    assert done.data["status"] == "error"
    assert done.data["reason"] == reason
    assert done.data["message"]
    assert "Traceback" not in done.err
    assert _sessions(db_target) == []


def test_a_missing_required_flag_is_a_usage_error(hadir: Run, db_target: Path) -> None:
    done = hadir("--db", db_target, "--json", "session", "add", "--event", 1, "--date", "2021-02-16")
    assert done.code == 2
    assert done.data["reason"] == "usage"
    assert "--start" in done.data["message"]
    prose = hadir("--db", db_target, "event", "add", "--title", "Tanpa penyelenggara")
    assert prose.code == 2
    assert prose.out == ""
    assert "--organizer" in prose.err


@pytest.mark.parametrize("where", ["before", "after"])
def test_json_and_db_go_before_or_after_the_command(hadir: Run, db_target: Path, where: str) -> None:
    command = ["event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop"]
    common = ["--db", str(db_target), "--json"]
    done = hadir(*(common + command if where == "before" else command + common))
    assert done.code == 0
    assert done.data == {"event_id": 1}
    assert [e.title for e in _events(db_target)] == ["Sosialisasi"]


def test_without_json_the_answer_is_prose(hadir: Run, db_target: Path) -> None:
    done = hadir("--db", db_target, "event", "add", "--title", "Sosialisasi UMKM", "--organizer", "Disdagkop")
    assert done.code == 0
    assert "Sosialisasi UMKM" in done.out
    assert not done.out.lstrip().startswith("{")


def test_hadir_db_names_the_database_when_no_db_flag(
    hadir: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "kantor" / "dari-env.db"
    chosen.parent.mkdir()
    monkeypatch.setenv("HADIR_DB", str(chosen))
    done = hadir("--json", "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    assert done.data == {"event_id": 1}
    assert chosen.exists()
    assert not (Path(os.environ["HADIR_DATA_DIR"]) / "hadir.db").exists()
    flagged = tmp_path / "flag.db"
    hadir("--db", flagged, "event", "add", "--title", "Lain", "--organizer", "Disdagkop")
    assert flagged.exists(), "--db wins over HADIR_DB"


def test_the_default_database_is_in_the_data_dir(hadir: Run) -> None:
    assert hadir("--json", "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop").code == 0
    assert (Path(os.environ["HADIR_DATA_DIR"]) / "hadir.db").exists()


@pytest.mark.sqlite_only  # a damaged file
def test_a_corrupt_database_is_exit_2_and_untouched(hadir: Run, db_path: Path) -> None:
    db_path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    done = hadir("--db", db_path, "--json", "event", "list")
    assert done.code == 2
    assert (done.data["status"], done.data["reason"]) == ("error", "database")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert "Traceback" not in done.err


def test_event_list_shows_events_with_their_sessions(hadir: Run, db_target: Path) -> None:
    assert hadir("--db", db_target, "--json", "event", "list").data == {"events": []}
    hadir("--db", db_target, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    hadir("--db", db_target, "session", "add", "--event", 1, *SESSION)
    listed = hadir("--db", db_target, "--json", "event", "list").data["events"]
    assert len(listed) == 1
    assert listed[0]["title"] == "Sosialisasi"
    [session] = listed[0]["sessions"]
    assert session | {"session_id": 0} == {
        "session_id": 0,
        "batch": 1,
        "date": "2021-02-16",
        "start": "08:30",
        "end": "11:30",
        "venue": "Aula Disdagkop",
        "capacity": 30,
        "invited": 0,
        "attended": 0,
        "temperature_taken": True,
    }
    prose = hadir("--db", db_target, "event", "list")
    assert "Sosialisasi" in prose.out and "0/30" in prose.out


def _add_desk_operator(db_target: Path, name: str) -> None:
    from desktop_app.services.operators.service import OperatorService

    db = open_target(db_target)
    operators = OperatorService(db)
    admin = operators.create_admin("Sri Admin", "2468")
    operators.add_operator(name, "1357", admin.id)
    db.close()


def test_the_operator_named_on_the_command_line_is_audited(hadir: Run, db_target: Path) -> None:
    _add_desk_operator(db_target, "Rina")
    as_rina = ("--db", db_target, "--operator", "Rina")
    hadir(*as_rina, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    db = open_target(db_target)
    with db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "event"))
        assert entry is not None and entry.action == "create"
        operator = s.get(Operator, entry.operator_id)
        assert (operator.name, operator.role) == ("Rina", "desk")
        assert s.scalar(select(Event.title)) == "Sosialisasi"
    db.close()


def test_an_unknown_or_inactive_operator_is_exit_2_and_changes_nothing(
    hadir: Run, db_target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_desk_operator(db_target, "Rina")
    add = ("event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop", "--json")

    unknown = hadir("--db", db_target, "--operator", "Rinna", *add)
    monkeypatch.setenv("HADIR_OPERATOR", "Nobody")
    from_env = hadir("--db", db_target, *add)

    for outcome in (unknown, from_env):
        assert outcome.code == 2
        assert outcome.data["status"] == "error"
        assert "no active operator named" in outcome.data["message"]
    db = open_target(db_target)
    with db.session() as s:
        assert s.scalar(select(Event.id)) is None
        assert s.scalar(select(Operator.id).where(Operator.name.in_(("Rinna", "Nobody")))) is None
    db.close()


def test_a_desk_operator_may_not_make_a_backup(hadir: Run, db_path: Path, tmp_path: Path) -> None:
    _add_desk_operator(db_path, "Rina")
    backup = tmp_path / "salinan.db"

    refused = hadir("--db", db_path, "--operator", "Rina", "backup", "-o", backup, "--json")

    assert refused.code == 3
    assert refused.data["reason"] == "not_allowed"
    assert not backup.exists() and not list(tmp_path.glob("salinan*"))
    made = hadir("--db", db_path, "backup", "-o", backup, "--json")  # the local admin may
    assert made.code == 0 and stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_a_desk_operator_may_not_restore_from_the_command_line(
    hadir: Run, db_target: Path, tmp_path: Path
) -> None:
    _add_desk_operator(db_target, "Rina")
    backup = tmp_path / "salinan.db"
    assert hadir("--db", db_target, "backup", "-o", backup).code == 0
    hadir("--db", db_target, "event", "add", "--title", "Sesudah", "--organizer", "Disdagkop")

    refused = hadir("--db", db_target, "--operator", "Rina", "restore", backup, "--json")

    assert refused.code == 3
    assert refused.data["reason"] == "not_allowed"
    db = open_target(db_target)
    with db.session() as s:
        assert s.scalar(select(Event.title)) == "Sesudah"
    db.close()
    assert hadir("--db", db_target, "restore", backup).code == 0  # the local admin may
