"""Bulk writes on a server: what they leave the desk's connections with, and what they store."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.storage.bulk import insert_rows, stored_time
from desktop_app.storage.models import Organization
from desktop_app.storage.target import open_target
from desktop_app.storage.types import utcnow


def _plan_mode(conn) -> str:  # type: ignore[no-untyped-def]
    return str(conn.execute(text("SELECT current_setting('plan_cache_mode')")).scalar())


def test_a_bulk_write_keeps_its_check_plans_and_the_next_transaction_plans_with_values(pg_url: str) -> None:
    db = open_target(pg_url)
    try:
        with db.engine.connect() as conn:
            assert _plan_mode(conn) == "force_custom_plan"  # the desk's searches: planned with their words
            conn.rollback()
            with conn.begin():
                stamp = stored_time(utcnow())
                rows = [(n, f"Usaha {n}", f"usaha {n}", "umkm", stamp) for n in range(1, 101)]
                insert_rows(
                    conn, Organization.__table__, ("id", "name", "name_key", "kind", "created_at"), rows
                )
                # The COPY's foreign-key checks (one prepared statement per row) keep one plan.
                assert _plan_mode(conn) == "auto"
            assert _plan_mode(conn) == "force_custom_plan"  # only for that transaction
            conn.rollback()
            assert conn.execute(text("SELECT count(*), max(name) FROM organization")).one() == (
                100,
                "Usaha 99",
            )
    finally:
        db.close()


def test_where_in_finds_the_same_rows_on_either_engine(pg_url: str, db) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage import driver_sql

    server = open_target(pg_url)
    try:
        for database in (db, server):
            with database.engine.begin() as conn:
                stamp = stored_time(utcnow())
                rows = [(n, f"Usaha {n}", f"usaha {n}", "umkm", stamp) for n in range(1, 31)]
                insert_rows(
                    conn, Organization.__table__, ("id", "name", "name_key", "kind", "created_at"), rows
                )
                by_id, ids = driver_sql.where_in(conn, "id", [3, 30, 31])
                by_key, keys = driver_sql.where_in(conn, "name_key", ["usaha 7", "usaha 70", "usaha 30"])
                sql = f"SELECT id FROM organization WHERE {by_id} OR {by_key} ORDER BY id"
                assert [i for (i,) in driver_sql.run(conn, sql, (*ids, *keys))] == [3, 7, 30], (
                    conn.dialect.name
                )
    finally:
        server.close()


def test_an_import_on_a_server_sends_no_statement_with_a_mark_per_row(tmp_path, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """psycopg translates a long statement anew each time it runs: lists of values go as one array."""
    from datetime import date, time

    from sqlalchemy import event

    from desktop_app.services.container import Services
    from desktop_app.services.events.service import EventDraft, SessionDraft

    lines = ["Nama;NIK;No HP;Nama Usaha"]
    lines += [f"Peserta {i};331101100190{i + 1:04d};0812{i:08d};Usaha {i // 2}" for i in range(1200)]
    roster = tmp_path / "undangan.csv"
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    server = open_target(pg_url)
    services = Services(server)
    marks: list[int] = []
    event.listen(
        server.engine,
        "before_cursor_execute",
        lambda c, cur, sql, *a: marks.append(sql.count("%s") + sql.count("%(")),
    )
    try:
        admin = services.operators.local_admin()
        event_id = services.events.add_event(EventDraft("Sosialisasi", "Disdagkop UKM"), admin.id)
        sid = services.events.add_session(
            SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula", 2000), admin.id
        )
        marks.clear()
        summary = services.roster.run(roster, [sid], admin)
        assert (summary.imported, summary.invited) == (1200, 1200)
        assert marks and max(marks) < 20
        assert [p.name for p in services.registry.list_people("0812-0000-1199")] == ["Peserta 1199"]
    finally:
        services.close()
