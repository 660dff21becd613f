"""A keystroke's search on a server sends only its queries: no transaction, no ping in between.

On a local server a round trip costs little, but a keystroke made seven (a ping, BEGIN, four
queries, ROLLBACK) where SQLite runs its four in the process; across the hall's Wi-Fi each one
is felt. The reads need no transaction (SQLite's stand alone too), and a connection back in the
pool a moment ago needs no ping.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event

from desktop_app.storage.postgres import liveness


def _on_server(db_engine: str) -> None:
    if db_engine != "postgresql":
        pytest.skip("round trips to a server")


def test_a_search_runs_outside_any_transaction(services, db_engine, make_session) -> None:  # type: ignore[no-untyped-def]
    _on_server(db_engine)
    _, session_id = make_session()
    statuses: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statuses.append(conn.connection.driver_connection.info.transaction_status.name)

    event.listen(services.db.engine, "before_cursor_execute", before)
    try:
        services.checkin.search(session_id, "sri wahyuni")
        services.checkin.search(session_id, "0812")
    finally:
        event.remove(services.db.engine, "before_cursor_execute", before)
    assert statuses and set(statuses) == {"IDLE"}  # no BEGIN was sent before any of them


def test_back_to_back_keystrokes_ping_the_server_only_after_a_pause(  # type: ignore[no-untyped-def]
    services, db_engine, make_session, monkeypatch
) -> None:
    _on_server(db_engine)
    _, session_id = make_session()
    pings: list[object] = []
    real_ping = services.db.engine.dialect.do_ping
    monkeypatch.setattr(services.db.engine.dialect, "do_ping", lambda c: pings.append(c) or real_ping(c))
    services.checkin.search(session_id, "s")
    pings.clear()
    for typed in ("sr", "sri", "sri w"):
        services.checkin.search(session_id, typed)
    assert pings == []
    monkeypatch.setattr(liveness, "FRESH_S", 0.0)  # as if each came after a long pause
    assert services.checkin.search(session_id, "sri wa") == services.checkin.search(session_id, "sri wa")
    assert len(pings) == 2
