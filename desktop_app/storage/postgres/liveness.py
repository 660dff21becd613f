"""Noticing a connection the server dropped, without a round trip before every keystroke.

SQLAlchemy's `pool_pre_ping` sends a statement each time a connection leaves the pool: one of
the five round trips of a desk keystroke's search. A connection that came back to the pool a
moment ago was talking to the server then; only one that sat idle longer (the Wi-Fi may have
dropped, the host may have slept) is pinged, and replaced if the ping fails. A server lost in
that moment fails the next statement instead, which marks the connection dead as well, and the
desk says once that the server cannot be reached, as it would with the ping.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

# Seconds a connection back in the pool is trusted without a ping: longer than the gap between
# two keystrokes, far shorter than a server restart.
FRESH_S = 1.0
_RETURNED = "hadir_returned_at"


def ping_when_idle(engine: Engine) -> None:
    """Ping a connection on checkout only when it has been in the pool more than FRESH_S."""
    dialect = engine.dialect

    @event.listens_for(engine.pool, "checkin")
    def _returned(dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info[_RETURNED] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _leaving(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        returned = record.info.pop(_RETURNED, None)
        if returned is not None and time.monotonic() - returned < FRESH_S:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as exc:  # any failure: the pool discards it and connects anew
            raise DisconnectionError("the server dropped this connection") from exc
