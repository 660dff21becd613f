"""`hadir db copy` between a file and a real PostgreSQL server, and `--db postgresql://…` itself."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from desktop_app.storage.copy import checksum, row_counts, tables
from desktop_app.storage.target import open_target


def _content(target: str | Path) -> dict[str, tuple[int, str]]:
    db = open_target(target)
    try:
        with db.engine.connect() as conn:
            counts = row_counts(conn)
            return {t.name: (counts[t.name], checksum(conn, t)) for t in tables()}
    finally:
        db.close()


def test_sqlite_to_postgresql_to_sqlite_gives_the_same_content(
    hadir, db_path: Path, pg_url: str, tmp_path
) -> None:
    assert hadir("--db", db_path, "--json", "demo", "--people", 60).code == 0
    to_server = hadir("--db", db_path, "--json", "db", "copy", "--to", pg_url)
    assert to_server.code == 0, to_server.out
    assert to_server.data["equal"] is True
    assert to_server.data["tables"]["person"]["rows"] == 60
    assert to_server.data["tables"]["attendance"]["rows"] > 0
    assert to_server.data["tables"]["audit_entry"]["rows"] > 0  # the audit log travels too
    password = make_url(pg_url).password
    assert password and password not in to_server.out + to_server.err
    assert "***" in to_server.data["to"]

    back = tmp_path / "snapshot.db"
    to_file = hadir("--db", pg_url, "--json", "db", "copy", "--to", back)
    assert to_file.code == 0 and to_file.data["equal"] is True
    assert password not in to_file.out and "***" in to_file.data["from"]
    assert _content(back) == _content(db_path)

    # The server's copy works like the file: the desk admits, the counts follow.
    found = hadir("--db", pg_url, "--json", "event", "list")
    assert found.code == 0


def test_a_target_with_data_is_refused_and_left_alone(hadir, db_path: Path, pg_url: str) -> None:
    assert hadir("--db", db_path, "--json", "demo", "--people", 30).code == 0
    assert hadir("--db", db_path, "--json", "db", "copy", "--to", pg_url).code == 0
    before = _content(pg_url)
    again = hadir("--db", db_path, "--json", "db", "copy", "--to", pg_url)
    assert again.code == 2
    assert "not empty" in again.data["message"]
    assert make_url(pg_url).password not in again.out + again.err
    assert _content(pg_url) == before


def test_an_unreachable_server_is_one_clear_sentence_without_the_password(hadir) -> None:
    url = "postgresql://hadir:rahasia-sekali@127.0.0.1:1/hadir"
    done = hadir("--db", url, "--json", "event", "list")
    assert done.code == 2
    assert done.data["reason"] == "database"
    assert "cannot be reached" in done.data["message"]
    assert "rahasia" not in done.out + done.err
    assert "postgresql://hadir:***@127.0.0.1:1/hadir" in done.data["message"]


def test_a_wrong_password_is_refused_without_showing_it(hadir, pg_url: str) -> None:
    wrong = make_url(pg_url).set(password="salah-kata-sandi").render_as_string(hide_password=False)
    done = hadir("--db", wrong, "--json", "event", "list")
    assert done.code == 2
    assert "refused the user name or password" in done.data["message"]
    assert "salah-kata-sandi" not in done.out + done.err
