"""The composition root: a bad database file gets a clear message, exit status 2 and stays untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.app import run_window
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.i18n import choose_language


def test_a_corrupt_database_shows_a_message_and_returns_2(tmp_path: Path, settings, dialogs) -> None:
    db = tmp_path / "hadir.db"
    content = b"This is a spreadsheet someone renamed to hadir.db\x00\x01\x02" * 50
    db.write_bytes(content)

    status = run_window(str(db), settings=settings)

    assert status == 2
    [(title, text, _detail)] = dialogs.errors
    assert title == "Hadir tidak dapat membuka basis data"
    assert text == (
        f"Berkas {db} rusak atau bukan basis data. Hadir tidak mengubahnya. "
        "Pulihkan dari cadangan atau buka berkas lain."
    )
    assert db.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("hadir.db")] == [
        "hadir.db"
    ]  # no -wal, -shm


def test_another_applications_database_is_refused_in_english(
    tmp_path: Path, settings, dialogs, monkeypatch
) -> None:
    monkeypatch.setenv("HADIR_LANG", "en")
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = db.read_bytes()

    assert run_window(str(db), settings=settings) == 2

    [(title, text, _)] = dialogs.errors
    assert title == "Hadir cannot open the database"
    assert text == f"The file {db} belongs to another application, not to Hadir. It was not changed."
    assert db.read_bytes() == before


def test_a_good_database_opens_the_window(tmp_path: Path, settings, dialogs, monkeypatch) -> None:
    from desktop_app.ui.signin import prompts

    db = tmp_path / "new.db"
    asked: list[str] = []

    def create_admin(services):  # type: ignore[no-untyped-def]
        asked.append("create admin")  # an empty database asks for the first admin
        return services.operators.create_admin("Sri Wahyuni", "2468")

    monkeypatch.setattr(prompts, "ask_create_admin", create_admin)

    assert run_window(str(db), settings=settings, exec_loop=False) == 0

    assert asked == ["create admin"]
    assert dialogs.errors == []
    assert db.exists()
    assert settings.geometry is not None  # the window was shown and closed


@pytest.mark.parametrize(
    ("env", "stored", "expected"),
    [
        ({}, None, "id"),
        ({}, "en", "en"),
        ({"HADIR_LANG": "en"}, "id", "en"),
        ({"HADIR_LANG": "xx"}, "en", "en"),
    ],
)
def test_language_choice(tmp_path: Path, env, stored, expected) -> None:
    settings = AppSettings.in_file(tmp_path / "s.ini")
    if stored:
        settings.language = stored
    assert choose_language(settings, env) == expected


def test_the_daily_backup_is_made_after_the_window_was_shown(
    tmp_path: Path, settings, dialogs, monkeypatch
) -> None:
    from desktop_app.paths import AppPaths
    from desktop_app.ui.signin import prompts

    db = tmp_path / "daily.db"
    backups = AppPaths.resolve(str(db)).backup_dir
    seen_at_sign_in: list[list[str]] = []

    def create_admin(services):  # type: ignore[no-untyped-def]
        seen_at_sign_in.append(sorted(p.name for p in backups.glob("*-daily.db")))
        return services.operators.create_admin("Sri Wahyuni", "2468")

    monkeypatch.setattr(prompts, "ask_create_admin", create_admin)

    assert run_window(str(db), settings=settings, exec_loop=False) == 0

    assert seen_at_sign_in == [[]]  # nothing copied before the operator even signed in
    assert len(list(backups.glob("hadir-*-daily.db"))) == 1
