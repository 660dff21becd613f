"""Exit codes the contract promises for bad usage, output errors and admin-only commands.

Unknown symptom: exit 2 with nothing written. Output that cannot be written: exit 2 naming the
path, for every command, and a batch of certificate files all written or none. `demo`,
`privacy purge` and merging people: admins only (exit 3).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import NotAllowed
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorService
from desktop_app.storage.database import open_database

Run = Callable[..., Any]


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def demo_db(hadir: Run, db_path: Path) -> Path:
    assert hadir("--db", db_path, "demo", "--people", 40).code == 0
    return db_path


def add_desk_operator(db_path: Path, name: str = "Rina") -> None:
    db = open_database(db_path)
    operators = OperatorService(db)
    admin = operators.create_admin("Sri Admin", "2468")
    operators.add_operator(name, "1357", admin.id)
    db.close()


def test_an_unknown_symptom_is_bad_usage_and_registers_nobody(hadir: Run, demo_db: Path) -> None:
    people, screenings = count(demo_db, "person"), count(demo_db, "screening")
    done = hadir(
        "--db", demo_db, "--json", "checkin", "--session", 1, "--walk-in", "--name", "Tamu Baru",
        "--temp", 36.5, "--symptom", "headache",
    )  # fmt: skip
    assert done.code == 2
    assert done.data["reason"] == "invalid_field" and "headache" in done.data["message"]
    assert "fever" in done.data["message"]  # the questions that exist are named
    assert (count(demo_db, "person"), count(demo_db, "screening")) == (people, screenings)


def test_a_known_symptom_still_refuses_at_screening(hadir: Run, demo_db: Path) -> None:
    done = hadir(
        "--db", demo_db, "--json", "checkin", "--session", 1, "--walk-in", "--name", "Tamu Batuk",
        "--temp", 36.5, "--symptom", "Cough",
    )  # fmt: skip
    assert done.code == 3 and done.data["reason"] == "screening_failed"


@pytest.mark.parametrize(
    "command",
    [("demo", "--people", 5), ("privacy", "purge", "--days", 0)],
    ids=["demo", "privacy-purge"],
)
def test_a_desk_operator_may_not_run_admin_commands(hadir: Run, db_path: Path, command: tuple) -> None:
    add_desk_operator(db_path)
    done = hadir("--db", db_path, "--operator", "Rina", "--json", *command)
    assert done.code == 3 and done.data["reason"] == "not_allowed"
    assert count(db_path, "person") == 0
    assert hadir("--db", db_path, "--operator", "Sri Admin", "--json", *command).code == 0


def test_a_desk_operator_may_not_merge_people(demo_db: Path) -> None:
    add_desk_operator(demo_db)
    services = Services(open_database(demo_db))
    try:
        rina = services.operators.by_name("Rina")
        assert rina is not None
        people = count(demo_db, "person")
        with pytest.raises(NotAllowed):
            services.registry.merge_people(1, 2, rina.id)
        assert count(demo_db, "person") == people
    finally:
        services.close()


def test_certificates_into_a_folder_that_cannot_exist_exit_2_with_the_path(
    hadir: Run, demo_db: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("a file where a folder should be")
    for extra in (("-o", blocker / "x.pdf"), ("-o", tmp_path / "semua.pdf", "--each", blocker / "satu")):
        done = hadir("--db", demo_db, "--json", "certificates", "--session", 1, *extra)
        assert done.code == 2, done.out
        assert done.data["reason"] == "export_failed" and str(blocker) in done.data["message"]
    assert not (tmp_path / "semua.pdf").exists()  # the batch failed: not even the combined PDF
    assert not list(tmp_path.glob(".*.part"))


def test_each_certificate_file_name_fits_the_file_system_whatever_the_script(
    hadir: Run, db_path: Path, tmp_path: Path
) -> None:
    assert hadir("--db", db_path, "event", "add", "--title", "Sosialisasi", "--organizer", "Dinas").code == 0
    session = ("--session", 1)
    assert hadir(
        "--db", db_path, "session", "add", "--event", 1, "--date", "2021-02-16", "--start", "08:00",
        "--end", "11:00", "--venue", "Aula", "--capacity", 30,
    ).code == 0  # fmt: skip
    javanese = "ꦱꦿꦶꦮꦲꦾꦸꦤꦶ " * 18  # 3 bytes a character: far beyond 255 bytes
    for n, name in enumerate([javanese, "Sri Wahyuni", "王秀英" * 60]):
        done = hadir(
            "--db", db_path, "checkin", *session, "--walk-in", "--name", f"{name} {n}", "--temp", 36.5,
        )  # fmt: skip
        assert done.code == 0, done.err
    each = tmp_path / "satu-satu"
    done = hadir(
        "--db", db_path, "--json", "certificates", *session, "-o", tmp_path / "semua.pdf", "--each", each
    )
    assert done.code == 0, done.out
    names = sorted(p.name for p in each.iterdir())
    assert len(names) == 3 and done.data["files"] == 3
    assert all(len(n.encode("utf-8")) <= 255 and n.endswith(".pdf") for n in names)
    assert any(" - ꦱꦿꦶꦮꦲꦾꦸꦤꦶ ꦱꦿꦶ" in n for n in names)
