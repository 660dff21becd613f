"""Alembic environment: always run by `storage.migrate` with a connection it passes in."""

from alembic import context
from sqlalchemy import create_engine

from desktop_app.storage.models import Base
from desktop_app.storage.models.partial_index import for_postgresql

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:  # type: ignore[no-untyped-def]
    if conn.dialect.name == "postgresql":
        for_postgresql()
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x url=sqlite:///x.db revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///migrations-dev.db")
    with create_engine(url).begin() as conn:
        _run(conn)
