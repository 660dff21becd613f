"""PostgreSQL: several desks on one server (`--db postgresql://user:password@host:port/dbname`).

`url` reads and masks server addresses, `server` opens and migrates a server database. Everything
PostgreSQL-specific lives here or behind `storage/search_index.py`; services never ask which
engine they run on.
"""
