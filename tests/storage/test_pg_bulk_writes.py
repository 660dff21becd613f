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
