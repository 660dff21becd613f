"""Server addresses: telling one from a file path, and showing it without its password."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(target: object) -> bool:
    """True for a `postgresql://…` address, False for a file path."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


def parse_server_url(target: str) -> URL:
    """The SQLAlchemy URL (driver: psycopg 3) of a `postgresql://…` address.

    Raises:
        ValueError: the address is malformed (the message never holds the password).
    """
    text = target.strip()
    if text.lower().startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://") :]
    try:
        url = make_url(text)
    except ArgumentError:
        raise ValueError("not a valid postgresql:// address") from None
    if not url.database:
        raise ValueError("the address names no database (postgresql://user:password@host:port/dbname)")
    return url.set(drivername="postgresql+psycopg")


def masked(target: str | URL) -> str:
    """The address with its password as `***`: what logs, `--json` and the window may show."""
    try:
        url = target if isinstance(target, URL) else parse_server_url(target)
    except ValueError:
        return "postgresql://***"
    return url.set(drivername="postgresql").render_as_string(hide_password=True)
