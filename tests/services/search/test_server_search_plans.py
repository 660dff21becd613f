"""On a server, each keystroke's search is planned with the words typed (issue 20).

psycopg prepares a statement once it has run five times on a connection; PostgreSQL may then
keep one generic plan for every value, and for `LIKE '%…%'` that plan cannot tell a rare word
(the trigram index, 1-3 ms) from one in every NIK (the primary key, at once): on 100,000 people
the wrong one costs 20-40 ms a key press.
"""

from __future__ import annotations

import pytest


def test_the_server_plans_every_statement_with_its_values(services, db_engine) -> None:  # type: ignore[no-untyped-def]
    if db_engine != "postgresql":
        pytest.skip("a server's setting; SQLite plans each statement itself")
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_custom_plan"
